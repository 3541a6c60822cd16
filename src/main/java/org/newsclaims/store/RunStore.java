package org.newsclaims.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;

/**
 * A run's access to the output database: analysed results in and out (one transaction per
 * article), the published state (files, articles, problems) read at the start and replaced in
 * one transaction by a commit, the run log, the reviews, and claims.csv rendered from it.
 *
 * <p>Thread-safe: one connection, every method synchronised (SQLite writes one at a time anyway).
 * The caller holds the {@link WriterLease}.
 */
public final class RunStore implements AutoCloseable {
  private static final int CLAIM_ID = Schema.CLAIM_COLUMNS.indexOf(ClaimsColumn.CLAIM_ID.header());



  private final Connection c;
  /** Statements used once per article, prepared once (SQLite's prepare costs as much as the query). */
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();

  private RunStore(Connection c) {
    this.c = c;
  }

  public static RunStore open(Path db) throws IOException {
    return new RunStore(Database.open(db));
  }

  /**
   * Opens the database of an output folder a run has written, to read it.
   *
   * @throws IOException naming the file when there is none
   */
  public static RunStore openExisting(Path db) throws IOException {
    if (!java.nio.file.Files.isRegularFile(db)) {
      throw new java.nio.file.NoSuchFileException(db.toString(), null,
          "no output database: run extract into this folder first");
    }
    return open(db);
  }

  // ---------------------------------------------------------------------------------------
  // Results

  /** The result of a key; empty when it was never stored (or was dropped as no longer used). */
  public synchronized Optional<StoredResult> result(String key) throws IOException {
    try {
      PreparedStatement p = statement(
          "SELECT doc_id, tokens, problem, problem_detail, budget_ms FROM results WHERE key = ?");
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Optional<Problem> problem = r.getString(3) == null ? Optional.empty()
            : Optional.of(new Problem(r.getString(1), Problem.Kind.ofCode(r.getString(3)), r.getString(4)));
        long budgetMillis = r.getLong(5);
        Optional<Duration> budget = r.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(budgetMillis));
        return Optional.of(new StoredResult(key, r.getString(1), r.getLong(2), problem, rows(key), frameRows(key),
            budget));
      }
    } catch (SQLException e) {
      throw Database.failure("cannot read the result " + key, e);
    }
  }

  private List<List<String>> frameRows(String key) throws SQLException {
    return rowsOf("frames", Schema.FRAME_COLUMNS, key);
  }

  private List<List<String>> rows(String key) throws SQLException {
    return rowsOf("claims", Schema.CLAIM_COLUMNS, key);
  }

  /** The rows of a result in a per-result table ({@code claims}, {@code frames}), in ordinal order. */
  private List<List<String>> rowsOf(String table, List<String> columns, String key) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    PreparedStatement p = statement("SELECT " + String.join(", ", columns) + " FROM " + table
        + " WHERE result_key = ? ORDER BY ordinal");
    p.setString(1, key);
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        List<String> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Replaces the rows of a result in a per-result table, numbered in list order. */
  private void replaceRows(String table, List<String> columns, String key, List<List<String>> rows)
      throws SQLException {
    PreparedStatement d = statement("DELETE FROM " + table + " WHERE result_key = ?");
    d.setString(1, key);
    d.executeUpdate();
    PreparedStatement p = statement("INSERT INTO " + table + " (result_key, ordinal, " + String.join(", ", columns)
        + ") VALUES (?, ?, " + columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
    int ordinal = 0;
    for (List<String> row : rows) {
      p.setString(1, key);
      p.setInt(2, ordinal++);
      for (int i = 0; i < row.size(); i++) {
        p.setString(3 + i, row.get(i));
      }
      p.addBatch();
    }
    p.executeBatch();
  }

  /** Stores one analysed article, its claims and its frames, in one transaction. */
  public synchronized void put(StoredResult result) throws IOException {
    inTransaction("store the result of " + result.docId(), () -> {
      PreparedStatement r = statement("INSERT OR REPLACE INTO results"
          + " (key, doc_id, claims, tokens, problem, problem_detail, created, budget_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      r.setString(1, result.key());
      r.setString(2, result.docId());
      r.setInt(3, result.claims());
      r.setLong(4, result.tokens());
      r.setString(5, result.problem().map(q -> q.kind().code()).orElse(null));
      r.setString(6, result.problem().map(Problem::detail).orElse(null));
      r.setString(7, now());
      if (result.budget().isPresent()) {
        r.setLong(8, result.budget().get().toMillis());
      } else {
        r.setNull(8, Types.INTEGER);
      }
      r.executeUpdate();
      replaceRows("claims", Schema.CLAIM_COLUMNS, result.key(), result.rows());
      replaceRows("frames", Schema.FRAME_COLUMNS, result.key(), result.frameRows());
    });
  }

  // ---------------------------------------------------------------------------------------
  // The published state

  /** The files of the last commit, in no particular order; empty for a new folder. */
  public synchronized List<StoredFile> published() throws IOException {
    try (Statement s = c.createStatement()) {
      Map<String, List<StoredFile.StoredArticle>> articles = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery("SELECT file_path, doc_id, position, content_sha256, result_key, claims,"
          + " text_file, tool, models, title, url, published, outlet FROM articles ORDER BY file_path, position")) {
        while (r.next()) {
          articles.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new StoredFile.StoredArticle(
              r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getInt(6), r.getString(7),
              r.getString(8), r.getString(9),
              new Article.Metadata(r.getString(10), r.getString(11), r.getString(12), r.getString(13))));
        }
      }
      Map<String, List<StoredFile.StoredProblem>> problems = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery(
          "SELECT file_path, doc_id, kind, detail, skipped FROM problems ORDER BY file_path, ordinal")) {
        while (r.next()) {
          problems.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new StoredFile.StoredProblem(
              new Problem(r.getString(2), Problem.Kind.ofCode(r.getString(3)), r.getString(4)), r.getInt(5) != 0));
        }
      }
      List<StoredFile> files = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT path, format, size, modified, sha256, deferred FROM files")) {
        while (r.next()) {
          String path = r.getString(1);
          long size = r.getLong(3);
          Long sizeOrNull = r.wasNull() ? null : size;
          files.add(new StoredFile(path, r.getString(2), sizeOrNull, r.getString(4), r.getString(5),
              r.getInt(6) != 0, articles.getOrDefault(path, List.of()), problems.getOrDefault(path, List.of())));
        }
      }
      return files;
    } catch (SQLException e) {
      throw Database.failure("cannot read the output state", e);
    }
  }

  /**
   * Replaces the published state with {@code files} and logs the run, in one transaction. With
   * {@code complete}, results no article uses any more are dropped in the same transaction.
   */
  public synchronized void publish(List<StoredFile> files, RunLog run) throws IOException {
    inTransaction("commit the output state", () -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM files");
        s.executeUpdate("DELETE FROM articles");
        s.executeUpdate("DELETE FROM problems");
      }
      try (PreparedStatement f = c.prepareStatement(
              "INSERT INTO files (path, format, size, modified, sha256, deferred) VALUES (?, ?, ?, ?, ?, ?)");
          PreparedStatement a = c.prepareStatement("INSERT INTO articles (doc_id, file_path, position,"
              + " content_sha256, result_key, claims, text_file, tool, models, status, title, url, published, outlet)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement q = c.prepareStatement("INSERT INTO problems (file_path, ordinal, doc_id, kind, detail,"
              + " skipped) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (StoredFile file : files) {
          f.setString(1, file.path());
          f.setString(2, file.format());
          if (file.size() == null) {
            f.setNull(3, Types.INTEGER);
          } else {
            f.setLong(3, file.size());
          }
          f.setString(4, file.modified());
          f.setString(5, file.sha256());
          f.setInt(6, file.deferred() ? 1 : 0);
          f.addBatch();
          for (StoredFile.StoredArticle x : file.articles()) {
            a.setString(1, x.docId());
            a.setString(2, file.path());
            a.setInt(3, x.position());
            a.setString(4, x.textSha256());
            a.setString(5, x.key());
            a.setInt(6, x.claims());
            a.setString(7, x.textFile());
            a.setString(8, x.tool());
            a.setString(9, x.models());
            a.setString(10, status(file, x));
            a.setString(11, x.metadata().title());
            a.setString(12, x.metadata().url());
            a.setString(13, x.metadata().published());
            a.setString(14, x.metadata().outlet());
            a.addBatch();
          }
          int ordinal = 0;
          for (StoredFile.StoredProblem p : file.problems()) {
            q.setString(1, file.path());
            q.setInt(2, ordinal++);
            q.setString(3, p.problem().docId());
            q.setString(4, p.problem().kind().code());
            q.setString(5, p.problem().detail());
            q.setInt(6, p.skipped() ? 1 : 0);
            q.addBatch();
          }
        }
        f.executeBatch();
        a.executeBatch();
        q.executeBatch();
      }
      run.insert(c);
      if (run.complete()) {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("DELETE FROM results WHERE key NOT IN (SELECT result_key FROM articles)");
        }
      }
    });
  }

  /** "skipped" when an analysis problem cost the article its claims, else "analysed". */
  private static String status(StoredFile file, StoredFile.StoredArticle a) {
    return file.problems().stream().anyMatch(p -> p.skipped() && p.problem().docId().equals(a.docId()))
        ? "skipped" : "analysed";
  }

  // ---------------------------------------------------------------------------------------
  // claims.csv

  /** Where the review cells of rendered claims come from. */
  public enum ReviewCells {
    /** Empty, as extracted (the run's review carrier fills them from the previous claims.csv). */
    EMPTY,
    /** Status and note from the {@code reviews} table (corrected cells stay as extracted). */
    FROM_STORE
  }

  /**
   * claims.csv of the published state: header, then the articles in {@code fileOrder} of their file
   * and by position in it, each article's claims in extraction order. Only the articles
   * {@code include} accepts.
   */
  public synchronized String claimsCsv(Comparator<String> fileOrder, Predicate<ArticleRow> include,
      ReviewCells reviews) throws IOException {
    StringBuilder b = new StringBuilder(ClaimsCsv.header());
    try {
      List<ArticleRow> articles = publishedArticles(fileOrder);
      Map<String, String[]> review = reviews == ReviewCells.FROM_STORE ? reviews() : Map.of();
      for (ArticleRow a : articles) {
        if (include.test(a)) {
          for (List<String> row : rows(a.resultKey())) {
            String[] sn = review.getOrDefault(row.get(CLAIM_ID), NO_REVIEW);
            ClaimsCsv.appendRecord(b, row, sn[0], sn[1]);
          }
        }
      }
    } catch (SQLException e) {
      throw Database.failure("cannot read the claims", e);
    }
    return b.toString();
  }

  private static final String[] NO_REVIEW = {"", ""};

  /** The published articles in {@code fileOrder} of their file, then by position in it. */
  private List<ArticleRow> publishedArticles(Comparator<String> fileOrder) throws SQLException {
    List<ArticleRow> articles = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT a.doc_id, a.file_path, a.position, a.result_key, r.created"
            + " FROM articles a LEFT JOIN results r ON r.key = a.result_key")) {
      while (r.next()) {
        articles.add(new ArticleRow(r.getString(1), r.getString(2), r.getInt(3), r.getString(4),
            r.getString(5) == null ? "" : r.getString(5)));
      }
    }
    articles.sort(Comparator.comparing(ArticleRow::filePath, fileOrder).thenComparingInt(ArticleRow::position));
    return articles;
  }

  /**
   * The frame rows of the published state, articles in the order of {@link #claimsCsv}, each
   * article's rows in extraction order: the cells of {@link Schema#FRAME_COLUMNS}.
   */
  public synchronized List<List<String>> frameRows(Comparator<String> fileOrder) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try {
      for (ArticleRow a : publishedArticles(fileOrder)) {
        rows.addAll(frameRows(a.resultKey()));
      }
    } catch (SQLException e) {
      throw Database.failure("cannot read the frames", e);
    }
    return rows;
  }

  /** Status and note by claim id, of the reviews on claims.csv rows (not the orphans). */
  private Map<String, String[]> reviews() throws SQLException {
    Map<String, String[]> m = new java.util.HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT claim_id, status, note FROM reviews WHERE orphan_reason = ''")) {
      while (r.next()) {
        m.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
      }
    }
    return m;
  }

  /** A published article as the claims export sees it; {@code analysed} is when its result was made. */
  public record ArticleRow(String docId, String filePath, int position, String resultKey, String analysed) {}

  // ---------------------------------------------------------------------------------------
  // Reviews

  /** A review as kept in claims.csv (orphan reason empty) or in review-orphans.csv. */
  public record Review(String claimId, String docId, String status, String note, String orphanReason) {}

  /** Replaces the reviews with those of the files just written, in one transaction. */
  public synchronized void replaceReviews(List<Review> reviews) throws IOException {
    inTransaction("store the reviews", () -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM reviews");
      }
      try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO reviews"
          + " (claim_id, doc_id, status, note, orphan_reason, updated) VALUES (?, ?, ?, ?, ?, ?)")) {
        String now = now();
        for (Review r : reviews) {
          p.setString(1, r.claimId());
          p.setString(2, r.docId());
          p.setString(3, r.status());
          p.setString(4, r.note());
          p.setString(5, r.orphanReason());
          p.setString(6, now);
          p.addBatch();
        }
        p.executeBatch();
      }
    });
  }

  // ---------------------------------------------------------------------------------------

  /** A prepared statement of this connection, kept for reuse: never closed by the caller. */
  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null) {
      p = c.prepareStatement(sql);
      statements.put(sql, p);
    }
    return p;
  }

  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  private void inTransaction(String what, Work work) throws IOException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        work.run();
        s.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        s.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw Database.failure("cannot " + what, e);
    }
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      for (PreparedStatement p : statements.values()) {
        p.close();
      }
      c.close();
    } catch (SQLException e) {
      throw Database.failure("cannot close the output database", e);
    }
  }
}

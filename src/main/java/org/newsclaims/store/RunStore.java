package org.newsclaims.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsclaims.export.FileState;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;

/**
 * A run's access to the output database: analysed results in (one transaction per article), the
 * published state (files, articles, problems) read at the start and changed file by file in one
 * transaction by a commit, the run log, and what was last written (outputs and reviews). The rows
 * of the published output are read through {@link PublishedRows}, the reviews through
 * {@link StoredReviews}.
 *
 * <p>Thread-safe: one connection, every method synchronised on this store (SQLite writes one at a
 * time anyway). A writer holds the {@link WriterLease}.
 */
public final class RunStore implements AutoCloseable {
  private final Connection c;
  /** Statements used once per article, prepared once (SQLite's prepare costs as much as the query). */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

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
    if (!Files.isRegularFile(db)) {
      throw new NoSuchFileException(db.toString(), null, "no output database: run extract into this folder first");
    }
    return open(db);
  }

  /** The claims and frames of the published output. */
  public PublishedRows rows() {
    return new PublishedRows(this);
  }

  /** The reviews kept from claims.csv and review-orphans.csv. */
  public StoredReviews reviews() {
    return new StoredReviews(this);
  }

  // ---------------------------------------------------------------------------------------
  // Results

  /** The result of a key, without its rows; empty when it was never stored (or was dropped as unused). */
  public synchronized Optional<StoredResult.Summary> summary(String key) throws IOException {
    try {
      PreparedStatement p = statement(
          "SELECT doc_id, claims, tokens, problem, problem_detail, budget_ms FROM results WHERE key = ?");
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Optional<Problem> problem = r.getString(4) == null ? Optional.empty()
            : Optional.of(new Problem(r.getString(1), Problem.Kind.ofCode(r.getString(4)), r.getString(5)));
        long budgetMillis = r.getLong(6);
        Optional<Duration> budget = r.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(budgetMillis));
        return Optional.of(new StoredResult.Summary(key, r.getString(1), r.getInt(2), r.getLong(3), problem, budget));
      }
    } catch (SQLException e) {
      throw Database.failure("cannot read the result " + key, e);
    }
  }

  /** Stores one analysed article, its claims and its frames, in one transaction. */
  public synchronized void put(StoredResult result) throws IOException {
    inTransaction("store the result of " + result.docId(), () -> {
      PreparedStatement r = statement("INSERT OR REPLACE INTO results"
          + " (key, doc_id, claims, tokens, problem, problem_detail, created, budget_ms)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
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
      replaceRows(PublishedRows.Table.CLAIMS, result.key(), result.rows());
      replaceRows(PublishedRows.Table.FRAMES, result.key(), result.frameRows());
    });
  }

  /** Replaces the rows of a result in a per-result table, numbered in list order. */
  private void replaceRows(PublishedRows.Table table, String key, List<List<String>> rows) throws SQLException {
    PreparedStatement d = statement("DELETE FROM " + table.sqlName() + " WHERE result_key = ?");
    d.setString(1, key);
    d.executeUpdate();
    List<String> columns = table.columns();
    PreparedStatement p = statement("INSERT INTO " + table.sqlName() + " (result_key, ordinal, "
        + String.join(", ", columns) + ") VALUES (?, ?, " + columns.stream().map(x -> "?").collect(Collectors.joining(", "))
        + ")");
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

  // ---------------------------------------------------------------------------------------
  // The published state

  /** The files of the last commit, in no particular order; empty for a new folder. */
  public synchronized List<StoredFile> published() throws IOException {
    try (Statement s = c.createStatement()) {
      Map<String, List<StoredFile.StoredArticle>> articles = new HashMap<>();
      try (ResultSet r = s.executeQuery("SELECT file_path, doc_id, position, content_sha256, result_key, claims,"
          + " text_file, tool, models, title, url, published, outlet FROM articles ORDER BY file_path, position")) {
        while (r.next()) {
          articles.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new StoredFile.StoredArticle(
              r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getInt(6), r.getString(7),
              r.getString(8), r.getString(9),
              new Article.Metadata(r.getString(10), r.getString(11), r.getString(12), r.getString(13))));
        }
      }
      Map<String, List<StoredFile.StoredProblem>> problems = new HashMap<>();
      try (ResultSet r = s.executeQuery(
          "SELECT file_path, doc_id, kind, detail, skipped FROM problems ORDER BY file_path, ordinal")) {
        while (r.next()) {
          problems.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new StoredFile.StoredProblem(
              new Problem(r.getString(2), Problem.Kind.ofCode(r.getString(3)), r.getString(4)), r.getInt(5) != 0));
        }
      }
      List<StoredFile> files = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT path, format, size, modified, sha256, deferred, complete FROM files")) {
        while (r.next()) {
          String path = r.getString(1);
          long size = r.getLong(3);
          Long sizeOrNull = r.wasNull() ? null : size;
          files.add(new StoredFile(path, r.getString(2), sizeOrNull, r.getString(4), r.getString(5),
              r.getInt(6) != 0, r.getInt(7) != 0, articles.getOrDefault(path, List.of()),
              problems.getOrDefault(path, List.of())));
        }
      }
      return files;
    } catch (SQLException e) {
      throw Database.failure("cannot read the output state", e);
    }
  }

  /**
   * What a commit changes in the published state: files written anew (replacing their previous
   * rows, if any) and files gone.
   */
  public record Changes(List<StoredFile> written, Set<String> removed) {
    public Changes {
      written = List.copyOf(written);
      removed = Set.copyOf(removed);
    }

    public boolean isEmpty() {
      return written.isEmpty() && removed.isEmpty();
    }
  }

  /**
   * Applies the changes to the published state and logs the run, in one transaction; a file not
   * named keeps its rows. With {@code dropUnused}, results no article uses any more are dropped in
   * the same transaction. Returns the id of the commit (its row in {@code runs}).
   */
  public synchronized long publish(Changes changes, RunLog run, boolean dropUnused) throws IOException {
    long[] id = new long[1];
    inTransaction("commit the output state", () -> {
      id[0] = run.insert(c);
      List<String> gone = new ArrayList<>(changes.removed());
      changes.written().forEach(f -> gone.add(f.path()));
      for (String sql : List.of("DELETE FROM files WHERE path = ?", "DELETE FROM articles WHERE file_path = ?",
          "DELETE FROM problems WHERE file_path = ?")) {
        PreparedStatement d = statement(sql);
        for (String path : gone) {
          d.setString(1, path);
          d.addBatch();
        }
        d.executeBatch();
      }
      insert(changes.written(), id[0]);
      if (dropUnused) {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("DELETE FROM results WHERE NOT EXISTS"
              + " (SELECT 1 FROM articles WHERE articles.result_key = results.key)");
        }
      }
    });
    return id[0];
  }

  private void insert(List<StoredFile> files, long run) throws SQLException {
    PreparedStatement f = statement("INSERT INTO files (path, format, size, modified, sha256, deferred, complete)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement a = statement("INSERT INTO articles (doc_id, file_path, position, content_sha256, result_key,"
        + " claims, text_file, tool, models, status, title, url, published, outlet, changed_in)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement q = statement("INSERT INTO problems (file_path, ordinal, doc_id, kind, detail, skipped)"
        + " VALUES (?, ?, ?, ?, ?, ?)");
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
      f.setInt(7, file.complete() ? 1 : 0);
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
        a.setLong(15, run);
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

  /** "skipped" when an analysis problem cost the article its claims, else "analysed". */
  private static String status(StoredFile file, StoredFile.StoredArticle a) {
    return file.problems().stream().anyMatch(p -> p.skipped() && p.problem().docId().equals(a.docId()))
        ? "skipped" : "analysed";
  }

  /** The last run (or watch commit) logged, if any. */
  public synchronized Optional<RunLog> lastRun() throws IOException {
    try {
      return RunLog.last(c);
    } catch (SQLException e) {
      throw Database.failure("cannot read the run log", e);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Outputs as written

  /** An output file (claims.csv ...) as the last run that wrote it recorded it, and as {@code file} is now. */
  public synchronized OutputStatus status(String name, Path file) throws IOException {
    try {
      PreparedStatement p = statement("SELECT size, modified, run FROM outputs WHERE name = ?");
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next()
            ? new OutputStatus(Optional.of(new FileState(r.getLong(1), Instant.parse(r.getString(2)))),
                FileState.of(file), r.getLong(3))
            : new OutputStatus(Optional.empty(), FileState.of(file), 0);
      }
    } catch (SQLException e) {
      throw Database.failure("cannot read the outputs' states", e);
    }
  }

  /**
   * Records output files as just written (name relative to the output folder, state as written)
   * from the published state of commit {@code run}, and forgets those written no more, in one
   * transaction together with {@code reviews} when given (the reviews those files now hold): the
   * next run then knows them untouched, or edited.
   */
  public synchronized void recordOutputs(Map<String, Optional<FileState>> written, long run,
      Optional<List<StoredReviews.Review>> reviews) throws IOException {
    inTransaction("record the outputs written", () -> {
      PreparedStatement put = statement("INSERT OR REPLACE INTO outputs (name, size, modified, run) VALUES (?, ?, ?, ?)");
      PreparedStatement forget = statement("DELETE FROM outputs WHERE name = ?");
      for (Map.Entry<String, Optional<FileState>> e : written.entrySet()) {
        if (e.getValue().isPresent()) {
          put.setString(1, e.getKey());
          put.setLong(2, e.getValue().get().size());
          put.setString(3, e.getValue().get().modified().toString());
          put.setLong(4, run);
          put.executeUpdate();
        } else {
          forget.setString(1, e.getKey());
          forget.executeUpdate();
        }
      }
      if (reviews.isPresent()) {
        StoredReviews.replace(c, reviews.get(), now());
      }
    });
  }

  // ---------------------------------------------------------------------------------------

  /** The connection, for this package's readers; callers synchronise on this store. */
  Connection connection() {
    return c;
  }

  /** A prepared statement of this connection, kept for reuse: never closed by the caller. Callers synchronise. */
  PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null) {
      p = c.prepareStatement(sql);
      statements.put(sql, p);
    }
    return p;
  }

  @FunctionalInterface
  interface Work {
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

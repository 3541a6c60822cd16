package org.newsclaims.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsclaims.export.ClaimsCsv;

/**
 * The rows of the published output, read in output order, one article at a time (claims.csv of a
 * year of news does not fit in memory twice): the claims (the cells of
 * {@link ClaimsCsv#STORED_COLUMNS}) and the frame slots (the cells of {@link Schema#FRAME_COLUMNS})
 * of each article's current result, and their counts.
 *
 * <p>Thread-safe: every read holds the store's lock.
 */
public final class PublishedRows {

  /** A per-result table. */
  public enum Table {
    CLAIMS("claims", Schema.CLAIM_COLUMNS),
    FRAMES("frames", Schema.FRAME_COLUMNS);

    private final String sqlName;
    private final List<String> columns;

    Table(String sqlName, List<String> columns) {
      this.sqlName = sqlName;
      this.columns = columns;
    }

    String sqlName() {
      return sqlName;
    }

    /** The stored columns, in their CSV order. */
    public List<String> columns() {
      return columns;
    }
  }

  /**
   * A published article.
   *
   * @param analysed when its result was made
   * @param changedIn the commit (runs.id) that last wrote its row
   */
  public record ArticleRow(String docId, String filePath, int position, String resultKey, String analysed,
      long changedIn) {}

  /** Receives each article's stored rows, in output order. */
  @FunctionalInterface
  public interface Visitor {
    void article(ArticleRow article, List<List<String>> rows) throws IOException;
  }

  /** Appends the CSV records of one article, from its stored rows. */
  @FunctionalInterface
  public interface Records {
    void append(StringBuilder out, ArticleRow article, List<List<String>> rows);
  }

  /** Claims of the published output per type label, and per topic ("(none)" for a claim without one). */
  public record Counts(Map<String, Integer> byType, Map<String, Integer> byTopic) {}

  /** Text gathered before a write: one write call per this many characters. */
  private static final int CHUNK = 1 << 16;

  private final RunStore store;

  PublishedRows(RunStore store) {
    this.store = store;
  }

  /**
   * Visits the published articles {@code include} accepts, in {@code fileOrder} of their file and by
   * position in it, with the rows of {@code table} of each (in extraction order; none for an article
   * without claims).
   */
  public void visit(Table table, Comparator<String> fileOrder, Predicate<ArticleRow> include, Visitor visitor)
      throws IOException {
    synchronized (store) {
      try {
        for (ArticleRow a : articles(fileOrder)) {
          if (include.test(a)) {
            visitor.article(a, rowsOf(table, a.resultKey()));
          }
        }
      } catch (SQLException e) {
        throw Database.failure("cannot read the " + table.sqlName(), e);
      }
    }
  }

  /**
   * Writes a CSV of the published output, streamed: {@code head}, then the records of each article
   * {@code include} accepts, in the order of {@link #visit}. Flushes but does not close {@code out}.
   */
  public void write(Writer out, String head, Table table, Comparator<String> fileOrder, Predicate<ArticleRow> include,
      Records records) throws IOException {
    StringBuilder b = new StringBuilder(head);
    visit(table, fileOrder, include, (article, rows) -> {
      records.append(b, article, rows);
      if (b.length() >= CHUNK) {
        out.write(b.toString());
        b.setLength(0);
      }
    });
    out.write(b.toString());
    out.flush();
  }

  /** The claims rows of these published articles, by article; an article without claims has none. */
  public Map<String, List<List<String>>> claims(Set<String> docIds) throws IOException {
    synchronized (store) {
      Map<String, List<List<String>>> out = new LinkedHashMap<>();
      try {
        PreparedStatement p = store.statement("SELECT result_key FROM articles WHERE doc_id = ?");
        for (String docId : docIds) {
          p.setString(1, docId);
          try (ResultSet r = p.executeQuery()) {
            if (r.next()) {
              out.put(docId, rowsOf(Table.CLAIMS, r.getString(1)));
            }
          }
        }
      } catch (SQLException e) {
        throw Database.failure("cannot read the claims", e);
      }
      return out;
    }
  }

  /** The claims of the published output, counted by type and topic. */
  public Counts counts() throws IOException {
    synchronized (store) {
      Map<String, Integer> byType = new TreeMap<>();
      Map<String, Integer> byTopic = new TreeMap<>();
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT c.type, c.topics, count(*) FROM articles a"
              + " JOIN claims c ON c.result_key = a.result_key GROUP BY c.type, c.topics")) {
        while (r.next()) {
          int n = r.getInt(3);
          byType.merge(r.getString(1), n, Integer::sum);
          String topics = r.getString(2);
          if (topics.isEmpty()) {
            byTopic.merge("(none)", n, Integer::sum);
            continue;
          }
          for (String t : topics.split("\\|", -1)) {
            byTopic.merge(t, n, Integer::sum);
          }
        }
      } catch (SQLException e) {
        throw Database.failure("cannot count the claims", e);
      }
      return new Counts(byType, byTopic);
    }
  }

  /** The published articles in {@code fileOrder} of their file, then by position in it. */
  public List<ArticleRow> articles(Comparator<String> fileOrder) throws IOException {
    synchronized (store) {
      List<ArticleRow> articles = new ArrayList<>();
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT a.doc_id, a.file_path, a.position, a.result_key, r.created,"
              + " a.changed_in FROM articles a LEFT JOIN results r ON r.key = a.result_key")) {
        while (r.next()) {
          articles.add(new ArticleRow(r.getString(1), r.getString(2), r.getInt(3), r.getString(4),
              r.getString(5) == null ? "" : r.getString(5), r.getLong(6)));
        }
      } catch (SQLException e) {
        throw Database.failure("cannot read the articles", e);
      }
      articles.sort(Comparator.comparing(ArticleRow::filePath, fileOrder).thenComparingInt(ArticleRow::position));
      return articles;
    }
  }

  /** The rows of a result in a per-result table, in extraction order. */
  public List<List<String>> rows(Table table, String resultKey) throws IOException {
    synchronized (store) {
      try {
        return rowsOf(table, resultKey);
      } catch (SQLException e) {
        throw Database.failure("cannot read the " + table.sqlName(), e);
      }
    }
  }

  /** The rows of a result in a per-result table, in ordinal order. */
  private List<List<String>> rowsOf(Table table, String key) throws SQLException {
    List<String> columns = table.columns();
    List<List<String>> rows = new ArrayList<>();
    PreparedStatement p = store.statement("SELECT " + String.join(", ", columns) + " FROM " + table.sqlName()
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
}

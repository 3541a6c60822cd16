package org.newsclaims.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

  /** Result keys per query (SQLite allows some thousands of parameters). */
  private static final int BATCH = 500;
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

  /** The claims of the published output, counted by type and topic: a pass over every claim. */
  public ClaimTotals totals() throws IOException {
    synchronized (store) {
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT c.type, c.topics, count(*) FROM articles a"
              + " JOIN claims c ON c.result_key = a.result_key GROUP BY c.type, c.topics")) {
        return totals(r);
      } catch (SQLException e) {
        throw Database.failure("cannot count the claims", e);
      }
    }
  }

  /** The claims of these results (published or not), counted by type and topic. */
  public ClaimTotals totals(Collection<String> resultKeys) throws IOException {
    synchronized (store) {
      ClaimTotals sum = ClaimTotals.NONE;
      List<String> keys = new ArrayList<>(resultKeys);
      try {
        for (int from = 0; from < keys.size(); from += BATCH) {
          List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
          try (PreparedStatement p = store.connection().prepareStatement("SELECT type, topics, count(*) FROM claims"
              + " WHERE result_key IN (" + String.join(", ", Collections.nCopies(batch.size(), "?"))
              + ") GROUP BY type, topics")) {
            for (int i = 0; i < batch.size(); i++) {
              p.setString(i + 1, batch.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
              sum = sum.plus(totals(r), 1);
            }
          }
        }
      } catch (SQLException e) {
        throw Database.failure("cannot count the claims", e);
      }
      return sum;
    }
  }

  private static ClaimTotals totals(ResultSet r) throws SQLException {
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byTopic = new TreeMap<>();
    while (r.next()) {
      ClaimTotals.count(byType, byTopic, r.getString(1), r.getString(2), r.getInt(3));
    }
    return new ClaimTotals(byType, byTopic);
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

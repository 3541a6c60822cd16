package org.newsclaims.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * One row of the {@code runs} table: what a run (or one commit of a watch) read and produced.
 *
 * @param tool the code version
 * @param models fingerprint of the models folder (rules, lexicons, taxonomy)
 * @param complete false when the run stopped (or committed midway in watch mode) with articles
 *     still to analyse
 * @param totals the claims of the output after the commit by type and topic; empty in the log of
 *     an older version
 */
public record RunLog(String tool, String models, String input, String started, String finished, boolean complete,
    Counts counts, Settings settings, Optional<ClaimTotals> totals) {

  /** Article counts of the run. */
  public record Counts(int articles, int analysed, int carried, int removed, int pending, int claims,
      int problems) {}

  /** The ingest settings of the run. */
  public record Settings(long maxBytes, long maxFileBytes, String invalidUtf8) {}

  /** The last run logged, if any. */
  static Optional<RunLog> last(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT tool, models, input, started, finished, complete, articles,"
        + " analysed, carried, removed, pending, claims, problems, max_bytes, max_file_bytes, invalid_utf8,"
        + " claims_by_type, claims_by_topic FROM runs ORDER BY id DESC LIMIT 1"); ResultSet r = p.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      return Optional.of(new RunLog(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
          r.getInt(6) != 0, new Counts(r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10), r.getInt(11),
              r.getInt(12), r.getInt(13)), new Settings(r.getLong(14), r.getLong(15), r.getString(16)),
          r.getString(17) == null || r.getString(18) == null ? Optional.empty()
              : Optional.of(new ClaimTotals(ClaimTotals.counts(r.getString(17)), ClaimTotals.counts(r.getString(18))))));
    }
  }

  /** Inserts the row; returns its id. */
  long insert(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO runs (tool, models, input, started, finished,"
        + " complete, articles, analysed, carried, removed, pending, claims, problems, max_bytes, max_file_bytes,"
        + " invalid_utf8, claims_by_type, claims_by_topic)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, tool);
      p.setString(2, models);
      p.setString(3, input);
      p.setString(4, started);
      p.setString(5, finished);
      p.setInt(6, complete ? 1 : 0);
      p.setInt(7, counts.articles());
      p.setInt(8, counts.analysed());
      p.setInt(9, counts.carried());
      p.setInt(10, counts.removed());
      p.setInt(11, counts.pending());
      p.setInt(12, counts.claims());
      p.setInt(13, counts.problems());
      p.setLong(14, settings.maxBytes());
      p.setLong(15, settings.maxFileBytes());
      p.setString(16, settings.invalidUtf8());
      p.setString(17, totals.map(t -> ClaimTotals.json(t.byType())).orElse(null));
      p.setString(18, totals.map(t -> ClaimTotals.json(t.byTopic())).orElse(null));
      p.executeUpdate();
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
      r.next();
      return r.getLong(1);
    }
  }
}

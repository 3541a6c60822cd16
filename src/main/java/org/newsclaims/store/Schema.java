package org.newsclaims.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.newsclaims.export.ClaimsCsv;

/**
 * The database schema as an ordered list of migrations. {@code PRAGMA user_version} holds how many
 * have been applied; opening a database applies the missing ones in order, in one
 * transaction together with the version bump, so a killed migration leaves the previous version.
 * A database newer than this code is refused (an older tool must not write it).
 *
 * <p>Append migrations; never edit one that has shipped.
 */
public final class Schema {

  /** One step from version {@code index} to {@code index + 1}. */
  public record Migration(String description, List<String> statements) {
    public Migration {
      statements = List.copyOf(statements);
    }
  }

  /**
   * The claims columns stored per row: every claims.csv column but the reviewers' two, named as in
   * claims.csv. Migrations spell them out (a shipped migration never changes); a test checks they
   * match.
   */
  public static final List<String> CLAIM_COLUMNS = ClaimsCsv.STORED_COLUMNS;

  public static final List<Migration> MIGRATIONS = List.of(
      new Migration("runs, files, articles, results, claims, problems, writer lease", List.of(
          """
          CREATE TABLE runs (id INTEGER PRIMARY KEY, tool TEXT NOT NULL, models TEXT NOT NULL,
            input TEXT NOT NULL, started TEXT NOT NULL, finished TEXT NOT NULL, complete INTEGER NOT NULL,
            articles INTEGER NOT NULL, analysed INTEGER NOT NULL, carried INTEGER NOT NULL,
            removed INTEGER NOT NULL, pending INTEGER NOT NULL, claims INTEGER NOT NULL,
            problems INTEGER NOT NULL, max_bytes INTEGER NOT NULL, max_file_bytes INTEGER NOT NULL,
            invalid_utf8 TEXT NOT NULL)""",
          """
          CREATE TABLE files (path TEXT PRIMARY KEY, format TEXT NOT NULL, size INTEGER, modified TEXT,
            sha256 TEXT, deferred INTEGER NOT NULL)""",
          """
          CREATE TABLE results (key TEXT PRIMARY KEY, doc_id TEXT NOT NULL, claims INTEGER NOT NULL,
            tokens INTEGER NOT NULL, problem TEXT, problem_detail TEXT, created TEXT NOT NULL)""",
          """
          CREATE TABLE claims (result_key TEXT NOT NULL REFERENCES results(key) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            claim_id TEXT NOT NULL, doc_id TEXT NOT NULL, type TEXT NOT NULL, speaker TEXT NOT NULL,
            speaker_canonical TEXT NOT NULL, speaker_role TEXT NOT NULL, speaker_start TEXT NOT NULL,
            speaker_end TEXT NOT NULL, cue TEXT NOT NULL, cue_start TEXT NOT NULL, cue_end TEXT NOT NULL,
            content TEXT NOT NULL, content_start TEXT NOT NULL, content_end TEXT NOT NULL,
            topics TEXT NOT NULL, topic_evidence TEXT NOT NULL, hedged TEXT NOT NULL, negated TEXT NOT NULL,
            in_headline TEXT NOT NULL, rule_id TEXT NOT NULL, sentence_index TEXT NOT NULL,
            modal TEXT NOT NULL, title TEXT NOT NULL, url TEXT NOT NULL, published TEXT NOT NULL,
            outlet TEXT NOT NULL, text_file TEXT NOT NULL,
            PRIMARY KEY (result_key, ordinal)) WITHOUT ROWID""",
          """
          CREATE TABLE articles (doc_id TEXT PRIMARY KEY, file_path TEXT NOT NULL, position INTEGER NOT NULL,
            content_sha256 TEXT NOT NULL, result_key TEXT NOT NULL, claims INTEGER NOT NULL,
            text_file TEXT NOT NULL, tool TEXT NOT NULL, models TEXT NOT NULL, status TEXT NOT NULL,
            title TEXT NOT NULL, url TEXT NOT NULL, published TEXT NOT NULL, outlet TEXT NOT NULL)""",
          "CREATE INDEX articles_by_file ON articles (file_path, position)",
          """
          CREATE TABLE problems (file_path TEXT NOT NULL, ordinal INTEGER NOT NULL, doc_id TEXT NOT NULL,
            kind TEXT NOT NULL, detail TEXT NOT NULL, skipped INTEGER NOT NULL,
            PRIMARY KEY (file_path, ordinal))""",
          """
          CREATE TABLE writer (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL,
            process_started TEXT NOT NULL, acquired TEXT NOT NULL)""")),
      new Migration("reviews (kept from claims.csv and review-orphans.csv), claims by document", List.of(
          """
          CREATE TABLE reviews (claim_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, status TEXT NOT NULL,
            note TEXT NOT NULL, orphan_reason TEXT NOT NULL, updated TEXT NOT NULL)""",
          "CREATE INDEX claims_by_doc ON claims (doc_id)")),
      new Migration("the kind of a claim's speaker and the mode of the claim", List.of(
          "ALTER TABLE claims ADD COLUMN speaker_kind TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE claims ADD COLUMN mode TEXT NOT NULL DEFAULT ''")),
      new Migration("frames: the slots of a topical claim", List.of(
          """
          CREATE TABLE frames (result_key TEXT NOT NULL REFERENCES results(key) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL, claim_id TEXT NOT NULL, doc_id TEXT NOT NULL, topic TEXT NOT NULL,
            slot TEXT NOT NULL, value TEXT NOT NULL, value_start TEXT NOT NULL, value_end TEXT NOT NULL,
            normalized TEXT NOT NULL, PRIMARY KEY (result_key, ordinal)) WITHOUT ROWID""")),
      new Migration("the time budget an analysis had (a timed-out article is retried under a larger one)", List.of(
          "ALTER TABLE results ADD COLUMN budget_ms INTEGER")),
      new Migration("incremental runs: files read completely, outputs as written, reviewed rows' cells", List.of(
          // A file whose size and time are those stored, and that is complete, is not read again.
          "ALTER TABLE files ADD COLUMN complete INTEGER NOT NULL DEFAULT 0",
          // The commit (runs.id) that last wrote an article's row: a file written since holds it as it is.
          "ALTER TABLE articles ADD COLUMN changed_in INTEGER NOT NULL DEFAULT 0",
          // claims.csv and the others as a run wrote them (untouched since when size and time still
          // match), and the commit whose state they hold.
          """
          CREATE TABLE outputs (name TEXT PRIMARY KEY, size INTEGER NOT NULL, modified TEXT NOT NULL,
            run INTEGER NOT NULL)""",
          // The reviewed row as written in claims.csv or review-orphans.csv (JSON object, column to cell).
          "ALTER TABLE reviews ADD COLUMN cells TEXT NOT NULL DEFAULT ''",
          "CREATE INDEX articles_by_result ON articles (result_key)",
          // The claims of the output per type and per topic after the commit (JSON), counted anew only
          // for what the next commit changes.
          "ALTER TABLE runs ADD COLUMN claims_by_type TEXT",
          "ALTER TABLE runs ADD COLUMN claims_by_topic TEXT")));

  /** The frames columns stored per row, named as in frames.csv (spelled out: a shipped migration never changes). */
  public static final List<String> FRAME_COLUMNS = List.of(
      "claim_id", "doc_id", "topic", "slot", "value", "value_start", "value_end", "normalized");

  private Schema() {}

  /** The version this code writes. */
  public static int current() {
    return MIGRATIONS.size();
  }

  /** The schema version of an open database. */
  public static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /**
   * Brings the database up to {@code target} (at most {@link #current()}), all missing steps in one
   * transaction with the version bump.
   *
   * @throws SQLException if a migration fails, or the database is newer than this code
   */
  static void migrate(Connection c, int target) throws SQLException {
    if (version(c) >= target && version(c) <= current()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE"); // read the version under the write lock: one process migrates
      try {
        int version = version(c);
        if (version > current()) {
          throw new SQLException("the output database has schema version " + version
              + ", newer than this newsclaims (" + current() + "); use a newer newsclaims or another --out");
        }
        for (int v = version; v < target; v++) {
          for (String sql : MIGRATIONS.get(v).statements()) {
            s.executeUpdate(sql);
          }
          s.executeUpdate("PRAGMA user_version = " + (v + 1));
        }
        s.execute("COMMIT");
      } catch (SQLException e) {
        s.execute("ROLLBACK");
        throw e;
      }
    }
  }
}

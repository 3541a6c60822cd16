package org.newsclaims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.ClaimsCsv;

/** Each migration on its own, from the version before it, and the guards around them. */
class SchemaTest {
  /** The claims columns as migration 1 created them (a shipped migration never changes). */
  private static final List<String> VERSION_1_COLUMNS = List.of("claim_id", "doc_id", "type", "speaker",
      "speaker_canonical", "speaker_role", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "content",
      "content_start", "content_end", "topics", "topic_evidence", "hedged", "negated", "in_headline", "rule_id",
      "sentence_index", "modal", "title", "url", "published", "outlet", "text_file");

  @Test
  void everyMigrationIsTested() {
    assertEquals(6, Schema.current(), "a new migration needs its test here");
  }

  @Test
  void migration1CreatesTheRunState(@TempDir Path tmp) throws Exception {
    try (Connection c = Database.open(tmp.resolve("n.db"), 1)) {
      assertEquals(1, Schema.version(c));
      assertEquals(Set.of("runs", "files", "results", "claims", "articles", "problems", "writer"), tables(c));
      List<String> claimColumns = columns(c, "claims");
      assertEquals(List.of("result_key", "ordinal"), claimColumns.subList(0, 2));
      assertEquals(VERSION_1_COLUMNS, claimColumns.subList(2, claimColumns.size()),
          "the claims table keeps every claims.csv column of version 1 but the reviewers' two, in order");
      assertEquals("wal", scalar(c, "PRAGMA journal_mode"));
      assertEquals("30000", scalar(c, "PRAGMA busy_timeout"));
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO results (key, doc_id, claims, tokens, created) VALUES ('k', 'a.txt', 0, 0, 'now')");
        s.executeUpdate("DELETE FROM results WHERE key = 'k'");
      }
    }
  }

  @Test
  void migration2AddsReviewsAndKeepsTheData(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("n.db");
    try (Connection c = Database.open(db, 1); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO results (key, doc_id, claims, tokens, created) VALUES ('k', 'a.txt', 1, 9, 'now')");
      List<String> values = new ArrayList<>();
      VERSION_1_COLUMNS.forEach(col -> values.add("'" + col + "'"));
      s.executeUpdate("INSERT INTO claims VALUES ('k', 0, " + String.join(", ", values) + ")");
    }
    try (Connection c = Database.open(db, 2)) {
      assertEquals(2, Schema.version(c));
      assertContains("reviews", tables(c));
      assertEquals(List.of("claim_id", "doc_id", "status", "note", "orphan_reason", "updated"), columns(c, "reviews"));
      assertEquals("claim_id", scalar(c, "SELECT claim_id FROM claims WHERE doc_id = 'doc_id'"));
      assertEquals("claims_by_doc", scalar(c, "SELECT name FROM sqlite_master WHERE type = 'index'"
          + " AND tbl_name = 'claims' AND name = 'claims_by_doc'"));
    }
    try (Connection c = Database.open(db, 2)) {
      assertEquals(2, Schema.version(c), "opening again changes nothing");
    }
  }

  @Test
  void migration3AddsSpeakerKindAndModeAndKeepsTheRows(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("n.db");
    try (Connection c = Database.open(db, 2); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO results (key, doc_id, claims, tokens, created) VALUES ('k', 'a.txt', 1, 9, 'now')");
      List<String> values = new ArrayList<>();
      VERSION_1_COLUMNS.forEach(col -> values.add("'" + col + "'"));
      s.executeUpdate("INSERT INTO claims VALUES ('k', 0, " + String.join(", ", values) + ")");
    }
    try (Connection c = Database.open(db, 3)) {
      assertEquals(3, Schema.version(c));
      List<String> claimColumns = columns(c, "claims");
      assertEquals(new TreeSet<>(ClaimsCsv.STORED_COLUMNS), new TreeSet<>(claimColumns.subList(2, claimColumns.size())),
          "every stored claims.csv column has its database column");
      assertEquals("", scalar(c, "SELECT speaker_kind FROM claims WHERE claim_id = 'claim_id'"));
      assertEquals("", scalar(c, "SELECT mode FROM claims WHERE claim_id = 'claim_id'"));
    }
  }

  @Test
  void migration4AddsFramesKeyedByResult(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("n.db");
    try (Connection c = Database.open(db, 3); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO results (key, doc_id, claims, tokens, created) VALUES ('k', 'a.txt', 0, 9, 'now')");
    }
    try (Connection c = Database.open(db, 4)) {
      assertEquals(4, Schema.version(c));
      List<String> frameColumns = columns(c, "frames");
      assertEquals(List.of("result_key", "ordinal"), frameColumns.subList(0, 2));
      assertEquals(Schema.FRAME_COLUMNS, frameColumns.subList(2, frameColumns.size()));
      assertEquals(org.newsclaims.frame.FramesCsv.COLUMNS, Schema.FRAME_COLUMNS, "frames.csv and the table agree");
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO frames VALUES ('k', 0, 'c1', 'a.txt', 'venue', 'place', 'Geneva', '3', '9', 'Geneva')");
        assertEquals("Geneva", scalar(c, "SELECT value FROM frames WHERE result_key = 'k'"));
      }
    }
  }

  @Test
  void migration5AddsTheBudgetOfAResultAndKeepsTheResults(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("n.db");
    try (Connection c = Database.open(db, 4); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO results (key, doc_id, claims, tokens, problem, problem_detail, created)"
          + " VALUES ('k', 'a.txt', 0, 9, 'analysis-failed', 'StackOverflowError', 'now')");
    }
    try (Connection c = Database.open(db, 5)) {
      assertEquals(5, Schema.version(c));
      assertEquals("budget_ms", columns(c, "results").get(columns(c, "results").size() - 1));
      assertEquals(null, scalar(c, "SELECT budget_ms FROM results WHERE key = 'k'"), "no budget known: none");
      assertEquals("analysis-failed", scalar(c, "SELECT problem FROM results WHERE key = 'k'"));
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO results (key, doc_id, claims, tokens, problem, problem_detail, created, budget_ms)"
            + " VALUES ('t', 'b.txt', 0, 0, 'analysis-timeout', 'over its time budget', 'now', 24500)");
        assertEquals("24500", scalar(c, "SELECT budget_ms FROM results WHERE key = 't'"));
      }
    }
  }

  @Test
  void migration6MarksFilesIncompleteAndKeepsReviews(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("n.db");
    try (Connection c = Database.open(db, 5); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO files (path, format, size, modified, sha256, deferred) VALUES ('a.txt', 'txt', 3,"
          + " '2025-01-01T00:00:00Z', 'abc', 0)");
      s.executeUpdate("INSERT INTO reviews VALUES ('c1', 'a.txt', 'accepted', 'ok', '', 'now')");
    }
    try (Connection c = Database.open(db)) {
      assertEquals(6, Schema.version(c));
      assertEquals("0", scalar(c, "SELECT complete FROM files WHERE path = 'a.txt'"),
          "a file of an older version is read again once");
      assertEquals(List.of("name", "size", "modified", "run"), columns(c, "outputs"));
      assertEquals("changed_in", columns(c, "articles").get(columns(c, "articles").size() - 1));
      assertEquals("0", scalar(c, "SELECT count(*) FROM outputs"), "no output is known as written: all are read back");
      assertEquals("accepted|", scalar(c, "SELECT status || '|' || cells FROM reviews WHERE claim_id = 'c1'"));
      assertEquals("articles_by_result", scalar(c, "SELECT name FROM sqlite_master WHERE type = 'index'"
          + " AND name = 'articles_by_result'"));
      assertTrue(columns(c, "runs").containsAll(List.of("claims_by_type", "claims_by_topic")));
    }
  }

  @Test
  void aDatabaseNewerThanTheCodeIsRefused(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("n.db");
    try (Connection c = Database.open(db); Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = " + (Schema.current() + 1));
    }
    IOException e = assertThrows(IOException.class, () -> Database.open(db).close());
    assertTrue(e.getMessage().contains("newer than this newsclaims"), e.getMessage());
  }

  private static Set<String> tables(Connection c) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        names.add(r.getString("name"));
      }
    }
    return names;
  }

  private static String scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}

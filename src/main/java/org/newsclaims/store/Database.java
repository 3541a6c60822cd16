package org.newsclaims.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Opens the output folder's database: WAL journal (readers never block the writer, nor it them),
 * a busy timeout (a writer waits that long for another's transaction, then fails with a message),
 * foreign keys on, schema migrated to {@link Schema#current()}.
 */
public final class Database {
  /** How long a transaction waits for another process's transaction before giving up. */
  public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);

  private Database() {}

  /** Opens (creating when absent) and migrates the database file. */
  public static Connection open(Path file) throws IOException {
    return open(file, Schema.current());
  }

  /** Opens and migrates up to {@code version} only: for the migration tests. */
  static Connection open(Path file, int version) throws IOException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT.toMillis());
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        Schema.migrate(c, version);
        return c;
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("cannot open " + file, e);
    }
  }

  /** An IOException naming what failed, with SQLite's message ("database is locked" and so on). */
  static IOException failure(String what, SQLException e) {
    return new IOException(what + ": " + e.getMessage(), e);
  }
}

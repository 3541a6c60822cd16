package org.newsclaims.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "a deleted lock lets a second run in": the lease is both a row in the database and an
 * operating-system lock on a file beside it; deleting either while a run holds the lease keeps a
 * second run out.
 */
class WriterLeaseTest {

  @Test
  void aDeletedLeaseRowDoesNotLetASecondRunIn(@TempDir Path out) throws Exception {
    Path db = out.resolve("newsclaims.db");
    try (WriterLease held = WriterLease.acquire(db, out)) {
      try (Connection c = Database.open(db); Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM writer");
      }
      WriterLease.LockedException e = assertThrows(WriterLease.LockedException.class,
          () -> WriterLease.acquire(db, out));
      assertTrue(e.getMessage().contains("is in use by another newsclaims run"), e.getMessage());
    }
    WriterLease.acquire(db, out).close();
  }

  @Test
  void aDeletedDatabaseOrLockFileDoesNotLetASecondRunIn(@TempDir Path out) throws Exception {
    Path db = out.resolve("newsclaims.db");
    try (WriterLease held = WriterLease.acquire(db, out)) {
      Files.delete(out.resolve("newsclaims.db" + WriterLease.LOCK_SUFFIX));
      assertThrows(WriterLease.LockedException.class, () -> WriterLease.acquire(db, out), "the row still holds it");
    }
    try (WriterLease held = WriterLease.acquire(db, out)) {
      for (String f : new String[] {"newsclaims.db", "newsclaims.db-wal", "newsclaims.db-shm"}) {
        Files.deleteIfExists(out.resolve(f));
      }
      WriterLease.LockedException e = assertThrows(WriterLease.LockedException.class,
          () -> WriterLease.acquire(db, out), "the lock file still holds it");
      assertTrue(e.getMessage().contains("its lock file is held"), e.getMessage());
    }
  }
}

package org.newsclaims.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One writer per output folder: a row in the database's {@code writer} table naming the process
 * that writes (its pid and start time), taken and checked inside one {@code BEGIN IMMEDIATE}
 * transaction, so two runs starting together are serialised by SQLite's own lock; and, held as
 * long as the lease, an operating-system lock on a file beside the database ({@link #LOCK_SUFFIX}),
 * which the system releases when the process dies. A second run is refused while either says the
 * folder is taken: deleting the row (or the whole database) or the lock file alone does not let
 * it in. A lease whose process is gone (killed, crashed) is stale and taken over; the lease is not
 * reentrant, so a second run in the same process is refused like one from another process.
 *
 * <p>SQLite's lock alone cannot do this: it lasts one transaction, and a run commits one
 * transaction per analysed article.
 */
public final class WriterLease implements AutoCloseable {

  /** The folder is in use by another run. */
  public static final class LockedException extends IOException {
    private static final long serialVersionUID = 1L;

    LockedException(String message) {
      super(message);
    }
  }

  /** The lock file is the database's name with this added: state, like the database's journals. */
  public static final String LOCK_SUFFIX = "-writer";

  private final Path db;
  private final long pid;
  private final String processStarted;
  private final FileChannel lockFile;

  private WriterLease(Path db, long pid, String processStarted, FileChannel lockFile) {
    this.db = db;
    this.pid = pid;
    this.processStarted = processStarted;
    this.lockFile = lockFile;
  }

  /**
   * Takes the lease of the database (created when absent), or fails at once.
   *
   * @param folder named in the message
   * @throws LockedException if a live process holds it, naming that process
   */
  public static WriterLease acquire(Path db, Path folder) throws IOException {
    Files.createDirectories(db.toAbsolutePath().getParent());
    FileChannel lockFile = FileChannel.open(db.resolveSibling(db.getFileName() + LOCK_SUFFIX),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (!locked(lockFile)) {
        throw inUse(folder, holder(db).orElse("its lock file is held"));
      }
      return acquire(db, folder, lockFile);
    } catch (IOException | RuntimeException e) {
      lockFile.close(); // releases the lock, if taken
      throw e;
    }
  }

  /** Whether this process now holds the lock of the file (false: another run holds it). */
  private static boolean locked(FileChannel lockFile) throws IOException {
    try {
      return lockFile.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      return false; // held by this process: the lease is not reentrant
    }
  }

  /** The row's part of {@link #acquire(Path, Path)}, the file locked. */
  private static WriterLease acquire(Path db, Path folder, FileChannel lockFile) throws IOException {
    long pid = ProcessHandle.current().pid();
    String started = processStart(ProcessHandle.current());
    try (Connection c = Database.open(db)) {
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN IMMEDIATE"); // the write lock, before reading: two runs starting together wait in turn
        try (ResultSet r = s.executeQuery("SELECT pid, process_started, acquired FROM writer WHERE id = 1")) {
          if (r.next() && alive(r.getLong(1), r.getString(2))) {
            String holder = "pid " + r.getLong(1) + ", started " + r.getString(3);
            s.execute("ROLLBACK");
            throw inUse(folder, holder);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT OR REPLACE INTO writer (id, pid, process_started, acquired) VALUES (1, ?, ?, ?)")) {
          p.setLong(1, pid);
          p.setString(2, started);
          p.setString(3, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
          p.executeUpdate();
        }
        s.execute("COMMIT");
      }
    } catch (SQLException e) {
      throw Database.failure("cannot take the output folder " + folder + " for writing", e);
    }
    return new WriterLease(db, pid, started, lockFile);
  }

  private static LockedException inUse(Path folder, String holder) {
    return new LockedException("output folder " + folder + " is in use by another newsclaims run (" + holder
        + "); wait for it to finish (a watch runs until stopped) or use another --out");
  }

  /** Who the row says holds the lease, if there is a row (a reader does not wait for the writer in WAL mode). */
  private static Optional<String> holder(Path db) {
    if (!Files.isRegularFile(db)) {
      return Optional.empty();
    }
    try (Connection c = Database.open(db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT pid, acquired FROM writer WHERE id = 1")) {
      return r.next() ? Optional.of("pid " + r.getLong(1) + ", started " + r.getString(2)) : Optional.empty();
    } catch (IOException | SQLException e) {
      return Optional.empty(); // the message does without the holder
    }
  }

  private static boolean alive(long pid, String started) {
    Optional<ProcessHandle> h = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    return h.isPresent() && processStart(h.get()).equals(started);
  }

  private static String processStart(ProcessHandle h) {
    return h.info().startInstant().map(Instant::toString).orElse("");
  }

  @Override
  public void close() throws IOException {
    try (FileChannel lock = lockFile; Connection c = Database.open(db);
        PreparedStatement p = c.prepareStatement("DELETE FROM writer WHERE pid = ? AND process_started = ?")) {
      p.setLong(1, pid);
      p.setString(2, processStarted);
      p.executeUpdate();
    } catch (SQLException e) {
      throw Database.failure("cannot release the output folder's lease", e);
    }
  }
}

package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Exclusive use of an output folder by one run: an operating-system lock on
 * {@code OUT/.newsclaims/lock}. The lock goes with the process, so a killed run never leaves a
 * stale lock behind; the file itself stays and names the last holder. Not reentrant: a second
 * acquisition in the same JVM fails like one from another process.
 */
public final class OutputLock implements AutoCloseable {
  public static final String FILE = "lock";

  /** The folder is in use by another run. */
  public static final class LockedException extends IOException {
    private static final long serialVersionUID = 1L;

    LockedException(String message) {
      super(message);
    }
  }

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the output folder (creating it if needed), or fails at once.
   *
   * @throws LockedException if another run holds it, naming that run
   */
  public static OutputLock acquire(Path outputDir) throws IOException {
    Path dir = OutputFolder.stateDir(outputDir);
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new LockedException("output folder " + outputDir + " is in use by another newsclaims run"
          + (holder.isEmpty() ? "" : " (" + holder + ")")
          + "; wait for it to finish (a watch runs until stopped) or use another --out");
    }
    channel.truncate(0);
    String me = "pid " + ProcessHandle.current().pid() + ", started "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
    return new OutputLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(200);
      int n = channel.read(buf, 0);
      return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "holder unknown: " + e.getMessage();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}

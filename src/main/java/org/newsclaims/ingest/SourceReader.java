package org.newsclaims.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Objects;
import org.newsclaims.model.Problem;
import org.newsclaims.model.Sha256;

/**
 * Reads a file's bytes whole, or says why it cannot, never holding more than the size limit in
 * memory. The file is looked at before and after the read: if it was deleted meanwhile the read
 * fails; if it changed (size, time or identity) it is read again, up to {@value #ATTEMPTS}
 * times, so a file replaced during a read yields its new content, never a mix.
 *
 * <p>Thread-safe.
 */
public final class SourceReader {
  static final int ATTEMPTS = 3;
  private static final long RETRY_PAUSE_MILLIS = 50;

  /** Either the bytes or why not. */
  public sealed interface Outcome permits Loaded, Failed {}

  /** The whole content of the file, stable over the read. */
  public record Loaded(byte[] bytes, FileStamp stamp) implements Outcome {
    public Loaded {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(stamp, "stamp");
    }
  }

  /** Why the file could not be read. */
  public record Failed(Problem.Kind kind, String detail) implements Outcome {}

  private final ReadObserver observer;

  public SourceReader(ReadObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * Reads a file of at most {@code limit} bytes.
   *
   * @param limitHint names the option that sets the limit, for the message
   */
  public Outcome read(Path file, long limit, String limitHint) {
    if (limit < 1 || limit > IngestOptions.HARD_LIMIT) {
      throw new IllegalArgumentException("limit out of range: " + limit);
    }
    String lastChange = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      BasicFileAttributes before;
      try {
        before = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return new Failed(Problem.Kind.CHANGED_WHILE_READING,
            "deleted after it was listed, before it could be read; skipped");
      } catch (IOException e) {
        return unreadable(e);
      }
      if (!before.isRegularFile()) {
        return new Failed(Problem.Kind.UNREADABLE, "not a regular file; skipped");
      }
      if (before.size() > limit) {
        return tooLarge(before.size(), limit, limitHint);
      }
      byte[] bytes;
      MessageDigest sha = sha256();
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) limit + 1);
      } catch (NoSuchFileException e) {
        return new Failed(Problem.Kind.CHANGED_WHILE_READING,
            "deleted after it was listed, before it could be read; skipped");
      } catch (IOException e) {
        return unreadable(e);
      }
      if (bytes.length > limit) {
        return tooLarge(bytes.length, limit, limitHint);
      }
      observer.bytesRead(file, attempt);
      BasicFileAttributes after;
      try {
        after = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return new Failed(Problem.Kind.CHANGED_WHILE_READING, "deleted while being read; skipped");
      } catch (IOException e) {
        return unreadable(e);
      }
      if (same(before, after) && after.size() == bytes.length) {
        sha.update(bytes);
        return new Loaded(bytes, new FileStamp(bytes.length, after.lastModifiedTime().toInstant(),
            Sha256.hex(sha)));
      }
      lastChange = describeChange(before, after, bytes.length);
      pause(attempt);
    }
    return new Failed(Problem.Kind.CHANGED_WHILE_READING,
        "kept changing while being read (" + ATTEMPTS + " attempts, last: " + lastChange + "); skipped");
  }

  private static boolean same(BasicFileAttributes a, BasicFileAttributes b) {
    return a.size() == b.size() && a.lastModifiedTime().equals(b.lastModifiedTime())
        && Objects.equals(a.fileKey(), b.fileKey());
  }

  private static String describeChange(BasicFileAttributes a, BasicFileAttributes b, int read) {
    if (!Objects.equals(a.fileKey(), b.fileKey())) {
      return "replaced by another file";
    }
    if (a.size() != b.size() || b.size() != read) {
      return "size " + a.size() + " -> " + b.size() + " bytes";
    }
    return "modified at " + b.lastModifiedTime();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(RETRY_PAUSE_MILLIS * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Failed tooLarge(long size, long limit, String hint) {
    return new Failed(Problem.Kind.TOO_LARGE,
        size + " bytes, over the limit of " + limit + " bytes (" + hint + "); skipped, not read");
  }

  static Failed unreadable(IOException e) {
    return new Failed(Problem.Kind.UNREADABLE, describe(e) + "; skipped");
  }

  /** A one-line description of an I/O failure, without the stack. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return kind + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  static MessageDigest sha256() {
    return Sha256.digest();
  }
}

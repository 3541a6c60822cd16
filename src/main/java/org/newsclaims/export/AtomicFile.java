package org.newsclaims.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the same
 * folder ({@code .NAME.RANDOM.tmp}), is flushed to disk, then renamed over the target. A reader
 * (or a run killed midway) sees either the old file or the new one, never a part.
 *
 * <p>{@link #stage} splits the two steps so that several files can be prepared first and then
 * renamed in quick succession. A temporary file left by a killed process matches
 * {@link #isLeftover} and may be deleted by the next writer.
 */
public final class AtomicFile {

  /** Produces the content as text (written as UTF-8). */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Produces the content as bytes. */
  @FunctionalInterface
  public interface ByteContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final int BUFFER = 1 << 16;
  private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[0-9]+\\.tmp");

  private AtomicFile() {}

  /** Writes the file; returns its state as written (see {@link FileState}). */
  public static FileState write(Path target, Content content) throws IOException {
    try (Staged staged = stage(target, content)) {
      return staged.commit();
    }
  }

  /** Writes the content to a temporary file beside the target, flushed to disk; not yet visible. */
  public static Staged stage(Path target, Content content) throws IOException {
    return stageBytes(target, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      content.writeTo(w);
      w.flush();
    });
  }

  /** {@link #stage} for content made of bytes. */
  public static Staged stageBytes(Path target, ByteContent content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean ok = false;
    try {
      readableLikeAnyFile(tmp, target);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      ok = true;
      return new Staged(tmp, target);
    } finally {
      if (!ok) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Temporary files are created private (rw-------); results are shared files: keep the
   * target's permissions, or rw-r--r-- for a new one, where the file system has POSIX permissions.
   */
  private static void readableLikeAnyFile(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  /** Whether a file name is one of our temporary files. */
  public static boolean isLeftover(Path file) {
    Path name = file.getFileName();
    return name != null && LEFTOVER.matcher(name.toString()).matches();
  }

  /** A written temporary file waiting to replace its target; closing without commit deletes it. */
  public static final class Staged implements AutoCloseable {
    private final Path tmp;
    private final Path target;
    private boolean committed;

    private Staged(Path tmp, Path target) {
      this.tmp = tmp;
      this.target = target;
    }

    public Path target() {
      return target;
    }

    /**
     * Renames the temporary file over the target (atomically where the file system can). Returns
     * the state of the file as written, taken before the rename (which keeps size and time), so
     * that a change made to the target after it is not mistaken for this write.
     */
    public FileState commit() throws IOException {
      if (committed) {
        throw new IllegalStateException("already committed: " + target);
      }
      FileState written = FileState.of(tmp).orElseThrow(() -> new NoSuchFileException(tmp.toString(), null,
          "the staged file is gone"));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
      return written;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}

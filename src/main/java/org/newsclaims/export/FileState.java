package org.newsclaims.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file's size and last modification time, as a run left it: a file whose state is still the
 * one recorded when it was written has not been touched since (the test make and rsync use), so
 * it need not be read back nor written again. Immutable.
 */
public record FileState(long size, Instant modified) {
  public FileState {
    Objects.requireNonNull(modified, "modified");
    if (size < 0) {
      throw new IllegalArgumentException("negative size " + size);
    }
  }

  /** The state of a file now; empty when there is none. */
  public static Optional<FileState> of(Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.isRegularFile() ? Optional.of(new FileState(a.size(), a.lastModifiedTime().toInstant()))
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }
}

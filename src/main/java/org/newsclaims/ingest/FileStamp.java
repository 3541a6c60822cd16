package org.newsclaims.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * What a file was when it was read: size in bytes, last modification time and the SHA-256 of
 * its bytes (lower-case hex). Immutable.
 */
public record FileStamp(long size, Instant modified, String sha256) {
  public FileStamp {
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(sha256, "sha256");
    if (size < 0) {
      throw new IllegalArgumentException("negative size " + size);
    }
  }
}

package org.newsclaims.ingest;

import java.nio.file.Path;

/**
 * Told when a file's bytes have been read and before the file is checked for changes. For
 * tests that delete or replace a file in the middle of a read, and for tracing. Called from
 * worker threads.
 */
@FunctionalInterface
public interface ReadObserver {
  ReadObserver NONE = (file, attempt) -> {};

  /**
   * @param file the file just read
   * @param attempt 1 for the first read, more when the file changed and is read again
   */
  void bytesRead(Path file, int attempt);
}

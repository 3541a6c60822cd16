package org.newsclaims.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of one extraction run, validated when built. Immutable.
 *
 * @param input folder of articles
 * @param output folder for claims.csv and problems.csv
 * @param threads worker threads, at least 1
 * @param maxBytes articles larger than this are reported, not read
 */
public record RunConfig(Path input, Path output, int threads, long maxBytes) {
  /** Default size limit: far above any news article, far below what could strain memory. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

  public RunConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
  }
}

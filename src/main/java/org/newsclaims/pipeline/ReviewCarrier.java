package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Keeps reviewers' work across runs: given freshly rendered claims.csv text, carries the review
 * columns of the previous {@code OUT/claims.csv} (and its orphans file) into it. Owned by
 * {@code pipeline}, provided by {@code review} through {@link ServiceLoader}, so the pipeline
 * never depends on the review package.
 */
public interface ReviewCarrier {

  /** A review as written: on a claims.csv row (orphan reason empty) or in the orphans file. */
  record Review(String claimId, String docId, String status, String note, String orphanReason) {}

  /**
   * The claims text to write, every review it (or the orphans file) now holds, and warnings for the
   * user about the reviewed file: columns read under another spelling, ignored or missing.
   */
  record Carried(String claimsCsv, List<Review> reviews, List<String> warnings) {
    public Carried {
      reviews = List.copyOf(reviews);
      warnings = List.copyOf(warnings);
    }
  }

  /** Without reviews: the fresh text as it is. */
  ReviewCarrier NONE = (out, in, freshCsv) -> new Carried(freshCsv, List.of(), List.of());

  /**
   * Merges the previous reviews into {@code freshCsv}; may write the orphans file (atomically, before
   * the caller replaces claims.csv, so that a crash in between loses no review).
   *
   * @throws IOException if a reviewed file cannot be read (then nothing may be written)
   */
  Carried carry(Path out, Path in, String freshCsv) throws IOException;

  /** The provider on the class path, else {@link #NONE}. */
  static ReviewCarrier installed() {
    return ServiceLoader.load(ReviewCarrier.class).findFirst().orElse(NONE);
  }
}

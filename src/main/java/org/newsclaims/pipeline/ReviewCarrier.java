package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.newsclaims.export.FileState;
import org.newsclaims.store.StoredReviews;

/**
 * Keeps reviewers' work across runs: while a run writes claims.csv from the database, gives the
 * rows of the articles that have reviews (the reviews merged into the fresh claims) and the
 * reviews now held by claims.csv and {@code review-orphans.csv} (which it writes). Reviews come
 * from the database, or from the files when a reviewer edited them since the last run wrote them:
 * that is where edits are read back. Owned by {@code pipeline}, provided by {@code review} through
 * {@link ServiceLoader}, so the pipeline never depends on the review package.
 */
public interface ReviewCarrier {

  /** What the carrier reads. */
  interface Source {
    /** The reviews as the database holds them (as the files were last written). */
    List<StoredReviews.Review> stored() throws IOException;

    /** Whether claims.csv differs from what the last run wrote: its reviews are read from it. */
    boolean claimsEdited();

    /** Whether review-orphans.csv differs from what the last run wrote: its orphans are read from it. */
    boolean orphansEdited();

    /**
     * The fresh claims.csv rows of these articles (every column of {@code ClaimsCsv.HEADER}, review
     * cells empty), by article; an article without claims (or not in the output) has none.
     */
    Map<String, List<List<String>>> claims(Set<String> docIds) throws IOException;
  }

  /**
   * What to write.
   *
   * @param rows the claims.csv rows of the articles that have reviews (every column of the header),
   *     in place of their fresh rows
   * @param reviews every review claims.csv and review-orphans.csv now hold
   * @param orphansWritten review-orphans.csv as the carrier wrote it, if it did
   * @param warnings for the user: what reading an edited claims.csv adapted to or ignored
   */
  record Carried(Map<String, List<List<String>>> rows, List<StoredReviews.Review> reviews,
      Optional<FileState> orphansWritten, List<String> warnings) {
    public Carried {
      rows = Map.copyOf(rows);
      reviews = List.copyOf(reviews);
      warnings = List.copyOf(warnings);
    }
  }

  /** Without reviews: the fresh rows as they are. */
  ReviewCarrier NONE = (out, in, source) -> new Carried(Map.of(), List.of(), Optional.empty(), List.of());

  /**
   * Merges the reviews into the fresh claims; may write the orphans file (atomically, before the
   * caller replaces claims.csv, so that a crash in between loses no review).
   *
   * @param out the output folder
   * @param in the input folder (article texts of plain text inputs)
   * @throws IOException if an edited file cannot be read (then nothing may be written)
   */
  Carried carry(Path out, Path in, Source source) throws IOException;

  /** The provider on the class path, else {@link #NONE}. */
  static ReviewCarrier installed() {
    return ServiceLoader.load(ReviewCarrier.class).findFirst().orElse(NONE);
  }
}

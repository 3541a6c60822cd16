package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.FileState;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.model.Problem;
import org.newsclaims.store.PublishedRows;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredReviews;

/**
 * Writes the output files from the database after a commit: claims.csv (with the reviews the
 * {@link ReviewCarrier} carries), frames.csv and problems.csv, each streamed article by article
 * and replaced by rename. A file is written again only when the published state changed or the
 * file is not as the last run left it (its size and time, recorded in the database when it was
 * written, differ: a reviewer edited it, or it is gone); problems.csv, which also lists what the
 * folder walk met, whenever its text differs. So an unchanged run writes nothing, and claims.csv
 * is read back only after a reviewer edited it.
 */
final class OutputFiles {
  private final OutputLayout out;
  private final Path input;
  private final RunStore store;
  private final ReviewCarrier reviews;

  OutputFiles(OutputLayout out, Path input, RunStore store, ReviewCarrier reviews) {
    this.out = out;
    this.input = input;
    this.store = store;
    this.reviews = reviews;
  }

  /** A file as recorded when last written, and as it is now. */
  private record Status(Optional<FileState> recorded, Optional<FileState> now) {
    /** As the last run left it (or still absent, when it was never written). */
    boolean untouched() {
      return recorded.equals(now);
    }

    /** There, and not as the last run left it: a reviewer's edits are in it. */
    boolean edited() {
      return now.isPresent() && !untouched();
    }
  }

  private Status status(String name) throws IOException {
    return new Status(store.written(name), FileState.of(out.resolve(name)));
  }

  /**
   * Writes what is due.
   *
   * @param stateChanged whether this commit changed the published state
   * @param problems every problems.csv row, in order
   * @return warnings about an edited claims.csv (column names read under another spelling ...)
   */
  List<String> write(boolean stateChanged, List<Problem> problems) throws IOException {
    Status claims = status(OutputLayout.CLAIMS_FILE);
    Status orphans = status(OutputLayout.ORPHANS_FILE);
    Status frames = status(OutputLayout.FRAMES_FILE);
    boolean claimsDue = stateChanged || claims.now().isEmpty() || !claims.untouched() || !orphans.untouched();
    boolean framesDue = stateChanged || frames.now().isEmpty() || !frames.untouched();
    StringWriter problemsText = new StringWriter();
    ProblemsCsv.write(problemsText, problems);
    boolean problemsDue = !sameBytes(out.problems(), problemsText.toString());

    Optional<ReviewCarrier.Carried> carried = claimsDue
        ? Optional.of(reviews.carry(out.root(), input, source(claims, orphans))) : Optional.empty();
    List<AtomicFile.Staged> staged = new ArrayList<>();
    Map<String, Optional<FileState>> written = new LinkedHashMap<>();
    try {
      if (carried.isPresent()) {
        staged.add(AtomicFile.stage(out.claims(), w -> writeClaims(w, carried.get().rows())));
      }
      if (problemsDue) {
        staged.add(AtomicFile.stage(out.problems(), w -> w.write(problemsText.toString())));
      }
      if (framesDue) {
        staged.add(AtomicFile.stage(out.frames(), this::writeFrames));
      }
      for (AtomicFile.Staged s : staged) {
        FileState state = s.commit();
        String name = s.target().getFileName().toString();
        if (!name.equals(OutputLayout.PROBLEMS_FILE)) {
          written.put(name, Optional.of(state));
        }
      }
    } finally {
      for (AtomicFile.Staged s : staged) {
        s.close();
      }
    }
    if (carried.isPresent()) {
      written.put(OutputLayout.ORPHANS_FILE, carried.get().orphansWritten().isPresent()
          ? carried.get().orphansWritten() : FileState.of(out.orphans()));
    }
    if (!written.isEmpty()) {
      store.recordOutputs(written, carried.map(ReviewCarrier.Carried::reviews));
    }
    return carried.map(ReviewCarrier.Carried::warnings).orElse(List.of());
  }

  private ReviewCarrier.Source source(Status claims, Status orphans) {
    return new ReviewCarrier.Source() {
      @Override
      public List<StoredReviews.Review> stored() throws IOException {
        return store.reviews().all();
      }

      @Override
      public boolean claimsEdited() {
        return claims.edited();
      }

      @Override
      public boolean orphansEdited() {
        return orphans.edited();
      }

      @Override
      public Map<String, List<List<String>>> claims(Set<String> docIds) throws IOException {
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        store.rows().claims(docIds).forEach((doc, stored) -> rows.put(doc, stored.stream()
            .map(r -> ClaimsCsv.withReview(r, "", "")).toList()));
        return rows;
      }
    };
  }

  /** claims.csv: every published article's rows, or the carried rows of a reviewed article. */
  private void writeClaims(Writer w, Map<String, List<List<String>>> carried) throws IOException {
    store.rows().write(w, ClaimsCsv.header(), PublishedRows.Table.CLAIMS, DocOrder.INSTANCE, a -> true,
        (b, article, rows) -> {
          List<List<String>> reviewed = carried.get(article.docId());
          if (reviewed != null) {
            reviewed.forEach(r -> ClaimsCsv.appendRow(b, r));
          } else {
            rows.forEach(r -> ClaimsCsv.appendRecord(b, r));
          }
        });
  }

  /** frames.csv: every published article's frame rows. */
  private void writeFrames(Writer w) throws IOException {
    store.rows().write(w, FramesCsv.header(), PublishedRows.Table.FRAMES, DocOrder.INSTANCE, a -> true,
        (b, article, rows) -> rows.forEach(r -> FramesCsv.appendRecord(b, r)));
  }

  /** Whether the file holds exactly this text. */
  private static boolean sameBytes(Path file, String text) throws IOException {
    byte[] want = text.getBytes(StandardCharsets.UTF_8);
    return Files.isRegularFile(file) && Files.size(file) == want.length
        && Arrays.equals(Files.readAllBytes(file), want);
  }
}

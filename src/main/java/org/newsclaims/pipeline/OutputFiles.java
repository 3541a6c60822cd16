package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.OutputStream;
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
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.CsvBlocks;
import org.newsclaims.export.FileState;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.model.Problem;
import org.newsclaims.store.OutputStatus;
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
  /** The column of doc_id in claims.csv and in frames.csv, whose records come article by article. */
  private static final int CLAIMS_DOC_ID = ClaimsCsv.HEADER.indexOf(ClaimsColumn.DOC_ID.header());
  private static final int FRAMES_DOC_ID = FramesCsv.COLUMNS.indexOf(ClaimsColumn.DOC_ID.header());
  /** Rendered text gathered before a write: one write call per this many characters. */
  private static final int CHUNK = 1 << 16;
  /** How many times claims.csv is prepared again when a reviewer saves it meanwhile. */
  private static final int ATTEMPTS = 3;
  private final OutputLayout out;
  private final Path input;
  private final RunStore store;
  private final ReviewCarrier reviews;
  /** See {@link #articles()}. */
  private List<PublishedRows.ArticleRow> articles;

  OutputFiles(OutputLayout out, Path input, RunStore store, ReviewCarrier reviews) {
    this.out = out;
    this.input = input;
    this.store = store;
    this.reviews = reviews;
  }

  private OutputStatus status(String name) throws IOException {
    return store.status(name, out.resolve(name));
  }

  /**
   * Writes what is due.
   *
   * @param run the commit (runs.id) whose published state is written
   * @param stateChanged whether this commit changed the published state
   * @param problems every problems.csv row, in order
   * @return warnings about an edited claims.csv (column names read under another spelling ...)
   */
  List<String> write(long run, boolean stateChanged, List<Problem> problems) throws IOException {
    articles = null;
    OutputStatus frames = status(OutputLayout.FRAMES_FILE);
    boolean framesDue = stateChanged || frames.now().isEmpty() || !frames.untouched();
    StringWriter problemsText = new StringWriter();
    ProblemsCsv.write(problemsText, problems);
    boolean problemsDue = !sameBytes(out.problems(), problemsText.toString());
    List<AtomicFile.Staged> staged = new ArrayList<>();
    Map<String, Optional<FileState>> written = new LinkedHashMap<>();
    try {
      if (problemsDue) {
        staged.add(AtomicFile.stage(out.problems(), w -> w.write(problemsText.toString())));
      }
      if (framesDue) {
        staged.add(AtomicFile.stageBytes(out.frames(), o -> spliced(o, FramesCsv.header(), out.frames(), FRAMES_DOC_ID,
            frames, Set.of(), (b, a) -> store.rows().rows(PublishedRows.Table.FRAMES, a.resultKey())
                .forEach(r -> FramesCsv.appendRecord(b, r)))));
      }
      // claims.csv last, and renamed first: the least time between checking it and replacing it.
      Optional<ReviewCarrier.Carried> carried = stageClaims(stateChanged, staged);
      for (AtomicFile.Staged s : staged) {
        FileState state = s.commit();
        String name = s.target().getFileName().toString();
        if (!name.equals(OutputLayout.PROBLEMS_FILE)) {
          written.put(name, Optional.of(state));
        }
      }
      if (carried.isPresent()) {
        written.put(OutputLayout.ORPHANS_FILE, carried.get().orphansWritten().isPresent()
            ? carried.get().orphansWritten() : FileState.of(out.orphans()));
      }
      if (!written.isEmpty()) {
        store.recordOutputs(written, run, carried.map(ReviewCarrier.Carried::reviews));
      }
      return carried.map(ReviewCarrier.Carried::warnings).orElse(List.of());
    } finally {
      for (AtomicFile.Staged s : staged) {
        s.close();
      }
    }
  }

  /**
   * Stages claims.csv when it is due, with the reviews carried. A reviewer who saves claims.csv
   * while the new one is prepared would lose that save to the rename: it is prepared again from
   * their file, up to {@value #ATTEMPTS} times.
   */
  private Optional<ReviewCarrier.Carried> stageClaims(boolean stateChanged, List<AtomicFile.Staged> staged)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      OutputStatus claims = status(OutputLayout.CLAIMS_FILE);
      OutputStatus orphans = status(OutputLayout.ORPHANS_FILE);
      if (!stateChanged && claims.now().isPresent() && claims.untouched() && orphans.untouched()) {
        return Optional.empty();
      }
      ReviewCarrier.Carried carried = reviews.carry(out.root(), input, source(claims, orphans));
      AtomicFile.Staged claimsFile = AtomicFile.stageBytes(out.claims(), o -> spliced(o, ClaimsCsv.header(),
          out.claims(), CLAIMS_DOC_ID, claims, carried.rows().keySet(), (b, a) -> {
            List<List<String>> reviewed = carried.rows().get(a.docId());
            if (reviewed != null) {
              reviewed.forEach(r -> ClaimsCsv.appendRow(b, r));
            } else {
              store.rows().rows(PublishedRows.Table.CLAIMS, a.resultKey()).forEach(r -> ClaimsCsv.appendRecord(b, r));
            }
          }));
      if (attempt < ATTEMPTS && !FileState.of(out.claims()).equals(claims.now())) {
        claimsFile.close();
        continue;
      }
      staged.add(0, claimsFile);
      return Optional.of(carried);
    }
  }

  private ReviewCarrier.Source source(OutputStatus claims, OutputStatus orphans) {
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

  /** Appends the records of an article. */
  @FunctionalInterface
  private interface Render {
    void append(StringBuilder b, PublishedRows.ArticleRow article) throws IOException;
  }

  /**
   * Writes a CSV of the published articles, article by article: the records of an article its
   * previous version holds as it is now (untouched since written at commit {@code status.run()},
   * the article's row not written since, and not in {@code render}-only) are copied from it, the
   * others rendered.
   */
  private void spliced(OutputStream o, String head, Path file, int docIdColumn, OutputStatus status,
      Set<String> renderOnly, Render render) throws IOException {
    Optional<CsvBlocks> previous = Optional.empty();
    if (status.untouched() && status.run() > 0 && status.now().isPresent()) {
      try {
        previous = Optional.of(CsvBlocks.scan(file, docIdColumn));
      } catch (IOException e) {
        previous = Optional.empty(); // not as written after all: render it whole
      }
    }
    try {
      StringBuilder b = new StringBuilder(head);
      for (PublishedRows.ArticleRow a : articles()) {
        if (previous.isPresent() && a.changedIn() <= status.run() && !renderOnly.contains(a.docId())) {
          flush(b, o);
          previous.get().copy(a.docId(), o);
        } else {
          render.append(b, a);
          if (b.length() >= CHUNK) {
            flush(b, o);
          }
        }
      }
      flush(b, o);
    } finally {
      if (previous.isPresent()) {
        previous.get().close();
      }
    }
  }

  /** The published articles in output order, read once per {@link #write}. */
  private List<PublishedRows.ArticleRow> articles() throws IOException {
    if (articles == null) {
      articles = store.rows().articles(DocOrder.INSTANCE);
    }
    return articles;
  }

  private static void flush(StringBuilder b, OutputStream o) throws IOException {
    o.write(b.toString().getBytes(StandardCharsets.UTF_8));
    b.setLength(0);
  }

  /** Whether the file holds exactly this text. */
  private static boolean sameBytes(Path file, String text) throws IOException {
    byte[] want = text.getBytes(StandardCharsets.UTF_8);
    return Files.isRegularFile(file) && Files.size(file) == want.length
        && Arrays.equals(Files.readAllBytes(file), want);
  }
}

package org.newsclaims.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.export.FileState;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredReviews;
import org.newsclaims.store.WriterLease;

/**
 * One {@code review} run over an output folder: reads the claims and reviews (from the output
 * database, or from a hand-edited {@code claims.csv} and {@code review-orphans.csv}), re-resolves corrected rows and restores
 * accidental edits ({@link ReviewMerge}), writes both back when they changed, writes the review
 * page (with the frames of the output database, {@link PageFrames}), and on request promotes reviewed rows to gold ({@link Promotion}). Every file is written
 * atomically. Not thread-safe; one instance per run.
 */
public final class ReviewRun {
  /** Cells that a spreadsheet would take for a formula start with one of these. */
  private static final String FORMULA_TRIGGERS = "=+-@\t\r";

  /**
   * Settings of one run. Immutable.
   *
   * @param in the input folder (article texts of {@code .txt} inputs)
   * @param out the output folder (claims.csv, text/, review.html, review-orphans.csv)
   * @param gold where promoted gold goes (usually {@code in})
   * @param promote whether to promote reviewed rows
   */
  public record Config(Path in, Path out, Path gold, boolean promote) {
    public Config {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(gold, "gold");
    }
  }

  /**
   * What the run did.
   *
   * @param merge the merged claims and orphans, warnings and counts
   * @param rewritten files rewritten because a review changed them (claims.csv, review-orphans.csv)
   * @param page the review page written
   * @param statuses claims per review status ("(unreviewed)" for empty)
   * @param formulaCells "CLAIM_ID column" of cells a spreadsheet would run as formulas
   * @param notes what reading claims.csv had to adapt to (encoding, separator)
   * @param promotion the promotion, when asked for
   */
  public record Outcome(ReviewMerge.Result merge, List<Path> rewritten, Path page, Map<String, Integer> statuses,
      List<String> formulaCells, List<String> notes, Optional<Promotion.Report> promotion) {
    public Outcome {
      rewritten = List.copyOf(rewritten);
      formulaCells = List.copyOf(formulaCells);
      notes = List.copyOf(notes);
    }

    public int articles() {
      return (int) merge.claims().rows().stream().map(ClaimsTable.Row::docId).distinct().count();
    }
  }

  /**
   * Runs the review of an output folder. Holds the folder's writer lease while it rewrites files,
   * so that it never runs beside an {@code extract} or {@code watch} on the same folder. The claims
   * and reviews come from the output database while claims.csv and review-orphans.csv are as the
   * last run wrote them; after a reviewer edited one (or for a folder without a database), from
   * the files, and the database then learns the reviews in them.
   *
   * @throws org.newsclaims.store.WriterLease.LockedException when a run holds the folder
   */
  public Outcome run(Config c) throws IOException {
    Path database = c.out().resolve(OutputLayout.DATABASE);
    if (!Files.isRegularFile(database)) {
      return review(c, Optional.empty());
    }
    try (WriterLease lease = WriterLease.acquire(database, c.out()); RunStore store = RunStore.open(database)) {
      return review(c, Optional.of(store));
    }
  }

  private Outcome review(Config c, Optional<RunStore> store) throws IOException {
    Path claimsFile = c.out().resolve(OutputLayout.CLAIMS_FILE);
    Path orphansFile = c.out().resolve(OutputLayout.ORPHANS_FILE);
    boolean fromStore = store.isPresent() && untouched(store.get(), OutputLayout.CLAIMS_FILE, claimsFile)
        && Files.isRegularFile(claimsFile) && untouched(store.get(), OutputLayout.ORPHANS_FILE, orphansFile);
    ClaimsTable claims;
    Optional<ClaimsTable> orphans;
    if (fromStore) {
      List<StoredReviews.Review> stored = store.get().reviews().all();
      claims = StoredTables.published(store.get(), stored);
      orphans = StoredTables.orphans(stored);
    } else {
      claims = ClaimsTable.readIfExists(claimsFile)
          .orElseThrow(() -> new IOException("no " + claimsFile + ": run ./newsclaims extract first"));
      orphans = ClaimsTable.readIfExists(orphansFile);
    }
    ArticleTexts texts = new ArticleTexts(c.in(), c.out());
    ReviewMerge.Result m = new ReviewMerge(texts, true).merge(claims, Optional.of(claims), orphans);
    List<Path> rewritten = new ArrayList<>();
    Optional<FileState> claimsWritten = Optional.empty();
    Optional<FileState> orphansWritten = Optional.empty();
    if (!m.claims().header().equals(claims.header()) || !m.claims().rows().equals(claims.rows())
        || !claims.notes().isEmpty()) {
      claimsWritten = Optional.of(AtomicFile.write(claimsFile, m.claims()::writeTo));
      rewritten.add(claimsFile);
    }
    boolean orphansChanged = orphans.isPresent()
        ? !m.orphans().rows().equals(orphans.get().rows()) || !m.orphans().header().equals(orphans.get().header())
        : !m.orphans().rows().isEmpty();
    if (orphansChanged) {
      orphansWritten = Optional.of(AtomicFile.write(orphansFile, m.orphans()::writeTo));
      rewritten.add(orphansFile);
    }
    if (store.isPresent() && !(fromStore && rewritten.isEmpty())) {
      // The database learns the reviews the files now hold, and the files as they now are. Recorded as
      // holding no particular commit's state (the reviewer's file may be an older copy, or differ in
      // form): the next run that writes claims.csv renders it whole rather than copying from it.
      Map<String, Optional<FileState>> written = new LinkedHashMap<>();
      written.put(OutputLayout.CLAIMS_FILE, claimsWritten.isPresent() ? claimsWritten : FileState.of(claimsFile));
      written.put(OutputLayout.ORPHANS_FILE, orphansWritten.isPresent() ? orphansWritten : FileState.of(orphansFile));
      store.get().recordOutputs(written, 0, Optional.of(StoredTables.reviews(m.claims(), m.orphans())));
    }
    Path page = c.out().resolve(ReviewPage.FILE);
    PageFrames pageFrames = store.isPresent() ? PageFrames.read(store.get()) : PageFrames.NONE;
    AtomicFile.write(page, w -> ReviewPage.write(w, m.claims(), pageFrames, m.orphans().rows().size(), texts,
        claimsFile.getFileName().toString()));
    Map<String, Integer> statuses = new TreeMap<>();
    for (ClaimsTable.Row r : m.claims().rows()) {
      String s = r.get(ReviewMerge.REVIEW_STATUS).strip();
      statuses.merge(s.isEmpty() ? "(unreviewed)" : s, 1, Integer::sum);
    }
    Optional<Promotion.Report> promotion = Optional.empty();
    if (c.promote()) {
      FramesTable frames = FramesTable.readIfExists(new OutputLayout(c.out()).frames());
      promotion = Optional.of(new Promotion(texts, c.in(), c.gold(), frames).promote(m.claims(), Optional.of(m.orphans())));
    }
    return new Outcome(m, rewritten, page, statuses, formulaCells(m.claims()), claims.notes(), promotion);
  }

  private static boolean untouched(RunStore store, String name, Path file) throws IOException {
    return store.status(name, file).untouched();
  }

  /** Cells that start like a spreadsheet formula, as "CLAIM_ID column". */
  static List<String> formulaCells(ClaimsTable table) {
    List<String> out = new ArrayList<>();
    for (ClaimsTable.Row r : table.rows()) {
      for (String h : table.header()) {
        String v = r.get(h);
        if (!v.isEmpty() && FORMULA_TRIGGERS.indexOf(v.charAt(0)) >= 0) {
          out.add(r.id() + " " + h);
        }
      }
    }
    return out;
  }
}

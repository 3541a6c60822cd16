package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.model.Problem;
import org.newsclaims.store.RunLog;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredFile;
import org.newsclaims.store.StoredFile.StoredArticle;
import org.newsclaims.store.StoredFile.StoredProblem;
import org.newsclaims.store.StoredResult;

/**
 * Commits what a pass knows now: for each article its fresh or stored result; for an article not
 * analysed yet, its previous result if it had one (and the text that goes with it), else nothing.
 * Saved texts are written first, then the published state goes into the store in one transaction,
 * then claims.csv (rendered from the store, reviews carried over), problems.csv and frames.csv replace the old
 * files by rename. A kill at any point leaves the last committed state; claims.csv and problems.csv
 * are rewritten from it by the next run.
 */
final class StoreWriter {

  /** What the outputs hold after a commit. */
  record Committed(int articles, int carried, int removed, int pending, int claims,
      Map<String, Integer> byType, Map<String, Integer> byTopic, List<Problem> failures, List<Problem> warnings,
      List<String> reviewWarnings) {}

  private final OutputLayout out;
  private final RunConfig config;
  private final RunStore store;
  private final ReviewCarrier reviews;
  private final String tool;
  private final String models;
  private final Map<String, StoredArticle> previous = new LinkedHashMap<>();

  StoreWriter(OutputLayout out, RunConfig config, RunStore store, ReviewCarrier reviews, String tool, String models,
      List<StoredFile> previousFiles) {
    this.out = out;
    this.config = config;
    this.store = store;
    this.reviews = reviews;
    this.tool = tool;
    this.models = models;
    previousFiles.forEach(f -> f.articles().forEach(a -> previous.put(a.docId(), a)));
  }

  /** The article's last committed state, if any. */
  Optional<StoredArticle> previous(String docId) {
    return Optional.ofNullable(previous.get(docId));
  }

  /** What a commit is made of: the running tally while the files are walked. */
  private final class Tally {
    final List<Problem> failures = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    final Set<String> textFiles = new HashSet<>();
    final Set<String> present = new HashSet<>();
    final Map<String, Integer> byType = new TreeMap<>();
    final Map<String, Integer> byTopic = new TreeMap<>();
    int articles;
    int carried;
    int pending;
    int claims;

    /** Counts an article whose result goes into claims.csv. */
    void include(StoredResult r, String textFile, boolean analysedNow) {
      r.problem().ifPresent(p -> (p.kind().keepsClaims() ? warnings : failures).add(p));
      r.byType().forEach((k, v) -> byType.merge(k, v, Integer::sum));
      r.byTopic().forEach((k, v) -> byTopic.merge(k, v, Integer::sum));
      textFiles.add(textFile);
      articles++;
      carried += analysedNow ? 0 : 1;
      claims += r.claims();
    }
  }

  Committed commit(List<RunPlanner.PlannedFile> files, Map<String, StoredResult> fresh,
      List<Problem> listingProblems, Instant started, boolean complete, int analysedCount) throws IOException {
    List<RunPlanner.PlannedFile> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing(RunPlanner.PlannedFile::fileId, DocOrder.INSTANCE));
    Tally t = new Tally();
    t.failures.addAll(listingProblems);
    List<StoredFile> stored = new ArrayList<>();
    Map<String, String> textsToWrite = new LinkedHashMap<>();
    for (RunPlanner.PlannedFile f : ordered) {
      if (f.deferred()) {
        if (f.previous().isPresent()) {
          stored.add(keepDeferred(f.previous().get(), t));
        }
      } else {
        stored.add(commitFile(f, fresh, t, textsToWrite));
      }
    }
    t.failures.sort(RunReport.PROBLEM_ORDER);
    t.warnings.sort(RunReport.PROBLEM_ORDER);
    List<Problem> allProblems = new ArrayList<>(t.failures);
    allProblems.addAll(t.warnings);
    allProblems.sort(RunReport.PROBLEM_ORDER);
    int removed = (int) previous.keySet().stream().filter(id -> !t.present.contains(id)).count();

    for (Map.Entry<String, String> text : textsToWrite.entrySet()) {
      AtomicFile.write(out.resolve(text.getKey()), w -> w.write(text.getValue()));
    }
    store.publish(stored, new RunLog(tool, models, config.input().toAbsolutePath().normalize().toString(),
        started.truncatedTo(ChronoUnit.MILLIS).toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
        complete, new RunLog.Counts(t.articles, analysedCount, t.carried, removed, t.pending, t.claims,
            allProblems.size()),
        new RunLog.Settings(config.ingest().maxArticleBytes(), config.ingest().maxFileBytes(),
            config.ingest().invalidUtf8().name().toLowerCase(Locale.ROOT))));
    // Reviewers' columns of the previous claims.csv survive (the review package's carrier writes the orphans).
    ReviewCarrier.Carried carried = reviews.carry(config.output(), config.input(),
        store.claimsCsv(DocOrder.INSTANCE, a -> true, RunStore.ReviewCells.EMPTY));
    StringWriter problemsCsv = new StringWriter();
    ProblemsCsv.write(problemsCsv, allProblems);
    StringWriter framesCsv = new StringWriter();
    framesCsv.write(ClaimsCsv.BOM);
    new FramesCsv(framesCsv).writeRows(store.frameRows(DocOrder.INSTANCE));
    try (AtomicFile.Staged claims = AtomicFile.stage(out.claims(), w -> w.write(carried.claimsCsv()));
        AtomicFile.Staged problems = AtomicFile.stage(out.problems(), w -> w.write(problemsCsv.toString()));
        AtomicFile.Staged frames = AtomicFile.stage(out.frames(), w -> w.write(framesCsv.toString()))) {
      claims.commit();
      problems.commit();
      frames.commit();
    }
    store.replaceReviews(carried.reviews().stream()
        .map(r -> new RunStore.Review(r.claimId(), r.docId(), r.status(), r.note(), r.orphanReason())).toList());
    for (StoredArticle old : previous.values()) {
      if (!old.textFile().isEmpty() && !t.textFiles.contains(old.textFile())) {
        // Only a saved text this tool makes: a name the database gives is not trusted for a delete.
        Optional<Path> text = out.savedText(old.textFile());
        if (text.isPresent()) {
          Files.deleteIfExists(text.get());
        }
      }
    }
    return new Committed(t.articles, t.carried, removed, t.pending, t.claims, t.byType, t.byTopic, t.failures,
        t.warnings, carried.warnings());
  }

  /** A file still being written keeps its previous state (articles whose result is still stored). */
  private StoredFile keepDeferred(StoredFile prev, Tally t) throws IOException {
    List<StoredArticle> kept = new ArrayList<>();
    for (StoredArticle a : prev.articles()) {
      t.present.add(a.docId());
      Optional<StoredResult> r = result(a.key());
      if (r.isEmpty()) {
        t.pending++;
        continue;
      }
      kept.add(a);
      t.include(r.get(), a.textFile(), false);
    }
    Set<String> analysed = new HashSet<>();
    prev.articles().forEach(a -> analysed.add(a.docId()));
    for (StoredProblem p : prev.problems()) {
      if ((p.skipped() || p.problem().kind().keepsClaims()) && analysed.contains(p.problem().docId())) {
        continue; // an analysis problem: it comes with the stored result, counted above
      }
      (p.skipped() ? t.failures : t.warnings).add(p.problem());
    }
    return new StoredFile(prev.path(), prev.format(), prev.size(), prev.modified(), prev.sha256(), true, kept,
        prev.problems());
  }

  private StoredFile commitFile(RunPlanner.PlannedFile f, Map<String, StoredResult> fresh, Tally t,
      Map<String, String> textsToWrite) throws IOException {
    t.failures.addAll(f.failures());
    t.warnings.addAll(f.warnings());
    List<StoredArticle> entries = new ArrayList<>();
    List<StoredProblem> problems = new ArrayList<>();
    f.failures().forEach(p -> problems.add(new StoredProblem(p, true)));
    f.warnings().forEach(p -> problems.add(new StoredProblem(p, false)));
    for (RunPlanner.PlannedArticle a : f.articles()) {
      t.present.add(a.docId());
      StoredResult r = fresh.get(a.key());
      boolean analysedNow = r != null;
      if (r == null) {
        r = a.stored().orElse(null);
      }
      if (r != null) {
        t.include(r, a.textFile(), analysedNow);
        t.warnings.addAll(a.warnings());
        a.warnings().forEach(p -> problems.add(new StoredProblem(p, false)));
        r.problem().ifPresent(p -> problems.add(new StoredProblem(p, !p.kind().keepsClaims())));
        a.textToWrite().ifPresent(text -> textsToWrite.put(a.textFile(), text));
        entries.add(new StoredArticle(a.docId(), a.position(), a.textSha256(), a.key(), r.claims(), a.textFile(),
            tool, models, a.metadata()));
        continue;
      }
      t.pending++;
      Optional<StoredArticle> old = previous(a.docId());
      Optional<StoredResult> oldResult = old.isEmpty() ? Optional.empty() : result(old.get().key());
      if (oldResult.isPresent()) {
        // Not analysed yet: the previous version stays until its replacement is ready.
        t.include(oldResult.get(), old.get().textFile(), false);
        entries.add(old.get());
      }
    }
    return new StoredFile(f.fileId(), f.format(), f.stamp().map(s -> s.size()).orElse(null),
        f.stamp().map(s -> s.modified().toString()).orElse(null), f.stamp().map(s -> s.sha256()).orElse(null), false,
        entries, problems);
  }

  private Optional<StoredResult> result(String key) throws IOException {
    return store.result(key);
  }
}

package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.model.Problem;
import org.newsclaims.store.ClaimTotals;
import org.newsclaims.store.RunLog;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredFile;
import org.newsclaims.store.StoredFile.StoredArticle;
import org.newsclaims.store.StoredFile.StoredProblem;
import org.newsclaims.store.StoredResult;

/**
 * Commits what a pass knows now: for each article its fresh or stored result; for an article not
 * analysed yet, its previous result if it had one (and the text that goes with it), else nothing;
 * an unchanged or deferred file as it was. Saved texts are written first, then the files whose
 * state changed go into the store in one transaction, then the output files are written from it
 * ({@link OutputFiles}). A kill at any point leaves the last committed state; the output files are
 * rewritten from it by the next run.
 *
 * <p>One instance per pass; a watch pass may commit several times.
 */
final class StoreWriter {
  /**
   * A file whose time is this close to the start of the pass that read it may have been changed
   * again within the same tick of the file system's clock, without a visible change of time: it is
   * not marked complete, and the next run reads it again.
   */
  static final Duration RACY = Duration.ofSeconds(2);

  /** What the outputs hold after a commit. */
  record Committed(int articles, int carried, int removed, int pending, int claims, ClaimTotals totals,
      List<Problem> failures, List<Problem> warnings, List<String> reviewWarnings) {}

  private final OutputLayout out;
  private final RunConfig config;
  private final RunStore store;
  private final OutputFiles outputs;
  private final String tool;
  private final String models;
  private final Instant started;
  /** The articles of the output when the pass started. */
  private final Map<String, StoredArticle> previous = new LinkedHashMap<>();
  /** The files as last committed (at the start, or by this pass's previous commit). */
  private final Map<String, StoredFile> committed = new HashMap<>();
  /** The claims of the last commit by type and topic; null until first needed. */
  private ClaimTotals totals;

  /** Reads the published state of the store, which the pass then plans from ({@link #previousFile}). */
  StoreWriter(OutputLayout out, RunConfig config, RunStore store, ReviewCarrier reviews, String tool, String models,
      Instant started) throws IOException {
    this.out = out;
    this.config = config;
    this.store = store;
    this.outputs = new OutputFiles(out, config.input(), store, reviews);
    this.tool = tool;
    this.models = models;
    this.started = started;
    for (StoredFile f : store.published()) {
      committed.put(f.path(), f);
      f.articles().forEach(a -> previous.put(a.docId(), a));
    }
  }

  /** The article's state when the pass started, if any. */
  Optional<StoredArticle> previous(String docId) {
    return Optional.ofNullable(previous.get(docId));
  }

  /** A file as last committed, if any. */
  Optional<StoredFile> previousFile(String path) {
    return Optional.ofNullable(committed.get(path));
  }

  /** What a commit is made of: the running tally while the files are walked. */
  private static final class Tally {
    final List<Problem> failures = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    final Set<String> textFiles = new HashSet<>();
    final Set<String> present = new HashSet<>();
    int articles;
    int carried;
    int pending;
    int claims;

    /** Counts an article whose result goes into claims.csv. */
    void include(int claimCount, String textFile, boolean analysedNow) {
      textFiles.add(textFile);
      articles++;
      carried += analysedNow ? 0 : 1;
      claims += claimCount;
    }

    /** Counts an analysis problem: a warning when the claims were kept, else a failure. */
    void problem(Problem p) {
      (p.kind().keepsClaims() ? warnings : failures).add(p);
    }
  }

  Committed commit(List<RunPlanner.PlannedFile> files, ParallelAnalysis analysis, List<Problem> listingProblems,
      boolean complete) throws IOException {
    List<RunPlanner.PlannedFile> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing(RunPlanner.PlannedFile::fileId, DocOrder.INSTANCE));
    Tally t = new Tally();
    t.failures.addAll(listingProblems);
    List<StoredFile> stored = new ArrayList<>();
    Map<String, String> textsToWrite = new LinkedHashMap<>();
    for (RunPlanner.PlannedFile f : ordered) {
      switch (f.source()) {
        case DEFERRED -> {
          if (f.previous().isPresent()) {
            stored.add(keepDeferred(f.previous().get(), t));
          }
        }
        case UNCHANGED -> stored.add(keepUnchanged(f.previous().orElseThrow(), t));
        case READ -> stored.add(commitFile(f, analysis, t, textsToWrite));
        default -> throw new IllegalStateException("unknown source " + f.source());
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
    RunStore.Changes changes = changes(stored);
    ClaimTotals now = totalsAfter(changes);
    long run = store.publish(changes, runLog(complete, t, analysis.analysedCount(), removed, allProblems.size(), now),
        complete && (!changes.isEmpty() || analysis.analysedCount() > 0));
    totals = now;
    changes.removed().forEach(committed::remove);
    changes.written().forEach(f -> committed.put(f.path(), f));
    List<String> reviewWarnings = outputs.write(run, !changes.isEmpty(), allProblems);
    for (StoredArticle old : previous.values()) {
      if (!old.textFile().isEmpty() && !t.textFiles.contains(old.textFile())) {
        // Only a saved text this tool makes: a name the database gives is not trusted for a delete.
        Optional<Path> text = out.savedText(old.textFile());
        if (text.isPresent()) {
          Files.deleteIfExists(text.get());
        }
      }
    }
    return new Committed(t.articles, t.carried, removed, t.pending, t.claims, now, t.failures, t.warnings,
        reviewWarnings);
  }

  /**
   * The claims by type and topic once the changes are published: those of the last commit, less
   * the results of the files changed or gone, plus their new results. Counted before the publish,
   * which may drop the results no longer used.
   */
  private ClaimTotals totalsAfter(RunStore.Changes changes) throws IOException {
    if (totals == null) {
      Optional<ClaimTotals> logged = store.lastRun().flatMap(RunLog::totals);
      totals = logged.isPresent() ? logged.get() : store.rows().totals();
    }
    if (changes.isEmpty()) {
      return totals;
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (StoredFile f : changes.written()) {
      f.articles().forEach(a -> after.add(a.key()));
      previousFile(f.path()).ifPresent(p -> p.articles().forEach(a -> before.add(a.key())));
    }
    changes.removed().forEach(path -> previousFile(path).ifPresent(p -> p.articles().forEach(a -> before.add(a.key()))));
    return totals.plus(store.rows().totals(after), 1).plus(store.rows().totals(before), -1);
  }

  /** The files whose state differs from the last commit's, and the files gone since. */
  private RunStore.Changes changes(List<StoredFile> stored) {
    List<StoredFile> written = stored.stream().filter(f -> {
      StoredFile before = committed.get(f.path());
      return f != before && !f.equals(before); // an unchanged file is the committed one itself
    }).toList();
    Set<String> now = new HashSet<>();
    stored.forEach(f -> now.add(f.path()));
    Set<String> removed = new HashSet<>(committed.keySet());
    removed.removeAll(now);
    return new RunStore.Changes(written, removed);
  }

  private RunLog runLog(boolean complete, Tally t, int analysed, int removed, int problems, ClaimTotals now) {
    return new RunLog(tool, models, config.input().toAbsolutePath().normalize().toString(),
        started.truncatedTo(ChronoUnit.MILLIS).toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
        complete, new RunLog.Counts(t.articles, analysed, t.carried, removed, t.pending, t.claims, problems),
        settings(config), Optional.of(now));
  }

  /** The ingest settings of a run, as logged. */
  static RunLog.Settings settings(RunConfig config) {
    return new RunLog.Settings(config.ingest().maxArticleBytes(), config.ingest().maxFileBytes(),
        config.ingest().invalidUtf8().name().toLowerCase(Locale.ROOT));
  }

  /** A file as the last commit left it: its articles carried, its problems as they were. */
  private static StoredFile keepUnchanged(StoredFile prev, Tally t) {
    for (StoredArticle a : prev.articles()) {
      t.present.add(a.docId());
      t.include(a.claims(), a.textFile(), false);
    }
    for (StoredProblem p : prev.problems()) {
      (p.skipped() ? t.failures : t.warnings).add(p.problem());
    }
    return prev;
  }

  /** A file still being written keeps its previous state (articles whose result is still stored). */
  private StoredFile keepDeferred(StoredFile prev, Tally t) throws IOException {
    List<StoredArticle> kept = new ArrayList<>();
    Set<String> analysed = new HashSet<>();
    for (StoredArticle a : prev.articles()) {
      analysed.add(a.docId());
      t.present.add(a.docId());
      Optional<StoredResult.Summary> r = store.summary(a.key());
      if (r.isEmpty()) {
        t.pending++;
        continue;
      }
      kept.add(a);
      t.include(r.get().claims(), a.textFile(), false);
      r.get().problem().ifPresent(t::problem);
    }
    for (StoredProblem p : prev.problems()) {
      if ((p.skipped() || p.problem().kind().keepsClaims()) && analysed.contains(p.problem().docId())) {
        continue; // an analysis problem: it comes with the stored result, counted above
      }
      (p.skipped() ? t.failures : t.warnings).add(p.problem());
    }
    return new StoredFile(prev.path(), prev.format(), prev.size(), prev.modified(), prev.sha256(), true, false, kept,
        prev.problems());
  }

  private StoredFile commitFile(RunPlanner.PlannedFile f, ParallelAnalysis analysis, Tally t,
      Map<String, String> textsToWrite) throws IOException {
    t.failures.addAll(f.failures());
    t.warnings.addAll(f.warnings());
    List<StoredArticle> entries = new ArrayList<>();
    List<StoredProblem> problems = new ArrayList<>();
    f.failures().forEach(p -> problems.add(new StoredProblem(p, true)));
    f.warnings().forEach(p -> problems.add(new StoredProblem(p, false)));
    boolean complete = f.stamp().isPresent() && f.stamp().get().modified().isBefore(started.minus(RACY))
        && f.failures().stream().noneMatch(p -> p.kind() == Problem.Kind.DUPLICATE_ID);
    for (RunPlanner.PlannedArticle a : f.articles()) {
      t.present.add(a.docId());
      StoredResult.Summary r = analysis.fresh().get(a.key());
      boolean analysedNow = r != null;
      if (r == null) {
        r = a.stored().orElse(null);
      }
      // An unfinished analysis may be tried again (on request, under a larger budget): planned each run.
      complete &= r == null || !r.unfinished();
      if (r != null) {
        t.include(r.claims(), a.textFile(), analysedNow);
        t.warnings.addAll(a.warnings());
        a.warnings().forEach(p -> problems.add(new StoredProblem(p, false)));
        r.problem().ifPresent(t::problem);
        r.problem().ifPresent(p -> problems.add(new StoredProblem(p, !p.kind().keepsClaims())));
        a.textToWrite().ifPresent(text -> textsToWrite.put(a.textFile(), text));
        entries.add(new StoredArticle(a.docId(), a.position(), a.textSha256(), a.key(), r.claims(), a.textFile(),
            tool, models, a.metadata()));
        continue;
      }
      t.pending++;
      complete = false;
      Optional<StoredArticle> old = previous(a.docId());
      Optional<StoredResult.Summary> oldResult = old.isEmpty() ? Optional.empty() : store.summary(old.get().key());
      if (oldResult.isPresent()) {
        // Not analysed yet: the previous version stays until its replacement is ready.
        t.include(oldResult.get().claims(), old.get().textFile(), false);
        oldResult.get().problem().ifPresent(t::problem);
        entries.add(old.get());
      }
    }
    return new StoredFile(f.fileId(), f.format(), f.stamp().map(s -> s.size()).orElse(null),
        f.stamp().map(s -> s.modified().toString()).orElse(null), f.stamp().map(s -> s.sha256()).orElse(null), false,
        complete, entries, problems);
  }
}

package org.newsclaims.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsclaims.model.Problem;

/**
 * The outcome of a run (or of one pass of a watch): what the output now holds and what this run
 * did to get there. Immutable.
 *
 * @param articles articles in claims.csv
 * @param analysedArticles articles analysed by this run
 * @param carriedArticles articles whose results were carried forward unchanged from earlier runs
 * @param removedArticles articles of the previous output that are gone (their claims dropped)
 * @param pendingArticles articles not analysed yet (the run was stopped, or a file is still
 *     being written); the next run or pass does them
 * @param analysedIds the ids of the articles analysed by this run, in document order
 * @param claimCount claims in claims.csv
 * @param tokens tokens analysed by this run
 * @param claimsByType claims in claims.csv per type label
 * @param claimsByTopic claims in claims.csv per topic, "(none)" for claims without one
 * @param failures problems that cost an article (or a file, or a record): it is not in claims.csv
 * @param warnings problems of articles that were still analysed (invalid bytes replaced,
 *     repaired HTML)
 * @param complete whether every article that could be analysed was
 * @param modelsLoaded whether this run needed (and loaded) the NLP models
 * @param reviewWarnings what reading the reviewed claims.csv adapted to or ignored (column names)
 */
public record RunReport(int articles, int analysedArticles, int carriedArticles, int removedArticles,
    int pendingArticles, List<String> analysedIds, int claimCount, long tokens,
    Map<String, Integer> claimsByType, Map<String, Integer> claimsByTopic, List<Problem> failures,
    List<Problem> warnings, boolean complete, boolean modelsLoaded, long millis, List<String> reviewWarnings) {

  /** Problems in problems.csv order: by document, then code, then detail. */
  public static final Comparator<Problem> PROBLEM_ORDER = Comparator
      .comparing(Problem::docId, DocOrder.INSTANCE)
      .thenComparing(p -> p.kind().code())
      .thenComparing(Problem::detail);

  public RunReport {
    analysedIds = List.copyOf(analysedIds);
    claimsByType = Collections.unmodifiableMap(new TreeMap<>(claimsByType));
    claimsByTopic = Collections.unmodifiableMap(new TreeMap<>(claimsByTopic));
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
    reviewWarnings = List.copyOf(reviewWarnings);
  }

  /** Every problems.csv row, failures and warnings, in file order. */
  public List<Problem> problems() {
    List<Problem> all = new ArrayList<>(failures);
    all.addAll(warnings);
    all.sort(PROBLEM_ORDER);
    return List.copyOf(all);
  }
}

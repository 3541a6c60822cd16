package org.newsclaims.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.model.Problem;

/**
 * One analysed article (a row of {@code results} and its rows of {@code claims}), keyed by
 * everything it depends on.
 *
 * @param rows its claims, the cells of {@link ClaimsCsv#STORED_COLUMNS} each
 * @param frameRows its frame slots, the cells of {@code FramesCsv.COLUMNS} each
 * @param problem the analysis problem (not English, analysis failed), if any; one whose kind
 *     {@link Problem.Kind#keepsClaims() keeps the claims} is a warning that comes with them
 * @param budget the time the analysis was allowed, to the millisecond; empty when it had no limit
 */
public record StoredResult(String key, String docId, long tokens, Optional<Problem> problem,
    List<List<String>> rows, List<List<String>> frameRows, Optional<Duration> budget) {
  private static final int TYPE = ClaimsCsv.STORED_COLUMNS.indexOf(ClaimsColumn.TYPE.header());
  private static final int TOPICS = ClaimsCsv.STORED_COLUMNS.indexOf(ClaimsColumn.TOPICS.header());

  public StoredResult {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(budget, "budget");
    rows = rows.stream().map(List::copyOf).toList();
    frameRows = frameRows.stream().map(List::copyOf).toList();
  }

  /**
   * Whether the analysis did not finish ({@link Problem.Kind#isUnfinishedAnalysis()}): it failed or ran
   * out of time.
   */
  public boolean unfinished() {
    return problem.isPresent() && problem.get().kind().isUnfinishedAnalysis();
  }

  /** Whether the analysis ran out of time: then {@link #budget()} says how much it had. */
  public boolean timedOut() {
    return problem.isPresent() && problem.get().kind() == Problem.Kind.ANALYSIS_TIMEOUT;
  }

  public int claims() {
    return rows.size();
  }

  /** Claims per type label. */
  public Map<String, Integer> byType() {
    Map<String, Integer> m = new TreeMap<>();
    rows.forEach(r -> m.merge(r.get(TYPE), 1, Integer::sum));
    return m;
  }

  /** Claims per topic, "(none)" for a claim without one. */
  public Map<String, Integer> byTopic() {
    Map<String, Integer> m = new TreeMap<>();
    for (List<String> r : rows) {
      String topics = r.get(TOPICS);
      if (topics.isEmpty()) {
        m.merge("(none)", 1, Integer::sum);
        continue;
      }
      for (String t : topics.split("\\|", -1)) {
        m.merge(t, 1, Integer::sum);
      }
    }
    return m;
  }
}

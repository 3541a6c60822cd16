package org.newsclaims.store;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  /** A stored result without its rows: what planning and committing need of it. */
  public record Summary(String key, String docId, int claims, long tokens, Optional<Problem> problem,
      Optional<Duration> budget) {
    public Summary {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(budget, "budget");
    }

    /**
     * Whether the analysis did not finish ({@link Problem.Kind#isUnfinishedAnalysis()}): it failed or
     * ran out of time.
     */
    public boolean unfinished() {
      return problem.isPresent() && problem.get().kind().isUnfinishedAnalysis();
    }

    /** Whether the analysis ran out of time: then {@link #budget()} says how much it had. */
    public boolean timedOut() {
      return problem.isPresent() && problem.get().kind() == Problem.Kind.ANALYSIS_TIMEOUT;
    }
  }

  public StoredResult {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(budget, "budget");
    rows = rows.stream().map(List::copyOf).toList();
    frameRows = frameRows.stream().map(List::copyOf).toList();
  }

  public int claims() {
    return rows.size();
  }

  public Summary summary() {
    return new Summary(key, docId, claims(), tokens, problem, budget);
  }
}

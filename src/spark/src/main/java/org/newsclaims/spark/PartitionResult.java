package org.newsclaims.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one partition produced: its claims and frames part files (null when the partition had no
 * input), its number of files and claims, and its problems. Immutable.
 */
record PartitionResult(int index, String claimsPart, String framesPart, int files, long claims,
    List<ProblemRow> problems) implements Serializable {
  PartitionResult {
    problems = List.copyOf(problems);
  }
}

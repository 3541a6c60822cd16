package org.newsclaims.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one partition produced: its part file (null when the partition had no input), its number
 * of files and claims, and its problems. Immutable.
 */
record PartitionResult(int index, String partUri, int files, long claims, List<ProblemRow> problems)
    implements Serializable {
  PartitionResult {
    problems = List.copyOf(problems);
  }
}

package org.newsclaims.spark;

import java.io.Serializable;
import org.newsclaims.model.Problem;

/**
 * A {@link Problem} that can travel from an executor to the driver, and whether it cost its
 * article (or record, or file) its rows: a failure, as opposed to a warning. Immutable.
 */
record ProblemRow(String docId, String kind, String detail, boolean failure) implements Serializable {

  static ProblemRow of(Problem p, boolean failure) {
    return new ProblemRow(p.docId(), p.kind().name(), p.detail(), failure);
  }

  Problem toProblem() {
    return new Problem(docId, Problem.Kind.valueOf(kind), detail);
  }
}

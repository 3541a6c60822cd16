package org.newsclaims.spark;

import java.io.Serializable;
import org.newsclaims.model.Problem;

/** A {@link Problem} that can travel from an executor to the driver. Immutable. */
record ProblemRow(String docId, String kind, String detail) implements Serializable {

  static ProblemRow of(Problem p) {
    return new ProblemRow(p.docId(), p.kind().name(), p.detail());
  }

  Problem toProblem() {
    return new Problem(docId, Problem.Kind.valueOf(kind), detail);
  }
}

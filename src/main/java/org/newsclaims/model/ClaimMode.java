package org.newsclaims.model;

import java.util.Locale;

/**
 * What the speaker does with the content: states it, demands it, proposes it, promises it,
 * refuses it, makes something conditional on it, predicts it, or asks it. The lower-case name is
 * how files write it ({@code models/modes.tsv}, CSV). See corpus/GUIDELINES.md for the tests.
 */
public enum ClaimMode {
  STATEMENT, DEMAND, PROPOSAL, PROMISE, REFUSAL, CONDITION, PREDICTION, QUESTION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode a file names in lower case; fails on an unknown name, listing the valid ones. */
  public static ClaimMode of(String label) {
    for (ClaimMode m : values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown mode '" + label + "'; valid: statement, demand, proposal, "
        + "promise, refusal, condition, prediction, question");
  }
}

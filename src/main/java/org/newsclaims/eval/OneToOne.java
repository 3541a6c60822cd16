package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One-to-one alignment of predictions to gold: every pair with a positive score is a
 * candidate; pairs are taken best first (ties by prediction, then gold index) and each
 * prediction and each gold item is used at most once. So a duplicate prediction can never
 * raise recall, and recall never exceeds 1.
 */
final class OneToOne {
  /** Scores a (prediction, gold) pair; zero or less means they cannot match. */
  @FunctionalInterface
  interface Score {
    double of(int prediction, int gold);
  }

  private OneToOne() {}

  /** {@code result[p]} is the gold index matched to prediction p, or -1. */
  static int[] match(int predictions, int golds, Score score) {
    record Pair(int p, int g, double s) {}
    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < predictions; p++) {
      for (int g = 0; g < golds; g++) {
        double s = score.of(p, g);
        if (s > 0) {
          pairs.add(new Pair(p, g, s));
        }
      }
    }
    pairs.sort((a, b) -> a.s != b.s ? Double.compare(b.s, a.s)
        : a.p != b.p ? Integer.compare(a.p, b.p) : Integer.compare(a.g, b.g));
    int[] result = new int[predictions];
    Arrays.fill(result, -1);
    boolean[] goldUsed = new boolean[golds];
    for (Pair pair : pairs) {
      if (result[pair.p] < 0 && !goldUsed[pair.g]) {
        result[pair.p] = pair.g;
        goldUsed[pair.g] = true;
      }
    }
    return result;
  }
}

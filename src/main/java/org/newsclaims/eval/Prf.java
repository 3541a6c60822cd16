package org.newsclaims.eval;

import java.util.OptionalDouble;

/**
 * Precision, recall and F1 from credit counts. Under exact matching both credits are the
 * number of matches; under partial credit each predicted span earns the share of its tokens
 * that overlap gold ({@code predictedCredit}) and each gold span the share of its tokens that
 * were predicted ({@code goldCredit}). A zero denominator gives an empty value ("n/a"), never
 * NaN or -1. Immutable.
 */
public record Prf(double predictedCredit, int predicted, double goldCredit, int gold) {
  public static final Prf ZERO = new Prf(0, 0, 0, 0);

  public Prf {
    if (predictedCredit > predicted + 1e-9 || goldCredit > gold + 1e-9) {
      throw new IllegalArgumentException("credit above count: " + predictedCredit + "/" + predicted
          + ", " + goldCredit + "/" + gold);
    }
  }

  public static Prf exact(int matches, int predicted, int gold) {
    return new Prf(matches, predicted, matches, gold);
  }

  public Prf plus(Prf o) {
    return new Prf(predictedCredit + o.predictedCredit, predicted + o.predicted,
        goldCredit + o.goldCredit, gold + o.gold);
  }

  public OptionalDouble precision() {
    return predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of(predictedCredit / predicted);
  }

  public OptionalDouble recall() {
    return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of(goldCredit / gold);
  }

  public OptionalDouble f1() {
    OptionalDouble p = precision();
    OptionalDouble r = recall();
    if (p.isEmpty() || r.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = p.getAsDouble() + r.getAsDouble();
    return OptionalDouble.of(sum == 0 ? 0 : 2 * p.getAsDouble() * r.getAsDouble() / sum);
  }

  /** "0.812" or "n/a". */
  public static String format(OptionalDouble v) {
    return v.isPresent() ? String.format(java.util.Locale.ROOT, "%.3f", v.getAsDouble()) : "n/a";
  }
}

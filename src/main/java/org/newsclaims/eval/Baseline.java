package org.newsclaims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * A committed evaluation (scores.json format) used as the regression baseline, and the
 * comparison of a new result with it: which headline figures dropped by more than the
 * tolerance, which gold attributions were found before and are lost now, which were gained,
 * and which false positives are new or gone. Immutable.
 */
public record Baseline(Map<String, OptionalDouble> headline, List<String> found, List<String> falsePositives) {
  /** How far a headline F1 may fall below the baseline before the gate fails. */
  public static final double TOLERANCE = 0.01;

  public static Baseline read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Map<String, OptionalDouble> headline = new LinkedHashMap<>();
    root.path("headline").fields().forEachRemaining(e ->
        headline.put(e.getKey(), e.getValue().isNumber() ? OptionalDouble.of(e.getValue().asDouble()) : OptionalDouble.empty()));
    return new Baseline(headline, strings(root.path("found")), strings(root.path("false_positives")));
  }

  public static Baseline of(EvalResult r) {
    return new Baseline(r.headline(), r.found(), r.falsePositives());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The differences between this (old) run and a newer one. */
  public record Comparison(List<String> drops, List<String> lost, List<String> gained,
      List<String> newFalsePositives, List<String> fixedFalsePositives) {
    public boolean regressed() {
      return !drops.isEmpty();
    }

    public String describe() {
      StringBuilder b = new StringBuilder();
      drops.forEach(d -> b.append("DROP ").append(d).append('\n'));
      lost.forEach(d -> b.append("lost gold ").append(d).append('\n'));
      gained.forEach(d -> b.append("gained gold ").append(d).append('\n'));
      newFalsePositives.forEach(d -> b.append("new false positive ").append(d).append('\n'));
      fixedFalsePositives.forEach(d -> b.append("false positive gone ").append(d).append('\n'));
      b.append(String.format(java.util.Locale.ROOT, "%d headline drops > %.2f, %d lost, %d gained, %d new FP, %d FP gone%n",
          drops.size(), TOLERANCE, lost.size(), gained.size(), newFalsePositives.size(), fixedFalsePositives.size()));
      return b.toString();
    }
  }

  public Comparison compareWith(Baseline now) {
    List<String> drops = new ArrayList<>();
    headline.forEach((name, old) -> {
      OptionalDouble cur = now.headline().getOrDefault(name, OptionalDouble.empty());
      if (old.isPresent() && (cur.isEmpty() || cur.getAsDouble() < old.getAsDouble() - TOLERANCE)) {
        drops.add(String.format(java.util.Locale.ROOT, "%s: %.4f -> %s", name, old.getAsDouble(), Prf.format(cur)));
      }
    });
    return new Comparison(drops, minus(found, now.found()), minus(now.found(), found),
        minus(now.falsePositives(), falsePositives), minus(falsePositives, now.falsePositives()));
  }

  private static List<String> minus(List<String> a, List<String> b) {
    TreeSet<String> s = new TreeSet<>(a);
    s.removeAll(b);
    return List.copyOf(s);
  }
}

package org.newsclaims.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Claims of the published output per type label, and per topic ("(none)" for a claim without
 * one). Kept with each commit in {@code runs}, so that the next commit counts only what changed.
 * Immutable; no zero counts.
 */
public record ClaimTotals(Map<String, Integer> byType, Map<String, Integer> byTopic) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, Integer>> COUNTS = new TypeReference<>() {};

  public static final ClaimTotals NONE = new ClaimTotals(Map.of(), Map.of());

  public ClaimTotals {
    byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    byTopic = Collections.unmodifiableMap(new TreeMap<>(byTopic));
  }

  /** These totals with {@code other}'s added, or subtracted with {@code sign} -1. */
  public ClaimTotals plus(ClaimTotals other, int sign) {
    return new ClaimTotals(add(byType, other.byType, sign), add(byTopic, other.byTopic, sign));
  }

  private static Map<String, Integer> add(Map<String, Integer> a, Map<String, Integer> b, int sign) {
    Map<String, Integer> m = new TreeMap<>(a);
    b.forEach((k, v) -> m.merge(k, sign * v, Integer::sum));
    m.values().removeIf(v -> v == 0);
    return m;
  }

  /** Counts one group of claims: their type and their topics cell ({@code |}-separated). */
  static void count(Map<String, Integer> byType, Map<String, Integer> byTopic, String type, String topics, int n) {
    byType.merge(type, n, Integer::sum);
    if (topics.isEmpty()) {
      byTopic.merge("(none)", n, Integer::sum);
      return;
    }
    for (String t : topics.split("\\|", -1)) {
      byTopic.merge(t, n, Integer::sum);
    }
  }

  static String json(Map<String, Integer> counts) {
    try {
      return JSON.writeValueAsString(counts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of counts always serialises", e);
    }
  }

  static Map<String, Integer> counts(String json) throws SQLException {
    try {
      return JSON.readValue(json, COUNTS);
    } catch (JsonProcessingException e) {
      throw new SQLException("claim counts that are not a JSON object: " + e.getOriginalMessage(), e);
    }
  }
}

package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;

/**
 * Spans of one document, each under an id (a position in the caller's list), for the lookups
 * a per-document pass makes per claim, quotation or token: which spans lie at or near an
 * offset range. A lookup reads only the spans that start within the longest span's length of
 * the range, so a pass that looks up each of n items costs n log n on news text, where spans
 * are short and local, instead of n² for a scan of every span. Callers apply their exact test to
 * what a lookup returns (a superset), so replacing a scan by a lookup changes no result.
 *
 * <p>Spans may be added while a pass runs (a refiner that grows a claim's content). Not
 * thread-safe: build one per pass.
 */
final class SpanIndex {
  private final NavigableMap<Integer, List<int[]>> byStart = new TreeMap<>();
  private int maxLength;

  /** An index of the spans of a list, each under its position. */
  static SpanIndex of(List<TextSpan> spans) {
    SpanIndex index = new SpanIndex();
    for (int i = 0; i < spans.size(); i++) {
      index.add(spans.get(i), i);
    }
    return index;
  }

  /** An index of the claims' cues, each under its claim's position. */
  static SpanIndex ofCues(List<Claim> claims) {
    SpanIndex index = new SpanIndex();
    for (int i = 0; i < claims.size(); i++) {
      index.addCue(claims.get(i), i);
    }
    return index;
  }

  /** An index of the claims' content pieces, each under its claim's position. */
  static SpanIndex ofContents(List<Claim> claims) {
    SpanIndex index = new SpanIndex();
    for (int i = 0; i < claims.size(); i++) {
      index.addContent(claims.get(i), i);
    }
    return index;
  }

  /** Adds a claim's cue, if it has one, under an id. */
  void addCue(Claim claim, int id) {
    claim.cue().ifPresent(cue -> add(cue, id));
  }

  /** Adds a claim's content pieces under an id. */
  void addContent(Claim claim, int id) {
    for (TextSpan piece : claim.content()) {
      add(piece, id);
    }
  }

  /** Adds a span under an id; a span may be added under several ids and an id hold several spans. */
  void add(TextSpan span, int id) {
    byStart.computeIfAbsent(span.start(), k -> new ArrayList<>(1)).add(new int[] {span.end(), id});
    maxLength = Math.max(maxLength, span.length());
  }

  /**
   * The ids of the spans that touch the offsets [from, to] (start ≤ to and end ≥ from), each
   * once, in ascending order: every span that overlaps, contains or lies inside the range, or
   * ends or starts at one of its ends.
   */
  int[] touching(int from, int to) {
    long lowest = (long) from - maxLength;
    Map<Integer, List<int[]>> near = byStart.subMap((int) Math.max(Integer.MIN_VALUE, lowest), true, to, true);
    int[] ids = new int[8];
    int n = 0;
    for (List<int[]> entries : near.values()) {
      for (int[] e : entries) {
        if (e[0] >= from) {
          if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
          }
          ids[n++] = e[1];
        }
      }
    }
    int[] found = Arrays.copyOf(ids, n);
    Arrays.sort(found);
    int distinct = 0;
    for (int i = 0; i < found.length; i++) {
      if (i == 0 || found[i] != found[i - 1]) {
        found[distinct++] = found[i];
      }
    }
    return Arrays.copyOf(found, distinct);
  }

  /** {@link #touching(int, int)} for the offsets of a span. */
  int[] touching(TextSpan span) {
    return touching(span.start(), span.end());
  }
}

package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Whether a gold set annotates attributions inside other attributions' contents.
 *
 * <p>Our guideline does ("Trump said he believed ..." holds two attributions). Univocal corpora
 * such as PolNeAR do not: the content of an attribution is never searched for further ones (not
 * one of PolNeAR's 19,868 train attributions has its cue inside another's content). Against such
 * gold a nested prediction cannot be wrong, so the evaluator sets aside the nested predictions
 * that no gold attribution confirms, as it does claims in headlines, and says how many in the
 * report. A set is
 * taken as univocal when it has at least {@link #MIN_ATTRIBUTIONS} attributions and none nested:
 * a few attributions say nothing about the convention. Stateless.
 */
final class GoldConvention {
  static final int MIN_ATTRIBUTIONS = 100;

  private GoldConvention() {}

  static boolean univocal(List<GoldDocument> gold) {
    int total = 0;
    for (GoldDocument d : gold) {
      List<GoldAttribution> as = d.attributions();
      total += as.size();
      if (!outermost(as, GoldAttribution::cue, GoldAttribution::content).equals(as)) {
        return false;
      }
    }
    return total >= MIN_ATTRIBUTIONS;
  }

  /**
   * The items whose cue lies inside no other item's content (when two items each hold the
   * other's cue, both stay). Order kept.
   */
  static <T> List<T> outermost(List<T> items, Function<T, SpanSet> cue, Function<T, SpanSet> content) {
    List<T> out = new ArrayList<>();
    for (T item : items) {
      boolean nested = false;
      for (T other : items) {
        if (other != item && inside(cue.apply(item), content.apply(other))
            && !inside(cue.apply(other), content.apply(item))) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * {@link #outermost}, and the nested items that {@code confirmed} accepts: univocal gold cannot
   * refute a nested prediction, but it confirms one when it annotates that very attribution.
   */
  static <T> List<T> outermostOrConfirmed(List<T> items, Function<T, SpanSet> cue, Function<T, SpanSet> content,
      Predicate<T> confirmed) {
    List<T> outer = outermost(items, cue, content);
    List<T> out = new ArrayList<>();
    for (T item : items) {
      if (outer.contains(item) || confirmed.test(item)) {
        out.add(item);
      }
    }
    return out;
  }

  /** Every piece of {@code inner} lies within one piece of {@code outer}. */
  static boolean inside(SpanSet inner, SpanSet outer) {
    return inner.pieces().stream().allMatch(i -> outer.pieces().stream()
        .anyMatch(o -> o.start() <= i.start() && i.end() <= o.end()));
  }
}

package org.newsclaims.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsclaims.model.Problem;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.text.CodePointIndex;

/**
 * Bounds that keep one pathological article from taking the run's time and heap: sentences too
 * long for the dependency parser are left unparsed, text after too many lines is not analysed,
 * and claims past a cap are dropped. Each is reported in the article's {@code analysis-limited}
 * warning; the rest of the article is analysed as usual. No news article comes near them.
 * Immutable.
 *
 * @param maxParsedTokens a longer sentence keeps its tokens and tags but is not parsed
 * @param maxLines lines after this many are not analysed (their text stays in the article)
 * @param maxClaims claims after this many, in offset order, are dropped
 */
public record ArticleLimits(int maxParsedTokens, int maxLines, int maxClaims) {
  public static final ArticleLimits DEFAULTS = new ArticleLimits(250, 20_000, 5_000);

  public ArticleLimits {
    if (maxParsedTokens < 1 || maxLines < 1 || maxClaims < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxParsedTokens + ", " + maxLines + ", "
          + maxClaims);
    }
  }

  /** The text analysed: all of it, or up to the line break that ends line {@link #maxLines}. */
  int analysedLength(String text) {
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && ++lines == maxLines) {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * {@code parse} without the sentences longer than {@link #maxParsedTokens}; the positions of
   * those go into {@code unparsed}. One per annotation (it records what it left out).
   */
  SentenceFilter withoutLongSentences(SentenceFilter parse, BitSet unparsed) {
    return (text, sentences) -> {
      BitSet selected = parse.select(text, sentences);
      for (Sentence s : sentences) {
        if (s.size() > maxParsedTokens) {
          unparsed.set(s.index());
        }
      }
      selected.andNot(unparsed);
      return selected;
    };
  }

  /**
   * The warning for what the limits left out of one article, if anything; the offset where the
   * text left out starts is in code points.
   */
  Optional<Problem> warning(String docId, BitSet unparsed, String text, int analysedLength, int claims) {
    List<String> parts = new ArrayList<>();
    if (!unparsed.isEmpty()) {
      parts.add(String.format(Locale.ROOT, "%d sentence%s over %d tokens left unparsed (sentence %s)",
          unparsed.cardinality(), unparsed.cardinality() == 1 ? "" : "s", maxParsedTokens,
          unparsed.stream().limit(5).mapToObj(Integer::toString).reduce((a, b) -> a + ", " + b).orElse("")
              + (unparsed.cardinality() > 5 ? ", ..." : "")));
    }
    if (analysedLength < text.length()) {
      parts.add(String.format(Locale.ROOT, "only the first %d lines analysed (characters after %d)", maxLines,
          CodePointIndex.codePointOffset(text, analysedLength)));
    }
    if (claims > maxClaims) {
      parts.add(String.format(Locale.ROOT, "%d claims found, the first %d kept", claims, maxClaims));
    }
    return parts.isEmpty() ? Optional.empty()
        : Optional.of(new Problem(docId, Problem.Kind.ANALYSIS_LIMITED, String.join("; ", parts)));
  }
}

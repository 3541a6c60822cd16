package org.newsclaims.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.TextSpan;
import org.newsclaims.place.Word;

/**
 * Decides a claim's {@link ClaimMode} from its cue and content words with the {@link ModeRules}:
 * the first rule (in file order) that fires decides, after the words of the
 * {@value ModeRules#IGNORE} rules before it have been taken out; none: {@link ClaimMode#STATEMENT}.
 * Immutable, thread-safe.
 */
public final class ModeClassifier {
  /** What a word taken out by an ignore rule becomes: it matches nothing, so no phrase spans the gap. */
  private static final String TAKEN_OUT = "";

  private final ModeRules rules;

  public ModeClassifier(ModeRules rules) {
    this.rules = rules;
  }

  /** The claim with its mode decided; {@code text} is the article text its spans point into. */
  public Claim classify(String text, Claim claim) {
    List<TextSpan> cue = claim.cue().map(List::of).orElse(List.of());
    return claim.withMode(mode(text, cue, claim.content()));
  }

  /** The mode of a cue and a content, given as spans into {@code text} (UTF-16). */
  public ClaimMode mode(String text, List<TextSpan> cue, List<TextSpan> content) {
    List<String> cueWords = lower(Word.split(text, cue));
    List<String> contentWords = lower(Word.split(text, content));
    boolean question = !content.isEmpty() && endsWithQuestionMark(text, content.get(content.size() - 1));
    for (ModeRules.Rule r : rules.rules()) {
      List<String> words = r.part() == ModeRules.Part.CUE ? cueWords : contentWords;
      if (r.question()) {
        if (r.part() == ModeRules.Part.CONTENT && question) {
          return r.mode().orElseThrow();
        }
      } else if (r.mode().isEmpty()) {
        takeOut(r, words);
      } else if (firstMatch(r, words, 0) >= 0) {
        return r.mode().get();
      }
    }
    return ClaimMode.STATEMENT;
  }

  private static boolean endsWithQuestionMark(String text, TextSpan last) {
    String s = last.cut(text).strip().replaceAll("[\"“”'’»)\\s]+$", "");
    return s.endsWith("?");
  }

  private static List<String> lower(List<Word> words) {
    // "let's" keeps its ending here: for modes it is a word of its own, not a possessive.
    // The list is a mutable copy: ignore rules take words out of it.
    return new ArrayList<>(words.stream().map(w -> (w.text() + (w.possessive() ? "'s" : "")).toLowerCase(Locale.ROOT)
        .replace('’', '\'')).toList());
  }

  /** Replaces every match of the rule's phrase in {@code words} by {@link #TAKEN_OUT}. */
  private static void takeOut(ModeRules.Rule r, List<String> words) {
    int from = 0;
    for (int start; (start = firstMatch(r, words, from)) >= 0; ) {
      int end = end(r.words(), 0, words, start);
      for (int i = start; i < end; i++) {
        words.set(i, TAKEN_OUT);
      }
      from = end;
    }
  }

  /** The first start at or after {@code from} where the rule's phrase matches, or -1. */
  private static int firstMatch(ModeRules.Rule r, List<String> words, int from) {
    int last = r.anchored() ? Math.min(0, words.size() - 1) : words.size() - 1;
    for (int i = from; i <= last; i++) {
      if (end(r.words(), 0, words, i) > i) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a match of {@code tokens[k..]} starting at word {@code i} ends (exclusive), or -1; an
   * optional token is tried with its word first, then without.
   */
  private static int end(List<ModeRules.Token> tokens, int k, List<String> words, int i) {
    if (k == tokens.size()) {
      return i;
    }
    ModeRules.Token t = tokens.get(k);
    if (i < words.size() && matches(t.alternatives(), words.get(i))) {
      int e = end(tokens, k + 1, words, i + 1);
      if (e >= 0) {
        return e;
      }
    }
    return t.optional() ? end(tokens, k + 1, words, i) : -1;
  }

  private static boolean matches(List<String> alternatives, String word) {
    if (word.equals(TAKEN_OUT)) {
      return false;
    }
    for (String a : alternatives) {
      String alt = a.replace('’', '\'');
      if (alt.endsWith("*") ? word.startsWith(alt.substring(0, alt.length() - 1)) : word.equals(alt)) {
        return true;
      }
    }
    return false;
  }
}

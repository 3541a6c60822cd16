package org.newsclaims.stance;

import java.util.List;
import java.util.Locale;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.TextSpan;
import org.newsclaims.place.Word;

/**
 * Decides a claim's {@link ClaimMode} from its cue and content words with the {@link ModeRules}:
 * the first rule (in file order) that fires decides; none: {@link ClaimMode#STATEMENT}.
 * Immutable, thread-safe.
 */
public final class ModeClassifier {
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
      if (r.question() ? r.part() == ModeRules.Part.CONTENT && question : fires(r, words)) {
        return r.mode();
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
    return words.stream().map(w -> (w.text() + (w.possessive() ? "'s" : "")).toLowerCase(Locale.ROOT)
        .replace('’', '\'')).toList();
  }

  private static boolean fires(ModeRules.Rule r, List<String> words) {
    int last = r.anchored() ? 0 : words.size() - r.words().size();
    for (int i = 0; i <= last && i + r.words().size() <= words.size(); i++) {
      boolean all = true;
      for (int k = 0; k < r.words().size() && all; k++) {
        all = matches(r.words().get(k), words.get(i + k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<String> alternatives, String word) {
    for (String a : alternatives) {
      String alt = a.replace('’', '\'');
      if (alt.endsWith("*") ? word.startsWith(alt.substring(0, alt.length() - 1)) : word.equals(alt)) {
        return true;
      }
    }
    return false;
  }
}

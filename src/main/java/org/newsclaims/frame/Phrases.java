package org.newsclaims.frame;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsclaims.model.TextSpan;
import org.newsclaims.place.Word;

/**
 * The phrase matchers of {@link SlotRules} ({@code <phrase-after:w>}, {@code <names>}) and the
 * {@code near:}/{@code before:} anchoring of a value to the values of other slots. Stateless.
 */
final class Phrases {
  /** Grammar words that end a phrase after its trigger word: prepositions, conjunctions, auxiliaries. */
  private static final Set<String> CLAUSE_WORDS = Set.of("in", "to", "for", "that", "which", "who", "as", "if",
      "by", "from", "with", "at", "is", "are", "was", "were", "will", "would", "could", "because", "until",
      "unless", "but", "so", "while", "when", "over", "after", "before", "since", "it", "has", "have", "had",
      "today", "now", "yesterday", "tomorrow", "again", "also");
  /** Capitalised words that start sentences without naming anyone. */
  private static final Set<String> NOT_NAMES = Set.of("we", "they", "it", "he", "she", "i", "you", "these", "this",
      "that", "those", "there", "but", "and", "if", "so", "now", "today", "as", "in", "our", "their", "his", "her");
  private static final int MAX_PHRASE_WORDS = 6;
  private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?()\\[\\]—–]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](\\s|$)");

  private Phrases() {}

  /** The words after a trigger word up to punctuation, a clause word or {@value #MAX_PHRASE_WORDS} words. */
  static void after(SlotRules.Rule r, String text, List<Word> words, List<FrameSlot> out) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!r.labels().contains(lower(words.get(i)))) {
        continue;
      }
      int last = -1;
      for (int j = i + 1; j < words.size() && j <= i + MAX_PHRASE_WORDS; j++) {
        if (!joined(text, words, j) || CLAUSE_WORDS.contains(lower(words.get(j)))) {
          break;
        }
        last = j;
      }
      if (last > i && !(last == i + 1 && lower(words.get(last)).equals("the"))) {
        out.add(FrameExtractor.slot(r, text, span(words, i + 1, last), r.normalized()));
        i = last;
      }
    }
  }

  /** Runs of capitalised words, with a "the" before them, that are not a sentence's pronoun or adverb. */
  static void names(SlotRules.Rule r, String text, List<Word> words, List<FrameSlot> out) {
    for (int i = 0; i < words.size(); i++) {
      if (!capitalised(words.get(i)) || NOT_NAMES.contains(lower(words.get(i)).split("['’]")[0])) {
        continue;
      }
      int last = i;
      while (last + 1 < words.size() && capitalised(words.get(last + 1)) && joined(text, words, last + 1)) {
        last++;
      }
      if (last == i && startsSentence(text, words, i)) {
        continue;
      }
      int first = i > 0 && lower(words.get(i - 1)).equals("the") && joined(text, words, i) ? i - 1 : i;
      out.add(FrameExtractor.slot(r, text, span(words, first, last), r.normalized()));
      i = last;
    }
  }

  /** Whether a value of an anchored rule stands near (or before) a value of one of its anchor slots. */
  static boolean anchored(SlotRules.Rule r, FrameSlot value, String text, List<Word> words, List<FrameSlot> found) {
    if (r.anchor() == SlotRules.Anchor.ANY) {
      return true;
    }
    int[] v = wordRange(value.span(), words);
    for (FrameSlot f : found) {
      if (!r.anchorSlots().contains(f.slot())) {
        continue;
      }
      int[] a = wordRange(f.span(), words);
      if (sentenceBetween(text, words, Math.min(v[1], a[1]), Math.max(v[0], a[0]))) {
        continue;
      }
      boolean ok = r.anchor() == SlotRules.Anchor.BEFORE
          ? v[1] < a[0] && a[0] - v[1] - 1 <= SlotRules.NEAR && !punctuationBetween(text, words, v[1], a[0])
          : Math.max(a[0] - v[1], v[0] - a[1]) - 1 <= SlotRules.NEAR;
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence ends between word {@code from} and word {@code to}. */
  private static boolean sentenceBetween(String text, List<Word> words, int from, int to) {
    return from < to && SENTENCE_END.matcher(text.substring(words.get(from).span().end(), words.get(to).span().start())).find();
  }

  /** Whether a comma or other punctuation stands between word {@code from} and word {@code to}. */
  private static boolean punctuationBetween(String text, List<Word> words, int from, int to) {
    return PUNCTUATION.matcher(text.substring(words.get(from).span().end(), words.get(to).span().start())).find();
  }

  /** The first and last word index covered by a span. */
  private static int[] wordRange(TextSpan span, List<Word> words) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().start() >= span.start() && words.get(i).span().end() <= span.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return new int[] {first, last};
  }

  /** Whether word {@code j} follows word {@code j - 1} with only spaces or a possessive ending between them. */
  private static boolean joined(String text, List<Word> words, int j) {
    return text.substring(words.get(j - 1).span().end(), words.get(j).span().start()).matches("(['’]s?)?[ \\t]*");
  }

  /** Whether word {@code i} is the passage's first or follows sentence punctuation or an opening quote. */
  private static boolean startsSentence(String text, List<Word> words, int i) {
    return i == 0 || text.substring(words.get(i - 1).span().end(), words.get(i).span().start()).matches(".*[.!?:;\"“(].*");
  }

  private static boolean capitalised(Word w) {
    return Character.isUpperCase(w.text().codePointAt(0));
  }

  private static String lower(Word w) {
    return w.text().toLowerCase(Locale.ROOT);
  }

  private static TextSpan span(List<Word> words, int first, int last) {
    return new TextSpan(words.get(first).span().start(), words.get(last).span().end());
  }
}

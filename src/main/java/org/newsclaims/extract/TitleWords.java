package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * The words of a person's title as {@link PersonIndex} reads them: where a title before a name
 * starts, its content words, its head noun, and when two title words are the same (a place and
 * its adjective). Stateless.
 */
final class TitleWords {
  /** Letters a place and its adjective share at least ("russi", "ukrai"). */
  private static final int DEMONYM_STEM = 4;
  /** Words of a title that carry no meaning of their own ("the Head of the Office"). */
  private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("the", "of", "to", "for", "'s", "’s", "a", "an", "and");

  private TitleWords() {}

  /**
   * Where the title before a name starts: back from the name over nouns, adjectives,
   * possessives, "of", "to", "the", up to punctuation, a verb or a lower-case determiner that
   * opens the phrase ("Adviser to the Head of the President's Office Mykhailo Podolyak",
   * "NATO's secretary general Anders Fogh Rasmussen").
   */
  static int titleStart(Sentence s, int nameStart) {
    int i = nameStart - 1;
    while (i >= 0) {
      Token t = s.token(i);
      boolean word = t.pos().matches("NN.*|JJ.*|POS|DT|IN|TO|CD") && !t.isPunctuation();
      boolean allowedFunction = !t.pos().matches("DT|IN|TO") || TITLE_FUNCTION_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
      if (!word || !allowedFunction || t.ner().equals("PERSON")) {
        break;
      }
      i--;
    }
    return i + 1;
  }

  /** The content words of tokens [from, to], lower-cased; empty when none is a noun. */
  static List<String> titleWords(Sentence s, int from, int to) {
    List<String> words = new ArrayList<>();
    boolean noun = false;
    for (int i = Math.max(0, from); i <= to; i++) {
      Token t = s.token(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.isPunctuation() || TITLE_FUNCTION_WORDS.contains(w) || t.pos().equals("POS")) {
        continue;
      }
      noun |= t.pos().startsWith("NN");
      words.add(w);
    }
    return noun ? List.copyOf(words) : List.of();
  }

  /** The key under which a title word is indexed: its first letters, shared by a place and its demonym. */
  static String stem(String word) {
    return word.length() <= DEMONYM_STEM ? word : word.substring(0, DEMONYM_STEM);
  }

  /**
   * The same word, or a place and its adjective ("Russia", "Russian"; "Ukraine", "Ukrainian";
   * "Israel", "Israeli"): the longer starts with the shorter less its last letter.
   */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() > DEMONYM_STEM && longer.length() - shorter.length() <= 3
        && longer.startsWith(shorter.substring(0, shorter.length() - 1));
  }

  /** The head noun of a title: its last noun before the first preposition ("US President", "Aide | to ..."). */
  static String titleHead(Sentence s, int from, int to) {
    String head = "";
    for (int i = from; i <= to; i++) {
      Token t = s.token(i);
      if (t.pos().equals("IN") || t.pos().equals("TO")) {
        break;
      }
      if (t.pos().startsWith("NN")) {
        head = t.word().toLowerCase(Locale.ROOT);
      }
    }
    return head;
  }

  /** A capitalised common title ("Adviser", "Secretary"), not a name, place or organisation. */
  static boolean isTitleWord(Sentence s, int i) {
    Token t = s.token(i);
    return (t.pos().equals("NN") || t.pos().equals("NNP")) && t.ner().equals("O")
        && Character.isUpperCase(t.word().codePointAt(0));
  }
}

package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * How a set of tokens becomes the spans of a claim's roles: the source's phrase, the content's
 * contiguous pieces, quote marks. Shared by every finder so that all cut roles the same way.
 * Stateless.
 */
final class TreeSpans {
  /** Dependents of a source head that are not part of the speaker's name. */
  static final Set<String> SOURCE_CUT = Set.of(
      "appos", "acl", "acl:relcl", "punct", "parataxis", "conj", "cc", "dep", "advcl", "ccomp",
      "case", "mark");

  /** Prepositions of prepositional cues ("called for", "warned against"), never content. */
  static final Set<String> CUE_PREPOSITIONS = Set.of("about", "for", "of", "against", "on", "to");

  private TreeSpans() {}

  /** The source phrase around its head: the head's subtree without appositions, clauses and what follows a comma. */
  static BitSet sourceTokens(Sentence s, int head) {
    BitSet keep = s.subtree(head);
    for (int c : s.children(head)) {
      if (SOURCE_CUT.contains(s.relation(c))) {
        keep.andNot(s.subtree(c));
      }
    }
    // The contiguous run around the head.
    int from = head;
    while (from > 0 && keep.get(from - 1)) {
      from--;
    }
    int to = head;
    while (to + 1 < s.size() && keep.get(to + 1)) {
      to++;
    }
    while (from < to && s.token(from).isPunctuation()) {
      from++;
    }
    while (to > from && s.token(to).isPunctuation()) {
      to--;
    }
    BitSet run = new BitSet();
    run.set(from, to + 1);
    return run;
  }

  static void dropLeadingComplementiser(Sentence s, BitSet content) {
    int first = content.nextSetBit(0);
    while (first >= 0) {
      Token t = s.token(first);
      boolean complementiser = s.relation(first).equals("mark") && t.lemma().equals("that");
      // "accused Russia of | aggression": the preposition of a prepositional cue left outside it.
      boolean preposition = CUE_PREPOSITIONS.contains(t.lemma()) && (s.relation(first).equals("case")
          || (s.relation(first).equals("mark") && !t.lemma().equals("to")));
      boolean leadingPunct = t.isPunctuation() && !isQuoteMark(t.word());
      boolean conjunction = s.relation(first).equals("cc");
      if (!complementiser && !preposition && !leadingPunct && !conjunction) {
        return;
      }
      content.clear(first);
      first = content.nextSetBit(first + 1);
    }
  }

  /** Contiguous runs of content tokens, trimmed of edge punctuation other than quote marks. */
  static List<TextSpan> pieces(String text, Sentence s, BitSet content) {
    List<TextSpan> pieces = new ArrayList<>();
    int i = content.nextSetBit(0);
    while (i >= 0) {
      int j = i;
      while (j + 1 < s.size() && content.get(j + 1)) {
        j++;
      }
      int a = i;
      int b = j;
      while (a <= b && s.token(a).isPunctuation() && !isQuoteMark(s.token(a).word())) {
        a++;
      }
      while (b >= a && s.token(b).isPunctuation() && !isQuoteMark(s.token(b).word())
          && !isClosingSentenceMarkInsideQuote(s, b)) {
        b--;
      }
      if (a <= b) {
        pieces.add(s.span(a, b));
      }
      i = content.nextSetBit(j + 1);
    }
    return pieces;
  }

  private static boolean isClosingSentenceMarkInsideQuote(Sentence s, int i) {
    return i + 1 < s.size() && isQuoteMark(s.token(i + 1).word())
        && s.token(i).span().end() == s.token(i + 1).span().start();
  }

  static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("``")
        || w.equals("''") || w.equals("\u00AB") || w.equals("\u00BB");
  }

  /** The span from the first to the last token of a non-empty set. */
  static TextSpan hull(Sentence s, BitSet tokens) {
    return s.span(tokens.nextSetBit(0), tokens.previousSetBit(s.size()));
  }

  /**
   * Whether the tokens from {@code first} to the sentence end can be a reported clause: at least
   * {@code minTokens} of them, opening with a quotation or holding a finite verb.
   */
  static boolean clauseFrom(Sentence s, int first, int minTokens) {
    if (s.size() - first < minTokens) {
      return false;
    }
    if (isQuoteMark(s.token(first).word())) {
      return true;
    }
    for (int i = first; i < s.size(); i++) {
      if (s.token(i).pos().matches("MD|VBD|VBZ|VBP")) {
        return true;
      }
    }
    return false;
  }

  /** The subject ({@code nsubj}, {@code nsubj:pass}) of a verb that stands before it, if any. */
  static Optional<Integer> subjectBefore(Sentence s, int verb) {
    return s.children(verb).stream().filter(c -> c < verb && s.relation(c).startsWith("nsubj")).findFirst();
  }
}

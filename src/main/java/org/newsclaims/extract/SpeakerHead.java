package org.newsclaims.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceLocator;
import org.newsclaims.nlp.Token;

/**
 * The syntactic head of a speaker phrase: its token whose governor lies outside the phrase, in a
 * parsed sentence. What the resolver asks of a phrase's grammar: its title words, the person
 * named in apposition to it, whether a name in it is only a possessor, the noun a relative
 * pronoun stands for. Immutable.
 */
record SpeakerHead(Sentence sentence, int index) {
  /** Entity classes of the words around "that" that cannot be what a relative pronoun stands for. */
  private static final Set<String> NOT_ANTECEDENTS = Set.of("DATE", "TIME", "DURATION", "NUMBER", "SET");
  /** How far back from a relative pronoun its noun may be, over a participle and its modifiers. */
  private static final int RELATIVE_REACH = 8;

  Token token() {
    return sentence.token(index);
  }

  static Optional<SpeakerHead> of(AnnotatedDocument doc, SentenceLocator where, TextSpan span) {
    for (int k : where.touching(span).toArray()) {
      Sentence s = doc.sentences().get(k);
      if (!s.span().contains(span) || !s.isParsed()) {
        continue;
      }
      for (int i = 0; i < s.size(); i++) {
        if (span.contains(s.token(i).span())) {
          int h = s.head(i);
          if (h < 0 || !span.contains(s.token(h).span())) {
            return Optional.of(new SpeakerHead(s, i));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The one holder of the title the phrase's tokens inside the span spell ({@link PersonIndex#holderOf}). */
  Optional<String> holder(TextSpan span, PersonIndex persons) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < sentence.size(); i++) {
      if (span.contains(sentence.token(i).span())) {
        from = from < 0 ? i : from;
        to = i;
      }
    }
    return from < 0 ? Optional.empty() : persons.holderOf(sentence, from, to, token().lemma());
  }

  /**
   * The person named in apposition to a description, on either side: "NATO's secretary general,
   * Anders Fogh Rasmussen, described" (the name an {@code appos} of the head) and "Hugh Hill, a
   * doctor, said" with "a doctor" as the phrase (the head an {@code appos} of the name).
   */
  Optional<PersonIndex.Mention> appositivePerson(PersonIndex persons) {
    if (token().ner().equals("PERSON")) {
      return Optional.empty();
    }
    for (int c : sentence.children(index)) {
      if (sentence.relation(c).equals("appos")) {
        Optional<PersonIndex.Mention> m = mentionAt(persons, c);
        if (m.isPresent()) {
          return m;
        }
      }
    }
    int governor = sentence.head(index);
    return governor >= 0 && sentence.relation(index).equals("appos") ? mentionAt(persons, governor) : Optional.empty();
  }

  private Optional<PersonIndex.Mention> mentionAt(PersonIndex persons, int token) {
    for (PersonIndex.Mention m : persons.mentionsIn(sentence)) {
      if (m.first() <= token && token <= m.last()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether a name in the phrase only owns its head: "Trump's proposed Secretary of Defense". */
  boolean isPossessor(PersonIndex.Mention m) {
    return m.sentence() == sentence && sentence.relation(m.last()).equals("nmod:poss")
        && !(m.first() <= index && index <= m.last());
  }

  /**
   * For "that"/"which"/"who" heading a relative clause: the noun phrase the clause modifies
   * ("the report that said" → "report"); when the parser did not attach the clause to it, the
   * noun before the pronoun, or the noun before a participle that precedes it ("a BBC report
   * released on Wednesday that claimed" → "BBC report").
   */
  Optional<String> relativeAntecedent(String text) {
    int verb = sentence.head(index);
    if (verb >= 0 && sentence.relation(verb).startsWith("acl")) {
      return Optional.of(nounPhrase(sentence.head(verb), text));
    }
    for (int i = index - 1; i >= 0 && i >= index - RELATIVE_REACH && !sentence.token(i).isPunctuation(); i--) {
      int governor = sentence.head(i);
      if (sentence.relation(i).equals("acl") && governor >= 0 && governor < i
          && sentence.token(governor).pos().startsWith("NN")) {
        // The noun right before the participle, which the parser may have hung elsewhere.
        boolean nounBefore = sentence.token(i - 1).pos().matches("NNS?");
        return Optional.of(nounPhrase(nounBefore ? i - 1 : governor, text));
      }
    }
    // Right before the pronoun, a common noun or an organisation ("a report that"), not a date.
    Token before = index > 0 ? sentence.token(index - 1) : null;
    if (before != null && (before.pos().matches("NNS?") || before.ner().equals("ORGANIZATION"))
        && !NOT_ANTECEDENTS.contains(before.ner())) {
      return Optional.of(nounPhrase(index - 1, text));
    }
    return Optional.empty();
  }

  /** A noun with the compounds, adjectives and possessors before it: "BBC report". */
  private String nounPhrase(int noun, String text) {
    BitSet modifiers = new BitSet();
    for (int c : sentence.children(noun)) {
      String rel = sentence.relation(c);
      if (c < noun && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"))) {
        modifiers.or(sentence.subtree(c));
      }
    }
    int from = noun;
    while (from > 0 && modifiers.get(from - 1)) {
      from--;
    }
    return sentence.span(from, noun).cut(text);
  }
}

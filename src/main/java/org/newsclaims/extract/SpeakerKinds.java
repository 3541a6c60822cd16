package org.newsclaims.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.SpeakerKind;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceLocator;
import org.newsclaims.nlp.Token;

/**
 * Tells what kind of source a resolved speaker is, from its canonical name and the head of the
 * phrase: a person the article names, or a personal pronoun, is a {@code person}; two names
 * joined by "and", a plural noun, "we" or "they" a {@code group}; an organisation or a state
 * ("the Kremlin", "Russia said"), or an institution noun from {@code institution-nouns}, an
 * {@code institution}; a noun from {@code document-nouns} ("the poll") a {@code document};
 * a singular noun from {@code person-nouns} ("a spokesman") a {@code person}; a relative
 * pronoun or an alias by the last word of what it stands for ("that" → "BBC report", a
 * {@code document}; "Question" → "journalist", a {@code person}). Immutable,
 * thread-safe.
 */
final class SpeakerKinds {
  private static final Set<String> PERSON_PRONOUNS = Set.of("i", "me", "he", "she", "him", "her", "you");
  private static final Set<String> GROUP_PRONOUNS = Set.of("we", "they", "us", "them");

  private final Set<String> institutions;
  private final Set<String> documents;
  private final Set<String> personNouns;

  SpeakerKinds(Lexicons lexicons) {
    this.institutions = lexicons.get("institution-nouns");
    this.documents = lexicons.get("document-nouns");
    this.personNouns = lexicons.get("person-nouns");
  }

  SpeakerKind of(AnnotatedDocument doc, SentenceLocator where, PersonIndex persons, Speaker speaker) {
    String written = speaker.span().cut(doc.text()).strip().toLowerCase(Locale.ROOT);
    if (speaker.canonical().contains(" and ") && persons.isPerson(speaker.canonical().split(" and ")[0])) {
      return SpeakerKind.GROUP;
    }
    if (persons.isPerson(speaker.canonical()) || PERSON_PRONOUNS.contains(written)) {
      return SpeakerKind.PERSON;
    }
    if (GROUP_PRONOUNS.contains(written)) {
      return SpeakerKind.GROUP;
    }
    Optional<Token> head = head(doc, where, speaker.span());
    if (head.isEmpty() || head.get().pos().startsWith("W") || head.get().pos().equals("PRP")) {
      return byCanonical(speaker.canonical());
    }
    Token h = head.get();
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    if (documents.contains(lemma)) {
      return SpeakerKind.DOCUMENT;
    }
    if (h.ner().equals("ORGANIZATION") || h.ner().equals("LOCATION") || institutions.contains(lemma)) {
      return SpeakerKind.INSTITUTION;
    }
    if (h.ner().equals("PERSON")) {
      return SpeakerKind.PERSON;
    }
    if (h.pos().equals("NNS") || h.pos().equals("NNPS")) {
      return SpeakerKind.GROUP;
    }
    return personNouns.contains(lemma) ? SpeakerKind.PERSON : byCanonical(speaker.canonical());
  }

  /**
   * The kind of what a relative pronoun, an alias or an unresolved phrase stands for, from the
   * last word of its canonical name: "BBC report" a document, "journalist" a person.
   */
  private SpeakerKind byCanonical(String canonical) {
    String[] words = canonical.toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    return documents.contains(last) ? SpeakerKind.DOCUMENT
        : institutions.contains(last) ? SpeakerKind.INSTITUTION
        : personNouns.contains(last) ? SpeakerKind.PERSON : SpeakerKind.UNKNOWN;
  }

  /**
   * Whether a speaker can be what "they" stands for: an institution, two people, or a plural of
   * people or institutions ("officials", "both sides"), not of things ("the discussions").
   */
  boolean isCollective(AnnotatedDocument doc, SentenceLocator where, PersonIndex persons, Speaker speaker) {
    SpeakerKind kind = of(doc, where, persons, speaker);
    if (kind != SpeakerKind.GROUP) {
      return kind == SpeakerKind.INSTITUTION;
    }
    if (speaker.canonical().contains(" and ")) {
      return true;
    }
    Optional<Token> head = head(doc, where, speaker.span());
    String lemma = head.map(t -> t.lemma().toLowerCase(Locale.ROOT)).orElse("");
    return personNouns.contains(lemma) || institutions.contains(lemma);
  }

  /** The token of the phrase whose governor lies outside it; without a tree, the last noun. */
  private static Optional<Token> head(AnnotatedDocument doc, SentenceLocator where, TextSpan span) {
    for (int k : where.touching(span).toArray()) {
      Sentence s = doc.sentences().get(k);
      if (!s.span().contains(span)) {
        continue;
      }
      Token lastNoun = null;
      for (int i = 0; i < s.size(); i++) {
        if (!span.contains(s.token(i).span())) {
          continue;
        }
        if (s.isParsed() && (s.head(i) < 0 || !span.contains(s.token(s.head(i)).span()))) {
          return Optional.of(s.token(i));
        }
        if (s.token(i).pos().startsWith("NN") || s.token(i).pos().startsWith("PRP")) {
          lastNoun = s.token(i);
        }
      }
      return Optional.ofNullable(lastNoun);
    }
    return Optional.empty();
  }
}

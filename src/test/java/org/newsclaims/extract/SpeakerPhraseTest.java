package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.extract.SpeakerCases.claim;
import static org.newsclaims.extract.SpeakerCases.resolve;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.SpeakerKind;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.testing.Parses;

/**
 * Speaker phrases that are not a bare name, on hand-built parses: a description with a name in
 * apposition, a name that only owns the head, a person's words, a relative pronoun the parser
 * did not attach, a country beside a title that names it, a title by the adjective of its
 * country, an alias of a country. No NLP models.
 */
class SpeakerPhraseTest {
  private static final String TALKS_FAILED = """
      talks NNS O %d nsubj talk
      failed VBD O %d ccomp fail
      """;

  @Test
  void aDescriptionTakesTheNameInAppositionToIt() {
    AnnotatedDocument doc = Parses.doc("""
        NATO NNP ORGANIZATION 4 nmod:poss
        's POS O 1 case
        secretary NN O 4 compound
        general NN O 10 nsubj
        , , O 4 punct
        Anders NNP PERSON 8 compound
        Fogh NNP PERSON 8 compound
        Rasmussen NNP PERSON 4 appos
        , , O 4 punct
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(12, 10) + ". . O 10 punct");
    Speaker s = resolve(doc, claim(doc, 0, "NATO 's secretary general", "said", "talks failed")).get(0);
    assertEquals("Anders Fogh Rasmussen", s.canonical());
    assertEquals("NATO 's secretary general", s.role());
    assertEquals(SpeakerKind.PERSON, s.kind());
  }

  @Test
  void aNameThatOwnsTheHeadIsNotTheSpeakerButTheNameInAppositionIs() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 4 nmod:poss
        's POS O 1 case
        proposed VBN O 4 amod propose
        Secretary NNP O 11 nsubj
        of IN O 6 case
        Defense NNP ORGANIZATION 4 nmod
        , , O 4 punct
        James NNP PERSON 9 compound
        Mattis NNP PERSON 4 appos
        , , O 4 punct
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(13, 11) + ". . O 11 punct", """
        He PRP O 2 nsubj he
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(4, 2) + ". . O 2 punct", """
        Trump NNP PERSON 3 nmod:poss
        's POS O 1 case
        Secretary NNP O 4 nsubj
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(6, 4) + ". . O 4 punct");
    List<Speaker> s = resolve(doc, claim(doc, 0, "Trump 's proposed Secretary of Defense", "said", "talks failed"),
        claim(doc, 1, "He", "said", "talks failed"), claim(doc, 2, "Trump 's Secretary", "said", "talks failed"));
    assertEquals("James Mattis", s.get(0).canonical());
    assertEquals("Trump 's proposed Secretary of Defense", s.get(0).role());
    assertEquals("James Mattis", s.get(1).canonical(), "he: the last person who spoke");
    assertEquals("Trump 's Secretary", s.get(2).canonical(), "Trump only owns the Secretary");
  }

  @Test
  void aPersonsWordsSpeakForThePerson() {
    AnnotatedDocument doc = Parses.doc("""
        Donald NNP PERSON 2 compound
        Trump NNP PERSON 3 nsubj
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(5, 3) + ". . O 3 punct", """
        His PRP$ O 2 nmod:poss he
        remarks NNS O 3 nsubj remark
        suggested VBD O 0 root suggest
        """ + TALKS_FAILED.formatted(5, 3) + ". . O 3 punct", """
        Trump NNP PERSON 3 nmod:poss
        's POS O 1 case
        comments NNS O 4 nsubj comment
        suggested VBD O 0 root suggest
        """ + TALKS_FAILED.formatted(6, 4) + ". . O 4 punct", """
        The DT O 2 det
        remarks NNS O 3 nsubj remark
        suggested VBD O 0 root suggest
        """ + TALKS_FAILED.formatted(5, 3) + ". . O 3 punct");
    List<Speaker> s = resolve(doc, claim(doc, 0, "Donald Trump", "said", "talks failed"),
        claim(doc, 1, "His remarks", "suggested", "talks failed"), claim(doc, 2, "Trump 's comments", "suggested", "talks failed"),
        claim(doc, 3, "The remarks", "suggested", "talks failed"));
    assertEquals("Donald Trump", s.get(1).canonical(), "his remarks: the person 'his' is");
    assertEquals(SpeakerKind.PERSON, s.get(1).kind());
    assertEquals("Donald Trump", s.get(2).canonical(), "Trump's comments: Trump");
    assertEquals("remarks", s.get(3).canonical(), "remarks nobody owns stay as written");
  }

  @Test
  void aRelativePronounTheParserLeftUnattachedStandsForTheNounBeforeItsParticiple() {
    AnnotatedDocument doc = Parses.doc("""
        It PRP O 5 nsubj it
        was VBD O 5 cop be
        a DT O 5 det
        BBC NNP ORGANIZATION 5 compound
        report NN O 0 root
        released VBN O 5 acl release
        on IN O 8 case
        Wednesday NNP O 6 obl
        that WDT O 10 nsubj
        claimed VBD O 5 dep claim
        guns NNS O 12 nsubj gun
        spread VBD O 10 ccomp spread
        . . O 5 punct
        """);
    Speaker s = resolve(doc, claim(doc, 0, "that", "claimed", "guns spread")).get(0);
    assertEquals("BBC report", s.canonical(), "not 'Wednesday', right before 'that'");
    assertEquals(SpeakerKind.DOCUMENT, s.kind(), "the kind of what 'that' stands for");
  }

  @Test
  void aCountryIsNotTheHolderOfATitleThatNamesItButItsAdjectiveIs() {
    AnnotatedDocument doc = Parses.doc(SpeakerCases.PUTIN, """
        Russia NNP LOCATION 2 nsubj
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(4, 2) + ". . O 2 punct", """
        The DT O 3 det
        Russian JJ O 3 amod russian
        President NNP O 4 nsubj
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(6, 4) + ". . O 4 punct", """
        the DT O 2 det
        US NNP LOCATION 3 nsubj
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(5, 3) + ". . O 3 punct");
    List<Speaker> s = resolve(doc, claim(doc, 1, "Russia", "said", "talks failed"),
        claim(doc, 2, "The Russian President", "said", "talks failed"), claim(doc, 3, "the US", "said", "talks failed"));
    assertEquals("Russia", s.get(0).canonical(), "not the President of Russia");
    assertEquals(SpeakerKind.INSTITUTION, s.get(0).kind());
    assertEquals("Vladimir Putin", s.get(1).canonical(), "Russian President: the President of Russia");
    assertEquals("Russian President", s.get(1).role());
    assertEquals("United States", s.get(2).canonical(), "models/speaker-aliases.tsv");
  }

  @Test
  void aTitleThatNamesACountryIsNotHeldByThePresidentOfAnother() {
    AnnotatedDocument doc = Parses.doc("""
        President NNP O 3 compound
        Joseph NNP PERSON 3 compound
        Biden NNP PERSON 4 nsubj
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(6, 4) + ". . O 4 punct", """
        The DT O 2 det
        President NNP O 5 nsubj
        of IN O 4 case
        Russia NNP LOCATION 2 nmod
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(7, 5) + ". . O 5 punct", """
        The DT O 2 det
        President NNP O 3 nsubj
        said VBD O 0 root say
        """ + TALKS_FAILED.formatted(5, 3) + ". . O 3 punct");
    List<Speaker> s = resolve(doc, claim(doc, 1, "The President of Russia", "said", "talks failed"),
        claim(doc, 2, "The President", "said", "talks failed"));
    assertEquals("President of Russia", s.get(0).canonical(), "Biden is no President of Russia");
    assertEquals("Joseph Biden", s.get(1).canonical(), "the one President the article names");
  }

  @Test
  void aPlaceAndItsAdjectiveAreTheSameTitleWord() {
    assertTrue(TitleWords.sameWord("russian", "russia"));
    assertTrue(TitleWords.sameWord("ukraine", "ukrainian"));
    assertTrue(TitleWords.sameWord("israeli", "israel"));
    assertFalse(TitleWords.sameWord("minister", "ministry"), "same length: two words");
    assertFalse(TitleWords.sameWord("us", "usa"), "too short to tell");
  }
}

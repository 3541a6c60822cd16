package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsclaims.extract.SpeakerCases.claim;
import static org.newsclaims.extract.SpeakerCases.resolve;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.SpeakerKind;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.testing.Parses;

/**
 * Speaker resolution on hand-built parses, one case per rule of {@link SpeakerResolver}'s
 * contract: names take their fullest form and give up their title as the role, pronouns take
 * the person who spoke or was the subject before them (within the look-back), "I" takes the
 * speaker around it, aliases and descriptions keep to what is written. No NLP models.
 */
class SpeakerResolverTest {
  private static AnnotatedDocument rubio(String... more) {
    String[] sentences = new String[more.length + 2];
    sentences[0] = """
        US NNP LOCATION 2 compound
        Secretary NNP O 6 compound
        of IN O 4 case
        State NNP O 2 nmod
        Marco NNP PERSON 6 compound
        Rubio NNP PERSON 7 nsubj
        said VBD O 0 root say
        talks NNS O 9 nsubj talk
        continue VBP O 7 ccomp
        . . O 7 punct
        """;
    sentences[1] = """
        Rubio NNP PERSON 2 nsubj
        said VBD O 0 root say
        Kyiv NNP LOCATION 4 nsubj
        agreed VBD O 2 ccomp agree
        . . O 2 punct
        """;
    System.arraycopy(more, 0, sentences, 2, more.length);
    return Parses.doc(sentences);
  }

  private static final String HE_SAID = """
      He PRP O 2 nsubj he
      said VBD O 0 root say
      nothing NN O 4 nsubj
      changed VBD O 2 ccomp change
      . . O 2 punct
      """;

  private static final String NOTHING_HAPPENED = """
      Nothing NN O 2 nsubj nothing
      happened VBD O 0 root happen
      . . O 2 punct
      """;

  @Test
  void aNameTakesItsFullestFormAndItsTitleBecomesTheRole() {
    AnnotatedDocument doc = rubio();
    List<Speaker> s = resolve(doc, claim(doc, 0, "US Secretary of State Marco Rubio", "said", "talks continue"),
        claim(doc, 1, "Rubio", "said", "Kyiv agreed"));
    assertEquals(new Speaker(s.get(0).span(), "Marco Rubio", "US Secretary of State", SpeakerKind.PERSON), s.get(0));
    assertEquals(new Speaker(s.get(1).span(), "Marco Rubio", "", SpeakerKind.PERSON), s.get(1));
  }

  @Test
  void hePointsToThePersonWhoSpokeLast() {
    AnnotatedDocument doc = rubio(HE_SAID);
    List<Speaker> s = resolve(doc, claim(doc, 1, "Rubio", "said", "Kyiv agreed"),
        claim(doc, 2, "He", "said", "nothing changed"));
    assertEquals("He", s.get(1).span().cut(doc.text()));
    assertEquals("Marco Rubio", s.get(1).canonical());
    assertEquals(SpeakerKind.PERSON, s.get(1).kind());
  }

  @Test
  void heLooksBackFourSentencesAtMost() {
    AnnotatedDocument near = rubio(NOTHING_HAPPENED, NOTHING_HAPPENED, NOTHING_HAPPENED, HE_SAID);
    assertEquals("Marco Rubio", resolve(near, claim(near, 5, "He", "said", "nothing changed")).get(0).canonical(),
        "the subject four sentences back");
    AnnotatedDocument far = rubio(NOTHING_HAPPENED, NOTHING_HAPPENED, NOTHING_HAPPENED, NOTHING_HAPPENED, HE_SAID);
    Speaker unresolved = resolve(far, claim(far, 6, "He", "said", "nothing changed")).get(0);
    assertEquals("He", unresolved.canonical(), "five sentences back is too far: the pronoun stays as written");
    assertEquals(SpeakerKind.PERSON, unresolved.kind());
  }

  @Test
  void iTakesTheSpeakerOfTheQuotationAroundIt() {
    AnnotatedDocument doc = rubio("""
        Rubio NNP PERSON 2 nsubj
        said VBD O 0 root say
        I PRP O 4 nsubj i
        believed VBD O 2 ccomp believe
        Kyiv NNP LOCATION 6 nsubj
        agreed VBD O 4 ccomp agree
        . . O 2 punct
        """);
    Claim outer = claim(doc, 2, "Rubio", "said", "I believed Kyiv agreed");
    Claim inner = claim(doc, 2, "I", "believed", "Kyiv agreed");
    List<Speaker> s = resolve(doc, outer, inner);
    assertEquals("Marco Rubio", s.get(1).canonical());
    assertEquals("", s.get(1).role());
  }

  @Test
  void aCommonNounHeadIsNotThePersonItMentions() {
    AnnotatedDocument doc = Parses.doc("""
        A DT O 2 det
        spokesman NN O 6 nsubj
        for IN O 5 case
        President NNP O 5 compound
        Obama NNP PERSON 2 nmod
        said VBD O 0 root say
        it PRP O 8 nsubj
        rained VBD O 6 ccomp rain
        . . O 6 punct
        """, """
        Barack NNP PERSON 2 compound
        Obama NNP PERSON 3 nsubj
        spoke VBD O 0 root speak
        . . O 3 punct
        """);
    Speaker s = resolve(doc, claim(doc, 0, "A spokesman for President Obama", "said", "it rained")).get(0);
    assertEquals("spokesman for Barack Obama", s.canonical(), "the spokesman, without the article; the name in full, without its title");
    assertEquals(SpeakerKind.PERSON, s.kind(), "spokesman is a person noun");
  }

  @Test
  void aliasesAndGroupsKeepToWhatIsWritten() {
    AnnotatedDocument doc = Parses.doc("""
        Question NN O 2 nsubj question
        asked VBD O 0 root ask
        if IN O 5 mark
        talks NNS O 5 nsubj talk
        failed VBD O 2 ccomp fail
        . . O 2 punct
        """, """
        European JJ O 2 amod european
        leaders NNS O 3 nsubj leader
        said VBD O 0 root say
        talks NNS O 5 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """);
    List<Speaker> s = resolve(doc, claim(doc, 0, "Question", "asked", "talks failed"),
        claim(doc, 1, "European leaders", "said", "talks failed"));
    assertEquals("journalist", s.get(0).canonical(), "models/speaker-aliases.tsv");
    assertEquals(SpeakerKind.PERSON, s.get(0).kind(), "journalist is a person noun");
    assertEquals("European leaders", s.get(1).canonical());
    assertEquals(SpeakerKind.GROUP, s.get(1).kind());
  }
}

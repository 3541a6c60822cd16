package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsclaims.extract.SpeakerCases.claim;
import static org.newsclaims.extract.SpeakerCases.resolve;
import static org.newsclaims.extract.SpeakerCases.sentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.SpeakerKind;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.testing.Parses;

/**
 * Pronouns that speak, resolved from the claims and sentences before them ({@link Antecedents}),
 * on hand-built parses: a title as the subject, a quotation's speaker who is its "I" and not its
 * "he", an "I" in the quotation of a "he", an "I" in a quotation that goes on after its cue,
 * "they" for two people or a group, "it" for an institution, "you" for the one spoken to. No NLP
 * models.
 */
class PronounAntecedentsTest {
  private static final String HE_SAID = """
      He PRP O 2 nsubj he
      said VBD O 0 root say
      talks NNS O 4 nsubj talk
      failed VBD O 2 ccomp fail
      . . O 2 punct
      """;

  @Test
  void heTakesASubjectThatIsATitleOnePersonHoldsOverANameThatIsNoSubject() {
    AnnotatedDocument doc = Parses.doc(SpeakerCases.PUTIN, """
        The DT O 3 det
        Russian JJ O 3 amod russian
        President NNP O 4 nsubj
        studied VBD O 0 root study
        President NNP O 6 compound
        Biden NNP PERSON 8 nmod:poss
        's POS O 6 case
        proposals NNS O 4 obj proposal
        . . O 4 punct
        """, HE_SAID);
    assertEquals("Vladimir Putin", resolve(doc, claim(doc, 2, "He", "said", "talks failed")).get(0).canonical());
    AnnotatedDocument unparsed = SpeakerCases.unparsed(doc, 1);
    assertEquals("Vladimir Putin", resolve(unparsed, claim(unparsed, 2, "He", "said", "talks failed")).get(0).canonical(),
        "without a tree: the title that opens the sentence before its verb");
  }

  @Test
  void theSpeakerOfAQuotationIsNotTheHeInsideIt() {
    AnnotatedDocument doc = Parses.doc("""
        Rep. NNP O 3 compound
        Claudia NNP PERSON 3 compound
        Tenney NNP PERSON 0 root
        : : O 3 punct
        “ `` O 8 punct
        President NNP O 7 compound
        Trump NNP PERSON 8 nsubj
        acted VBD O 3 parataxis act
        . . O 3 punct
        """, """
        He PRP O 2 nsubj he
        knows VBZ O 0 root know
        Putin NNP PERSON 4 nsubj
        lies VBZ O 2 ccomp lie
        . . O 2 punct
        ” '' O 2 punct
        """);
    Claim turn = claim(doc, 0, "Rep. Claudia Tenney", ":", sentences(doc, 0, 1)).withType(ClaimType.DIRECT);
    List<Speaker> s = resolve(doc, turn, claim(doc, 1, "He", "knows", "Putin lies"));
    assertEquals("Trump", s.get(1).canonical(), "Tenney is the I of her quotation");
  }

  @Test
  void anIInTheQuotationOfAHeTakesThePersonTheHeIs() {
    AnnotatedDocument doc = Parses.doc("""
        Benjamin NNP PERSON 2 compound
        Netanyahu NNP PERSON 3 nsubj
        spoke VBD O 0 root speak
        . . O 3 punct
        """, """
        He PRP O 2 nsubj he
        said VBD O 0 root say
        I PRP O 4 nsubj i
        believed VBD O 2 ccomp believe
        Kyiv NNP LOCATION 6 nsubj
        agreed VBD O 4 ccomp agree
        . . O 2 punct
        """);
    List<Speaker> s = resolve(doc, claim(doc, 1, "He", "said", "I believed Kyiv agreed"),
        claim(doc, 1, "I", "believed", "Kyiv agreed"));
    assertEquals("Benjamin Netanyahu", s.get(0).canonical());
    assertEquals("Benjamin Netanyahu", s.get(1).canonical());
  }

  @Test
  void anIInAQuotationThatGoesOnAfterItsCueTakesItsSpeaker() {
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 3 punct
        Talks NNS O 3 nsubj talk
        failed VBD O 7 ccomp fail
        , , O 3 punct
        ” '' O 3 punct
        Annan NNP PERSON 7 nsubj
        said VBD O 0 root say
        . . O 7 punct
        """, """
        “ `` O 3 punct
        I PRP O 3 nsubj i
        urge VBP O 0 root urge
        calm NN O 3 obj
        . . O 3 punct
        ” '' O 3 punct
        """, """
        I PRP O 2 nsubj i
        urge VBP O 0 root urge
        calm NN O 2 obj
        . . O 2 punct
        """);
    Claim quote = claim(doc, 0, "Annan", "said", "“ Talks failed , ”").withType(ClaimType.DIRECT);
    List<Speaker> s = resolve(doc, quote, claim(doc, 1, "I", "urge", "calm"), claim(doc, 2, "I", "urge", "calm"));
    assertEquals("Annan", s.get(1).canonical());
    assertEquals("I", s.get(2).canonical(), "outside quotation marks the I stays as written");
  }

  @Test
  void theyAreTwoPeopleOfWhomOneActedOnTheOtherOrTheGroupThatSpoke() {
    String they = HE_SAID.replace("He PRP O 2 nsubj he", "They PRP O 2 nsubj they");
    AnnotatedDocument pair = Parses.doc("""
        President NNP O 2 compound
        Trump NNP PERSON 3 nsubj
        briefed VBD O 0 root brief
        President NNP O 5 compound
        Zelenskyy NNP PERSON 3 obj
        . . O 3 punct
        """, they);
    assertEquals("Trump and Zelenskyy", resolve(pair, claim(pair, 1, "They", "said", "talks failed")).get(0).canonical());
    AnnotatedDocument unparsed = SpeakerCases.unparsed(pair, 0);
    Speaker s = resolve(unparsed, claim(unparsed, 1, "They", "said", "talks failed")).get(0);
    assertEquals("Trump and Zelenskyy", s.canonical(), "without a tree: one verb between the names");
    assertEquals(SpeakerKind.GROUP, s.kind());
    AnnotatedDocument group = Parses.doc("""
        European JJ O 2 amod european
        officials NNS O 3 nsubj official
        said VBD O 0 root say
        talks NNS O 5 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """, they);
    assertEquals("European officials", resolve(group, claim(group, 0, "European officials", "said", "talks failed"),
        claim(group, 1, "They", "said", "talks failed")).get(1).canonical());
    AnnotatedDocument things = Parses.doc("""
        Both DT O 2 det both
        sides NNS O 3 nsubj side
        said VBD O 0 root say
        talks NNS O 5 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """, """
        The DT O 2 det
        discussions NNS O 3 nsubj discussion
        showed VBD O 0 root show
        talks NNS O 5 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """, they);
    assertEquals("Both sides", resolve(things, claim(things, 0, "Both sides", "said", "talks failed"),
        claim(things, 1, "The discussions", "showed", "talks failed"), claim(things, 2, "They", "said", "talks failed"))
        .get(2).canonical(), "discussions do not say; sides do");
  }

  @Test
  void itIsTheInstitutionThatSpokeAndTakesItsKind() {
    AnnotatedDocument doc = Parses.doc("""
        The DT O 2 det
        Kremlin NNP ORGANIZATION 3 nsubj
        said VBD O 0 root say
        talks NNS O 5 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """, HE_SAID.replace("He PRP O 2 nsubj he", "It PRP O 2 nsubj it"));
    Speaker it = resolve(doc, claim(doc, 0, "The Kremlin", "said", "talks failed"),
        claim(doc, 1, "It", "said", "talks failed")).get(1);
    assertEquals("Kremlin", it.canonical());
    assertEquals(SpeakerKind.INSTITUTION, it.kind());
  }

  @Test
  void youIsTheOneWhoSpokeTheTurnBefore() {
    AnnotatedDocument doc = Parses.doc("""
        Alexander NNP PERSON 2 compound
        Lukashenko NNP PERSON 0 root
        : : O 2 punct
        We PRP O 5 nsubj we
        agree VBP O 2 parataxis agree
        . . O 2 punct
        """, """
        Vladimir NNP PERSON 2 compound
        Putin NNP PERSON 0 root
        : : O 2 punct
        You PRP O 5 nsubj you
        know VBP O 2 parataxis know
        talks NNS O 7 nsubj talk
        failed VBD O 5 ccomp fail
        . . O 2 punct
        """, """
        Alexander NNP PERSON 2 compound
        Lukashenko NNP PERSON 0 root
        : : O 2 punct
        you PRP O 7 nsubj you
        and CC O 6 cc
        I PRP O 4 conj i
        said VBD O 2 parataxis say
        talks NNS O 9 nsubj talk
        failed VBD O 7 ccomp fail
        . . O 2 punct
        """);
    Claim first = claim(doc, 0, "Alexander Lukashenko", ":", "We agree .");
    Claim second = claim(doc, 1, "Vladimir Putin", ":", "You know talks failed .");
    Claim third = claim(doc, 2, "Alexander Lukashenko", ":", "you and I said talks failed .");
    List<Speaker> s = resolve(doc, first, second, claim(doc, 1, "You", "know", "talks failed"), third,
        claim(doc, 2, "you", "said", "talks failed"));
    assertEquals("Alexander Lukashenko", s.get(2).canonical());
    assertEquals("Alexander Lukashenko and Vladimir Putin", s.get(4).canonical(), "you and I: both");
  }

  private static final String I_BELIEVE = """
        - NFP O 3 punct
        I PRP O 3 nsubj i
        believe VBP O 0 root believe
        talks NNS O 5 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
      """;

  @Test
  void aPronounOnABulletTakesThePersonItsHeaderNames() {
    AnnotatedDocument doc = SpeakerCases.lines(Parses.doc("""
        Senator NNP O 3 compound
        Ann NNP PERSON 3 compound
        Reyes NNP PERSON 0 root
        on IN O 6 case
        Weekend NNP O 6 compound
        Report NNP O 3 nmod
        """, I_BELIEVE, """
        - NFP O 3 punct
        she PRP O 3 nsubj she
        said VBD O 0 root say
        talks NNS O 5 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """, """
        Officials NNS O 2 nsubj official
        met VBD O 0 root meet
        . . O 2 punct
        """, I_BELIEVE));
    TextSpan header = doc.sentences().get(0).span();
    List<Speaker> s = SpeakerCases.RESOLVER.resolve(doc, List.of(claim(doc, 1, "I", "believe", "talks failed"),
        claim(doc, 2, "she", "said", "talks failed"), claim(doc, 4, "I", "believe", "talks failed")), List.of(header))
        .stream().map(c -> c.speaker().orElseThrow()).toList();
    assertEquals("Ann Reyes", s.get(0).canonical(), "the header, a headline the search skips, names her");
    assertEquals("Ann Reyes", s.get(1).canonical());
    assertEquals("I", s.get(2).canonical(), "a line that ends a sentence is no header");
  }
}

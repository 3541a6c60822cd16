package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.SpeakerKind;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.testing.Parses;
import org.newsclaims.testing.SharedModels;

/**
 * The finders and refiners of the extraction chain beside the dependency rules, and speaker
 * resolution, on hand-built parses; a guard fails when a finder of {@link #CASES_THERE} has no
 * case here ({@code AttributionRulesTest} guards every other rule id).
 */
class ChainFindersTest {
  private static final ExtractionModels MODELS = SharedModels.models();
  private static final ArticleAnalyzer ANALYZER = Parses.analyzer();
  private static final Set<String> TESTED = new HashSet<>();
  /** The finders whose cases are here rather than in {@code AttributionRulesTest}. */
  static final Set<String> CASES_THERE = Set.of(ParticipialCueFinder.RULE_ID, LinearSpeechFinder.RULE_ID,
      QuotationAfterCueFinder.RULE_ID);

  private static List<Claim> claims(AnnotatedDocument doc) {
    return ANALYZER.claims("test", doc).stream().filter(c -> c.type() != ClaimType.UNATTRIBUTED).toList();
  }

  private static Claim only(AnnotatedDocument doc, String ruleId) {
    List<Claim> claims = claims(doc);
    assertEquals(1, claims.size(), () -> "expected one claim, got " + claims);
    assertEquals(ruleId, claims.get(0).ruleId());
    TESTED.add(ruleId);
    return claims.get(0);
  }

  private static void assertRoles(AnnotatedDocument doc, Claim c, String speaker, String cue, String content) {
    String text = doc.text();
    assertEquals(Optional.ofNullable(speaker), c.speaker().map(s -> s.span().cut(text)), "speaker");
    assertEquals(cue, c.cue().orElseThrow().cut(text), "cue");
    assertEquals(content, String.join(" | ", c.content().stream().map(p -> p.cut(text)).toList()), "content");
  }

  @Test
  void aReportingParticipleAfterACommaSurvivesAMisattachment() {
    AnnotatedDocument doc = Parses.doc("""
        Clinton NNP PERSON 2 nsubj
        left VBD O 0 root leave
        the DT O 4 det
        stage NN O 2 obj
        , , O 2 punct
        saying VBG O 9 nsubj say
        voters NNS O 9 nsubj voter
        are VBP O 9 cop be
        tired JJ O 2 parataxis
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, ParticipialCueFinder.RULE_ID), "Clinton", "saying", "voters are tired");
  }

  @Test
  void aReportingVerbTheParserLeftAloneIsReadInWordOrder() {
    AnnotatedDocument doc = Parses.doc("""
        Officials NNS O 6 nsubj official
        said VBD O 6 dep say
        the DT O 4 det
        talks NNS O 6 nsubj talk
        had VBD O 6 aux have
        failed VBN O 0 root fail
        . . O 6 punct
        """);
    Claim c = only(doc, LinearSpeechFinder.RULE_ID);
    assertRoles(doc, c, "Officials", "said", "the talks had failed");
    assertEquals(SpeakerKind.GROUP, c.speaker().orElseThrow().kind());
  }

  @Test
  void aFrontedPhraseIsNoContentWhenTheVerbHasAnObject() {
    // "At a fundraiser in New York, Clinton called half of his supporters deplorables": after a
    // verb whose content came first only a time, place or manner may follow.
    AnnotatedDocument doc = Parses.doc("""
        At IN O 3 case at
        a DT O 3 det
        fundraiser NN O 8 dep fundraiser
        in IN O 6 case in
        New NNP LOCATION 6 compound
        York NNP LOCATION 3 nmod
        , , O 3 punct
        Clinton NNP PERSON 8 nsubj
        called VBD O 0 dep call
        half NN O 8 dep half
        . . O 8 punct
        """);
    assertEquals(List.of(), claims(doc));
  }

  @Test
  void aParticipleBeforeTheSpeakersNameIsNoSecondVerbOfTheTail() {
    AnnotatedDocument doc = Parses.doc("""
        Clinton NNP PERSON 2 nsubj
        “ `` O 3 punct
        leads VBZ O 0 root lead
        , , O 3 punct
        ” '' O 3 punct
        retired VBN O 8 amod retire
        general NN O 8 compound general
        Newton NNP PERSON 9 nsubj
        said VBD O 3 ccomp say
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, TrailingCueFinder.RULE_ID), "retired general Newton", "said", "“ leads , ”");
  }

  @Test
  void aSourceInsideAPrepositionalPhraseIsNoSource() {
    AnnotatedDocument doc = Parses.doc("""
        This DT O 2 det
        position NN O 6 nsubj
        from IN O 4 case
        Trump NNP PERSON 2 nmod
        reassured VBD O 6 dep reassure
        them PRP O 6 nsubj they
        that IN O 6 mark
        talks NNS O 6 nsubj talk
        resume VBP O 0 root
        . . O 6 punct
        """);
    assertTrue(claims(doc).stream().noneMatch(c -> c.ruleId().equals(LinearSpeechFinder.RULE_ID)), () -> claims(doc).toString());
  }

  @Test
  void anIntentionInsideATranscriptTurnIsPartOfTheTurn() {
    AnnotatedDocument turn = Parses.doc("""
        Putin NNP PERSON 4 dep
        : : O 4 punct
        They PRP O 4 nsubj they
        want VBP O 0 root want
        to TO O 6 mark
        cut VB O 4 xcomp cut
        the DT O 8 det
        routes NNS O 6 obj route
        . . O 4 punct
        """);
    Claim c = only(turn, "turn.colon");
    assertRoles(turn, c, "Putin", ":", "They want to cut the routes .");
    AnnotatedDocument narrated = Parses.doc("""
        They PRP O 2 nsubj they
        want VBP O 0 root want
        to TO O 4 mark
        cut VB O 2 xcomp cut
        the DT O 6 det
        routes NNS O 4 obj route
        . . O 2 punct
        """);
    assertRoles(narrated, only(narrated, "commit.xcomp"), "They", "want", "to cut the routes");
  }

  @Test
  void aQuotationGoesOnAfterATailTheSplitterCutAtAnAbbreviation() {
    // “Talks failed,” said Rep. | Jones, head of the caucus. | “Peace now.”
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 3 punct
        Talks NNS O 3 nsubj talk
        failed VBD O 0 root fail
        , , O 3 punct
        ” '' O 3 punct
        said VBD O 3 parataxis say
        Rep. NNP O 6 nsubj rep.
        """, """
        Jones NNP PERSON 0 root jones
        , , O 1 punct
        head NN O 1 appos head
        of IN O 6 case of
        the DT O 6 det the
        caucus NN O 3 nmod caucus
        . . O 1 punct
        """, """
        “ `` O 3 punct
        Peace NN O 3 nsubj peace
        now RB O 0 root now
        . . O 3 punct
        ” '' O 3 punct
        """);
    Claim c = claims(doc).stream().filter(x -> x.cue().map(s -> s.cut(doc.text()).equals("said")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError(claims(doc).toString()));
    assertEquals(List.of("“ Talks failed , ”", "“ Peace now . ”"), c.content().stream().map(p -> p.cut(doc.text())).toList());
  }

  @Test
  void aQuotationRightAfterAReportingVerbIsWhatWasSaid() {
    AnnotatedDocument doc = Parses.doc("""
        Mexicans NNPS O 3 nsubj mexican
        often RB O 3 advmod
        say VBP O 0 root say
        , , O 3 punct
        “ `` O 3 punct
        Poor NNP O 7 compound poor
        Mexico NNP LOCATION 3 dep
        . . O 3 punct
        ” '' O 3 punct
        """);
    Claim c = only(doc, "say.quote");
    assertRoles(doc, c, "Mexicans", "say", "“ Poor Mexico . ”");
    assertEquals(ClaimType.DIRECT, c.type());
    AnnotatedDocument inside = Parses.doc("""
        “ `` O 3 punct
        They PRP O 3 nsubj they
        say VBP O 0 root say
        , , O 3 punct
        ‘ `` O 6 punct
        no UH O 3 dep
        ’ '' O 3 punct
        ” '' O 3 punct
        """);
    assertEquals(List.of(), claims(inside).stream().filter(x -> x.ruleId().equals("say.quote")).toList(),
        "a verb inside a quotation is part of it");
    AnnotatedDocument convinced = Parses.doc("""
        Podolyak NNP PERSON 3 nsubj:pass podolyak
        is VBZ O 3 aux:pass be
        convinced VBN O 0 root convince
        : : O 3 punct
        “ `` O 3 punct
        Europe NNP LOCATION 7 nsubj europe
        hesitates VBZ O 3 parataxis hesitate
        ” '' O 3 punct
        """);
    assertRoles(convinced, claims(convinced).stream().filter(x -> x.ruleId().equals("say.quote")).findFirst().orElseThrow(() -> new AssertionError(claims(convinced).toString())),
        "Podolyak", "is convinced", "“ Europe hesitates ”");
  }

  @Test
  void aFirstPersonOpinionInsideAnAttributedQuotationIsANestedClaimOfTheQuotedSpeaker() {
    AnnotatedDocument doc = Parses.doc("""
        " `` O 3 punct
        I PRP O 3 nsubj i
        think VBP O 10 ccomp think
        we PRP O 6 nsubj we
        can MD O 6 aux can
        win VB O 3 ccomp win
        , , O 3 punct
        " '' O 3 punct
        Trump NNP PERSON 10 nsubj
        said VBD O 0 root say
        . . O 10 punct
        """);
    List<Claim> all = claims(doc);
    assertEquals(2, all.size(), all::toString);
    Claim quotation = all.stream().filter(c -> c.ruleId().equals("say.ccomp")).findFirst().orElseThrow();
    assertEquals(ClaimType.DIRECT, quotation.type());
    Claim nested = all.stream().filter(c -> c.ruleId().equals("think.ccomp")).findFirst().orElseThrow();
    assertRoles(doc, nested, "I", "think", "we can win");
  }

  @Test
  void aFirstPersonOpinionInsideAQuotationNobodyIsSaidToSayIsDropped() {
    AnnotatedDocument doc = Parses.doc("""
        " `` O 3 punct
        I PRP O 3 nsubj i
        think VBP O 0 root think
        we PRP O 6 nsubj we
        can MD O 6 aux can
        win VB O 3 ccomp win
        . . O 3 punct
        " '' O 3 punct
        """);
    assertEquals(List.of(), claims(doc).stream().filter(c -> c.ruleId().equals("think.ccomp")).toList());
  }

  @Test
  void speakerKindsAndTitlesUsedAlone() {
    AnnotatedDocument doc = Parses.doc("""
        Head NNP O 7 nsubj
        of IN O 4 case
        the DT O 4 det
        Office NNP O 1 nmod
        Andriy NNP PERSON 6 compound
        Yermak NNP PERSON 1 appos
        said VBD O 0 root say
        that IN O 10 mark
        sanctions NNS O 10 nsubj sanction
        work VBP O 7 ccomp
        . . O 7 punct
        """, """
        The DT O 2 det
        Head NNP O 6 nsubj head
        of IN O 5 case
        the DT O 5 det
        Office NNP O 2 nmod office
        added VBD O 0 root add
        that IN O 9 mark
        talks NNS O 9 nsubj talk
        stalled VBD O 6 ccomp stall
        . . O 6 punct
        """, """
        The DT O 2 det
        Kremlin NNP O 3 nsubj kremlin
        said VBD O 0 root say
        that IN O 6 mark
        talks NNS O 6 nsubj talk
        resume VBP O 3 ccomp
        . . O 3 punct
        """, """
        A DT O 2 det
        poll NN O 3 nsubj
        shows VBZ O 0 root show
        that IN O 6 mark
        voters NNS O 6 nsubj voter
        agree VBP O 3 ccomp
        . . O 3 punct
        """);
    List<Claim> all = claims(doc);
    assertEquals(4, all.size(), all::toString);
    assertEquals("Andriy Yermak", all.get(1).speaker().orElseThrow().canonical(), "a title used alone");
    assertEquals(SpeakerKind.PERSON, all.get(1).speaker().orElseThrow().kind());
    assertEquals(SpeakerKind.INSTITUTION, all.get(2).speaker().orElseThrow().kind());
    assertEquals(SpeakerKind.DOCUMENT, all.get(3).speaker().orElseThrow().kind());
  }

  @Test
  void theTwoLeadersAreThePairLastNamed() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 2 nsubj
        met VBD O 0 root meet
        Zelenskyy NNP PERSON 2 obj
        . . O 2 punct
        """, """
        The DT O 3 det
        two CD O 3 nummod
        leaders NNS O 4 nsubj leader
        said VBD O 0 root say
        that IN O 7 mark
        talks NNS O 7 nsubj talk
        helped VBD O 4 ccomp help
        . . O 4 punct
        """);
    Claim c = only(doc, "say.ccomp");
    assertEquals("Trump and Zelenskyy", c.speaker().orElseThrow().canonical());
    assertEquals(SpeakerKind.GROUP, c.speaker().orElseThrow().kind());
  }

  @Test
  void anAcronymTheArticleDefinesTakesItsFullName() {
    String text = "North Korea's Korean Central News Agency (KCNA) said on Friday that ... KCNA added that ...";
    assertEquals(Optional.of("Korean Central News Agency"), Acronyms.expand(text, "KCNA"));
    assertEquals(Optional.empty(), Acronyms.expand(text, "NATO"), "an acronym the text does not define");
    assertEquals(Optional.empty(), Acronyms.expand(text, "Kim"), "not an acronym");
  }

  @Test
  void aTurnLabelAfterASectionSeparator() {
    AnnotatedDocument doc = Parses.doc("""
        * NFP O 9 punct
        * NFP O 9 punct
        * NFP O 9 punct
        Aide NNP O 7 compound
        to IN O 6 case
        President NNP O 4 nmod
        Yury NNP PERSON 8 compound
        Ushakov NNP PERSON 9 dep
        : : O 10 punct
        Welcome UH O 0 root
        . . O 10 punct
        """);
    Claim c = only(doc, "turn.colon");
    assertEquals("Yury Ushakov", c.speaker().orElseThrow().canonical());
  }

  @Test
  void thePresidentsAreTheTwoLastNamedWithThatTitle() {
    AnnotatedDocument doc = Parses.doc("""
        Aide NNP O 3 compound
        Ushakov NNP PERSON 3 nsubj
        briefed VBD O 0 root brief
        on IN O 6 case
        President NNP O 6 compound
        Putin NNP PERSON 3 obl
        and CC O 9 cc
        President NNP O 9 compound
        Biden NNP PERSON 6 conj
        . . O 3 punct
        """, """
        The DT O 2 det
        presidents NNS O 3 nsubj president
        agreed VBD O 0 root agree
        that IN O 6 mark
        talks NNS O 6 nsubj talk
        continue VBP O 3 ccomp
        . . O 3 punct
        """);
    Claim c = claims(doc).stream().filter(x -> x.sentenceIndex() == 1).findFirst().orElseThrow();
    assertEquals("Putin and Biden", c.speaker().orElseThrow().canonical(), "the aide holds no president title");
  }

  @AfterAll
  static void everyFinderHasACase() {
    Set<String> missing = new HashSet<>(CASES_THERE);
    missing.removeAll(TESTED);
    assertTrue(missing.isEmpty(), "finders without a hand-built case: " + missing);
    Set<String> notInChain = new HashSet<>(CASES_THERE);
    notInChain.removeAll(MODELS.chain().ruleIds());
    assertEquals(Set.of(), notInChain, "finders tested here but missing from the chain");
  }
}

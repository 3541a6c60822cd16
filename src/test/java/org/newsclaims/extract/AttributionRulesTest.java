package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.testing.Parses;
import org.newsclaims.testing.SharedModels;

/**
 * Each attribution rule on a hand-built parse: spans, type and flags. No NLP models. A guard
 * fails when a rule in models/rules/attribution.tsv, or a rule id a finder of the standard chain
 * writes, has no case here.
 */
class AttributionRulesTest {
  private static final ExtractionModels MODELS = SharedModels.models();
  private static final ArticleAnalyzer ANALYZER = Parses.analyzer();
  private static final Set<String> TESTED = new HashSet<>();

  /** The document's claims without the unattributed topic statements. */
  private static List<Claim> attributions(AnnotatedDocument doc) {
    return ANALYZER.claims("test", doc).stream().filter(c -> c.type() != ClaimType.UNATTRIBUTED).toList();
  }

  private static Claim only(AnnotatedDocument doc, String ruleId) {
    List<Claim> claims = attributions(doc);
    assertEquals(1, claims.size(), () -> "expected one claim, got " + claims);
    Claim c = claims.get(0);
    assertEquals(ruleId, c.ruleId());
    TESTED.add(ruleId);
    return c;
  }

  private static void assertRoles(AnnotatedDocument doc, Claim c, String speaker, String cue, String content) {
    String text = doc.text();
    assertEquals(Optional.ofNullable(speaker), c.speaker().map(s -> s.span().cut(text)), "speaker");
    assertEquals(cue, c.cue().orElseThrow().cut(text), "cue");
    assertEquals(content, c.content().stream().map(p -> p.cut(text)).collect(Collectors.joining(" | ")), "content");
  }

  /** The document with each sentence on its own line (the space between them becomes a line break). */
  private static AnnotatedDocument onLines(AnnotatedDocument doc) {
    StringBuilder text = new StringBuilder(doc.text());
    for (int i = 1; i < doc.sentences().size(); i++) {
      text.setCharAt(doc.sentences().get(i).span().start() - 1, '\n');
    }
    return new AnnotatedDocument(text.toString(), doc.sentences());
  }

  @Test
  void aThatRightAfterTheCueOpensTheContentTheParserMissed() {
    // "risks" tagged as a noun: the parser hangs "that" as the object and the clause under it.
    AnnotatedDocument doc = Parses.doc("""
        In IN O 2 case in
        remarks NNS O 6 obl remark
        made VBN O 6 dep make
        , , O 6 punct
        Annan NNP PERSON 6 nsubj
        warned VBD O 0 root warn
        that IN O 6 obj
        the DT O 10 det
        country NN O 10 compound
        risks NNS O 7 dep risk
        returning VBG O 10 acl return
        to IN O 13 case
        clashes NNS O 11 obl clash
        . . O 6 punct
        """);
    Claim c = only(doc, "say.ccomp");
    assertRoles(doc, c, "Annan", "warned", "the country risks returning to clashes");
  }

  @Test
  void seeingSomethingAsSomethingIsAView() {
    AnnotatedDocument doc = Parses.doc("""
        Sanders NNP PERSON 2 nsubj
        sees VBZ O 0 root see
        these DT O 4 det this
        gains NNS O 2 obj gain
        as IN O 6 case
        evidence NN O 2 obl
        of IN O 8 case
        momentum NN O 6 nmod
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "see.as"), "Sanders", "sees", "these gains as evidence of momentum");
    AnnotatedDocument noAs = Parses.doc("""
        She PRP O 2 nsubj she
        saw VBD O 0 root see
        him PRP O 2 obj he
        in IN O 5 case
        1999 CD O 2 obl
        . . O 2 punct
        """);
    assertEquals(List.of(), attributions(noAs), "seeing someone somewhere is no view");
  }

  @Test
  void aStanceOfAPersonNamedByTheirRole() {
    AnnotatedDocument doc = Parses.doc("""
        The DT O 2 det the
        senator NN O 3 nsubj senator
        champions VBZ O 0 root champion
        the DT O 5 det the
        bill NN O 3 obj
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "stance.obj"), "The senator", "champions", "the bill");
    AnnotatedDocument thing = Parses.doc("""
        The DT O 2 det the
        fund NN O 3 nsubj fund
        supports VBZ O 0 root support
        the DT O 5 det the
        bill NN O 3 obj
        . . O 3 punct
        """);
    assertEquals(List.of(), attributions(thing), "a fund's support is an act");
  }

  @Test
  void callingSomethingByAnAdjectiveHungOnTheObject() {
    AnnotatedDocument doc = Parses.doc("""
        The DT O 2 det the
        campaign NN O 3 nsubj campaign
        called VBD O 0 root call
        the DT O 5 det the
        charges NNS O 3 obj charge
        unsubstantiated JJ O 5 amod
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "name.obj"), "The campaign", "called", "the charges unsubstantiated");
    AnnotatedDocument meeting = Parses.doc("""
        The DT O 2 det the
        king NN O 3 nsubj king
        called VBD O 0 root call
        a DT O 5 det a
        meeting NN O 3 obj meeting
        . . O 3 punct
        """);
    assertEquals(List.of(), attributions(meeting), "calling a meeting names nothing");
  }

  @Test
  void aCueTheParserMadeTheSubjectOfItsOwnContent() {
    // "Tillerson implied the troops would be staying put": "implied" parsed as the clausal
    // subject of "staying", its complement's subject as its object.
    AnnotatedDocument said = Parses.doc("""
        Tillerson NNP PERSON 2 nsubj
        implied VBD O 6 csubj imply
        the DT O 4 det the
        troops NNS O 2 obj troops
        would MD O 6 aux would
        stay VB O 0 root stay
        . . O 6 punct
        """);
    assertRoles(said, only(said, "say.csubj.obj"), "Tillerson", "implied", "the troops would stay");
    AnnotatedDocument hoped = Parses.doc("""
        I PRP O 3 nsubj i
        'm VBP O 3 aux be
        hoping VBG O 7 csubj hope
        diplomacy NN O 3 obj
        is VBZ O 7 cop be
        still RB O 7 advmod
        available JJ O 0 root
        . . O 7 punct
        """);
    assertRoles(hoped, only(hoped, "think.csubj.obj"), "I", "'m hoping", "diplomacy is still available");
  }

  @Test
  void aPlaceOrEventIsNoSource() {
    AnnotatedDocument doc = Parses.doc("""
        The DT O 3 det the
        meeting NN O 3 compound meeting
        site NN O 4 nsubj site
        underscores VBZ O 0 root underscore
        the DT O 7 det the
        strategic JJ O 7 amod
        nature NN O 4 obj
        . . O 4 punct
        """);
    assertEquals(List.of(), attributions(doc), "a meeting site underscores nothing");
  }

  @Test
  void aTrailingTailMayBeAnAdjectiveOfConviction() {
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 3 punct
        Europe NNP LOCATION 3 nsubj europe
        hesitates VBZ O 0 root hesitate
        , , O 3 punct
        ” '' O 3 punct
        Podolyak NNP PERSON 8 nsubj:pass podolyak
        is VBZ O 8 aux:pass be
        convinced VBN O 3 parataxis convince
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "quote.trailing-cue"), "Podolyak", "is convinced", "“ Europe hesitates , ”");
  }

  @Test
  void aTurnLabelMayHoldAPossessive() {
    AnnotatedDocument doc = Parses.doc("""
        Newsmax NNP ORGANIZATION 4 nmod:poss newsmax
        ’s POS O 1 case 's
        Ed NNP PERSON 4 compound ed
        Henry NNP PERSON 0 root henry
        : : O 4 punct
        “ `` O 4 punct
        Peace NN O 4 dep peace
        ” '' O 4 punct
        """);
    assertRoles(doc, only(doc, "turn.colon"), "Newsmax ’s Ed Henry", ":", "“ Peace ”");
  }

  @Test
  void aTitleOpenedByANameAndAColonIsThatPersonsTurn() {
    // Title case leaves "Pence" without an entity class.
    AnnotatedDocument doc = onLines(Parses.doc("""
        Pence NNP O 0 root pence
        : : O 1 punct
        Flowers NNP O 4 nsubj flowers
        Stays VBZ O 1 parataxis stay
        . . O 1 punct
        """, """
        He PRP O 2 nsubj he
        spoke VBD O 0 root speak
        . . O 2 punct
        """));
    Claim c = only(doc, "turn.colon");
    assertRoles(doc, c, "Pence", ":", "Flowers Stays .");
    AnnotatedDocument kicker = onLines(Parses.doc("""
        Analysis NN O 0 root analysis
        : : O 1 punct
        Talks NNS O 4 nsubj talk
        stall VBP O 1 parataxis stall
        . . O 1 punct
        """, """
        He PRP O 2 nsubj he
        spoke VBD O 0 root speak
        . . O 2 punct
        """));
    assertEquals(List.of(), attributions(kicker), "a kicker names no speaker");
  }

  @Test
  void callingSomethingANameWithTwoObjects() {
    AnnotatedDocument doc = Parses.doc("""
        Clinton NNP PERSON 2 nsubj
        calls VBZ O 0 root call
        it PRP O 2 iobj
        her PRP$ O 6 nmod:poss she
        responsibility NN O 6 compound
        gene NN O 2 obj
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "name.iobj"), "Clinton", "calls", "it her responsibility gene");
  }

  @Test
  void indirectSpeechWithHedgeAndNegation() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 3 nsubj
        reportedly RB O 3 advmod
        said VBD O 0 root say
        that IN O 8 mark
        Ukraine NNP LOCATION 8 nsubj
        is VBZ O 8 cop be
        not RB O 8 advmod
        his PRP$ O 3 ccomp he
        . . O 3 punct
        """);
    Claim c = only(doc, "say.ccomp");
    assertRoles(doc, c, "Trump", "reportedly said", "Ukraine is not his");
    assertEquals(ClaimType.INDIRECT, c.type());
    assertTrue(c.hedged());
    assertTrue(c.negated());
  }

  @Test
  void beliefVerbWithModalContent() {
    AnnotatedDocument doc = Parses.doc("""
        He PRP O 2 nsubj
        believed VBD O 0 root believe
        a DT O 4 det
        ceasefire NN O 6 nsubj
        would MD O 6 aux
        help VB O 2 ccomp
        . . O 2 punct
        """);
    Claim c = only(doc, "think.ccomp");
    assertRoles(doc, c, "He", "believed", "a ceasefire would help");
    assertTrue(c.modal());
    assertFalse(c.hedged());
  }

  @Test
  void madeItClear() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 3 nsubj
        has VBZ O 3 aux
        made VBN O 0 root make
        it PRP O 5 nsubj
        clear JJ O 3 xcomp
        that IN O 10 mark
        he PRP O 10 nsubj
        will MD O 10 aux
        not RB O 10 advmod
        go VB O 5 ccomp
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "light.clear.ccomp"), "Trump", "has made it clear", "he will not go");
  }

  @Test
  void expressedSupportFor() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 2 nsubj
        expressed VBD O 0 root express
        his PRP$ O 4 nmod:poss he
        support NN O 2 obj
        for IN O 7 case
        security NN O 7 compound
        guarantees NNS O 4 nmod guarantee
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "light.stance.for"), "Trump", "expressed his support for", "security guarantees");
  }

  @Test
  void describeAs() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 2 nsubj
        described VBD O 0 root describe
        the DT O 4 det
        meeting NN O 2 obj
        as IN O 6 case
        constructive JJ O 2 advcl
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "describe.as"), "Trump", "described", "the meeting as constructive");
  }

  @Test
  void agentlessPassive() {
    AnnotatedDocument doc = Parses.doc("""
        It PRP O 3 nsubj:pass
        was VBD O 3 aux:pass be
        reported VBN O 0 root report
        that IN O 6 mark
        talks NNS O 6 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """);
    Claim c = only(doc, "say.passive.nosource");
    assertRoles(doc, c, null, "was reported", "talks failed");
  }

  @Test
  void contentBeforeCue() {
    AnnotatedDocument doc = Parses.doc("""
        The DT O 2 det
        talks NNS O 3 nsubj talk
        failed VBD O 0 root fail
        , , O 3 punct
        he PRP O 6 nsubj
        said VBD O 3 parataxis say
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "say.parataxis"), "he", "said", "The talks failed");
  }

  @Test
  void colonAfterCue() {
    AnnotatedDocument doc = Parses.doc("""
        Rubio NNP PERSON 2 nsubj
        said VBD O 0 root say
        : : O 2 punct
        talks NNS O 5 nsubj talk
        failed VBD O 2 parataxis fail
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "say.colon.parataxis"), "Rubio", "said", "talks failed");
  }

  @Test
  void pronounObject() {
    AnnotatedDocument doc = Parses.doc("""
        Podolyak NNP PERSON 2 nsubj
        said VBD O 0 root say
        this DT O 2 obj
        in IN O 6 case
        an DT O 6 det
        interview NN O 2 obl
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "say.obj"), "Podolyak", "said", "this");
  }

  @Test
  void accordingTo() {
    AnnotatedDocument doc = Parses.doc("""
        According VBG O 3 case according
        to IN O 1 fixed
        him PRP O 9 obl he
        , , O 9 punct
        the DT O 6 det
        war NN O 9 nsubj
        must MD O 9 aux
        soon RB O 9 advmod
        end VB O 0 root
        . . O 9 punct
        """);
    assertRoles(doc, only(doc, "according.to"), "him", "According to", "the war must soon end");
  }

  @Test
  void directQuoteKeepsItsMarks() {
    AnnotatedDocument doc = Parses.doc("""
        " `` O 3 punct
        Talks NNS O 3 nsubj talk
        failed VBD O 0 root fail
        , , O 3 punct
        " '' O 3 punct
        he PRP O 7 nsubj
        said VBD O 3 parataxis say
        . . O 3 punct
        """);
    Claim c = only(doc, "say.parataxis");
    assertRoles(doc, c, "he", "said", "\" Talks failed , \"");
    assertEquals(ClaimType.DIRECT, c.type());
  }

  @Test
  void convictionWithCopula() {
    AnnotatedDocument doc = Parses.doc("""
        Podolyak NNP PERSON 3 nsubj
        is VBZ O 3 cop be
        convinced JJ O 0 root
        that IN O 6 mark
        Europe NNP LOCATION 6 nsubj
        helps VBZ O 3 ccomp help
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "belief.adj.ccomp"), "Podolyak", "is convinced", "Europe helps");
  }

  @Test
  void commitmentWithInfinitive() {
    AnnotatedDocument doc = Parses.doc("""
        NATO NNP ORGANIZATION 3 nsubj
        has VBZ O 3 aux
        urged VBN O 0 root urge
        candidates NNS O 3 obj candidate
        to TO O 6 mark
        agree VB O 3 xcomp
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "commit.xcomp"), "NATO", "has urged", "candidates to agree");
  }

  @Test
  void quotationAfterAColonBelongsToTheSubject() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 2 nsubj
        spoke VBD O 0 root speak
        on IN O 4 case
        TV NN O 2 obl tv
        : : O 2 punct
        “ `` O 7 punct
        No UH O 2 parataxis no
        ” '' O 7 punct
        """);
    List<Claim> claims = ANALYZER.claims("test", doc);
    assertEquals(1, claims.size(), () -> claims.toString());
    assertEquals(ColonQuoteFinder.RULE_ID, claims.get(0).ruleId());
    TESTED.add(ColonQuoteFinder.RULE_ID);
    assertRoles(doc, claims.get(0), "Trump", ":", "“ No ”");
    assertEquals(ClaimType.DIRECT, claims.get(0).type());
  }

  @Test
  void aQuotationClosedBeforeAShortSaidTailSurvivesABadParse() {
    // The parser made the quotation's first noun the subject of "said"; the tail still tells.
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 8 punct
        Sanctions NNS O 8 nsubj sanction
        work VBP O 2 dep
        well RB O 3 advmod
        , , O 8 punct
        ” '' O 8 punct
        he PRP O 8 nsubj
        said VBD O 0 root say
        . . O 8 punct
        """);
    List<Claim> claims = ANALYZER.claims("test", doc).stream()
        .filter(c -> c.ruleId().equals(TrailingCueFinder.RULE_ID)).toList();
    assertEquals(1, claims.size(), () -> ANALYZER.claims("test", doc).toString());
    assertRoles(doc, claims.get(0), "he", "said", "“ Sanctions work well , ”");
  }

  @Test
  void aQuotationThatGoesOnAfterTheCueIsOneSpeech() {
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 3 punct
        Talks NNS O 3 nsubj talk
        failed VBD O 0 root fail
        , , O 3 punct
        ” '' O 3 punct
        he PRP O 7 nsubj
        said VBD O 3 parataxis say
        . . O 3 punct
        """, """
        “ `` O 2 punct
        Sadly RB O 0 root sadly
        . . O 2 punct
        ” '' O 2 punct
        """);
    Claim c = only(doc, "say.parataxis");
    assertRoles(doc, c, "he", "said", "“ Talks failed , ” | “ Sadly . ”");
  }

  @Test
  void aQuotationAnnouncedByANounObjectIsTheVerbsContent() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 2 nsubj
        rejected VBD O 0 root reject
        troops NNS O 2 obj troop
        : : O 2 punct
        “ `` O 6 punct
        No UH O 2 parataxis no
        ” '' O 6 punct
        """);
    Claim c = only(doc, "say.obj");
    assertRoles(doc, c, "Trump", "rejected", "“ No ”");
    assertEquals(ClaimType.DIRECT, c.type());
  }

  @Test
  void aParentheticalCueMustFollowItsContent() {
    // "he said" hanging as parataxis from a clause after it is no "X, he said".
    AnnotatedDocument doc = Parses.doc("""
        he PRP O 2 nsubj
        said VBD O 5 parataxis say
        talks NNS O 5 nsubj talk
        had VBD O 5 aux have
        failed VBN O 0 root fail
        . . O 5 punct
        """);
    assertTrue(ANALYZER.claims("test", doc).stream().noneMatch(c -> c.ruleId().equals("say.parataxis")));
  }

  @Test
  void nestedAttributionSurvivesAMisattachedComplement() {
    // As CoreNLP parses the sample article: "mentioned" hangs as csubj of "gesture", and
    // "believed" takes "a ceasefire" as its object.
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 3 nsubj
        also RB O 3 advmod
        mentioned VBD O 12 csubj mention
        that IN O 6 mark
        he PRP O 6 nsubj
        believed VBD O 3 ccomp believe
        a DT O 8 det
        ceasefire NN O 6 obj
        would MD O 12 aux
        be VB O 12 cop
        a DT O 12 det
        gesture NN O 0 root
        . . O 12 punct
        """);
    List<Claim> claims = ANALYZER.claims("test", doc);
    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals("say.csubj.repair", claims.get(0).ruleId());
    assertRoles(doc, claims.get(0), "Trump", "also mentioned", "he believed a ceasefire would be a gesture");
    assertEquals("think.rest", claims.get(1).ruleId());
    assertRoles(doc, claims.get(1), "he", "believed", "a ceasefire would be a gesture");
    assertEquals("Trump", claims.get(1).speaker().orElseThrow().canonical(), "he → the subject before it");
    TESTED.add("say.csubj.repair");
    TESTED.add("think.rest");
  }

  @Test
  void speakerTurnsRunToTheNextLabel() {
    AnnotatedDocument doc = Parses.doc("""
        President NNP O 3 compound
        Vladimir NNP PERSON 3 compound
        Putin NNP PERSON 5 dep
        : : O 5 punct
        Welcome UH O 0 root
        . . O 5 punct
        """, """
        Alexander NNP PERSON 2 compound
        Lukashenko NNP PERSON 4 dep
        : : O 4 punct
        Thanks NNS O 0 root thanks
        . . O 4 punct
        """);
    List<Claim> turns = ANALYZER.claims("test", doc);
    assertEquals(2, turns.size(), () -> turns.toString());
    TESTED.add(SpeakerTurnFinder.RULE_ID);
    Claim first = turns.get(0);
    assertRoles(doc, first, "President Vladimir Putin", ":", "Welcome .");
    assertEquals("Vladimir Putin", first.speaker().orElseThrow().canonical());
    assertEquals("President", first.speaker().orElseThrow().role());
    assertEquals(ClaimType.DIRECT, first.type());
    assertRoles(doc, turns.get(1), "Alexander Lukashenko", ":", "Thanks .");
  }

  @Test
  void prepositionalCuesTakeThePrepositionAndItsObject() {
    AnnotatedDocument callFor = Parses.doc("""
        Zelenskyy NNP PERSON 2 nsubj
        called VBD O 0 root call
        for IN O 5 case
        a DT O 5 det
        ceasefire NN O 2 obl
        . . O 2 punct
        """);
    assertRoles(callFor, only(callFor, "prep.for"), "Zelenskyy", "called for", "a ceasefire");
    AnnotatedDocument askAbout = Parses.doc("""
        Reporters NNS O 2 nsubj reporter
        asked VBD O 0 root ask
        about IN O 5 case
        the DT O 5 det
        talks NNS O 2 obl talk
        . . O 2 punct
        """);
    assertRoles(askAbout, only(askAbout, "prep.about"), "Reporters", "asked about", "the talks");
    AnnotatedDocument warnAgainst = Parses.doc("""
        Macron NNP PERSON 2 nsubj
        warned VBD O 0 root warn
        against IN O 4 case
        escalation NN O 2 obl
        . . O 2 punct
        """);
    assertRoles(warnAgainst, only(warnAgainst, "prep.against"), "Macron", "warned against", "escalation");
    AnnotatedDocument referTo = Parses.doc("""
        He PRP O 2 nsubj he
        referred VBD O 0 root refer
        to IN O 5 case
        the DT O 5 det
        deal NN O 2 obl
        . . O 2 punct
        """);
    assertRoles(referTo, only(referTo, "prep.to"), "He", "referred to", "the deal");
    AnnotatedDocument commentOn = Parses.doc("""
        Trump NNP PERSON 3 nsubj
        has VBZ O 3 aux have
        commented VBN O 0 root comment
        on IN O 6 case
        the DT O 6 det
        shooting NN O 3 obl shooting
        . . O 3 punct
        """);
    assertRoles(commentOn, only(commentOn, "prep.on"), "Trump", "has commented on", "the shooting");
  }

  @Test
  void aPersonsStanceOnAnObjectButNotACountrysAction() {
    AnnotatedDocument doc = Parses.doc("""
        Clinton NNP PERSON 2 nsubj
        supported VBD O 0 root support
        the DT O 4 det
        plan NN O 2 obj plan
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "stance.obj"), "Clinton", "supported", "the plan");
    AnnotatedDocument country = Parses.doc("""
        Europe NNP LOCATION 3 nsubj
        can MD O 3 aux
        support VB O 0 root support
        Ukraine NNP LOCATION 3 obj
        . . O 3 punct
        """);
    assertEquals(List.of(), attributions(country), "a country's support is an act, not a stance");
  }

  @Test
  void aCoordinatedAttributionEndsTheFirstContent() {
    // "Trump said he would build a wall and warned against hackers": the parser hangs the
    // second verb under the first content; the first content ends before "and".
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 2 nsubj
        said VBD O 0 root say
        he PRP O 5 nsubj he
        would MD O 5 aux
        build VB O 2 ccomp build
        a DT O 7 det
        wall NN O 5 obj wall
        and CC O 9 cc
        warned VBD O 5 conj warn
        against IN O 11 case
        hackers NNS O 9 obl hacker
        . . O 2 punct
        """);
    List<Claim> claims = attributions(doc);
    assertEquals(2, claims.size(), () -> "two attributions: " + claims);
    assertRoles(doc, claims.get(0), "Trump", "said", "he would build a wall");
    assertEquals("warned against", claims.get(1).cue().orElseThrow().cut(doc.text()));
  }

  @Test
  void seemingWithAPersonAsSubjectIsAStance() {
    AnnotatedDocument doc = Parses.doc("""
        Anderson NNP PERSON 2 nsubj
        seemed VBD O 0 root seem
        to TO O 4 mark
        doubt VB O 2 xcomp doubt
        the DT O 6 det
        outreach NN O 4 obj outreach
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "seem.xcomp"), "Anderson", "seemed", "to doubt the outreach");
    AnnotatedDocument notAPerson = Parses.doc("""
        Talks NNS O 2 nsubj talk
        seemed VBD O 0 root seem
        to TO O 4 mark
        stall VB O 2 xcomp stall
        . . O 2 punct
        """);
    assertEquals(List.of(), attributions(notAPerson), "a thing that seems is no source");
  }

  @Test
  void quotedWordsAreNeverTheSourceOfTheVerbAfterThem() {
    // "“Full panic mode,” said Leslie Wimes.": the parser makes the quotation the subject and
    // the speaker the object; the dependency rules must leave the verb to the trailing-cue finder.
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 4 punct
        Full JJ O 4 amod full
        panic NN O 4 compound panic
        mode NN O 7 nsubj mode
        , , O 4 punct
        ” '' O 4 punct
        said VBD O 0 root say
        Leslie NNP PERSON 9 compound
        Wimes NNP PERSON 7 obj
        . . O 7 punct
        """);
    Claim c = only(doc, "quote.trailing-cue");
    assertRoles(doc, c, "Leslie Wimes", "said", "“ Full panic mode , ”");
  }

  @Test
  void aPrepositionAfterTheObjectStaysOutOfTheCueAndTheContent() {
    AnnotatedDocument doc = Parses.doc("""
        NATO NNP ORGANIZATION 2 nsubj
        accused VBD O 0 root accuse
        Russia NNP LOCATION 2 obj
        of IN O 5 case
        aggression NN O 2 obl
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "prep.of"), "NATO", "accused", "aggression");
  }

  @Test
  void aCarrierVerbJoinsTheCueAndItsOwnClaimGivesWay() {
    AnnotatedDocument doc = Parses.doc("""
        I PRP O 3 nsubj i
        would MD O 3 aux would
        like VB O 0 root like
        to TO O 5 mark
        stress VB O 3 xcomp stress
        that IN O 9 mark
        talks NNS O 9 nsubj talk
        have VBP O 9 aux have
        failed VBN O 5 ccomp fail
        . . O 3 punct
        """);
    assertRoles(doc, only(doc, "say.ccomp"), "I", "would like to stress", "talks have failed");
  }

  @Test
  void aParticipleAdjunctIsNotTheContent() {
    // "Trump said, encouraging supporters": the parser made the participle a complement.
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 2 nsubj
        spoke VBD O 0 root speak
        , , O 2 punct
        encouraging VBG O 2 ccomp encourage
        supporters NNS O 4 obj supporter
        . . O 2 punct
        """);
    assertTrue(ANALYZER.claims("test", doc).stream().noneMatch(c -> c.type() != ClaimType.UNATTRIBUTED),
        "a participle adjunct is no content");
  }

  @Test
  void aCueSetOffByCommasInsideItsContent() {
    AnnotatedDocument doc = Parses.doc("""
        Protests NNS O 7 nsubj protest
        , , O 4 punct
        Obama NNP PERSON 4 nsubj
        said VBD O 7 parataxis say
        , , O 4 punct
        are VBP O 7 cop be
        patriotic JJ O 0 root
        . . O 7 punct
        """);
    assertRoles(doc, only(doc, "say.parataxis"), "Obama", "said", "Protests | are patriotic");
  }

  @Test
  void aDemonstrativeStatedByASpeaker() {
    AnnotatedDocument doc = Parses.doc("""
        This DT O 3 nsubj:pass this
        was VBD O 3 aux:pass be
        stated VBN O 0 root state
        by IN O 6 case by
        Adviser NNP O 6 compound adviser
        Kovalenko NNP PERSON 3 obl
        . . O 3 punct
        """);
    Claim c = only(doc, "say.passive.demonstrative");
    assertRoles(doc, c, "Adviser Kovalenko", "was stated", "This");
  }

  @Test
  void anUpperCaseLabelAfterTheParagraphsOpeningQuoteMark() {
    // Quoted transcripts open each paragraph with a quote mark and never close it.
    AnnotatedDocument doc = Parses.doc("""
        " `` O 0 root
        HOST NNP O 1 dep
        : : O 2 punct
        Welcome UH O 2 dep
        . . O 2 punct
        """, """
        " `` O 0 root
        GUEST NNP O 1 dep
        : : O 2 punct
        Thanks NNS O 2 dep thanks
        . . O 2 punct
        """);
    List<Claim> turns = ANALYZER.claims("test", doc);
    assertEquals(2, turns.size(), () -> turns.toString());
    assertRoles(doc, turns.get(0), "HOST", ":", "Welcome .");
    assertRoles(doc, turns.get(1), "GUEST", ":", "Thanks .");
  }

  @Test
  void aTurnLabelInAHeadlineEndsWithItsLine() {
    AnnotatedDocument doc = Parses.doc("""
        Reyes NNP PERSON 0 root
        : : O 1 punct
        Budget NNP O 4 compound
        Passes VBZ O 1 dep pass
        """, """
        The DT O 2 det
        vote NN O 3 nsubj
        came VBD O 0 root come
        late RB O 3 advmod
        . . O 3 punct
        """);
    AnnotatedDocument twoLines = onLines(doc);
    List<Claim> turns = ANALYZER.claims("test", twoLines);
    assertEquals(1, turns.size(), () -> turns.toString());
    assertRoles(twoLines, turns.get(0), "Reyes", ":", "Budget Passes");
  }

  @Test
  void aQuotationSignedWithADash() {
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 2 punct
        Fear NN O 0 root fear
        . . O 2 punct
        ” '' O 2 punct
        ― NFP O 2 punct
        Lena NNP PERSON 7 compound
        Ortiz NNP PERSON 2 dep
        """);
    Claim c = only(doc, DashTurnFinder.RULE_ID);
    assertRoles(doc, c, "Lena Ortiz", "―", "“ Fear . ”");
    assertEquals(ClaimType.DIRECT, c.type());
  }

  @Test
  void aNameAgeAndJobBeforeADashAndAQuotation() {
    AnnotatedDocument doc = Parses.doc("""
        Tomas NNP O 2 compound
        Berg NNP O 9 nsubj
        , , O 2 punct
        34 CD NUMBER 2 appos
        , , O 2 punct
        teacher NN O 2 appos
        — : O 9 punct
        “ `` O 9 punct
        Vote VB O 0 root vote
        ” '' O 9 punct
        """);
    Claim c = only(doc, DashTurnFinder.RULE_ID);
    assertRoles(doc, c, "Tomas Berg", "—", "“ Vote ”");
  }

  @Test
  void aDashBetweenTwoClausesIsNoSignature() {
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 2 punct
        Fear NN O 0 root fear
        ” '' O 2 punct
        — : O 2 punct
        that DT O 6 nsubj
        is VBZ O 2 parataxis be
        all DT O 6 obj
        """);
    assertTrue(ANALYZER.claims("test", doc).stream().noneMatch(c -> c.ruleId().equals(DashTurnFinder.RULE_ID)));
  }

  @Test
  void linesUnderADigestHeaderAreTheNamedPersonsWords() {
    AnnotatedDocument doc = onLines(Parses.doc("""
        Senator NNP TITLE 3 compound
        Ann NNP PERSON 3 compound
        Reyes NNP PERSON 0 root
        on IN O 6 case
        Weekend NNP O 6 compound
        Report NNP O 3 nmod
        """, """
        • NFP O 4 punct
        “ `` O 4 punct
        Taxes NNS O 4 nsubj tax
        fall VBP O 0 root
        . . O 4 punct
        ” '' O 4 punct
        """, """
        - NFP O 3 punct
        Talks NNS O 3 nsubj talk
        stalled VBD O 0 root stall
        """, """
        Reyes NNP PERSON 2 nsubj
        spoke VBD O 0 root speak
        on IN O 4 case
        Sunday NNP DATE 2 obl
        . . O 2 punct
        """));
    List<Claim> claims = ANALYZER.claims("test", doc).stream()
        .filter(c -> c.ruleId().equals(DigestHeaderFinder.RULE_ID)).toList();
    assertEquals(2, claims.size(), () -> claims.toString());
    TESTED.add(DigestHeaderFinder.RULE_ID);
    assertRoles(doc, claims.get(0), "Senator Ann Reyes", "on", "“ Taxes fall . ”");
    assertEquals(ClaimType.DIRECT, claims.get(0).type());
    assertRoles(doc, claims.get(1), "Senator Ann Reyes", "on", "Talks stalled");
    assertEquals(ClaimType.INDIRECT, claims.get(1).type());
  }

  @Test
  void aSentenceWithOnIsNoDigestHeader() {
    AnnotatedDocument doc = onLines(Parses.doc("""
        Reyes NNP PERSON 2 nsubj
        spoke VBD O 0 root speak
        on IN O 4 case
        Report NNP O 2 obl
        """, """
        - NFP O 3 punct
        Talks NNS O 3 nsubj talk
        stalled VBD O 0 root stall
        """));
    assertTrue(ANALYZER.claims("test", doc).stream().noneMatch(c -> c.ruleId().equals(DigestHeaderFinder.RULE_ID)));
  }

  @Test
  void aTailSplitOffAsItsOwnSentenceStillTakesTheQuotation() {
    AnnotatedDocument doc = Parses.doc("""
        “ `` O 2 punct
        Why WRB O 0 root why
        ? . O 2 punct
        ” '' O 2 punct
        """, """
        Lopez NNP PERSON 2 nsubj
        asked VBD O 0 root ask
        . . O 2 punct
        """, """
        “ `` O 2 punct
        Enough RB O 0 root enough
        . . O 2 punct
        ” '' O 2 punct
        """);
    Claim c = only(doc, TrailingCueFinder.RULE_ID);
    assertRoles(doc, c, "Lopez", "asked", "“ Why ? ” | “ Enough . ”");
  }

  @Test
  void quotationsAfterAColonCueRunOnIntoAQuoteOnlyParagraph() {
    AnnotatedDocument doc = onLines(Parses.doc("""
        Lopez NNP PERSON 2 nsubj
        said VBD O 0 root say
        : : O 2 punct
        “ `` O 5 punct
        Wait VB O 2 parataxis wait
        . . O 5 punct
        ” '' O 5 punct
        “ `` O 9 punct
        Listen VB O 2 parataxis listen
        . . O 9 punct
        ” '' O 9 punct
        """, """
        “ `` O 2 punct
        Vote VB O 0 root vote
        . . O 2 punct
        ” '' O 2 punct
        """, """
        “ `` O 2 punct
        Never RB O 0 root never
        , , O 2 punct
        ” '' O 2 punct
        Ruiz NNP PERSON 6 nsubj
        said VBD O 2 parataxis say
        . . O 2 punct
        """));
    List<Claim> claims = ANALYZER.claims("test", doc);
    Claim lopez = claims.stream().filter(c -> c.speaker().orElseThrow().span().cut(doc.text()).equals("Lopez"))
        .findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
    assertEquals("“ Wait . ” | “ Listen . ” | “ Vote . ”",
        lopez.content().stream().map(p -> p.cut(doc.text())).collect(Collectors.joining(" | ")));
  }

  @Test
  void noticesAndCapitalisedVerbsAreNoTurnLabels() {
    AnnotatedDocument doc = onLines(Parses.doc("""
        CORRECTION NNP O 0 root correction
        : : O 1 punct
        Fixed VBN O 1 dep fix
        . . O 1 punct
        """, """
        Said NNP O 2 compound said
        Ellis NNP PERSON 0 root
        : : O 2 punct
        No UH O 2 dep
        . . O 2 punct
        """));
    assertTrue(ANALYZER.claims("test", doc).stream().noneMatch(c -> c.ruleId().equals(SpeakerTurnFinder.RULE_ID)),
        () -> ANALYZER.claims("test", doc).toString());
  }

  @Test
  void aNamingVerbTakesTheThingAndItsName() {
    AnnotatedDocument doc = Parses.doc("""
        Clinton NNP PERSON 2 nsubj
        called VBD O 0 root call
        the DT O 4 det
        plan NN O 2 obj
        a DT O 6 det
        surrender NN O 2 xcomp
        . . O 2 punct
        """);
    assertRoles(doc, only(doc, "name.xcomp"), "Clinton", "called", "the plan a surrender");
  }

  @Test
  void asISaidMakesTheMainClauseTheContent() {
    AnnotatedDocument doc = Parses.doc("""
        As IN O 3 mark as
        I PRP O 3 nsubj i
        said VBD O 9 advcl say
        , , O 9 punct
        forces NNS O 9 nsubj force
        remain VBP O 9 cop remain
        in IN O 8 case
        Belarus NNP LOCATION 9 obl
        ready JJ O 0 root
        . . O 9 punct
        """);
    assertRoles(doc, only(doc, "say.as"), "I", "said", "forces remain in Belarus ready");
    AnnotatedDocument like = Parses.doc("""
        Like IN O 3 mark like
        I PRP O 3 nsubj i
        said VBD O 6 advcl say
        , , O 6 punct
        talks NNS O 6 nsubj talk
        continue VBP O 0 root continue
        . . O 6 punct
        """);
    assertRoles(like, only(like, "say.as"), "I", "said", "talks continue");
    AnnotatedDocument temporal = Parses.doc("""
        As IN O 2 mark as
        talks NNS O 3 nsubj talk
        continue VBP O 6 advcl continue
        , , O 6 punct
        fighting NN O 6 nsubj fighting
        rages VBZ O 0 root rage
        . . O 6 punct
        """);
    assertEquals(List.of(), attributions(temporal), "talks that continue say nothing");
  }

  @Test
  void aPossessiveClaimNounWithItsThatClause() {
    AnnotatedDocument doc = Parses.doc("""
        Trump NNP PERSON 3 nmod:poss
        's POS O 1 case
        claim NN O 7 nsubj
        that IN O 6 mark
        shootings NNS O 6 nsubj shooting
        rose VBD O 3 acl rise
        was VBD O 0 root be
        false JJ O 7 xcomp
        . . O 7 punct
        """);
    assertRoles(doc, only(doc, "nominal.that"), "Trump", "claim", "shootings rose");
  }

  @Test
  void asSomeonePutIt() {
    AnnotatedDocument doc = Parses.doc("""
        As IN O 3 mark as
        Merz NNP PERSON 3 nsubj
        put VBD O 9 advcl put
        it PRP O 3 obj it
        , , O 9 punct
        the DT O 7 det
        path NN O 9 nsubj
        is VBZ O 9 cop be
        open JJ O 0 root
        . . O 9 punct
        """);
    assertRoles(doc, only(doc, "put.it"), "Merz", "put it", "the path is open");
  }

  @Test
  void knowingWhatIsNoClaimKnowingThatIs() {
    AnnotatedDocument question = Parses.doc("""
        People NNS O 2 nsubj people
        know VBP O 0 root know
        who WP O 5 nsubj who
        Clinton NNP PERSON 5 nsubj
        is VBZ O 2 ccomp be
        . . O 2 punct
        """);
    assertTrue(ANALYZER.claims("test", question).stream().noneMatch(c -> c.type() != ClaimType.UNATTRIBUTED),
        "an indirect question after a verb of knowing");
    AnnotatedDocument claim = Parses.doc("""
        People NNS O 2 nsubj people
        know VBP O 0 root know
        that IN O 5 mark
        talks NNS O 5 nsubj talk
        failed VBD O 2 ccomp fail
        . . O 2 punct
        """);
    assertRoles(claim, only(claim, "think.ccomp"), "People", "know", "talks failed");
  }

  @AfterAll
  static void everyRuleHasACase() {
    Set<String> ids = new HashSet<>(MODELS.rules().ids());
    ids.addAll(MODELS.chain().ruleIds());
    // Their cases are in ChainFindersTest, which guards them.
    ids.removeAll(ChainFindersTest.CASES_THERE);
    Set<String> missing = new HashSet<>(ids);
    missing.removeAll(TESTED);
    assertTrue(missing.isEmpty(), "rules without a hand-built test case: " + missing);
    assertTrue(TESTED.size() >= ids.size(), "fewer rule cases ran than rules exist");
  }
}

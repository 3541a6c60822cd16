package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.TextSpan;

/** One hand-written sentence per construction, and the order in which the tests apply. */
class ConstructionTest {

  /** A gold attribution whose roles are the first occurrences of the given strings in text. */
  private static GoldAttribution gold(String text, String source, String cue, String content) {
    return new GoldAttribution("E1", Optional.ofNullable(source).map(s -> span(text, s)), span(text, cue),
        span(text, content), Set.of(), Optional.empty());
  }

  private static SpanSet span(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) {
      throw new IllegalArgumentException("'" + part + "' not in '" + text + "'");
    }
    return SpanSet.of(new TextSpan(at, at + part.length()));
  }

  private static Construction classify(String text, String source, String cue, String content) {
    return Construction.classify(gold(text, source, cue, content), text);
  }

  @Test
  void colonOrDashAloneIsATurn() {
    assertEquals(Construction.TURN, classify("TRUMP: We will win big.", "TRUMP", ":", "We will win big."));
    assertEquals(Construction.TURN, classify("CLINTON ― I have a plan.", "CLINTON", "―", "I have a plan."));
    assertEquals(Construction.TURN, classify("Q -- Will you run? ", null, "--", "Will you run?"));
  }

  @Test
  void accordingToWinsOverADocumentSource() {
    assertEquals(Construction.ACCORDING_TO,
        classify("Crime fell, according to the FBI report.", "the FBI report", "according to", "Crime fell"));
    assertEquals(Construction.ACCORDING_TO,
        classify("Crime fell, According  To police.", "police", "According  To", "Crime fell"));
  }

  @Test
  void participleAfterACommaIsParticipial() {
    assertEquals(Construction.PARTICIPIAL,
        classify("Pence praised him, saying he was tough.", "Pence", "saying", "he was tough"));
    assertEquals(Construction.PARTICIPIAL,
        classify("She left early,  adding that she was tired.", "She", "adding", "that she was tired"));
    assertEquals(Construction.VERB, classify("He kept saying it was rigged.", "He", "kept saying", "it was rigged"),
        "no comma before the cue");
    assertEquals(Construction.VERB, classify("Reid, the leader, has been pounding Trump as a fraud.", "Reid",
        "has been pounding", "Trump as a fraud"), "an auxiliary makes it finite");
  }

  @Test
  void documentOrDataSourceWinsOverTheCue() {
    assertEquals(Construction.DOCUMENT,
        classify("A new Gallup poll shows Clinton ahead.", "A new Gallup poll", "shows", "Clinton ahead"));
    assertEquals(Construction.DOCUMENT,
        classify("Two studies found no fraud.", "Two studies", "found", "no fraud"), "plural -ies");
    assertEquals(Construction.DOCUMENT,
        classify("Several analyses suggest growth.", "Several analyses", "suggest", "growth"), "plural -ses");
    assertEquals(Construction.VERB,
        classify("The pollster said Clinton leads.", "The pollster", "said", "Clinton leads"));
  }

  @Test
  void reportingNounIsNominal() {
    assertEquals(Construction.NOMINAL,
        classify("Trump's claim that crime is up was false.", "Trump", "claim that", "crime is up"));
    assertEquals(Construction.NOMINAL,
        classify("Her warning of a recession spread.", "Her", "warning of", "a recession"));
    assertEquals(Construction.NOMINAL,
        classify("In his remarks, Obama praised the troops.", "Obama", "remarks", "praised the troops"));
    assertEquals(Construction.NOMINAL,
        classify("Mrs. Clinton's plan would cap deductions.", "Mrs. Clinton's", "plan", "would cap deductions"));
    assertEquals(Construction.NOMINAL,
        classify("She repeated her earlier claims that it was rigged.", "She", "claims that", "it was rigged"));
  }

  @Test
  void aVerbSpelledLikeAReportingNounIsNotNominal() {
    assertEquals(Construction.VERB, classify("He plans to cut taxes.", "He", "plans", "to cut taxes"));
    assertEquals(Construction.VERB, classify("Bill Clinton calls Obamacare crazy.", "Bill Clinton", "calls",
        "Obamacare crazy"));
    assertEquals(Construction.VERB, classify("New rules that promise to transform the economy.", "New rules",
        "that promise", "to transform the economy"));
  }

  @Test
  void contentWithSeveralSentencesIsAMultiSentenceQuote() {
    assertEquals(Construction.MULTI_SENTENCE,
        classify("\"We won. They lost,\" he said.", null, "said", "We won. They lost,"));
    assertEquals(Construction.MULTI_SENTENCE,
        classify("He said: \"Really?\" \"Yes.\" That was all.", "He", "said", "\"Really?\" \"Yes.\""));
    assertEquals(Construction.MULTI_SENTENCE,
        classify("She said: first line\nsecond line", "She", "said", "first line\nsecond line"));
  }

  @Test
  void abbreviationsDoNotEndASentence() {
    assertFalse(Construction.isMultiSentence("Mr. Trump met Sen. Rubio in the U.S. Capitol"));
    assertFalse(Construction.isMultiSentence("it costs $3.5 billion"));
    assertTrue(Construction.isMultiSentence("it is over. Done"));
  }

  @Test
  void aPlainReportingVerbIsTheRest() {
    assertEquals(Construction.VERB,
        classify("Rubio said talks would resume.", "Rubio", "said", "talks would resume"));
    assertEquals(Construction.VERB, classify("Talks resume, Rubio said.", "Rubio", "said", "Talks resume"));
  }

  @Test
  void cueKeysAreTheWholeShortCueOrTheLastWord() {
    assertEquals("said", CueHead.of("Said,"));
    assertEquals("called for", CueHead.of("called  for"));
    assertEquals("has long said", CueHead.of("has long said"));
    assertEquals("saying", CueHead.of("was quoted as saying"));
    assertEquals(":", CueHead.of(" : "));
    assertEquals("didn't deny", CueHead.of("didn't deny"));
  }
}

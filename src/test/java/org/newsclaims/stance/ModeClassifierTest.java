package org.newsclaims.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;

/** Modes of hand-written claims, with the product's models/modes.tsv. */
class ModeClassifierTest {
  private static final ModeClassifier MODES = load();

  private static ModeClassifier load() {
    try {
      return new ModeClassifier(ModeRules.load(Path.of("models/modes.tsv")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The sentence is "Speaker CUE CONTENT"; cue and content are given apart. */
  @ParameterizedTest(name = "{0} | {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "said        | Ukraine must withdraw from Donbas                                  | demand",
      "called for  | an immediate ceasefire                                             | demand",
      "urged       | Europe to tighten sanctions                                        | demand",
      "proposed    | a meeting in Istanbul next week                                    | proposal",
      "said        | let's meet in another month or two                                 | proposal",
      "vowed       | to keep the sanctions in place                                     | promise",
      "said        | we will provide security guarantees                                | promise",
      "said        | he will not discuss Ukraine's territories                          | refusal",
      "ruled out   | any territorial concessions                                        | refusal",
      "said        | Kyiv would never accept a land swap                                | refusal",
      "said        | any agreement involving land would have to include Ukraine         | condition",
      "said        | the talks can go on only if Russia stops the shelling              | condition",
      "expects     | the summit to be constructive                                      | prediction",
      "said        | the talks would likely fail                                        | prediction",
      "said        | the meeting will take place in Alaska                              | prediction",
      ":           | Are there any discussions scheduled in the coming weeks?           | question",
      "asked       | whether sanctions would be lifted                                  | question",
      "said        | the talks were constructive                                        | statement",
      "instructed  | their teams to move ahead with the technical issues                | demand",
      "asked for   | additional air defence systems                                     | demand",
      "asked       | me to supply electricity                                           | demand",
      "said        | I urge them to listen to the voices of Kenyans                     | demand",
      "said        | Do not believe the fake news                                       | demand",
      "agreed      | to share information closely                                       | promise",
      "said        | after the call we will make our response known                     | promise",
      "emphasised  | we were going to consider the proposals                            | promise",
      "envisages   | a full embargo on Russian energy                                   | proposal",
      "said        | if the talks in Alaska fail, new sanctions follow                  | condition",
      "said        | they still do not know if any actions follow                       | statement",
      "said        | proposals on alternatives are unacceptable for our country         | refusal",
      "said        | let us be clear, it is Trump who is cleaning up the mess           | statement",
      "said        | I would like to stress that the conversation was business-like     | statement",
      "said        | Russia is poised to go much further                                | prediction",
      "said        | it is going to be very difficult                                   | prediction",
      "acknowledged | it could have negative outcomes                                   | prediction",
      "said        | we will not stop until the last occupier leaves                    | promise",
      "said        | we can't understand why the talks were cancelled                   | statement",
      "said        | you won't read this in the newspapers                              | statement",
      "said        | the islands are not ours to give away                              | refusal",
      "said        | if anyone can end this war, it is the president                    | statement",
      "said        | if the army had not moved, the city would have fallen              | statement",
      "said        | the deal would not have happened without him                       | statement",
      "said        | let's see if the other side is ready                               | proposal",
      "has been told | to prepare for an inspection                                     | demand",
      "requested   | an urgent meeting of the council                                   | demand",
      "would expect | Moscow to withdraw its troops                                     | demand",
      "denied      | the reports of a secret deal                                       | refusal",
      "said        | we need more air defence                                           | demand",
      "stressed    | it is vital to keep the pressure on Moscow                         | demand",
      "said        | we are making concrete proposals on the grain corridor             | proposal",
      "said        | we agree to resume the talks next week                             | promise",
      "reaffirmed  | his firm commitment to a just peace                                | promise",
      "said        | the aid deliveries will continue                                   | promise",
      "said        | we would defend every ally                                         | promise",
      "said        | the strikes have the potential to escalate the war                 | prediction",
  })
  void modeOfHandWrittenClaims(String cue, String content, String mode) {
    String text = "X " + cue + " " + content;
    TextSpan cueSpan = new TextSpan(2, 2 + cue.length());
    TextSpan contentSpan = new TextSpan(3 + cue.length(), text.length());
    Claim c = Claim.of("d", ClaimType.INDIRECT, List.of(contentSpan), "test", 0).withCue(cueSpan);
    assertEquals(ClaimMode.of(mode), MODES.classify(text, c).mode());
  }

  @Test
  void aClaimStartsAsAStatement() {
    assertEquals(ClaimMode.STATEMENT, Claim.of("d", ClaimType.INDIRECT, List.of(new TextSpan(0, 1)), "r", 0).mode());
  }

  @Test
  void anIgnoredPhraseIsTakenOutForTheLinesAfterIt() {
    ModeClassifier m = new ModeClassifier(ModeRules.parse(List.of(
        "ignore\tcontent\tcan't understand|believe", "refusal\tcontent\tcan't"), "m"));
    assertEquals(ClaimMode.STATEMENT, modeOf(m, "we can't understand it"));
    assertEquals(ClaimMode.REFUSAL, modeOf(m, "we can't accept it"));
    assertEquals(ClaimMode.REFUSAL, modeOf(m, "we can't believe it and can't accept it"));
  }

  @Test
  void takenOutWordsLeaveAGapThatNoPhraseSpans() {
    ModeClassifier m = new ModeClassifier(ModeRules.parse(List.of(
        "ignore\tcontent\tnot", "refusal\tcontent\twill stop"), "m"));
    assertEquals(ClaimMode.STATEMENT, modeOf(m, "we will not stop"));
    assertEquals(ClaimMode.REFUSAL, modeOf(m, "we will stop"));
  }

  @Test
  void anOptionalWordMayBeLeftOut() {
    ModeClassifier m = new ModeClassifier(ModeRules.parse(List.of("promise\tcontent\tour *? commitment"), "m"));
    assertEquals(ClaimMode.PROMISE, modeOf(m, "our commitment stands"));
    assertEquals(ClaimMode.PROMISE, modeOf(m, "our firm commitment stands"));
    assertEquals(ClaimMode.STATEMENT, modeOf(m, "our very firm commitment stands"));
  }

  private static ClaimMode modeOf(ModeClassifier m, String content) {
    return m.mode(content, List.of(), List.of(new TextSpan(0, content.length())));
  }

  @Test
  void aBadLineFailsWithFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModeRules.parse(List.of("# modes", "demand\tcue\tmust", "wish\tcue\twant"), "modes.tsv"));
    assertTrue(e.getMessage().startsWith("modes.tsv:3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ModeRules.parse(List.of("demand\tverb\tmust"), "m"));
    assertThrows(IllegalArgumentException.class, () -> ModeRules.parse(List.of("ignore\tcontent\t?"), "m"));
    assertThrows(IllegalArgumentException.class, () -> ModeRules.parse(List.of("demand\tcontent\tplease?"), "m"));
  }
}

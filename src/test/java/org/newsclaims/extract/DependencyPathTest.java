package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.testing.Parses;

/** The path language of the rules (grammar in {@link DependencyPath}) on one hand-built parse. */
class DependencyPathTest {
  private static final Lexicons LEXICONS = Lexicons.of(Map.of("speech-verbs", Set.of("say")));
  /** "Officials said on Monday that Kyiv rejected it ." */
  private static final Sentence SENTENCE = Parses.doc("""
      Officials NNS O 2 nsubj official
      said VBD O 0 root say
      on IN O 4 case
      Monday NNP O 2 obl:tmod
      that IN O 7 mark
      Kyiv NNP LOCATION 7 nsubj
      rejected VBD O 2 ccomp reject
      it PRP O 7 obj
      . . O 2 punct
      """).sentences().get(0);
  private static final int SAID = 1;
  private static final int REJECTED = 6;

  /** The words the path reaches from a token, space-joined in text order; "" when none. */
  private static String walk(String path, int from) {
    return DependencyPath.compile(path, LEXICONS).walk(SENTENCE, from).stream()
        .map(i -> SENTENCE.token(i).word()).collect(Collectors.joining(" "));
  }

  @Test
  void stepsGoDownByRelationAndUpWithACaret() {
    assertEquals("Officials", walk("nsubj", SAID));
    assertEquals("Kyiv", walk("ccomp>nsubj", SAID));
    assertEquals("said", walk("^ccomp", REJECTED));
    assertEquals("Officials", walk("^ccomp>nsubj", REJECTED));
    assertEquals("", walk("obj", SAID), "no such dependent");
    assertEquals("", walk("^obj", REJECTED), "the token does not hang by that relation");
  }

  @Test
  void subtypesAlternativesAndUnions() {
    assertEquals("Monday", walk("obl:*", SAID), "obl:* takes obl:tmod");
    assertEquals("", walk("obl", SAID), "obl alone does not");
    assertEquals("Officials Monday", walk("nsubj|obl:tmod", SAID), "either relation");
    assertEquals("Kyiv", walk("obj,ccomp>nsubj", SAID), "the first alternative that reaches a token wins");
    assertEquals("Officials Kyiv", walk("nsubj+ccomp>nsubj", SAID), "a union needs every part");
    assertEquals("", walk("nsubj+obj", SAID), "a union with a part that reaches nothing reaches nothing");
  }

  @Test
  void tokenTestsFilterEachStep() {
    assertEquals("said", walk(".{lemma@speech-verbs}", SAID));
    assertEquals("", walk(".{lemma@speech-verbs}", REJECTED));
    assertEquals("Kyiv", walk("ccomp>nsubj{ner=LOCATION}", SAID));
    assertEquals("", walk("ccomp>nsubj{!ner=LOCATION}", SAID));
    assertEquals("it", walk("ccomp>obj{pos~PRP;lemma=it}", SAID));
    assertEquals("Kyiv it", walk("ccomp>*{pos~NNP|PRP}", SAID), "any relation, tested");
  }

  @Test
  void aPathPrintsAsWritten() {
    assertEquals("^ccomp>nsubj{ner=PERSON}", DependencyPath.compile("^ccomp>nsubj{ner=PERSON}", LEXICONS).toString());
    assertEquals(List.of(), DependencyPath.compile("nsubj", LEXICONS).walk(SENTENCE, 0));
  }
}

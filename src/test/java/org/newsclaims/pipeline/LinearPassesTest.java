package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.testing.Parses;
import org.newsclaims.testing.SharedModels;

/**
 * Issue 14, item 2: the unattributed pass and speaker resolution look claims up by sentence
 * instead of visiting every claim for every sentence. Their output is the same as before the
 * change: on a small hand-built article, and (as a digest recorded before the change) on the
 * same article repeated many times, where pronouns, quotations and topic sentences interleave.
 */
class LinearPassesTest {
  private static final NlpEngine NO_ENGINE = new NlpEngine() {
    @Override
    public AnnotatedDocument annotate(String text) {
      throw new UnsupportedOperationException("hand-built parses only");
    }

    @Override
    public String describe() {
      return "none";
    }
  };
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(NO_ENGINE, t -> null, SharedModels.models());

  private static final String[] BLOCK = {
      """
      Putin NNP PERSON 2 nsubj
      said VBD O 0 root say
      the DT O 4 det
      ceasefire NN O 6 nsubj
      would MD O 6 aux
      hold VB O 2 ccomp
      . . O 2 punct
      """,
      """
      He PRP O 2 nsubj
      said VBD O 0 root say
      sanctions NNS O 7 nsubj sanction
      on IN O 5 case
      oil NN O 3 nmod
      will MD O 7 aux
      stay VB O 2 ccomp
      . . O 2 punct
      """,
      """
      The DT O 2 det
      ceasefire NN O 7 nsubj:pass
      along IN O 5 case
      the DT O 5 det
      border NN O 2 nmod
      was VBD O 7 aux:pass be
      agreed VBN O 0 root agree
      on IN O 9 case
      Monday NNP O 7 obl
      . . O 7 punct
      """,
      """
      " `` O 5 punct
      The DT O 3 det
      border NN O 5 nsubj
      is VBZ O 5 cop be
      closed JJ O 9 ccomp
      , , O 9 punct
      " '' O 9 punct
      Zelensky NNP PERSON 9 nsubj
      said VBD O 0 root say
      . . O 9 punct
      """,
      """
      He PRP O 2 nsubj
      said VBD O 0 root say
      sanctions NNS O 5 nsubj sanction
      will MD O 5 aux
      stay VB O 2 ccomp
      . . O 2 punct
      """,
      """
      Sanctions NNS O 5 nsubj sanction
      on IN O 4 case
      Russian JJ O 4 amod
      oil NN O 1 nmod
      stay VBP O 0 root
      . . O 5 punct
      """,
      """
      " `` O 3 punct
      Sanctions NNS O 3 nsubj sanction
      stay VBP O 0 root
      . . O 3 punct
      " '' O 3 punct
      """};

  private static AnnotatedDocument repeated(int copies) {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      sentences.addAll(List.of(BLOCK));
    }
    return Parses.doc(sentences.toArray(String[]::new));
  }

  /** Every role of every claim with its text, one line a claim. */
  private static String render(AnnotatedDocument doc, List<Claim> claims) {
    String text = doc.text();
    return claims.stream().map(c -> String.join(" | ", c.type().name(), c.ruleId(),
        Integer.toString(c.sentenceIndex()),
        c.speaker().map(s -> s.span().cut(text) + "=" + s.canonical() + "/" + s.role() + "/" + s.kind()).orElse("-"),
        c.cue().map(q -> q.cut(text)).orElse("-"),
        c.content().stream().map(p -> p.start() + ":" + p.cut(text)).collect(Collectors.joining(" + ")),
        c.topics().toString(), String.valueOf(c.inHeadline())))
        .collect(Collectors.joining("\n"));
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSmallArticleGivesTheSameClaimsAsBefore() {
    AnnotatedDocument doc = repeated(1);
    assertEquals("""
        INDIRECT | say.ccomp | 0 | Putin=Putin//PERSON | said | 11:the ceasefire would hold \
        | [TopicHit[topic=ceasefire, evidence=ceasefire]] | false
        INDIRECT | say.ccomp | 1 | He=Putin//PERSON | said | 46:sanctions on oil will stay \
        | [TopicHit[topic=sanctions, evidence=sanctions]] | false
        DIRECT | say.ccomp | 3 | Zelensky=Zelensky//PERSON | said | 129:" The border is closed , " \
        | [TopicHit[topic=territory, evidence=border]] | false
        INDIRECT | say.ccomp | 4 | He=Zelensky//PERSON | said | 180:sanctions will stay \
        | [TopicHit[topic=sanctions, evidence=sanctions]] | false
        UNATTRIBUTED | unattributed.topic | 5 | - | - | 202:Sanctions on Russian oil stay . \
        | [TopicHit[topic=sanctions, evidence=Sanctions]] | false""", render(doc, ANALYZER.claims("t", doc)));
  }

  @Test
  void aLongArticleGivesTheSameClaimsAsBefore() throws Exception {
    AnnotatedDocument doc = repeated(300);
    String r = render(doc, ANALYZER.claims("t", doc));
    assertEquals(1500, r.lines().count());
    // Recorded with the sentence-by-claim loops (commit a897969).
    assertEquals("72a1ec3ed183dc77e506c5e4d65ec1952ccee7ee35f6f2be583fea7dad0d908e", sha256(r));
  }
}

package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;
import org.newsclaims.testing.SharedModels;

/**
 * Which sentences get parsed, on hand-tagged sentences, with the product's models; and that a
 * new rule in {@code models/} is covered without a code change, because the filter asks the
 * extraction chain.
 */
class ClaimSentencesTest {
  private static final ClaimSentences FILTER = ClaimSentences.of(SharedModels.models().chain());

  /** A text of paragraphs (lines) of sentences; each token is WORD or WORD/LEMMA/NER/POS. */
  private record Doc(String text, List<Sentence> sentences) {}

  private static Doc doc(String... paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (text.length() > 0) {
        text.append('\n');
      }
      for (String sentence : paragraph.split("\\s*\\|\\s*")) {
        List<Token> tokens = new ArrayList<>();
        for (String spec : sentence.strip().split("\\s+")) {
          String[] f = spec.split("/");
          if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
          }
          int start = text.length();
          text.append(f[0]);
          String lemma = f.length > 1 && !f[1].isEmpty() ? f[1] : f[0].toLowerCase(Locale.ROOT);
          String ner = f.length > 2 && !f[2].isEmpty() ? f[2] : "O";
          String pos = f.length > 3 ? f[3] : "NN";
          tokens.add(new Token(tokens.size(), f[0], lemma, pos, ner, new TextSpan(start, text.length())));
        }
        sentences.add(Sentence.unparsed(sentences.size(), tokens));
      }
    }
    return new Doc(text.toString(), sentences);
  }

  private static BitSet bits(int... indices) {
    BitSet b = new BitSet();
    for (int i : indices) {
      b.set(i);
    }
    return b;
  }

  @Test
  void parsesSentencesWithACueAColonOrAPersonOnly() {
    Doc d = doc("Rain fell . | Officials said/say//VBD it stopped . | The roads were closed . | "
        + "According/according//VBG to police , two died . | She expressed/express//VBD concern . | "
        + "We made/make//VBD it clear . | Question : when ? | Ann/ann/PERSON left . | Snow .");
    assertEquals(bits(1, 3, 4, 5, 6, 7), FILTER.select(d.text(), d.sentences()));
  }

  @Test
  void nothingSelectedInATextWithoutCuesColonsOrNames() {
    Doc d = doc("Rain fell . | The roads were closed .", "Snow .");
    assertTrue(FILTER.select(d.text(), d.sentences()).isEmpty());
  }

  @Test
  void aNewRuleInModelsIsCoveredWithoutACodeChange(@TempDir Path tmp) throws Exception {
    Path models = SharedModels.root().resolve("models");
    try (Stream<Path> files = Files.walk(models)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = tmp.resolve(models.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    Doc d = doc("Officials pondered/ponder//VBD whether it stopped .");
    assertFalse(FILTER.select(d.text(), d.sentences()).get(0), "no product rule anchors on 'ponder'");
    Files.writeString(tmp.resolve(ExtractionModels.RULES_FILE), "ponder.ccomp\tlemma=ponder\tnsubj\tccomp\t-\t-\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    ClaimSentences withPonder = ClaimSentences.of(ExtractionModels.load(tmp).chain());
    assertTrue(withPonder.select(d.text(), d.sentences()).get(0), "the new rule's anchor makes the sentence parsed");
  }
}

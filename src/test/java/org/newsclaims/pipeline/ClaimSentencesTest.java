package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.extract.Lexicons;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.Token;
import org.newsclaims.testing.SharedModels;

/**
 * Which sentences get parsed, on hand-tagged sentences; and guards that fail when the rules
 * anchor on words the filter does not know, saying what to change.
 */
class ClaimSentencesTest {
  private static final ClaimSentences FILTER = ClaimSentences.of(Lexicons.of(Map.of(
      "speech-verbs", Set.of("say", "tell"), "belief-verbs", Set.of("believe"), "light-verbs", Set.of("express"))));

  /** A text of paragraphs (lines) of sentences; each token is WORD or WORD/LEMMA/NER. */
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
          String ner = f.length > 2 ? f[2] : "O";
          tokens.add(new Token(tokens.size(), f[0], lemma, "NN", ner, new TextSpan(start, text.length())));
        }
        sentences.add(Sentence.unparsed(sentences.size(), tokens));
      }
    }
    return new Doc(text.toString(), sentences);
  }

  private static BitSet select(Doc d) {
    return FILTER.select(d.text(), d.sentences());
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
    Doc d = doc("Rain fell . | Officials said/say it stopped . | The roads were closed . | "
        + "According to police , two died . | She expressed/express concern . | We made/make it clear . | "
        + "Question : when ? | Ann/ann/PERSON left . | Snow .");
    assertEquals(bits(1, 3, 4, 5, 6, 7), select(d));
  }

  @Test
  void nothingSelectedInATextWithoutCuesColonsOrNames() {
    assertTrue(select(doc("Rain fell . | The roads were closed .", "Snow .")).isEmpty());
  }

  // ---- guards ----

  /**
   * Every rule's anchor must include a lemma or word test that the filter knows: otherwise the
   * rule could fire in a sentence the filter never parses.
   */
  @Test
  void everyRuleAnchorIsCoveredByTheFilter() throws Exception {
    Path rules = SharedModels.root().resolve("models").resolve(ExtractionModels.RULES_FILE);
    List<String> lines = Files.readAllLines(rules, StandardCharsets.UTF_8);
    int checked = 0;
    boolean header = false;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        header = true;
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = rules.getFileName() + ":" + (n + 1) + " (rule " + cells[0].strip() + ")";
      assertTrue(ClaimSentences.KNOWN_RULES.contains(cells[0].strip()), where + " is new to pipeline/ClaimSentences: "
          + "until its id is in KNOWN_RULES every sentence is parsed (same claims, half the speed). Check that the "
          + "anchor is covered (this test says so below) and add the id.");
      boolean covered = false;
      List<String> unknown = new ArrayList<>();
      for (String test : cells[1].split(";")) {
        String t = test.strip();
        if (t.startsWith("lemma@")) {
          boolean known = ClaimSentences.CUE_LEXICONS.contains(t.substring(6));
          covered |= known;
          if (!known) {
            unknown.add(t);
          }
        } else if (t.startsWith("lemma=")) {
          boolean known = ClaimSentences.ANCHOR_LEMMAS.containsAll(List.of(t.substring(6).toLowerCase(Locale.ROOT).split("/")));
          covered |= known;
          if (!known) {
            unknown.add(t);
          }
        } else if (t.startsWith("word~")) {
          boolean known = ClaimSentences.ANCHOR_WORDS.contains(t.substring(5).toLowerCase(Locale.ROOT));
          covered |= known;
          if (!known) {
            unknown.add(t);
          }
        }
      }
      assertTrue(covered, where + ": its anchor " + cells[1] + " has no lemma or word test that "
          + "pipeline/ClaimSentences knows " + unknown + ", so sentences where it fires may go unparsed. Add the "
          + "lexicon to CUE_LEXICONS, the lemmas to ANCHOR_LEMMAS or the word to ANCHOR_WORDS.");
      checked++;
    }
    assertTrue(checked >= 10, "only " + checked + " rules in " + rules);
  }

  @Test
  void theProductModelsGetTheFilterAndUnknownRulesParseEverything(@TempDir Path tmp) throws Exception {
    assertTrue(ClaimSentences.of(SharedModels.models()) instanceof ClaimSentences,
        "the rules in models/ are all known to ClaimSentences");
    Path models = SharedModels.root().resolve("models");
    try (Stream<Path> files = Files.walk(models)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = tmp.resolve(models.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    Files.writeString(tmp.resolve(ExtractionModels.RULES_FILE), "ponder.ccomp\tlemma=ponder\tnsubj\tccomp\t-\t-\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertSame(SentenceFilter.ALL, ClaimSentences.of(ExtractionModels.load(tmp)));
  }
}

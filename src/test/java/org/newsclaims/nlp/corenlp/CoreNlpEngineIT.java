package org.newsclaims.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.testing.SharedModels;
import org.newsclaims.text.TextDecoder;

/**
 * The product's speed settings change nothing the extractors read, checked against the
 * configuration they replace (coarse NER with three models, CoreNLP's depparse annotator with
 * all its graphs, CoreNLP's default parser cache) on a few corpus articles: the same tokens, tags,
 * PERSON/LOCATION/ORGANIZATION labels and basic trees. And a sentence filter leaves the other
 * sentences unparsed with the same tokens.
 */
class CoreNlpEngineIT {
  private static final int ARTICLES = 4;
  private static final Set<String> RULE_CLASSES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

  private static List<String> texts() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(SharedModels.corpus())) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(TextDecoder.strict(Files.readAllBytes(f)));
    }
    return texts;
  }

  @Test
  void productSettingsGiveTheSameTagsEntitiesAndTreesAsTheSlowerOnes() throws Exception {
    CoreNlpEngine product = CoreNlpEngine.shared();
    CoreNlpEngine.Settings before = new CoreNlpEngine.Settings(CoreNlpEngine.Ner.COARSE, true,
        CoreNlpEngine.Graphs.ALL, CoreNlpEngine.DEFAULT_PARSER_CACHE);
    CoreNlpEngine slow = new CoreNlpEngine(before);
    int tokens = 0;
    for (String text : texts()) {
      AnnotatedDocument a = slow.annotate(text);
      AnnotatedDocument b = product.annotate(text);
      assertEquals(a.sentences().size(), b.sentences().size(), "sentences");
      for (int i = 0; i < a.sentences().size(); i++) {
        Sentence x = a.sentences().get(i);
        Sentence y = b.sentences().get(i);
        assertEquals(x.size(), y.size(), "tokens of sentence " + i);
        for (int k = 0; k < x.size(); k++) {
          String where = "sentence " + i + " token " + k + " '" + x.token(k).word() + "'";
          assertEquals(x.token(k).span(), y.token(k).span(), where);
          assertEquals(x.token(k).pos(), y.token(k).pos(), where);
          assertEquals(x.token(k).lemma(), y.token(k).lemma(), where);
          assertEquals(rule(x.token(k).ner()), rule(y.token(k).ner()), where);
          assertEquals(x.head(k), y.head(k), where);
          assertEquals(x.relation(k), y.relation(k), where);
          tokens++;
        }
      }
    }
    assertTrue(tokens > 1000, "only " + tokens + " tokens compared");
  }

  @Test
  void unselectedSentencesComeBackUnparsedWithTheirTokens() throws Exception {
    String text = texts().get(0);
    CoreNlpEngine e = CoreNlpEngine.shared();
    AnnotatedDocument all = e.annotate(text);
    AnnotatedDocument odd = e.annotate(text, (t, sentences) -> {
      java.util.BitSet b = new java.util.BitSet();
      for (int i = 1; i < sentences.size(); i += 2) {
        b.set(i);
      }
      return b;
    });
    assertEquals(all.tokenCount(), odd.tokenCount());
    for (int i = 0; i < all.sentences().size(); i++) {
      Sentence x = all.sentences().get(i);
      Sentence y = odd.sentences().get(i);
      assertEquals(i % 2 == 1, y.isParsed(), "sentence " + i);
      assertEquals(x.tokens(), y.tokens(), "sentence " + i);
      if (y.isParsed()) {
        for (int k = 0; k < x.size(); k++) {
          assertEquals(x.head(k), y.head(k));
          assertEquals(x.relation(k), y.relation(k));
        }
      }
    }
    AnnotatedDocument none = e.annotate(text, (t, sentences) -> new java.util.BitSet());
    assertTrue(none.sentences().stream().noneMatch(Sentence::isParsed));
    assertEquals(all.sentences().size(), e.annotate(text, SentenceFilter.ALL).sentences().stream()
        .filter(Sentence::isParsed).count());
  }

  /** The label as the rules see it: one of the classes they read, or O. */
  private static String rule(String ner) {
    return RULE_CLASSES.contains(ner) ? ner : "O";
  }
}

package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.corenlp.CoreNlpEngine;
import org.newsclaims.nlp.opennlp.OpenNlpLanguageDetector;
import org.newsclaims.testing.SharedModels;
import org.newsclaims.text.TextDecoder;

/**
 * Parsing only the sentences that can hold a claim ({@link ClaimSentences}, the product's
 * default) gives the same claims as parsing every sentence, on every corpus article; and it
 * does skip sentences. Fails when the extractors start to read trees the filter does not parse.
 */
class ParseOnlyClaimSentencesIT {
  private static final int MIN_CORPUS_ARTICLES = 13;
  /** The filter must keep parsing well below all sentences, or it is not worth having. */
  private static final double MAX_PARSED_SHARE = 0.8;

  @Test
  void sameClaimsAsParsingEverySentence() throws Exception {
    ArticleAnalyzer filtered = SharedModels.analyzer();
    ArticleAnalyzer everything = new ArticleAnalyzer(CoreNlpEngine.shared(), OpenNlpLanguageDetector.shared(),
        SharedModels.models(), SentenceFilter.ALL);
    List<Path> files;
    try (Stream<Path> s = Files.list(SharedModels.corpus())) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= MIN_CORPUS_ARTICLES, "corpus has only " + files.size() + " articles");
    CoreNlpEngine.Timings before = CoreNlpEngine.shared().timings();
    List<String> differences = new ArrayList<>();
    int claims = 0;
    for (Path f : files) {
      Article a = new Article(f.getFileName().toString(), TextDecoder.strict(Files.readAllBytes(f)));
      List<Claim> all = everything.analyze(a).claims();
      List<Claim> some = filtered.analyze(a).claims();
      claims += all.size();
      if (!all.equals(some)) {
        List<Claim> lost = new ArrayList<>(all);
        lost.removeAll(some);
        List<Claim> gained = new ArrayList<>(some);
        gained.removeAll(all);
        differences.add(a.docId() + ": lost " + lost + "; gained " + gained);
      }
    }
    assertTrue(claims > 100, "suspiciously few claims on the corpus: " + claims);
    assertEquals(List.of(), differences, "claims change when only claim sentences are parsed");
    CoreNlpEngine.Timings after = CoreNlpEngine.shared().timings();
    long sentences = after.sentences() - before.sentences();
    long parsed = after.parsedSentences() - before.parsedSentences();
    // Both analyzers ran: half the sentences seen are the unfiltered run's, all parsed.
    double filteredShare = (parsed - sentences / 2.0) / (sentences / 2.0);
    assertTrue(filteredShare < MAX_PARSED_SHARE, "the filter parsed " + filteredShare + " of the sentences");
  }
}

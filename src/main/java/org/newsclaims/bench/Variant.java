package org.newsclaims.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsclaims.nlp.corenlp.CoreNlpEngine;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Graphs;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Ner;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Settings;

/**
 * A pipeline to measure: a CoreNLP configuration, whether only the sentences that can hold a
 * claim are parsed, and how many worker threads analyse articles. Immutable.
 *
 * @param name short stable name used in reports ({@code naive}, {@code product}, ...)
 * @param lever what this variant changes compared with the one before it in {@link #ladder}
 * @param settings the CoreNLP configuration
 * @param claimSentencesOnly parse only the sentences that can hold a claim
 * @param threads worker threads, at least 1
 */
public record Variant(String name, String lever, Settings settings, boolean claimSentencesOnly, int threads) {
  public Variant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lever, "lever");
    Objects.requireNonNull(settings, "settings");
    if (!name.matches("[a-z0-9][a-z0-9.-]*")) {
      throw new IllegalArgumentException("variant name must be [a-z0-9.-]: " + name);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  /** CoreNLP's defaults, every sentence parsed: the pipeline the issue calls naive. */
  public static Variant naive(int threads) {
    return new Variant("naive", "CoreNLP defaults, every sentence parsed",
        CoreNlpEngine.Preset.NAIVE.settings(), false, threads);
  }

  /** What {@code newsclaims extract} runs. */
  public static Variant product(int threads) {
    return new Variant("product", "the product pipeline", CoreNlpEngine.Preset.PRODUCT.settings(), true, threads);
  }

  /**
   * From naive to product one change at a time, so that each step's gain is that lever's: the
   * product's sentence splitting (a quality setting, not a speed lever), coarse NER (the
   * product before issue 6), one-model NER, basic trees only, parsing only claim sentences.
   * Then two variants of the product, each one change away from it: one worker thread (the gain
   * of the second core), and the full parser cache (a lever measured and left out: see
   * {@link CoreNlpEngine.Preset#PRODUCT}).
   */
  public static List<Variant> ladder(int threads) {
    Settings naive = CoreNlpEngine.Preset.NAIVE.settings();
    Settings lines = naive.withLineEndsSentence(true);
    Settings coarse = lines.withNer(Ner.COARSE);
    Settings oneModel = coarse.withNer(Ner.ONE_MODEL);
    Settings basic = oneModel.withGraphs(Graphs.BASIC);
    if (!basic.equals(CoreNlpEngine.Preset.PRODUCT.settings())) {
      throw new IllegalStateException("the ladder no longer ends at the product settings: " + basic.label());
    }
    return List.of(
        naive(threads),
        new Variant("lines", "a line break ends a sentence (product splitting)", lines, false, threads),
        new Variant("ner-coarse", "NER without fine-grained classes, SUTime, numbers", coarse, false, threads),
        new Variant("ner-one-model", "NER with one CRF model instead of three", oneModel, false, threads),
        new Variant("graphs-basic", "depparse builds the basic tree only", basic, false, threads),
        new Variant("product", "parse only sentences that can hold a claim", basic, true, threads),
        new Variant("product-1t", "product on one worker thread instead of " + threads, basic, true, 1),
        new Variant("product-cache", "product with every listed parser feature precomputed (not adopted)",
            basic.withParserCache(CoreNlpEngine.FULL_PARSER_CACHE), true, threads));
  }

  /** The variant's arguments for {@link BenchWorker}. */
  List<String> arguments() {
    return List.of("name=" + name, "ner=" + settings.ner().name(), "lines=" + settings.lineEndsSentence(),
        "graphs=" + settings.graphs().name(), "parser-cache=" + settings.parserCache(),
        "claim-sentences=" + claimSentencesOnly, "threads=" + threads);
  }

  /** A one-line description for reports. */
  public String describe() {
    return String.format(Locale.ROOT, "%s (%s; %s; %d thread%s)", name, settings.label(),
        claimSentencesOnly ? "claim sentences parsed" : "all sentences parsed", threads, threads == 1 ? "" : "s");
  }
}

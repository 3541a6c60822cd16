package org.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;
import org.newsclaims.nlp.corenlp.CoreNlpEngine;
import org.newsclaims.testing.Parses;

/** The benchmark's plumbing, without models: variants, worker arguments, figures, rendering. */
class BenchTest {

  @Test
  void theDefaultHeapFollowsTheLaunchersRule() {
    assertEquals("2048m", Benchmark.heapFor(24 * 1024), "half of 24 GiB, capped at 2 GiB");
    assertEquals("1500m", Benchmark.heapFor(3000), "half the memory");
    assertEquals("1024m", Benchmark.heapFor(1500), "at least 1 GiB");
    assertEquals("2048m", Benchmark.heapFor(-1), "the cap when the memory is unknown");
    assertTrue(Benchmark.launcherHeap().matches("[0-9]+m"));
  }

  @Test
  void theLadderGoesFromNaiveToProductOneLeverAtATime() {
    List<Variant> ladder = Variant.ladder(2);
    assertEquals("naive", ladder.get(0).name());
    assertEquals(CoreNlpEngine.Preset.NAIVE.settings(), ladder.get(0).settings());
    Variant product = ladder.stream().filter(v -> v.name().equals("product")).findFirst().orElseThrow();
    assertEquals(Variant.product(2).settings(), product.settings());
    assertTrue(product.claimSentencesOnly());
    assertEquals(ladder.size(), ladder.stream().map(Variant::name).distinct().count(), "names differ");
    int productAt = ladder.indexOf(product);
    for (int i = 1; i < ladder.size(); i++) {
      Variant a = ladder.get(i <= productAt ? i - 1 : productAt);
      Variant b = ladder.get(i);
      assertEquals(1, changes(a, b), "one lever between " + a.name() + " and " + b.name());
    }
  }

  private static int changes(Variant a, Variant b) {
    return (a.settings().ner() != b.settings().ner() ? 1 : 0)
        + (a.settings().lineEndsSentence() != b.settings().lineEndsSentence() ? 1 : 0)
        + (a.settings().graphs() != b.settings().graphs() ? 1 : 0)
        + (a.settings().parserCache() != b.settings().parserCache() ? 1 : 0)
        + (a.claimSentencesOnly() != b.claimSentencesOnly() ? 1 : 0)
        + (a.threads() != b.threads() ? 1 : 0);
  }

  @Test
  void variantNamesAreCheckedAndLeversExpand() {
    assertEquals(List.of("naive", "product"), Benchmark.variants(List.of("naive", "product"), 2).stream()
        .map(Variant::name).toList());
    assertEquals(Variant.ladder(2).size(), Benchmark.variants(List.of("levers", "product"), 2).size());
    assertTrue(Benchmark.variants(List.of("levers"), 1).stream().noneMatch(v -> v.name().equals("product-1t")),
        "no one-thread step when the run has one thread");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Benchmark.variants(List.of("fast"), 2));
    assertTrue(e.getMessage().contains("known: levers, naive"), e.getMessage());
  }

  @Test
  void workerArgumentsRoundTripAndUnknownKeysAreRejected() {
    WorkerProtocol.Options o = new WorkerProtocol.Options(Variant.product(2), Path.of("corpus"), Path.of("models"), 1, 2, 5,
        true);
    WorkerProtocol.Options back = WorkerProtocol.Options.parse(o.arguments());
    assertEquals(o.variant().settings(), back.variant().settings());
    assertEquals(o.variant().claimSentencesOnly(), back.variant().claimSentencesOnly());
    assertEquals(List.of(o.input(), o.models(), o.warmupPasses(), o.passes(), o.maxArticles(), o.scaling()),
        List.of(back.input(), back.models(), back.warmupPasses(), back.passes(), back.maxArticles(), back.scaling()));
    List<String> extra = new java.util.ArrayList<>(o.arguments());
    extra.add("speed=11");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkerProtocol.Options.parse(extra))
        .getMessage().contains("[name, ner"));
    assertThrows(IllegalArgumentException.class, () -> WorkerProtocol.Options.parse(o.arguments().subList(1, 13)));
  }

  @Test
  void theWorkerIsStartedWithItsOptionsAndAnsweredByItsLastLine() throws Exception {
    WorkerProtocol.Options o = new WorkerProtocol.Options(Variant.product(2), Path.of("corpus"), Path.of("models"), 0, 1, 0,
        false);
    List<String> cmd = WorkerProtocol.command(Path.of("/jdk/bin/java"), "2g", "a.jar", o);
    assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-Dfile.encoding=UTF-8", "-cp", "a.jar", BenchWorker.class.getName()),
        cmd.subList(0, 6));
    assertEquals(o.arguments(), cmd.subList(6, cmd.size()));
    IOException e = assertThrows(IOException.class, () -> WorkerProtocol.result("loading\nException in main\n"));
    assertTrue(e.getMessage().contains("Exception in main"), e.getMessage());
    WorkerResult r = result("product", 20_000_000_000L, 2048L * 1024);
    assertEquals(r, WorkerProtocol.result("a log line\r\n" + WorkerProtocol.line(r) + "\r\n"));
    assertEquals(-1, WorkerProtocol.line(r).indexOf('\n'), "one line");
  }

  @Test
  void procStatusLinesAreRead() {
    List<String> status = List.of("Name:\tjava", "VmHWM:\t 2345678 kB", "VmRSS:\t  123456 kB");
    assertEquals(Optional.of(2345678L), MemoryProbe.parseStatus(status, "VmHWM"));
    assertEquals(Optional.of(123456L), MemoryProbe.parseStatus(status, "VmRSS"));
    assertEquals(Optional.empty(), MemoryProbe.parseStatus(status, "VmSwap"));
  }

  @Test
  void concatenatedDocumentsKeepEveryTokenOnItsText() {
    AnnotatedDocument a = Parses.doc("""
        Putin NNP PERSON 2 nsubj
        said VBD O 0 root
        """);
    AnnotatedDocument big = ScalingProbe.concatenate(List.of(a, a), 3);
    assertEquals(6, big.sentences().size());
    for (int i = 0; i < big.sentences().size(); i++) {
      Sentence s = big.sentences().get(i);
      assertEquals(i, s.index());
      assertTrue(s.isParsed());
      assertEquals(1, s.head(0));
      for (Token t : s.tokens()) {
        assertEquals(t.word(), t.span().cut(big.text()));
      }
    }
  }

  @Test
  void medianIgnoresUnknownValues() {
    assertEquals(2.0, BenchReport.median(new double[] {3, Double.NaN, 1, 2}));
    assertEquals(2.5, BenchReport.median(new double[] {4, 1, 2, 3}));
    assertTrue(Double.isNaN(BenchReport.median(new double[] {Double.NaN})));
  }

  @Test
  void theReportComparesProductWithNaiveAsRatios() throws Exception {
    Benchmark.Config config = new Benchmark.Config(List.of(Variant.naive(2), Variant.product(2)), Path.of("corpus"),
        Path.of("models"), 1, 1, 1, 0, "6g", false);
    WorkerResult naive = result("naive", 100_000_000_000L, 4096L * 1024);
    WorkerResult product = result("product", 20_000_000_000L, 2048L * 1024);
    BenchReport r = new BenchReport(config, List.of(new Benchmark.Trial(Variant.naive(2), List.of(naive)),
        new Benchmark.Trial(Variant.product(2), List.of(product))));
    assertEquals(5.0, r.find("product").orElseThrow().tokensPerSecond() / r.find("naive").orElseThrow().tokensPerSecond(),
        1e-9);
    StringWriter w = new StringWriter();
    r.write(w);
    String text = w.toString();
    assertTrue(text.contains("| product/naive |"), text);
    assertTrue(text.contains("5.00×"), text);
    assertTrue(text.contains("0.50×"), "peak RSS ratio: " + text);
    assertTrue(text.contains("attribution_f1"), text);
  }

  private static WorkerResult result(String name, long wallNanos, long peakRssKiB) {
    WorkerResult.Pass pass = new WorkerResult.Pass(wallNanos, wallNanos * 2, wallNanos * 2, wallNanos * 19 / 10,
        wallNanos / 50, Map.of("NER", wallNanos / 2, "DEPPARSE", wallNanos, "CONVERT", wallNanos / 100));
    return new WorkerResult(name, "engine", 2, 30, 0, 26_000, 1200, 600, 240, "abc", 5_000_000_000L,
        1_000_000_000L, 500L << 20, 1500L << 20, 1_000_000L, peakRssKiB, List.of(pass),
        Map.of("attribution_f1", 0.68), null);
  }
}

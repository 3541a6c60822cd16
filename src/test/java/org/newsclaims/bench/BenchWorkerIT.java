package org.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.testing.SharedModels;

/**
 * One benchmark worker in this JVM (the product variant shares the suite's engine) on a few
 * corpus articles: every figure is there and plausible, and survives the trip through JSON.
 */
class BenchWorkerIT {

  @Test
  void aWorkerMeasuresTheProductOnAFewArticles() throws Exception {
    WorkerProtocol.Options o = new WorkerProtocol.Options(Variant.product(2), SharedModels.corpus(),
        SharedModels.root().resolve("models"), 0, 1, 3, true);
    WorkerResult r = BenchWorker.run(o);
    assertEquals(3, r.articles());
    assertEquals(0, r.failed());
    assertTrue(r.tokens() > 500, "tokens " + r.tokens());
    assertTrue(r.claims() > 0, "claims " + r.claims());
    assertTrue(r.parsedSentences() < r.sentences(), "the product parses claim sentences only");
    WorkerResult.Pass p = r.passes().get(0);
    assertTrue(p.analyzeNanos() >= p.annotateNanos() + p.languageNanos(), "annotation is part of analysis");
    assertTrue(p.stageNanos().get("DEPPARSE") > 0);
    assertNotNull(r.headlineF1(), "the first corpus articles have gold annotations");
    assertEquals(List.of(1, 2, 4, 8), r.scaling().stream().map(WorkerResult.ScalingPoint::copies).toList());
    assertEquals(8 * r.scaling().get(0).tokens(), r.scaling().get(3).tokens());

    WorkerResult back = WorkerProtocol.result("CoreNLP says hello\n" + WorkerProtocol.line(r) + "\n");
    assertEquals(r, back);
    BenchReport.Summary s = BenchReport.summarise(new Benchmark.Trial(o.variant(), List.of(r)));
    double shares = s.shares().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, shares, 0.02, "corenlp + adapter + language + extraction = all of analyze: " + s.shares());
  }
}

package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsclaims.eval.BratReader;
import org.newsclaims.eval.EvalReports;
import org.newsclaims.eval.EvalResult;
import org.newsclaims.eval.Evaluator;
import org.newsclaims.eval.GoldCorpus;
import org.newsclaims.eval.GoldDocument;
import org.newsclaims.eval.Negatives;
import org.newsclaims.eval.PredictedSlot;
import org.newsclaims.eval.SlotLabels;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.frame.Frame;
import org.newsclaims.frame.FrameSlot;
import org.newsclaims.ingest.Format;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.ingest.Ingester;
import org.newsclaims.model.Article;

/**
 * Runs extraction on every gold article of a folder and scores it. An article the analyzer
 * cannot process is an error here: gold articles must always be analysable.
 */
public final class EvaluationRun {
  public static final String REPORT = "report.md";
  public static final String SCORES = "scores.json";
  public static final String ERRORS = "errors.csv";

  private final ArticleAnalyzer analyzer;

  public EvaluationRun(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The evaluation and the number of gold articles it covered. */
  public record Outcome(EvalResult result, int documents) {}

  public Outcome evaluate(Path goldDir, int threads) throws IOException, InterruptedException {
    BratReader reader = new BratReader(SlotLabels.GUIDELINE.with(analyzer.frameSlots()));
    List<GoldDocument> golds = GoldCorpus.load(goldDir, EvaluationRun::read, reader);
    if (golds.isEmpty()) {
      throw new IOException("no gold articles (NAME.txt with NAME.ann) under " + goldDir);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Evaluator.Item> items = new ArrayList<>();
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      for (GoldDocument g : golds) {
        futures.add(pool.submit(() -> analyzer.analyze(new Article(g.docId(), g.text()))));
      }
      for (int i = 0; i < golds.size(); i++) {
        ArticleResult r = futures.get(i).get();
        if (r.problem().isPresent()) {
          throw new IOException("gold article " + golds.get(i).docId() + " could not be analysed: "
              + r.problem().get().detail());
        }
        items.add(new Evaluator.Item(golds.get(i), r.claims(), Negatives.load(goldDir, golds.get(i)),
            slots(analyzer.frames(r.article(), r.claims()))));
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("evaluation worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(new Evaluator().evaluate(items), golds.size());
  }

  /** The frames' slots as the evaluation sees them. */
  static List<PredictedSlot> slots(List<Frame> frames) {
    List<PredictedSlot> out = new ArrayList<>();
    for (Frame f : frames) {
      for (FrameSlot s : f.slots()) {
        out.add(new PredictedSlot(f.claimIndex(), f.topic(), s.slot(), s.span(), s.normalized()));
      }
    }
    return out;
  }

  /** A gold article's text as extract reads it (through the {@link Ingester}), or why it cannot be. */
  private static String read(Path file, String docId) throws IOException {
    IngestedFile f = new Ingester(IngestOptions.DEFAULTS).ingestAs(file, docId, Format.TXT);
    List<IngestedFile.ArticleItem> articles = f.articles();
    if (articles.size() != 1 || articles.get(0).derivedText()) {
      String why = f.failures().stream().map(x -> x.problem().detail()).findFirst().orElse("not read as it is");
      throw new IOException("gold article " + docId + ": " + why);
    }
    return articles.get(0).article().text();
  }

  /** Writes report.md, scores.json and errors.csv into a folder, each atomically. */
  public static void write(Path outDir, Outcome o) throws IOException {
    AtomicFile.write(outDir.resolve(REPORT), w -> EvalReports.markdown(w, o.result(), o.documents()));
    AtomicFile.write(outDir.resolve(SCORES), w -> EvalReports.json(w, o.result()));
    AtomicFile.write(outDir.resolve(ERRORS), w -> EvalReports.errors(w, o.result()));
  }
}

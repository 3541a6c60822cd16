package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.model.Problem;

/**
 * One extraction run over a folder: list, read, analyse in parallel, then write
 * {@code claims.csv} and {@code problems.csv} atomically. A bad article becomes a problem row;
 * every other article is still processed.
 */
public final class ExtractionRun {
  public static final String CLAIMS_FILE = "claims.csv";
  public static final String PROBLEMS_FILE = "problems.csv";

  private final ArticleAnalyzer analyzer;

  public ExtractionRun(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public RunReport run(RunConfig config, ProgressListener progress) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    if (!Files.isDirectory(config.input())) {
      throw new IOException("input folder " + config.input() + " does not exist or is not a folder");
    }
    ArticleFolder folder = new ArticleFolder(config.input());
    ArticleFolder.Listing listing = folder.list();
    ArticleReader reader = new ArticleReader(config.maxBytes());
    List<Problem> problems = new ArrayList<>(listing.problems());
    List<ArticleResult> results = new ArrayList<>();
    progress.started(listing.files().size());
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "newsclaims-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Path file : listing.files()) {
        String docId = folder.docId(file);
        futures.add(pool.submit(() -> {
          try {
            ArticleReader.Outcome outcome = reader.read(docId, file);
            if (outcome instanceof ArticleReader.Failed f) {
              return f.problem();
            }
            return analyzer.analyze(((ArticleReader.Read) outcome).article());
          } finally {
            progress.finished(docId);
          }
        }));
      }
      for (Future<Object> f : futures) {
        Object r = f.get();
        if (r instanceof Problem p) {
          problems.add(p);
        } else {
          ArticleResult a = (ArticleResult) r;
          a.problem().ifPresent(problems::add);
          results.add(a);
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed outside the per-article error policy", e.getCause());
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    results.sort(Comparator.comparing(a -> a.article().docId()));
    problems.sort(Comparator.comparing(Problem::docId));
    write(config.output(), results, problems);
    return new RunReport(results, problems, (System.nanoTime() - t0) / 1_000_000);
  }

  static void write(Path out, List<ArticleResult> results, List<Problem> problems) throws IOException {
    List<ClaimsCsv.Rows> rows = results.stream()
        .map(a -> new ClaimsCsv.Rows(a.article().text(), a.claims()))
        .toList();
    AtomicFile.write(out.resolve(CLAIMS_FILE), w -> ClaimsCsv.write(w, rows));
    AtomicFile.write(out.resolve(PROBLEMS_FILE), w -> ProblemsCsv.write(w, problems));
  }
}

package org.newsclaims.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;
import org.newsclaims.store.StoredResult;

/**
 * Some input files analysed straight into their output rows, without an output folder or its
 * database: what the Spark job runs on each slice of the input. Everything a row depends on is
 * the local run's own code, so the rows are those {@code extract} writes for the same files:
 * <ul>
 *   <li>the files as the {@link org.newsclaims.ingest.Ingester} read them; a {@code doc_id} that two
 *       of the files give becomes a {@code duplicate-id} problem of both ({@link DocIdCollisions});</li>
 *   <li>each article analysed on the calling thread within its time budget and under the
 *       per-article error policy ({@link TimedAnalysis}); its claims.csv records (the reviewers'
 *       two cells not included) and frames.csv records rendered as the local run stores them;</li>
 *   <li>the problems of each file and article as they go into problems.csv, failures (the
 *       article, record or file is not in claims.csv) apart from warnings, as in {@link RunReport}.</li>
 * </ul>
 * Nothing is carried over from an earlier run: every article is analysed.
 *
 * <p>Not thread-safe: one instance per task; close it after the last {@link #run}.
 */
public final class SliceAnalysis implements AutoCloseable {

  /**
   * One analysed article, in output order. Immutable.
   *
   * @param textFile the saved text its offsets point into, relative to the output folder; empty
   *     when they point into the input file
   * @param savedText the text to save as {@code textFile}; empty when {@code textFile} is
   * @param claims its claims.csv records, the cells of {@link org.newsclaims.export.ClaimsCsv#STORED_COLUMNS}
   * @param frames its frames.csv records, the cells of {@link org.newsclaims.frame.FramesCsv#COLUMNS}
   */
  public record ArticleRows(String docId, String textFile, Optional<String> savedText, List<List<String>> claims,
      List<List<String>> frames, long tokens) {
    public ArticleRows {
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(textFile, "textFile");
      Objects.requireNonNull(savedText, "savedText");
      claims = List.copyOf(claims);
      frames = List.copyOf(frames);
    }
  }

  /**
   * The problems.csv rows of some files, unsorted. Immutable.
   *
   * @param failures problems that cost an article, a record or a file its rows
   * @param warnings problems of articles that were still analysed
   */
  public record Problems(List<Problem> failures, List<Problem> warnings) {
    public Problems {
      failures = List.copyOf(failures);
      warnings = List.copyOf(warnings);
    }
  }

  /** Takes the analysed articles, one at a time, in output order. */
  @FunctionalInterface
  public interface Sink {
    void accept(ArticleRows article) throws IOException;
  }

  private final TimedAnalysis analysis;

  /** @param budget the time one article's analysis may take; empty for no limit */
  public SliceAnalysis(ArticleAnalyzer analyzer, Optional<ArticleBudget> budget) {
    this.analysis = new TimedAnalysis(Objects.requireNonNull(analyzer, "analyzer"),
        Objects.requireNonNull(budget, "budget"));
  }

  /**
   * Analyses the articles of the files, given in output order (file id in {@link DocOrder}), and
   * hands each to the sink as soon as it is done.
   *
   * @return every problems.csv row of these files
   * @throws IOException when the sink fails
   * @throws InterruptedException when the calling thread is interrupted (the task is killed)
   */
  public Problems run(List<IngestedFile> files, Sink sink) throws IOException, InterruptedException {
    List<RunPlanner.PlannedFile> planned = new ArrayList<>(files.size());
    for (IngestedFile f : files) {
      planned.add(RunPlanner.planned(f, SliceAnalysis::fresh));
    }
    List<Problem> failures = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    for (RunPlanner.PlannedFile f : DocIdCollisions.resolve(planned)) {
      failures.addAll(f.failures());
      warnings.addAll(f.warnings());
      for (RunPlanner.PlannedArticle a : f.articles()) {
        StoredResult r = analysis.analyse(a);
        warnings.addAll(a.warnings());
        r.problem().ifPresent(p -> (p.kind().keepsClaims() ? warnings : failures).add(p));
        sink.accept(new ArticleRows(a.docId(), a.textFile(), a.textToWrite(), r.rows(), r.frameRows(), r.tokens()));
      }
    }
    return new Problems(failures, warnings);
  }

  /** An article planned for analysis, with its text to save; a result key is of no use without a store. */
  private static RunPlanner.PlannedArticle fresh(IngestedFile.ArticleItem item) {
    Article article = item.article();
    String textFile = RunPlanner.textFile(item);
    return new RunPlanner.PlannedArticle(article.docId(), item.position(), article.docId(), "", textFile,
        article.metadata(), textFile.isEmpty() ? Optional.empty() : Optional.of(article.text()), Optional.of(article),
        Optional.empty(), item.warnings());
  }

  @Override
  public void close() {
    analysis.close();
  }
}

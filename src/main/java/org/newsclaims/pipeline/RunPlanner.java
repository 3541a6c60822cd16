package org.newsclaims.pipeline;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.ingest.FileStamp;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredFile;
import org.newsclaims.store.StoredResult;
import org.newsclaims.model.Sha256;

/**
 * Decides, per article of an ingested file, what is left to do: its result key (a hash of
 * everything the result depends on: code version, models fingerprint, id, text, metadata, saved
 * text name), whether the store already has that result and it stands ({@link #standing}), and
 * whether its saved text must be written. Thread-safe; runs on the workers.
 */
final class RunPlanner {
  /** Bumped when the result of the same inputs changes shape. */
  static final int RESULT_FORMAT = 2;

  /** An article as planned. */
  record PlannedArticle(String docId, int position, String key, String textSha256, String textFile,
      Article.Metadata metadata, Optional<String> textToWrite, Optional<Article> toAnalyse,
      Optional<StoredResult> stored, List<Problem> warnings) {}

  /** A file as planned; a deferred file keeps its previous state. */
  record PlannedFile(String fileId, String format, Optional<FileStamp> stamp, boolean deferred,
      Optional<StoredFile> previous, List<PlannedArticle> articles, List<Problem> failures, List<Problem> warnings) {

    static PlannedFile deferred(String fileId, Optional<StoredFile> previous) {
      return new PlannedFile(fileId, "", Optional.empty(), true, previous, List.of(), List.of(), List.of());
    }
  }

  private final String tool;
  private final String models;
  private final OutputLayout out;
  private final RunStore store;
  private final RunConfig.Reanalyse reanalyse;
  private final Optional<ArticleBudget> budget;

  /** Plans for a run of {@code config} (which results are analysed again, the time budget). */
  RunPlanner(String tool, String models, OutputLayout out, RunStore store, RunConfig config) {
    this.tool = tool;
    this.models = models;
    this.out = out;
    this.store = store;
    this.reanalyse = config.reanalyse();
    this.budget = config.budget();
  }

  PlannedFile plan(IngestedFile f) throws IOException {
    List<PlannedArticle> articles = new ArrayList<>();
    List<Problem> failures = new ArrayList<>();
    for (IngestedFile.Item item : f.items()) {
      if (item instanceof IngestedFile.FailedItem failed) {
        failures.add(failed.problem());
        continue;
      }
      IngestedFile.ArticleItem ai = (IngestedFile.ArticleItem) item;
      Article article = ai.article();
      String textFile = ai.derivedText() ? OutputLayout.textFileName(article.docId()) : "";
      String key = key(article, textFile);
      Optional<StoredResult> stored = reanalyse == RunConfig.Reanalyse.ALL ? Optional.empty()
          : store.result(key).filter(r -> standing(r, article));
      Optional<String> textToWrite = textFile.isEmpty() || out.hasText(textFile, article.text())
          ? Optional.empty() : Optional.of(article.text());
      articles.add(new PlannedArticle(article.docId(), ai.position(), key, Sha256.hex(article.text()),
          textFile, article.metadata(), textToWrite, stored.isPresent() ? Optional.empty() : Optional.of(article),
          stored, ai.warnings()));
    }
    return new PlannedFile(f.fileId(), f.format().label(), f.stamp(), false, Optional.empty(), articles,
        failures, f.warnings());
  }

  /**
   * Whether a stored result of the article (same key: same text, tool and models) is kept rather
   * than analysed again. An analysis that failed or ran out of time is not retried on every run:
   * only on request ({@link RunConfig.Reanalyse#FAILED}) or, for one that ran out of time, when the
   * budget now gives the article more time than it had.
   */
  boolean standing(StoredResult stored, Article article) {
    if (reanalyse == RunConfig.Reanalyse.FAILED && stored.unfinished()) {
      return false;
    }
    return !(stored.timedOut() && moreTimeThan(stored.budget(), article));
  }

  private boolean moreTimeThan(Optional<Duration> had, Article article) {
    if (budget.isEmpty()) {
      return true;
    }
    return had.isPresent() && budget.get().forText(article.text()).compareTo(had.get()) > 0;
  }

  /** The key of an article's result under this tool and models version. */
  String key(Article article, String textFile) {
    MessageDigest sha = Sha256.digest();
    for (String part : List.of("newsclaims-result-v" + RESULT_FORMAT, tool, models, article.docId(), textFile,
        article.metadata().title(), article.metadata().url(), article.metadata().published(),
        article.metadata().outlet(), article.text())) {
      Sha256.field(sha, part);
    }
    return Sha256.hex(sha).substring(0, 32);
  }
}

package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.FileStamp;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;
import org.newsclaims.model.Sha256;
import org.newsclaims.store.StoredFile;
import org.newsclaims.store.StoredResult;

/**
 * Decides, per input file, what is left to do. A file found as the last commit left it (same size
 * and time, read completely under this code, models and ingest settings) is taken from the store
 * without being read. For a file that is read: per article, its result key (a hash of everything
 * the result depends on: code version, models fingerprint, id, text, metadata, saved text name),
 * whether the store already has that result and it stands ({@link #standing}), and whether its
 * saved text must be written. Thread-safe; runs on the workers.
 */
final class RunPlanner {
  /** Bumped when the result of the same inputs changes shape. */
  static final int RESULT_FORMAT = 2;

  /** An article as planned. */
  record PlannedArticle(String docId, int position, String key, String textSha256, String textFile,
      Article.Metadata metadata, Optional<String> textToWrite, Optional<Article> toAnalyse,
      Optional<StoredResult.Summary> stored, List<Problem> warnings) {}

  /** Where a planned file's state comes from. */
  enum Source {
    /** Read now: its articles are planned. */
    READ,
    /** Still being written (watch mode): its previous state is kept. */
    DEFERRED,
    /** As the last commit left it: its previous state is kept, without reading it. */
    UNCHANGED
  }

  /** A file as planned; a deferred or unchanged file keeps its previous state. */
  record PlannedFile(String fileId, String format, Optional<FileStamp> stamp, Source source,
      Optional<StoredFile> previous, List<PlannedArticle> articles, List<Problem> failures, List<Problem> warnings) {

    static PlannedFile deferred(String fileId, Optional<StoredFile> previous) {
      return new PlannedFile(fileId, "", Optional.empty(), Source.DEFERRED, previous, List.of(), List.of(), List.of());
    }

    static PlannedFile unchanged(StoredFile previous) {
      return new PlannedFile(previous.path(), previous.format(), Optional.empty(), Source.UNCHANGED,
          Optional.of(previous), List.of(), List.of(), List.of());
    }

    boolean deferred() {
      return source == Source.DEFERRED;
    }

    /** The ids of its articles: planned, or kept from the previous state. */
    List<String> docIds() {
      return source == Source.READ ? articles.stream().map(PlannedArticle::docId).toList()
          : previous.map(p -> p.articles().stream().map(StoredFile.StoredArticle::docId).toList()).orElse(List.of());
    }
  }

  /** The store as the planner uses it. */
  @FunctionalInterface
  interface Lookup {
    Optional<StoredResult.Summary> summary(String key) throws IOException;
  }

  private final String tool;
  private final String models;
  private final OutputLayout out;
  private final Lookup store;
  private final RunConfig.Reanalyse reanalyse;
  private final Optional<ArticleBudget> budget;
  private final boolean trustStamps;

  /**
   * Plans for a run of {@code config} (which results are analysed again, the time budget).
   *
   * @param sameSettings whether the ingest settings are the last run's: else a file's size and
   *     time do not stand for what it yields, and every file is read
   */
  RunPlanner(String tool, String models, OutputLayout out, Lookup store, RunConfig config, boolean sameSettings) {
    this.tool = tool;
    this.models = models;
    this.out = out;
    this.store = store;
    this.reanalyse = config.reanalyse();
    this.budget = config.budget();
    this.trustStamps = sameSettings && reanalyse == RunConfig.Reanalyse.CHANGED;
  }

  /**
   * Whether a listed file is as the last commit left it: complete (which a file with an unfinished
   * analysis never is: it is planned again, see {@link #standing}), same size and time, every
   * article's result made by this code and models, every saved text still there. Such a file is
   * not read.
   */
  boolean unchanged(Optional<StoredFile> previous, ArticleFolder.Seen seen) {
    if (!trustStamps || previous.isEmpty()) {
      return false;
    }
    StoredFile p = previous.get();
    if (!p.complete() || p.deferred() || p.size() == null || p.size() != seen.size()
        || !seen.modified().toString().equals(p.modified())) {
      return false;
    }
    for (StoredFile.StoredArticle a : p.articles()) {
      if (!a.tool().equals(tool) || !a.models().equals(models)) {
        return false;
      }
      if (!a.textFile().isEmpty() && out.savedText(a.textFile()).filter(Files::isRegularFile).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  PlannedFile plan(IngestedFile f) throws IOException {
    return planned(f, this::article);
  }

  /** Plans one article of a read file. */
  @FunctionalInterface
  interface ArticlePlan {
    PlannedArticle plan(IngestedFile.ArticleItem item) throws IOException;
  }

  /** A read file planned article by article; the items that yield no article are its failures. */
  static PlannedFile planned(IngestedFile f, ArticlePlan plan) throws IOException {
    List<PlannedArticle> articles = new ArrayList<>();
    List<Problem> failures = new ArrayList<>();
    for (IngestedFile.Item item : f.items()) {
      if (item instanceof IngestedFile.FailedItem failed) {
        failures.add(failed.problem());
      } else {
        articles.add(plan.plan((IngestedFile.ArticleItem) item));
      }
    }
    return new PlannedFile(f.fileId(), f.format().label(), f.stamp(), Source.READ, Optional.empty(), articles,
        failures, f.warnings());
  }

  private PlannedArticle article(IngestedFile.ArticleItem ai) throws IOException {
    Article article = ai.article();
    String textFile = textFile(ai);
    String key = key(article, textFile);
    Optional<StoredResult.Summary> stored = reanalyse == RunConfig.Reanalyse.ALL ? Optional.empty()
        : store.summary(key).filter(r -> standing(r, article));
    Optional<String> textToWrite = textFile.isEmpty() || out.hasText(textFile, article.text())
        ? Optional.empty() : Optional.of(article.text());
    return new PlannedArticle(article.docId(), ai.position(), key, Sha256.hex(article.text()), textFile,
        article.metadata(), textToWrite, stored.isPresent() ? Optional.empty() : Optional.of(article), stored,
        ai.warnings());
  }

  /**
   * The saved text an article's offsets point into, relative to the output folder: for a text
   * that differs from its file's decoded bytes; else empty (the offsets point into the file).
   */
  static String textFile(IngestedFile.ArticleItem item) {
    return item.derivedText() ? OutputLayout.textFileName(item.article().docId()) : "";
  }

  /**
   * Whether a stored result of the article (same key: same text, tool and models) is kept rather
   * than analysed again. An analysis that failed or ran out of time is not retried on every run:
   * only on request ({@link RunConfig.Reanalyse#FAILED}) or, for one that ran out of time, when the
   * budget now gives the article more time than it had.
   */
  boolean standing(StoredResult.Summary stored, Article article) {
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

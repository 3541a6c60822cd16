package org.newsclaims.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.text.InvalidUtf8Policy;

/**
 * Settings of one extraction run, validated when built. Immutable.
 *
 * @param input folder of articles
 * @param output folder for claims.csv, frames.csv, problems.csv, text/ and the run state (newsclaims.db)
 * @param threads worker threads, at least 1
 * @param ingest size limits and the invalid UTF-8 policy
 * @param reanalyse which articles with a result from an earlier run are analysed again
 * @param budget the time one article's analysis may take; empty for no limit
 */
public record RunConfig(Path input, Path output, int threads, IngestOptions ingest, Reanalyse reanalyse,
    Optional<ArticleBudget> budget) {

  /** Which articles with a stored result (same text, same tool and models) are analysed again. */
  public enum Reanalyse {
    /**
     * None: only new and changed articles are analysed (all of them after a change of code or
     * models). An article that failed or ran out of time stays so; one that ran out of time is
     * analysed again when the budget now gives it more time.
     */
    CHANGED,
    /** Also those whose analysis failed or ran out of time ({@code --retry-failed}). */
    FAILED,
    /** All of them ({@code --force}). */
    ALL
  }


  /** Default size limit of one article: far above any news article, far below what could strain memory. */
  public static final long DEFAULT_MAX_BYTES = IngestOptions.DEFAULT_MAX_ARTICLE_BYTES;

  public RunConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(reanalyse, "reanalyse");
    Objects.requireNonNull(budget, "budget");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (ArticleFolder.realPath(input).equals(ArticleFolder.realPath(output))) {
      throw new IllegalArgumentException("the output folder must differ from the input folder: " + input
          + (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize()) ? ""
              : " (" + output + " leads to it through a symbolic link)"));
    }
  }

  /** A run with default ingest settings and time budget, analysing only what changed. */
  public RunConfig(Path input, Path output, int threads, long maxBytes) {
    this(input, output, threads, new IngestOptions(maxBytes, IngestOptions.DEFAULT_MAX_FILE_BYTES,
        InvalidUtf8Policy.SKIP), Reanalyse.CHANGED, Optional.of(ArticleBudget.DEFAULT));
  }

  /** Whether every article is analysed again ({@link Reanalyse#ALL}). */
  public boolean force() {
    return reanalyse == Reanalyse.ALL;
  }

  /** The same run, analysing again other articles. */
  public RunConfig withReanalyse(Reanalyse r) {
    return new RunConfig(input, output, threads, ingest, r, budget);
  }

  /** The same run under another time budget per article (empty: no limit). */
  public RunConfig withBudget(Optional<ArticleBudget> b) {
    return new RunConfig(input, output, threads, ingest, reanalyse, b);
  }

  public static Builder builder(Path input, Path output) {
    return new Builder(input, output);
  }

  /** The largest article, in bytes. */
  public long maxBytes() {
    return ingest.maxArticleBytes();
  }

  /** Builds a {@link RunConfig}; every setting has a default. */
  public static final class Builder {
    private final Path input;
    private final Path output;
    private int threads = Runtime.getRuntime().availableProcessors();
    private long maxBytes = IngestOptions.DEFAULT_MAX_ARTICLE_BYTES;
    private long maxFileBytes = IngestOptions.DEFAULT_MAX_FILE_BYTES;
    private InvalidUtf8Policy invalidUtf8 = InvalidUtf8Policy.SKIP;
    private Reanalyse reanalyse = Reanalyse.CHANGED;
    private Optional<ArticleBudget> budget = Optional.of(ArticleBudget.DEFAULT);

    private Builder(Path input, Path output) {
      this.input = input;
      this.output = output;
    }

    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    public Builder maxBytes(long n) {
      this.maxBytes = n;
      return this;
    }

    public Builder maxFileBytes(long n) {
      this.maxFileBytes = n;
      return this;
    }

    public Builder invalidUtf8(InvalidUtf8Policy p) {
      this.invalidUtf8 = p;
      return this;
    }

    /** Every article analysed again ({@link Reanalyse#ALL}), or only what changed. */
    public Builder force(boolean f) {
      this.reanalyse = f ? Reanalyse.ALL : Reanalyse.CHANGED;
      return this;
    }

    public Builder reanalyse(Reanalyse r) {
      this.reanalyse = r;
      return this;
    }

    /** The time budget per article; {@link ArticleBudget#DEFAULT} unless set. */
    public Builder budget(ArticleBudget b) {
      this.budget = Optional.of(b);
      return this;
    }

    /** No time limit per article. */
    public Builder noBudget() {
      this.budget = Optional.empty();
      return this;
    }

    public RunConfig build() {
      return new RunConfig(input, output, threads, new IngestOptions(maxBytes, maxFileBytes, invalidUtf8), reanalyse,
          budget);
    }
  }
}

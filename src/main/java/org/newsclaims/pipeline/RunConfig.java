package org.newsclaims.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.ingest.InvalidUtf8Policy;

/**
 * Settings of one extraction run, validated when built. Immutable.
 *
 * @param input folder of articles
 * @param output folder for claims.csv, frames.csv, problems.csv, text/ and the run state (newsclaims.db)
 * @param threads worker threads, at least 1
 * @param ingest size limits and the invalid UTF-8 policy
 * @param force analyse every article again, ignoring results of earlier runs
 */
public record RunConfig(Path input, Path output, int threads, IngestOptions ingest, boolean force) {
  /** Default size limit of one article: far above any news article, far below what could strain memory. */
  public static final long DEFAULT_MAX_BYTES = IngestOptions.DEFAULT_MAX_ARTICLE_BYTES;

  public RunConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(ingest, "ingest");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (ArticleFolder.realPath(input).equals(ArticleFolder.realPath(output))) {
      throw new IllegalArgumentException("the output folder must differ from the input folder: " + input
          + (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize()) ? ""
              : " (" + output + " leads to it through a symbolic link)"));
    }
  }

  /** A run with default ingest settings, not forced. */
  public RunConfig(Path input, Path output, int threads, long maxBytes) {
    this(input, output, threads, new IngestOptions(maxBytes, IngestOptions.DEFAULT_MAX_FILE_BYTES,
        InvalidUtf8Policy.SKIP), false);
  }

  /** The same run, forced or not. */
  public RunConfig withForce(boolean f) {
    return new RunConfig(input, output, threads, ingest, f);
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
    private boolean force;

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

    public Builder force(boolean f) {
      this.force = f;
      return this;
    }

    public RunConfig build() {
      return new RunConfig(input, output, threads, new IngestOptions(maxBytes, maxFileBytes, invalidUtf8), force);
    }
  }
}

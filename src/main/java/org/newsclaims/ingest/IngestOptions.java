package org.newsclaims.ingest;

import java.util.Objects;
import org.newsclaims.text.InvalidUtf8Policy;

/**
 * How inputs are read. Immutable, validated when built.
 *
 * @param maxArticleBytes the largest article text, in UTF-8 bytes: a bigger {@code .txt} file is
 *     not read at all; a bigger text extracted from a page or an export record is not analysed
 * @param maxFileBytes the largest HTML page or JSON/JSONL export read into memory
 * @param invalidUtf8 what to do with bytes that are not UTF-8
 */
public record IngestOptions(long maxArticleBytes, long maxFileBytes, InvalidUtf8Policy invalidUtf8) {
  /** Default article limit: far above any news article, far below what could strain memory. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 2L * 1024 * 1024;
  /** Default page/export limit: a day of a busy feed as one JSONL file. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Java arrays stop short of 2 GiB. */
  static final long HARD_LIMIT = Integer.MAX_VALUE - 16;

  public static final IngestOptions DEFAULTS = new IngestOptions(
      DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_FILE_BYTES, InvalidUtf8Policy.SKIP);

  public IngestOptions {
    Objects.requireNonNull(invalidUtf8, "invalidUtf8");
    if (maxArticleBytes < 1 || maxArticleBytes > HARD_LIMIT) {
      throw new IllegalArgumentException("maxArticleBytes must be in 1.." + HARD_LIMIT + ", was " + maxArticleBytes);
    }
    if (maxFileBytes < 1 || maxFileBytes > HARD_LIMIT) {
      throw new IllegalArgumentException("maxFileBytes must be in 1.." + HARD_LIMIT + ", was " + maxFileBytes);
    }
  }

  /** The byte limit for reading a file of this format. */
  long fileLimit(Format format) {
    return format == Format.TXT ? maxArticleBytes : Math.max(maxFileBytes, maxArticleBytes);
  }
}

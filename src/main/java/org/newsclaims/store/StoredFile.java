package org.newsclaims.store;

import java.util.List;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;

/**
 * One input file of the published output, with its articles and problems (rows of the
 * {@code files}, {@code articles} and {@code problems} tables). Size, time and hash are null when
 * the file could not be read.
 *
 * @param path relative to the input folder
 * @param deferred whether the file was still being written and its previous state was kept
 * @param complete whether every article of the file has its result here, for the code and models
 *     named on it: a run that finds the file with the same size and time need not read it again
 */
public record StoredFile(String path, String format, Long size, String modified, String sha256, boolean deferred,
    boolean complete, List<StoredArticle> articles, List<StoredProblem> problems) {
  public StoredFile {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /**
   * One article in the output.
   *
   * @param position 0 for a whole file, else the record index or line number in an export
   * @param key the key of its result ({@link StoredResult})
   * @param textFile the saved text, relative to the output folder; empty for plain text
   */
  public record StoredArticle(String docId, int position, String textSha256, String key, int claims,
      String textFile, String tool, String models, Article.Metadata metadata) {}

  /** One problems.csv row; {@code skipped} false for warnings (the article was still analysed). */
  public record StoredProblem(Problem problem, boolean skipped) {}
}

package org.newsclaims.pipeline;

import java.util.List;
import java.util.Optional;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Problem;

/**
 * What analysing one article produced: its claims (sorted by offsets), or the problem that
 * stopped it. Immutable.
 */
public record ArticleResult(Article article, List<Claim> claims, Optional<Problem> problem, int tokens) {
  public ArticleResult {
    claims = List.copyOf(claims);
  }

  static ArticleResult failed(Article article, Problem problem) {
    return new ArticleResult(article, List.of(), Optional.of(problem), 0);
  }
}

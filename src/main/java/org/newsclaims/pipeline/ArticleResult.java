package org.newsclaims.pipeline;

import java.util.List;
import java.util.Optional;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Problem;

/**
 * What analysing one article produced: its claims (sorted by offsets), or the problem that
 * stopped it; or its claims with a warning of what {@link ArticleLimits} left out
 * ({@link Problem.Kind#keepsClaims()}). Immutable.
 */
public record ArticleResult(Article article, List<Claim> claims, Optional<Problem> problem, int tokens,
    Optional<Problem> warning) {
  public ArticleResult {
    claims = List.copyOf(claims);
  }

  /** A result without a warning. */
  public ArticleResult(Article article, List<Claim> claims, Optional<Problem> problem, int tokens) {
    this(article, claims, problem, tokens, Optional.empty());
  }

  static ArticleResult failed(Article article, Problem problem) {
    return new ArticleResult(article, List.of(), Optional.of(problem), 0);
  }
}

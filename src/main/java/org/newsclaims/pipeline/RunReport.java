package org.newsclaims.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Problem;
import org.newsclaims.model.TopicHit;

/**
 * The outcome of a run: the analysed articles in document order, the problems, and counts for
 * the summary. Immutable.
 */
public record RunReport(List<ArticleResult> articles, List<Problem> problems, long millis) {
  public RunReport {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  public int claimCount() {
    return articles.stream().mapToInt(a -> a.claims().size()).sum();
  }

  public long tokens() {
    return articles.stream().mapToLong(ArticleResult::tokens).sum();
  }

  public int analysedArticles() {
    return (int) articles.stream().filter(a -> a.problem().isEmpty()).count();
  }

  /** Claims per topic, plus "(none)" for claims without a topic. */
  public Map<String, Integer> claimsByTopic() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ArticleResult a : articles) {
      for (Claim c : a.claims()) {
        if (c.topics().isEmpty()) {
          counts.merge("(none)", 1, Integer::sum);
        }
        for (TopicHit h : c.topics()) {
          counts.merge(h.topic(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** Claims per type label. */
  public Map<String, Integer> claimsByType() {
    Map<String, Integer> counts = new TreeMap<>();
    articles.forEach(a -> a.claims().forEach(c -> counts.merge(c.type().label(), 1, Integer::sum)));
    return counts;
  }
}

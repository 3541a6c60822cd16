package org.newsclaims.model;

import java.util.Objects;

/** A topic assigned to a claim and the words that triggered it, as written in the article. */
public record TopicHit(String topic, String evidence) {
  public TopicHit {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(evidence, "evidence");
  }
}

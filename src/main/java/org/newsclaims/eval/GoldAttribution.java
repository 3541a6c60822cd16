package org.newsclaims.eval;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One gold attribution: optional source, cue, content, topics and the source's canonical name
 * (from an AnnotatorNotes note). {@code id} is the BRAT event id ("E3"). Immutable.
 */
public record GoldAttribution(String id, Optional<SpanSet> source, SpanSet cue, SpanSet content,
    Set<String> topics, Optional<String> canonical) {
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    topics = Set.copyOf(topics);
  }
}

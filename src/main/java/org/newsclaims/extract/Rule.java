package org.newsclaims.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsclaims.nlp.Sentence;

/**
 * One dependency rule from {@code models/rules/attribution.tsv}: a cue anchor, how to reach the
 * source and the content from it, which extra tokens belong to the cue and what must hold.
 * Immutable, thread-safe.
 *
 * @param id stable id, written into every claim the rule produces
 * @param anchor the test the cue's head token must pass
 * @param source how to reach the source head from the anchor; empty for agentless rules
 * @param content how to reach the content head(s); empty for a sequential rule
 * @param sequential the content is the rest of the clause after the cue (the {@code @rest}
 *     cell), for complements the parser failed to attach; it needs a finite verb
 * @param cueExtra tokens that join the cue (light-verb objects, "clear", "according"'s "to")
 * @param requires a walk that must reach a token for the rule to fire, empty if none
 * @param sourceRequired whether a claim needs a source to be emitted
 */
record Rule(
    String id,
    TokenPredicate anchor,
    Optional<DependencyPath> source,
    Optional<DependencyPath> content,
    boolean sequential,
    Optional<DependencyPath> cueExtra,
    Optional<DependencyPath> requires,
    boolean sourceRequired) {

  Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(content, "content");
    if (content.isEmpty() != sequential) {
      throw new IllegalArgumentException("rule " + id + ": a content path or @rest, not both");
    }
  }

  /** Whether the rule applies at this anchor token. */
  boolean anchors(Sentence sentence, int token) {
    return anchor.test(sentence.token(token))
        && requires.map(r -> !r.walk(sentence, token).isEmpty()).orElse(true);
  }

  List<Integer> sources(Sentence sentence, int anchorToken) {
    return source.map(p -> p.walk(sentence, anchorToken)).orElse(List.of());
  }
}

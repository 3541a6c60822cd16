package org.newsclaims.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.ClaimMode;

/**
 * One gold attribution: optional source, cue, content, topics, the source's canonical name (from
 * an AnnotatorNotes note), its mode (a {@code Mode} attribute; absent in gold that has none, such
 * as PolNeAR's) and its frame slots (spans inside the content). {@code id} is the BRAT event id
 * ("E3"). Immutable.
 */
public record GoldAttribution(String id, Optional<SpanSet> source, SpanSet cue, SpanSet content,
    Set<String> topics, Optional<String> canonical, Optional<ClaimMode> mode, List<GoldSlot> slots) {
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    topics = Set.copyOf(topics);
    Objects.requireNonNull(mode, "mode");
    slots = List.copyOf(slots);
  }

  /** An attribution without mode and slots. */
  public GoldAttribution(String id, Optional<SpanSet> source, SpanSet cue, SpanSet content,
      Set<String> topics, Optional<String> canonical) {
    this(id, source, cue, content, topics, canonical, Optional.empty(), List.of());
  }
}

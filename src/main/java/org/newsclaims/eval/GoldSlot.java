package org.newsclaims.eval;

import java.util.Objects;
import java.util.Optional;
import org.newsclaims.model.TextSpan;

/**
 * One gold frame slot of an attribution: a span inside its content naming the value of a slot of
 * one of its topics ({@code territory} {@code place}: "Ukraine’s territories"), with the normalised
 * value from the slot's AnnotatorNotes note when there is one. {@code id} is the BRAT text-bound id
 * ("T40"); the span is in UTF-16 units of the article. Immutable.
 */
public record GoldSlot(String id, String topic, String slot, TextSpan span, Optional<String> normalized) {
  public GoldSlot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(normalized, "normalized");
  }

  /** The scoring label, {@code topic.slot}. */
  public String label() {
    return SlotLabels.label(topic, slot);
  }
}

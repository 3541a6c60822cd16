package org.newsclaims.eval;

import java.util.Objects;
import java.util.Optional;
import org.newsclaims.model.TextSpan;

/**
 * One predicted frame slot, as the evaluation sees it: the claim it belongs to (its index in the
 * item's predictions), topic, slot, span (UTF-16 units of the article) and normalised value.
 * Immutable.
 */
public record PredictedSlot(int claimIndex, String topic, String slot, TextSpan span, Optional<String> normalized) {
  public PredictedSlot {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(normalized, "normalized");
    if (claimIndex < 0) {
      throw new IllegalArgumentException("claim index " + claimIndex);
    }
  }

  /** The scoring label, {@code topic.slot}. */
  public String label() {
    return SlotLabels.label(topic, slot);
  }
}

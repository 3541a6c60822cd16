package org.newsclaims.frame;

import java.util.Objects;
import java.util.Optional;
import org.newsclaims.model.TextSpan;

/**
 * One slot value of a frame.
 *
 * @param slot the slot name ({@code place}, {@code action}, {@code date} ...)
 * @param span where the value stands in the article text (UTF-16; CSV converts to code points)
 * @param value the text of the span, as written
 * @param normalized the gazetteer name, an ISO date ({@code XXXX-08-15} when the year is unknown)
 *     or a canonical action; empty when there is none
 * @param ruleId the {@code models/frames.tsv} line id (file:line) that found it
 */
public record FrameSlot(String slot, TextSpan span, String value, Optional<String> normalized, String ruleId) {
  public FrameSlot {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(ruleId, "ruleId");
    if (value.length() != span.length()) {
      throw new IllegalArgumentException("slot value '" + value + "' does not fit its span " + span);
    }
  }
}

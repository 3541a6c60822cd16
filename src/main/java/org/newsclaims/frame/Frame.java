package org.newsclaims.frame;

import java.util.List;
import java.util.Objects;

/**
 * The slots of one topic of one claim.
 *
 * @param claimIndex the claim's index in the list given to {@link FrameExtractor#frames}
 * @param docId the article id
 * @param topic the topic whose slots these are
 * @param slots the slot values in text order (never empty)
 */
public record Frame(int claimIndex, String docId, String topic, List<FrameSlot> slots) {
  public Frame {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(topic, "topic");
    slots = List.copyOf(slots);
    if (claimIndex < 0 || slots.isEmpty()) {
      throw new IllegalArgumentException("a frame needs a claim and at least one slot: " + topic + " in " + docId);
    }
  }
}

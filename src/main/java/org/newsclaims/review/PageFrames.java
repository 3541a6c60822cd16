package org.newsclaims.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.pipeline.DocOrder;
import org.newsclaims.store.PublishedRows;
import org.newsclaims.store.RunStore;
import org.newsclaims.text.CodePointIndex;

/**
 * The frame slots the review page shows, by claim id: the published rows of the output database's
 * {@code frames} table (the rows of frames.csv), read through {@link PublishedRows}. Immutable.
 */
public final class PageFrames {
  public static final PageFrames NONE = new PageFrames(Map.of());
  private static final List<String> COLUMNS = PublishedRows.Table.FRAMES.columns();
  private static final int CLAIM_ID = COLUMNS.indexOf(FramesCsv.CLAIM_ID);
  private static final int TOPIC = COLUMNS.indexOf(FramesCsv.TOPIC);
  private static final int SLOT = COLUMNS.indexOf(FramesCsv.SLOT);
  private static final int VALUE = COLUMNS.indexOf(FramesCsv.VALUE);
  private static final int START = COLUMNS.indexOf(FramesCsv.VALUE_START);
  private static final int END = COLUMNS.indexOf(FramesCsv.VALUE_END);
  private static final int NORMALIZED = COLUMNS.indexOf(FramesCsv.NORMALIZED);

  static {
    if (java.util.stream.IntStream.of(CLAIM_ID, TOPIC, SLOT, VALUE, START, END, NORMALIZED).anyMatch(i -> i < 0)) {
      throw new IllegalStateException("the frames table lacks a column the review page reads: " + COLUMNS);
    }
  }

  /**
   * One slot value of a claim's frame, offsets in code points into the article, end exclusive, as
   * stored; {@link #at} says whether they fit the text.
   */
  record Slot(String topic, String slot, String value, String start, String end, String normalized) {
    Slot {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(slot, "slot");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(normalized, "normalized");
    }

    /** The code point offsets of the value when the text holds it there; empty otherwise. */
    Optional<int[]> at(String text, CodePointIndex cp) {
      try {
        int s = Integer.parseInt(start.strip());
        int e = Integer.parseInt(end.strip());
        if (s < 0 || e <= s || e > cp.codePointLength() || !cp.fromCodePoints(s, e).cut(text).equals(value)) {
          return Optional.empty();
        }
        return Optional.of(new int[] {s, e});
      } catch (NumberFormatException x) {
        return Optional.empty();
      }
    }
  }

  private final Map<String, List<Slot>> byClaim;

  private PageFrames(Map<String, List<Slot>> byClaim) {
    Map<String, List<Slot>> copy = new LinkedHashMap<>();
    byClaim.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byClaim = java.util.Collections.unmodifiableMap(copy);
  }

  /** Frames from rows with the cells of {@link PublishedRows.Table#FRAMES}, in their order. */
  public static PageFrames of(List<List<String>> rows) {
    Map<String, List<Slot>> m = new LinkedHashMap<>();
    for (List<String> r : rows) {
      if (r.size() != COLUMNS.size()) {
        throw new IllegalArgumentException("a frames row has " + COLUMNS.size() + " cells, not " + r.size() + ": " + r);
      }
      m.computeIfAbsent(r.get(CLAIM_ID), k -> new ArrayList<>()).add(new Slot(r.get(TOPIC), r.get(SLOT),
          r.get(VALUE), r.get(START), r.get(END), r.get(NORMALIZED)));
    }
    return new PageFrames(m);
  }

  /** The frames of every published article in the database. */
  public static PageFrames read(RunStore store) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    store.rows().visit(PublishedRows.Table.FRAMES, DocOrder.INSTANCE, a -> true, (article, cells) -> rows.addAll(cells));
    return of(rows);
  }

  /** A claim's slots, in frame order; none for a claim without a frame. */
  List<Slot> of(String claimId) {
    return byClaim.getOrDefault(claimId, List.of());
  }

  /** Every slot, claim by claim. */
  List<Slot> all() {
    return byClaim.values().stream().flatMap(List::stream).toList();
  }
}

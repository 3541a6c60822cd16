package org.newsclaims.review;

import java.util.Locale;
import java.util.Optional;

/** A reviewer's verdict in the {@code review_status} column; {@link #NONE} is the empty cell. */
public enum ReviewStatus {
  NONE(""),
  /** The claim is right as extracted. */
  ACCEPTED("accepted"),
  /** The claim is wrong: not an attribution, or wrong beyond correcting. */
  REJECTED("rejected"),
  /** The reviewer edited the speaker, cue or content cells; the offsets follow the edited text. */
  CORRECTED("corrected");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  /** The cell value. */
  public String label() {
    return label;
  }

  /** A cell as typed (case and surrounding white space ignored), empty for an unknown value. */
  public static Optional<ReviewStatus> parse(String cell) {
    String v = cell.strip().toLowerCase(Locale.ROOT);
    for (ReviewStatus s : values()) {
      if (s.label.equals(v)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether the claim becomes gold on promotion. */
  public boolean isGold() {
    return this == ACCEPTED || this == CORRECTED;
  }
}

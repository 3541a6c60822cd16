package org.newsclaims.model;

import java.util.Objects;

/** Why one input could not be (fully) processed. The run goes on with the other articles. */
public record Problem(String docId, Kind kind, String detail) {

  /** Stable problem codes, written into problems.csv. */
  public enum Kind {
    UNREADABLE("unreadable"),
    EMPTY("empty"),
    BINARY("binary"),
    INVALID_UTF8("invalid-utf8"),
    TOO_LARGE("too-large"),
    NOT_ENGLISH("not-english"),
    ANALYSIS_FAILED("analysis-failed");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public Problem {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}

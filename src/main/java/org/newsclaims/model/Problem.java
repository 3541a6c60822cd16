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
    ANALYSIS_FAILED("analysis-failed"),
    /** The analysis of the article ran past its time budget and was stopped; it has no claims. */
    ANALYSIS_TIMEOUT("analysis-timeout"),
    /** The file was deleted, or kept changing, while it was being read. */
    CHANGED_WHILE_READING("changed-while-reading"),
    /** A symbolic link that leads back to itself or to a folder above it. */
    SYMLINK_LOOP("symlink-loop"),
    /** HTML the parser had to repair; the recovered text is still analysed. */
    MALFORMED_HTML("malformed-html"),
    /** JSON that does not parse (a whole .json file, or one line of a .jsonl file). */
    MALFORMED_JSON("malformed-json"),
    /** A page or export record with no article text in it. */
    NO_TEXT("no-text"),
    /**
     * A warning from the analysis: part of a pathological article was left out (a sentence too
     * long to parse, lines or claims past a cap); the rest is in the output.
     */
    ANALYSIS_LIMITED("analysis-limited"),
    /** Two inputs give the same doc_id (a record of an export and a file named like it). */
    DUPLICATE_ID("duplicate-id");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    /**
     * Whether a problem of this kind is an analysis that did not finish (it failed or ran out of
     * time), as opposed to a verdict on the article ({@link #NOT_ENGLISH}); such an article is
     * analysed again on request ({@code --retry-failed}).
     */
    public boolean isUnfinishedAnalysis() {
      return this == ANALYSIS_FAILED || this == ANALYSIS_TIMEOUT;
    }

    /** Whether a problem of this kind from an article's analysis leaves its claims in the output. */
    public boolean keepsClaims() {
      return this == ANALYSIS_LIMITED;
    }

    /** The kind of a code; throws for an unknown one. */
    public static Kind ofCode(String code) {
      for (Kind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown problem code: " + code);
    }
  }

  public Problem {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}

package org.newsclaims.cli;

/** The process exit codes, documented in the README. */
public enum ExitCode {
  /** Every article was processed. */
  OK(0),
  /** Something broke that is not about one article (unwritable output, bad models/). */
  ERROR(1),
  /** The command line was wrong. */
  USAGE(2),
  /** The run finished, but some articles failed; see problems.csv. */
  SOME_ARTICLES_FAILED(3),
  /** The evaluation fell below the committed baseline. */
  REGRESSION(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

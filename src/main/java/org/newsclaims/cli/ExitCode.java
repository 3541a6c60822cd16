package org.newsclaims.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The process exit codes; each command's {@code --help} lists the ones it can end with. */
public enum ExitCode {
  /** Done; for extract, every article was processed. */
  OK(0, "success (extract: every article was processed)"),
  /** Something broke that is not about one article (unwritable output, bad models/). */
  ERROR(1, "error that is not about one article: output not writable, bad models/ file, output folder in use"),
  /** The command line was wrong. */
  USAGE(2, "usage error: no or unknown command, unknown option, bad value"),
  /** The run finished, but some articles failed; see problems.csv. */
  SOME_ARTICLES_FAILED(3, "some articles failed and were skipped; see problems.csv"),
  /** The evaluation fell below the committed baseline. */
  REGRESSION(4, "evaluation below the committed baseline");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** The one-line meaning shown by {@code --help}. */
  String meaning() {
    return meaning;
  }

  /** picocli's exit code list: code → meaning, in the given order. */
  static Map<String, String> help(ExitCode... codes) {
    Map<String, String> m = new LinkedHashMap<>();
    for (ExitCode c : codes) {
      m.put(Integer.toString(c.code), c.meaning);
    }
    return m;
  }
}

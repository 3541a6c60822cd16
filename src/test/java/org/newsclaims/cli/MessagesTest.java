package org.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Problem;

/**
 * Issue 14, messages: file names print as data (no terminal escape sequences), and values no run
 * can use are usage errors (exit 2), before any model loads.
 */
class MessagesTest {

  @Test
  void controlCharactersInFileNamesAreEscaped() {
    String name = "evil\u001b]0;pwned\u0007\u001b[2J\u202e.txt";
    StringWriter s = new StringWriter();
    ExtractCommand.printProblems(new PrintWriter(s), List.of(new Problem(name, Problem.Kind.EMPTY, "empty file " + name)));
    String printed = s.toString();
    assertFalse(printed.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), printed);
    assertTrue(printed.contains("evil\\u001b]0;pwned\\u0007\\u001b[2J\\u202e.txt"), printed);
    assertEquals("a\\tb\\nc \\u009b plain é 😀", Terminal.escape("a\tb\nc \u009b plain é 😀"));
    String label = ProgressBarDisplay.label("good\u001b]0;pwned\u0007\u001b[2J.txt");
    assertFalse(label.chars().anyMatch(c -> c == 0x1b || c == 0x07), "the progress bar's file name too: " + label);
  }

  /** Runs the command line; its stderr. */
  private static int run(StringBuilder err, String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      return Main.run(args);
    } finally {
      System.setErr(old);
      err.append(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void zeroThreadsOrBytesAreUsageErrors(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (String[] bad : List.of(new String[] {"--threads", "0"}, new String[] {"--max-bytes", "0"},
        new String[] {"--max-file-bytes", "0"})) {
      StringBuilder err = new StringBuilder();
      int code = run(err, "extract", "--in", in.toString(), "--out", out.toString(), bad[0], bad[1]);
      assertEquals(ExitCode.USAGE.code(), code, err.toString());
      assertTrue(err.toString().contains(bad[0] + " must be at least 1"), err.toString());
    }
    StringBuilder err = new StringBuilder();
    assertEquals(ExitCode.USAGE.code(), run(err, "watch", "--in", in.toString(), "--out", out.toString(),
        "--threads", "0"), err.toString());
  }

  @Test
  void anOutputFolderLinkedToTheInputIsAUsageError(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = Files.createSymbolicLink(tmp.resolve("out"), in);
    StringBuilder err = new StringBuilder();
    assertEquals(ExitCode.USAGE.code(), run(err, "extract", "--in", in.toString(), "--out", out.toString()),
        err.toString());
    assertTrue(err.toString().contains("must differ from the input folder"), err.toString());
  }

  @Test
  void anArticleTimeoutIsADurationAutoOrOff(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (String bad : List.of("0", "0s", "soon", "30", "25h")) {
      for (String command : List.of("extract", "watch")) {
        StringBuilder err = new StringBuilder();
        int code = run(err, command, "--in", in.toString(), "--out", out.toString(), "--article-timeout", bad);
        assertEquals(ExitCode.USAGE.code(), code, bad + ": " + err);
        assertTrue(err.toString().contains("--article-timeout must be"), err.toString());
      }
    }
    for (String good : List.of("off", "auto", "90s", "2m", "1h", "500ms")) {
      StringBuilder err = new StringBuilder();
      assertEquals(ExitCode.OK.code(), run(err, "extract", "--in", in.toString(), "--out", out.toString(),
          "--article-timeout", good, "--retry-failed"), good + ": " + err);
    }
  }
}

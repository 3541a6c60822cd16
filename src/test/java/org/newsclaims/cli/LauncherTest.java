package org.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsclaims.testing.SharedModels;

/**
 * The launcher's heap rule, on the launcher's own functions (the script only defines them when
 * sourced): half the memory, at least 1 GiB, at most 2 GiB, the cap when memory cannot be told.
 */
class LauncherTest {

  /** Sources the launcher, replaces memory_mib by a function that answers {@code mib}, prints heap_option. */
  private static String heapFor(String mib) throws IOException, InterruptedException {
    Path launcher = SharedModels.root().resolve("newsclaims");
    assertTrue(Files.isRegularFile(launcher), "missing " + launcher);
    Process p = new ProcessBuilder("bash", "-c",
        "source \"$1\" && memory_mib() { " + (mib.isEmpty() ? ":" : "echo " + mib) + "; } && heap_option",
        "bash", launcher.toString()).redirectErrorStream(true).start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher's functions did not return");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void theHeapIsHalfTheMemoryBetweenOneAndTwoGiB() throws Exception {
    assertEquals("-Xmx1024m", heapFor("1500"), "floor");
    assertEquals("-Xmx1024m", heapFor("2048"));
    assertEquals("-Xmx1536m", heapFor("3072"), "half of a 3 GiB container");
    assertEquals("-Xmx2048m", heapFor("4096"));
    assertEquals("-Xmx2048m", heapFor("24105"), "cap");
    assertEquals("-Xmx2048m", heapFor(""), "memory unknown: the cap");
  }

  @Test
  void theLauncherNeverChangesDirectoryBeforeJava() throws IOException {
    List<String> lines = Files.readAllLines(SharedModels.root().resolve("newsclaims"), StandardCharsets.UTF_8);
    String main = String.join("\n", lines.subList(lines.indexOf("main() {"), lines.size()));
    assertTrue(main.contains("exec java "), main);
    assertTrue(!main.replaceAll("\\(cd [^)]*\\)", "").contains("cd "),
        "main() must run java in the caller's directory; a cd other than in a subshell:\n" + main);
  }
}

package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.newsclaims.testing.SharedModels;

/**
 * The packaged tool ({@code target/newsclaims.jar} with {@code target/lib/}) as a child process,
 * for the tests that kill or interrupt it. In failsafe's integration-test phase the package phase
 * has run, so the jar is the code under test.
 */
final class Launcher {
  private final Process process;
  private final Path log;

  private Launcher(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static Path jar() {
    Path jar = SharedModels.root().resolve("target/newsclaims.jar");
    assertTrue(Files.isRegularFile(jar), "no " + jar + ": run mvn verify (the package phase builds it)");
    assertTrue(Files.isDirectory(jar.resolveSibling("lib")), "no target/lib next to the jar");
    return jar;
  }

  /** Starts {@code newsclaims ARGS}; stdout and stderr go to {@code log}. */
  static Launcher start(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-Dfile.encoding=UTF-8",
        "-jar", jar().toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(SharedModels.root().toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Launcher(p, log);
  }

  /** Runs to the end and returns the exit code; fails after the timeout. */
  static int run(Path log, Duration timeout, String... args) throws Exception {
    Launcher l = start(log, args);
    return l.waitFor(timeout);
  }

  Process process() {
    return process;
  }

  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  int waitFor(Duration timeout) throws Exception {
    if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("newsclaims did not finish within " + timeout + "; log:\n" + log());
    }
    return process.exitValue();
  }

  /** Polls until the condition holds; fails with the log after the timeout or if the process ends. */
  void await(String what, Duration timeout, BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new AssertionError("newsclaims ended (exit " + process.exitValue() + ") before " + what + "; log:\n" + log());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; log:\n" + log());
      }
      Thread.sleep(100);
    }
  }

  /**
   * Sends SIGINT (Ctrl-C), or SIGTERM when the process inherited an ignored SIGINT (a build
   * started in the background); the JVM runs the same shutdown hook for both. Returns the
   * signal sent.
   */
  String interrupt() throws Exception {
    String signal = sigintIgnored() ? "TERM" : "INT";
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
    assertTrue(kill.waitFor() == 0, "kill -" + signal + " failed");
    return signal;
  }

  private boolean sigintIgnored() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
        return (mask & (1L << (2 - 1))) != 0;
      }
    }
    return false;
  }
}

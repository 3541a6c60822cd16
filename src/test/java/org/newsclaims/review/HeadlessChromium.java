package org.newsclaims.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Drives headless Chromium from its command line: the DOM after the page's own script ran
 * ({@code --dump-dom}) and screenshots. Every call uses a fresh profile and no network features.
 * The binary is {@code $NEWSCLAIMS_CHROMIUM}, else the first of chromium, chromium-browser,
 * google-chrome on the PATH (Debian's package is {@code chromium}; {@code .ci/run} installs it).
 */
final class HeadlessChromium {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private final Path executable;
  private final Path work;

  private HeadlessChromium(Path executable, Path work) {
    this.executable = executable;
    this.work = work;
  }

  /** Chromium if installed, with a folder for its profiles and logs. */
  static Optional<HeadlessChromium> find(Path work) {
    String env = System.getenv("NEWSCLAIMS_CHROMIUM");
    List<Path> candidates = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
          candidates.add(Path.of(dir, name));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().map(p -> new HeadlessChromium(p, work));
  }

  Path executable() {
    return executable;
  }

  /** The serialised DOM of a page after its scripts ran, with a URL hash (may be empty). */
  String dumpDom(Path html, String hash) throws IOException, InterruptedException {
    Path out = run(List.of("--dump-dom", "--virtual-time-budget=5000", url(html, hash)), "dom");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** A PNG screenshot of a page at a window size. */
  void screenshot(Path html, String hash, Path png, int width, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--virtual-time-budget=5000", "--run-all-compositor-stages-before-draw", url(html, hash)), "png");
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      throw new IOException("Chromium wrote no screenshot " + png);
    }
  }

  private static String url(Path html, String hash) {
    return html.toAbsolutePath().toUri() + (hash.isEmpty() ? "" : "#" + hash);
  }

  private Path run(List<String> args, String kind) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile-");
    Path stdout = Files.createTempFile(work, kind + "-", ".out");
    Path stderr = Files.createTempFile(work, kind + "-", ".err");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--mute-audio", "--user-data-dir=" + profile));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IOException("Chromium did not finish within " + TIMEOUT.toSeconds() + " s: " + command);
    }
    if (p.exitValue() != 0) {
      throw new IOException("Chromium exited with " + p.exitValue() + ": " + command + "\n"
          + tail(Files.readString(stderr, StandardCharsets.UTF_8)));
    }
    return stdout;
  }

  private static String tail(String s) {
    return s.length() <= 3000 ? s : s.substring(s.length() - 3000);
  }
}

package org.newsclaims.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles. */
final class CommonOptions {
  @Option(names = "--models", paramLabel = "DIR", description = "Rules, lexicons and taxonomy (default: ${DEFAULT-VALUE}).",
      defaultValue = "models")
  Path models;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--max-bytes", paramLabel = "BYTES",
      description = "Articles larger than this are reported, not read (default: ${DEFAULT-VALUE}).",
      defaultValue = "2097152")
  long maxBytes;

  @Option(names = "--verbose", description = "Show NLP library logs and stack traces.")
  boolean verbose;

  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}

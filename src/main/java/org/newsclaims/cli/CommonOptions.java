package org.newsclaims.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

  /** Checks the values picocli cannot: a bad one is a usage error (exit 2). */
  void validate(CommandSpec spec) {
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    if (maxBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1, was " + maxBytes);
    }
  }
}

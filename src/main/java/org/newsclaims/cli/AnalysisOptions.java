package org.newsclaims.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --models} and {@code --threads}: for the commands that analyse articles. A picocli mixin. */
final class AnalysisOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = ProjectHome.MODELS,
      description = "Rules, lexicons and taxonomy (default: ${DEFAULT-VALUE}).")
  Path models;

  private Integer threads;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  void threads(int n) {
    threads = (int) Positive.atLeast(command, "--threads", 1, n);
  }

  /** The threads asked for, else one per core. */
  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}

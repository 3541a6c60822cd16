package org.newsclaims.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out}: the output folder of extract and watch (claims.csv, problems.csv, frames.csv,
 * text/, newsclaims.db), which review reads and writes too. A picocli mixin.
 */
final class OutputOption {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = ProjectHome.OUTPUT,
      description = "Output folder: claims.csv, frames.csv, problems.csv, text/, newsclaims.db (default: ${DEFAULT-VALUE}).")
  Path folder;
}

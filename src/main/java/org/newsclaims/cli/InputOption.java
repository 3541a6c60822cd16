package org.newsclaims.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --in}: the folder of articles, for the commands that read articles. A picocli mixin. */
final class InputOption {
  @Option(names = "--in", paramLabel = "DIR", defaultValue = ProjectHome.CORPUS,
      description = "Folder of articles, read recursively (default: ${DEFAULT-VALUE}).")
  Path folder;
}

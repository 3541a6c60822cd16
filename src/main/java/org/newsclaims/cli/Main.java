package org.newsclaims.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code newsclaims} command: a thin layer that parses options and calls the core. Options
 * shared by several commands are mixins ({@link InputOption}, {@link OutputOption},
 * {@link AnalysisOptions}, {@link RunOptions}); {@code --verbose} is declared here once and
 * inherited by every command.
 */
@Command(name = "newsclaims", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
    description = "Who said what, about which topic, and exactly where in the text: attributed claims "
        + "(speaker, cue, content, topics, offsets in code points) from a folder of news articles.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands (newsclaims COMMAND --help for each):%n",
    subcommands = {ExtractCommand.class, EvalCommand.class, ReviewCommand.class, WatchCommand.class, BenchCommand.class,
        ExportCommand.class})
public final class Main implements Callable<Integer> {
  private static final String EXIT_CODES_HEADING = "%nExit codes:%n";

  /** The exit codes each command can end with, shown by its --help; the top-level help lists them all. */
  private static final Map<String, Map<String, String>> EXIT_CODES = Map.of(
      "extract", ExitCode.help(ExitCode.OK, ExitCode.ERROR, ExitCode.USAGE, ExitCode.SOME_ARTICLES_FAILED),
      "eval", ExitCode.help(ExitCode.OK, ExitCode.ERROR, ExitCode.USAGE, ExitCode.REGRESSION),
      "review", ExitCode.help(ExitCode.OK, ExitCode.ERROR, ExitCode.USAGE),
      "watch", WatchCommand.exitCodes(),
      "bench", ExitCode.help(ExitCode.OK, ExitCode.ERROR, ExitCode.USAGE),
      "export", ExitCode.help(ExitCode.OK, ExitCode.ERROR, ExitCode.USAGE));

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show the NLP libraries' logs (and bench workers' output), and the stack trace of an error.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  public static void main(String... args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; never exits the JVM. */
  public static int run(String... args) {
    return commandLine(new Main()).execute(args);
  }

  /** The command line with its handlers: one-line errors, stack traces with --verbose, exit codes. */
  static CommandLine commandLine(Main main) {
    CommandLine cli = new CommandLine(main);
    cli.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
    cli.setParameterExceptionHandler((ex, a) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("newsclaims: " + Terminal.escape(ex.getMessage()));
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.USAGE.code();
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      c.getErr().println("newsclaims: " + Terminal.escape(ex.getMessage()));
      if (main.verbose) {
        ex.printStackTrace(c.getErr());
      }
      return ExitCode.ERROR.code();
    });
    cli.setExecutionStrategy(parsed -> {
      Logging.configure(main.verbose);
      return new CommandLine.RunLast().execute(parsed);
    });
    Map<String, String> all = new LinkedHashMap<>(ExitCode.help(ExitCode.values()));
    EXIT_CODES.values().forEach(all::putAll);
    cli.getCommandSpec().usageMessage().exitCodeListHeading(EXIT_CODES_HEADING).exitCodeList(all);
    cli.getSubcommands().forEach((name, sub) ->
        sub.getCommandSpec().usageMessage().exitCodeListHeading(EXIT_CODES_HEADING).exitCodeList(EXIT_CODES.get(name)));
    return cli;
  }

  /** Whether --verbose was given, on this command or any subcommand. */
  boolean verbose() {
    return verbose;
  }

  /** Without a command: says so, and lists the commands. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("newsclaims: a command is required: " + String.join(", ", spec.subcommands().keySet()));
    err.println();
    spec.commandLine().usage(err);
    err.flush();
    return ExitCode.USAGE.code();
  }
}

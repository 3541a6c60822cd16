package org.newsclaims.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsclaims} command: a thin layer that parses options and calls the core. */
@Command(name = "newsclaims", mixinStandardHelpOptions = true, version = "newsclaims 0.1.0",
    description = "Who said what, about which topic, and exactly where in the text.",
    subcommands = {ExtractCommand.class, EvalCommand.class, ReviewCommand.class, WatchCommand.class, BenchCommand.class,
        ExportCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every article was processed",
        "1:error (output not writable, bad models/ file, ...)",
        "2:usage error",
        "3:some articles failed; see problems.csv",
        "4:evaluation below the committed baseline"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String... args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; never exits the JVM. */
  public static int run(String... args) {
    Logging.configure(java.util.Arrays.asList(args).contains("--verbose"));
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("newsclaims: " + Terminal.escape(ex.getMessage()));
      ex.getCommandLine().getErr().println("Try 'newsclaims " + ex.getCommandLine().getCommandName() + " --help'.");
      return ExitCode.USAGE.code();
    });
    cli.setExecutionExceptionHandler((ex, c, p) -> {
      c.getErr().println("newsclaims: " + Terminal.escape(ex.getMessage()));
      if (java.util.Arrays.asList(args).contains("--verbose")) {
        ex.printStackTrace(c.getErr());
      }
      return ExitCode.ERROR.code();
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: extract or eval");
  }
}

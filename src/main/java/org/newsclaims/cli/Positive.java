package org.newsclaims.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of numbers picocli cannot make: a value below the minimum is a usage error (exit 2) at parse time. */
final class Positive {
  private Positive() {}

  /** {@code value} if it is at least {@code min}; else a usage error naming the option. */
  static long atLeast(CommandSpec command, String option, long min, long value) {
    if (value < min) {
      throw new ParameterException(command.commandLine(), option + " must be at least " + min + ", was " + value);
    }
    return value;
  }
}

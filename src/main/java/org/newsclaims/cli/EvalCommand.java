package org.newsclaims.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsclaims eval}: scores the extractors against the gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate against gold BRAT annotations.")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("eval is not built yet");
  }
}

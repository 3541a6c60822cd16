package org.newsclaims.cli;

/**
 * Sets slf4j-simple's level before the first logger is created: CoreNLP's chatter stays at
 * WARN unless --verbose.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }
}

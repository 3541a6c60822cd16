package org.newsclaims.cli;

import java.nio.file.Path;

/**
 * Where the default folders are: the project folder that the launcher names in the system
 * property {@value #PROPERTY}, else the working directory. Paths the user types are left alone:
 * the JVM runs in the caller's directory, so a relative {@code --in ./articles} means the
 * caller's {@code ./articles}, from wherever the launcher is started.
 *
 * <p>Each default is written twice from the same name: as a picocli default value, which
 * picocli interpolates when the command line is built (so {@code --help} shows the real
 * folder), and as a {@link Path} for the commands that compare against a default.
 */
final class ProjectHome {
  /** The system property the launcher sets to the project folder. */
  static final String PROPERTY = "newsclaims.home";
  private static final String PREFIX = "${sys:" + PROPERTY + ":-${sys:user.dir}}/";

  /** The bundled articles, with their gold annotations. */
  static final String CORPUS_DIR = "corpus";
  /** {@link #CORPUS_DIR} as a picocli default value. */
  static final String CORPUS = PREFIX + CORPUS_DIR;
  /** Rules, lexicons and taxonomy, as a picocli default value. */
  static final String MODELS = PREFIX + "models";
  /** The results of extract and watch, as a picocli default value. */
  static final String OUTPUT = PREFIX + "output";
  /** The reports of eval, as a picocli default value. */
  static final String EVAL = PREFIX + "eval";
  /** The committed baseline of the bundled gold corpus; it lives with the tests that gate on it. */
  static final String BASELINE_FILE = "src/test/resources/eval-baseline.json";

  private ProjectHome() {}

  /** The project folder: the launcher's {@value #PROPERTY}, else the working directory. */
  static Path folder() {
    return Path.of(System.getProperty(PROPERTY, ".")).toAbsolutePath().normalize();
  }

  /** A path under the project folder, such as {@link #CORPUS_DIR} or {@link #BASELINE_FILE}. */
  static Path resolve(String relative) {
    return folder().resolve(relative);
  }
}

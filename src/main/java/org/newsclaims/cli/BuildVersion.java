package org.newsclaims.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.newsclaims.pipeline.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the project version that Maven wrote into {@value #RESOURCE} when it built
 * the tool (resource filtering, so the pom is the one place it is spelled), and the code
 * version that results are stamped with ({@link ToolVersion}).
 */
final class BuildVersion implements IVersionProvider {
  static final String RESOURCE = "version.properties";

  /** The project version of the build, such as {@code 0.1.0-SNAPSHOT}; fails if the build did not fill it in. */
  static String projectVersion() {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build: rebuild with mvn package");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    String version = p.getProperty("version", "");
    if (version.isBlank() || version.contains("${")) {
      throw new IllegalStateException(RESOURCE + " was not filled in by the build (version=" + version
          + "): rebuild with mvn package");
    }
    return version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "newsclaims " + projectVersion(),
        "code " + ToolVersion.current() + " (results are stamped with it; any change of code changes it)",
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
  }
}

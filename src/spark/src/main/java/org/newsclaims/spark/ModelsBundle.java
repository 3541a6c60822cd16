package org.newsclaims.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The extraction models folder ({@code models/}: rules, lexicons, taxonomy) as bytes, read once on
 * the driver and broadcast, so that executors need no copy of it on their disks. Immutable.
 */
final class ModelsBundle implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Relative path ({@code /} separators) to content, sorted. */
  private final TreeMap<String, byte[]> files;
  private final String fingerprint;

  private ModelsBundle(TreeMap<String, byte[]> files) {
    this.files = files;
    this.fingerprint = fingerprint(files);
  }

  /** Reads every regular file under a folder. */
  static ModelsBundle read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("models folder " + dir + " does not exist or is not a folder");
    }
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"), Files.readAllBytes(f));
      }
    }
    return new ModelsBundle(files);
  }

  /** SHA-256 over the paths and contents: equal fingerprints, equal models. */
  String fingerprint() {
    return fingerprint;
  }

  /** Writes the files under a new folder and returns it. */
  Path materialize(Path parent) {
    try {
      Path dir = Files.createTempDirectory(parent, "models-" + fingerprint + "-");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path target = dir.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the models to a temporary folder: " + e.getMessage(), e);
    }
  }

  private static String fingerprint(TreeMap<String, byte[]> files) {
    MessageDigest sha = org.newsclaims.model.Sha256.digest();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      org.newsclaims.model.Sha256.field(sha, e.getKey());
      sha.update(e.getValue());
    }
    return org.newsclaims.model.Sha256.hex(sha).substring(0, 16);
  }
}

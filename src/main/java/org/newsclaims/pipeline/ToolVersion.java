package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.newsclaims.model.Sha256;

/**
 * The version of the code that produced a result: a hash of every compiled class of the tool
 * (names and bytes, in sorted order), read from the jar or the classes folder. Any change to
 * the code, and so to the extraction, gives a new version; rebuilding unchanged code does not.
 */
public final class ToolVersion {
  private static final String PREFIX = "org/newsclaims/";

  private ToolVersion() {}

  /** {@code newsclaims+HASH16} for the code this class was loaded from. */
  public static String current() {
    Path location;
    try {
      location = Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException | SecurityException e) {
      throw new IllegalStateException("cannot locate the tool's classes", e);
    }
    MessageDigest sha = Sha256.digest();
    try {
      if (Files.isDirectory(location)) {
        hashFolder(location, sha);
      } else {
        hashJar(location, sha);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tool's classes at " + location, e);
    }
    return "newsclaims+" + Sha256.hex(sha).substring(0, 16);
  }

  private static void hashFolder(Path root, MessageDigest sha) throws IOException {
    List<Path> classes;
    try (Stream<Path> walk = Files.walk(root.resolve(PREFIX))) {
      classes = walk.filter(p -> p.toString().endsWith(".class"))
          .sorted((a, b) -> rel(root, a).compareTo(rel(root, b))).toList();
    }
    for (Path c : classes) {
      update(sha, rel(root, c), Files.readAllBytes(c));
    }
  }

  private static void hashJar(Path jar, MessageDigest sha) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = new ArrayList<>();
      for (JarEntry e : Collections.list(file.entries())) {
        if (e.getName().startsWith(PREFIX) && e.getName().endsWith(".class")) {
          entries.add(e);
        }
      }
      entries.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (JarEntry e : entries) {
        try (InputStream in = file.getInputStream(e)) {
          update(sha, e.getName(), in.readAllBytes());
        }
      }
    }
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static void update(MessageDigest sha, String name, byte[] bytes) {
    Sha256.field(sha, name);
    sha.update(bytes);
  }
}

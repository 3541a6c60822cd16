package org.newsclaims.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Moving files between the job's file system (any Hadoop URI) and an executor's local disk,
 * where the local runner works. Stateless.
 */
final class Staging {
  private Staging() {}

  /** A Hadoop configuration from the entries the driver broadcast. */
  static Configuration configuration(Map<String, String> entries) {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }

  /**
   * Puts an input file under a local folder at its relative path: a symbolic link to a local
   * file, a copy of a remote one.
   */
  static void stage(FileRef f, Path localRoot, Configuration conf) throws IOException {
    Path target = localRoot;
    for (String part : f.fileId().split("/")) {
      target = target.resolve(part);
    }
    Files.createDirectories(target.getParent());
    if (f.local()) {
      Files.createSymbolicLink(target, Path.of(URI.create(f.uri())));
    } else {
      org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(f.uri());
      try (InputStream in = src.getFileSystem(conf).open(src); OutputStream out = Files.newOutputStream(target)) {
        in.transferTo(out);
      }
    }
  }

  /**
   * Writes a file on the job's file system: to a temporary name of its own first (two attempts of
   * one task never share it), then renamed over the target.
   */
  static void write(org.apache.hadoop.fs.Path target, byte[] content, Configuration conf) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    org.apache.hadoop.fs.Path tmp = temporary(target);
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(content);
    }
    if (fs.exists(target)) {
      fs.delete(target, false);
    }
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }

  /** A hidden name beside the target, unique to this call. */
  static org.apache.hadoop.fs.Path temporary(org.apache.hadoop.fs.Path target) {
    return new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
  }

  static void write(org.apache.hadoop.fs.Path target, String content, Configuration conf) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8), conf);
  }

  /** Reads a whole file of the job's file system as UTF-8. */
  static String read(org.apache.hadoop.fs.Path file, Configuration conf) throws IOException {
    try (InputStream in = file.getFileSystem(conf).open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The regular files under a local folder, relative ({@code /} separators), sorted, skipping
   * hidden files and folders (the local runner's state).
   */
  static List<String> visibleFiles(Path root) throws IOException {
    List<String> files = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
          files.add(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }

  /** Deletes a local folder and everything in it (symbolic links, not their targets). */
  static void deleteRecursively(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary folder " + root + ": " + e.getMessage(), e);
    }
  }
}

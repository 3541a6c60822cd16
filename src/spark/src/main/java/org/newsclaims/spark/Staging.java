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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.newsclaims.export.AtomicFile;

/**
 * Moving files between the job's file system (any Hadoop URI) and an executor's local disk.
 * Every output is written whole or not at all: to a temporary name of its own beside the target
 * (two attempts of one task never share it), then renamed over it in one step: with
 * {@link AtomicFile} on a local disk; on another file system by a rename that replaces the target,
 * atomic where that file system's renames are (HDFS). Stateless.
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
   * An input file where the local reader can read it: a local file in place, a remote one copied
   * under {@code localDir} with the same file name (its name gives its format).
   */
  static Path readable(FileRef f, Path localDir, Configuration conf) throws IOException {
    if (f.local()) {
      return Path.of(URI.create(f.uri()));
    }
    org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(f.uri());
    Path target = Files.createTempDirectory(localDir, "in-").resolve(src.getName());
    try (InputStream in = src.getFileSystem(conf).open(src); OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
    return target;
  }

  /** Writes a file of the job's file system atomically. */
  static void write(org.apache.hadoop.fs.Path target, AtomicFile.ByteContent content, Configuration conf)
      throws IOException {
    Optional<Path> local = localPath(target, conf);
    if (local.isPresent()) {
      try (AtomicFile.Staged staged = AtomicFile.stageBytes(local.get(), content)) {
        staged.commit();
      }
      return;
    }
    FileSystem fs = target.getFileSystem(conf);
    org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(target.getParent(),
        "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = fs.create(tmp, true)) {
        content.writeTo(out);
      }
      FileContext.getFileContext(fs.getUri(), conf).rename(tmp, target, Options.Rename.OVERWRITE);
    } finally {
      if (fs.exists(tmp)) {
        fs.delete(tmp, false);
      }
    }
  }

  static void write(org.apache.hadoop.fs.Path target, String content, Configuration conf) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes), conf);
  }

  /** The target as a local path, when it is on the local file system. */
  static Optional<Path> localPath(org.apache.hadoop.fs.Path target, Configuration conf) throws IOException {
    URI uri = target.getFileSystem(conf).makeQualified(target).toUri();
    return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
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

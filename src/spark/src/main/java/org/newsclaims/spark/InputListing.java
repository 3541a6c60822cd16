package org.newsclaims.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.Format;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.DocOrder;

/**
 * The input files of a job, listed on the driver in the local runner's order (file id, numbers
 * compared as numbers). A local folder is listed by the local runner's own {@link ArticleFolder}
 * (same files, same problems: broken links, loops); any other Hadoop file system by the same
 * rules: recursive, an article extension ({@link Format}), hidden names skipped, the output
 * folder skipped. Immutable.
 */
record InputListing(List<FileRef> files, List<Problem> problems) {
  InputListing {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  static boolean isLocal(String uri) {
    String scheme = URI.create(uri).getScheme();
    return scheme == null || scheme.equals("file");
  }

  static Path localPath(String uri) {
    URI u = URI.create(uri);
    return u.getScheme() == null ? Path.of(uri).toAbsolutePath().normalize() : Path.of(u);
  }

  static InputListing list(String input, String output, Configuration conf) throws IOException {
    return isLocal(input) ? local(input, output) : hadoop(input, output, conf);
  }

  static InputListing local(String input, String output) {
    Path root = localPath(input);
    Set<Path> excluded = isLocal(output) ? Set.of(localPath(output)) : Set.of();
    ArticleFolder folder = new ArticleFolder(root, excluded);
    ArticleFolder.Listing listing = folder.list();
    List<FileRef> files = new ArrayList<>();
    for (Path f : listing.files()) {
      files.add(new FileRef(folder.docId(f), f.toAbsolutePath().toUri().toString(), true));
    }
    files.sort(Comparator.comparing(FileRef::fileId, DocOrder.INSTANCE));
    return new InputListing(files, listing.problems());
  }

  static InputListing hadoop(String input, String output, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
    FileSystem fs = root.getFileSystem(conf);
    org.apache.hadoop.fs.Path qualifiedRoot = fs.makeQualified(root);
    String outPrefix = fs.makeQualified(new org.apache.hadoop.fs.Path(output)).toString() + "/";
    List<FileRef> files = new ArrayList<>();
    String rootPrefix = qualifiedRoot.toString().endsWith("/") ? qualifiedRoot.toString() : qualifiedRoot + "/";
    walk(fs, qualifiedRoot, rootPrefix, outPrefix, files);
    files.sort(Comparator.comparing(FileRef::fileId, DocOrder.INSTANCE));
    return new InputListing(files, List.of());
  }

  private static void walk(FileSystem fs, org.apache.hadoop.fs.Path dir, String rootPrefix, String outPrefix,
      List<FileRef> files) throws IOException {
    for (FileStatus s : fs.listStatus(dir)) {
      String name = s.getPath().getName();
      String uri = s.getPath().toString();
      if (name.startsWith(".") || (uri + "/").startsWith(outPrefix)) {
        continue;
      }
      if (s.isDirectory()) {
        walk(fs, s.getPath(), rootPrefix, outPrefix, files);
      } else if (s.isFile() && Format.of(Path.of(name)).isPresent() && uri.startsWith(rootPrefix)) {
        files.add(new FileRef(uri.substring(rootPrefix.length()), uri, false));
      }
    }
  }
}

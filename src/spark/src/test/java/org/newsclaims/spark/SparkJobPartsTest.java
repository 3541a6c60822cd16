package org.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's plumbing without Spark or models: listing, models bundle, part files and merge. */
class SparkJobPartsTest {
  private static final Configuration CONF = new Configuration();

  private static Path write(Path dir, String rel, String content) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void listsArticlesInTheLocalRunnersOrderOnAnyFileSystem(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    write(in, "doc10.txt", "x");
    write(in, "doc2.txt", "x");
    write(in, "sub/page.html", "x");
    write(in, "notes.ann", "x");
    write(in, ".draft.txt", "x");
    write(in, ".cache/old.txt", "x");
    write(in, "out/claims.txt", "x");
    String out = in.resolve("out").toString();
    List<String> expected = List.of("doc2.txt", "doc10.txt", "sub/page.html");
    InputListing local = InputListing.list(in.toString(), out, CONF);
    assertEquals(expected, local.files().stream().map(FileRef::fileId).toList());
    assertTrue(local.files().stream().allMatch(FileRef::local));
    InputListing hadoop = InputListing.hadoop(in.toUri().toString(), in.resolve("out").toUri().toString(), CONF);
    assertEquals(expected, hadoop.files().stream().map(FileRef::fileId).toList(), "the Hadoop listing, same rules");
    FileRef remote = hadoop.files().get(2);
    Path copy = Staging.readable(remote, Files.createDirectory(tmp.resolve("work")), CONF);
    assertEquals("page.html", copy.getFileName().toString(), "a copy keeps the name that gives its format");
    assertTrue(copy.startsWith(tmp.resolve("work")), "a remote file is copied to the executor's disk: " + copy);
    assertEquals(in.resolve("sub/page.html"), Staging.readable(local.files().get(2), tmp, CONF), "a local one is read in place");
  }

  @Test
  void theModelsTravelWhole(@TempDir Path tmp) throws Exception {
    Path models = tmp.resolve("models");
    write(models, "rules/attribution.tsv", "id\tanchor\n");
    write(models, "lexicons/speech-verbs.txt", "say\n");
    ModelsBundle b = ModelsBundle.read(models);
    Path copy = b.materialize(Files.createDirectory(tmp.resolve("copy")));
    assertEquals(Files.readString(models.resolve("lexicons/speech-verbs.txt")),
        Files.readString(copy.resolve("lexicons/speech-verbs.txt")));
    assertEquals(b.fingerprint(), ModelsBundle.read(copy).fingerprint());
  }

  @Test
  void partsMergeInOrderWithOneHeader(@TempDir Path tmp) throws Exception {
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(tmp.toUri());
    for (PartFiles.Table t : PartFiles.Table.values()) {
      String header = t.header();
      assertTrue(header.startsWith("\uFEFF") && header.endsWith("\r\n"), t + ": " + header);
      Path a = write(tmp, "_parts/a.csv", header + "a,1\r\n");
      Path b = write(tmp, "_parts/b.csv", header + "b,2\r\nc,\"x\r\ny\"\r\n");
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, t.file());
      PartFiles.merge(t, List.of(a.toUri().toString(), b.toUri().toString()), target, CONF);
      assertEquals(header + "a,1\r\nb,2\r\nc,\"x\r\ny\"\r\n", Files.readString(tmp.resolve(t.file())));
      Path bad = write(tmp, "_parts/bad.csv", "no header\r\n");
      assertThrows(IOException.class, () -> PartFiles.merge(t, List.of(bad.toUri().toString()), target, CONF));
      assertEquals(header + "a,1\r\nb,2\r\nc,\"x\r\ny\"\r\n", Files.readString(tmp.resolve(t.file())),
          "a failed merge leaves the previous file");
    }
    assertEquals(new org.apache.hadoop.fs.Path(out, "_parts/claims-00007.csv"), PartFiles.Table.CLAIMS.part(out, 7));
    assertEquals(new org.apache.hadoop.fs.Path(out, "_parts/frames-00007.csv"), PartFiles.Table.FRAMES.part(out, 7));
  }

  @Test
  void outputsAreWrittenWholeWithNothingLeftBeside(@TempDir Path tmp) throws Exception {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(tmp.toUri().toString(), "text/a.json#1.txt");
    Staging.write(target, "first", CONF);
    Staging.write(target, "second", CONF);
    assertEquals("second", Files.readString(tmp.resolve("text/a.json#1.txt")));
    assertThrows(IOException.class, () -> Staging.write(target, out -> {
      out.write("third".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }, CONF));
    assertEquals("second", Files.readString(tmp.resolve("text/a.json#1.txt")), "a failed write leaves the file");
    try (java.util.stream.Stream<Path> files = Files.list(tmp.resolve("text"))) {
      assertEquals(List.of("a.json#1.txt"), files.map(p -> p.getFileName().toString()).toList(),
          "no temporary or checksum files");
    }
  }
}

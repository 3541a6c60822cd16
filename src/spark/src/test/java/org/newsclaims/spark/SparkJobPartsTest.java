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
import org.newsclaims.export.ClaimsCsv;

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
    String header = ClaimsCsv.header();
    Path a = write(tmp, "_parts/claims-00000.csv", header + "a,1\r\n");
    Path b = write(tmp, "_parts/claims-00001.csv", header + "b,2\r\nc,\"x\r\ny\"\r\n");
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(tmp.resolve("claims.csv").toUri());
    SparkExtraction.merge(List.of(a.toUri().toString(), b.toUri().toString()), target, CONF);
    assertEquals(header + "a,1\r\nb,2\r\nc,\"x\r\ny\"\r\n", Files.readString(tmp.resolve("claims.csv")));
    assertEquals(2, SparkExtraction.countRecords(Files.readString(b)), "a quoted line break is one record");
    Path bad = write(tmp, "_parts/claims-00002.csv", "no header\r\n");
    assertThrows(IOException.class, () -> SparkExtraction.merge(List.of(bad.toUri().toString()), target, CONF));
  }
}

package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;

/**
 * The nasty/ corpus with the real models: every bad input reported once with its reason, no
 * crash, and every good article's claims exactly those of a clean run over the good files alone.
 * Besides the committed files (src/test/resources/nasty, described in its expected.tsv) the test
 * makes what cannot be committed: a 10 MB single-line file, symbolic link loops, a broken link,
 * a FIFO, an unreadable file (when not root), and files deleted or replaced while being read.
 */
class NastyCorpusIT {
  private static final int MIN_STATIC_FILES = 16;

  /** One line of expected.tsv. */
  private record Expected(String docId, String outcome, String detail) {}

  private static Path fixtures() {
    Path dir = SharedModels.root().resolve("src/test/resources/nasty");
    assertTrue(Files.isDirectory(dir), "fixture folder missing: " + dir);
    return dir;
  }

  private static List<Expected> expectations(Path dir) throws IOException {
    List<Expected> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Expected(f[0], f[1], f.length > 2 ? f[2] : ""));
    }
    return out;
  }

  @Test
  void everyBadInputIsReportedOnceAndGoodArticlesComeOutAsInACleanRun(@TempDir Path tmp) throws Exception {
    Path fixtures = fixtures();
    List<Expected> expected = new ArrayList<>(expectations(fixtures));
    Set<String> articleFiles;
    try (Stream<Path> s = Files.list(fixtures)) {
      articleFiles = s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".") && n.matches(".*\\.(txt|html|htm|json|jsonl)"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertTrue(articleFiles.size() >= MIN_STATIC_FILES, "only " + articleFiles.size() + " fixture files");
    Set<String> listed = expected.stream().map(e -> e.docId().replaceAll("#.*", "")).collect(Collectors.toSet());
    assertEquals(articleFiles, new TreeSet<>(listed), "expected.tsv must describe every fixture file, and only those");

    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> s = Files.list(fixtures)) {
      for (Path p : s.toList()) {
        Files.copy(p, in.resolve(p.getFileName().toString()));
      }
    }
    makeDynamicCases(in, expected);

    String replacedText = "Replaced article\nThe foreign minister said on Monday that the talks would resume.\n";
    ReadObserver churn = (file, attempt) -> {
      String name = file.getFileName().toString();
      if (name.equals("deleted-while-read.txt")) {
        delete(file);
      } else if (name.equals("churning.txt")) {
        replace(file, "version " + attempt + "\n".repeat(attempt));
      } else if (name.equals("replaced-once.txt") && attempt == 1) {
        replace(file, replacedText);
      }
    };
    Path out = tmp.resolve("out");
    ExtractionModels models = SharedModels.models();
    ExtractionRun nasty = new ExtractionRun(models, SharedModels::analyzer, churn, ToolVersion.current());
    RunReport report = nasty.run(RunConfig.builder(in, out).threads(2).build(), ProgressListener.NONE);

    // Every expected problem exactly once, nothing else.
    List<CSVRecord> problems = ClaimAssertions.parse(Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8));
    Map<String, List<CSVRecord>> byKey = problems.stream()
        .collect(Collectors.groupingBy(r -> r.get("doc_id") + " " + r.get("problem")));
    List<Expected> expectedProblems = expected.stream().filter(e -> !e.outcome().equals("ok")).toList();
    for (Expected e : expectedProblems) {
      List<CSVRecord> rows = byKey.getOrDefault(e.docId() + " " + e.outcome(), List.of());
      assertEquals(1, rows.size(), "expected one " + e.outcome() + " row for " + e.docId() + "; problems: " + problems);
      assertTrue(rows.get(0).get("detail").contains(e.detail()),
          e.docId() + ": detail '" + rows.get(0).get("detail") + "' lacks '" + e.detail() + "'");
    }
    assertEquals(expectedProblems.size(), problems.size(), "unexpected problem rows: " + problems);
    assertFalse(report.failures().isEmpty(), "the exit code must say that some articles failed");

    // Good articles: provenance holds, and their rows are those of a clean run.
    List<String> good = expected.stream().filter(e -> e.outcome().equals("ok")).map(Expected::docId).distinct().toList();
    List<CSVRecord> rows = ClaimAssertions.parse(Files.readString(out.resolve("claims.csv"), StandardCharsets.UTF_8));
    Set<String> docsWithRows = rows.stream().map(r -> r.get("doc_id")).collect(Collectors.toSet());
    assertTrue(good.containsAll(docsWithRows), "claims from a document that is not good: " + docsWithRows);
    int checked = 0;
    for (String doc : good) {
      checked += ClaimAssertions.assertProvenance(rows, doc, textOf(doc, in, out, rows));
    }
    assertEquals(rows.size(), checked);
    assertTrue(rows.size() >= 15, "suspiciously few claims from the good files: " + rows.size());
    assertTrue(docsWithRows.containsAll(List.of("rtl-names-emoji.txt", "good.html", "mixed.jsonl#m4", "replaced-once.txt")),
        "no claims from " + docsWithRows);
    assertTrue(Files.readString(in.resolve("replaced-once.txt")).equals(replacedText));

    Path clean = Files.createDirectories(tmp.resolve("clean"));
    for (String doc : good) {
      String file = doc.replaceAll("#.*", "");
      if (!Files.exists(clean.resolve(file))) {
        Files.copy(in.resolve(file), clean.resolve(file));
      }
    }
    Path cleanOut = tmp.resolve("clean-out");
    new ExtractionRun(models, SharedModels::analyzer).run(RunConfig.builder(clean, cleanOut).threads(2).build(),
        ProgressListener.NONE);
    List<CSVRecord> cleanRows = ClaimAssertions.parse(Files.readString(cleanOut.resolve("claims.csv"), StandardCharsets.UTF_8));
    for (String doc : good) {
      assertEquals(cells(cleanRows, doc), cells(rows, doc), "claims of " + doc + " differ from a clean run");
    }
  }

  private static void makeDynamicCases(Path in, List<Expected> expected) throws Exception {
    Path huge = in.resolve("huge.txt");
    try (OutputStream o = Files.newOutputStream(huge)) {
      byte[] chunk = "the envoy said the talks would resume ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
      long written = 0;
      while (written < 10L * 1024 * 1024) {
        int n = (int) Math.min(chunk.length, 10L * 1024 * 1024 - written);
        o.write(chunk, 0, n);
        written += n;
      }
    }
    expected.add(new Expected("huge.txt", "too-large", "10485760 bytes, over the limit of 2097152"));
    Files.createDirectories(in.resolve("loop"));
    Files.createSymbolicLink(in.resolve("loop/back"), in);
    expected.add(new Expected("loop/back", "symlink-loop", "loop"));
    Files.createSymbolicLink(in.resolve("self.txt"), in.resolve("self.txt"));
    expected.add(new Expected("self.txt", "symlink-loop", "loop"));
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-file.txt"));
    expected.add(new Expected("dangling.txt", "unreadable", "broken symbolic link"));
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("fifo.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    expected.add(new Expected("fifo.txt", "unreadable", "not a regular file"));
    Path locked = in.resolve("unreadable.txt");
    Files.writeString(locked, "The minister said nothing.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(locked)) {
      Files.delete(locked); // root reads everything: the broken link and the FIFO stand for unreadable files
    } else {
      expected.add(new Expected("unreadable.txt", "unreadable", "permission denied"));
    }
    Files.writeString(in.resolve("deleted-while-read.txt"), "The spokesman said the file would vanish.");
    expected.add(new Expected("deleted-while-read.txt", "changed-while-reading", "deleted while being read"));
    Files.writeString(in.resolve("churning.txt"), "version 0");
    expected.add(new Expected("churning.txt", "changed-while-reading", "kept changing"));
    Files.writeString(in.resolve("replaced-once.txt"), "Old text, soon replaced, the editor said.");
    expected.add(new Expected("replaced-once.txt", "ok", ""));
  }

  /** The text a document's offsets point into: the saved text, else the input file. */
  private static String textOf(String doc, Path in, Path out, List<CSVRecord> rows) throws IOException {
    String textFile = rows.stream().filter(r -> r.get("doc_id").equals(doc)).map(r -> r.get("text_file"))
        .findFirst().orElse("");
    if (!textFile.isEmpty()) {
      return Files.readString(out.resolve(textFile), StandardCharsets.UTF_8);
    }
    String text = Files.readString(in.resolve(doc), StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Map<String, List<String>> cells(List<CSVRecord> rows, String doc) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (CSVRecord r : rows) {
      if (r.get("doc_id").equals(doc)) {
        out.put(r.get("claim_id"), r.toList());
      }
    }
    return out;
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void replace(Path file, String text) {
    try {
      Path tmp = file.resolveSibling("." + file.getFileName() + ".new");
      Files.writeString(tmp, text);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.newsclaims.pipeline;

import org.newsclaims.export.OutputLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;
import org.newsclaims.text.TextDecoder;

/**
 * The provenance invariant over the whole corpus, with the real models: for every row and every
 * role, {@code text[start:end] == cell} in code points; and again with every article rewritten
 * with CRLF line endings and a BOM, where the same claims must come out at shifted offsets.
 */
class ProvenanceIT {
  private static final int MIN_CORPUS_ARTICLES = 13;

  private static List<Path> corpusArticles() throws Exception {
    try (Stream<Path> files = Files.list(SharedModels.corpus())) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertTrue(list.size() >= MIN_CORPUS_ARTICLES, "corpus has only " + list.size() + " articles");
      return list;
    }
  }

  private static List<CSVRecord> extract(Path in, Path out) throws Exception {
    RunReport report = new ExtractionRun(SharedModels.analyzer())
        .run(new RunConfig(in, out, 2, RunConfig.DEFAULT_MAX_BYTES), ProgressListener.NONE);
    assertTrue(report.problems().isEmpty(), () -> "problems: " + report.problems());
    return ClaimAssertions.parse(Files.readString(out.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8));
  }

  @Test
  void everyCellIsCutFromItsArticleWithLfAndWithCrlfAndBom(@TempDir Path tmp) throws Exception {
    List<Path> articles = corpusArticles();
    Path lf = Files.createDirectories(tmp.resolve("lf"));
    Path crlf = Files.createDirectories(tmp.resolve("crlf"));
    Map<String, String> lfTexts = new TreeMap<>();
    Map<String, String> crlfTexts = new TreeMap<>();
    for (Path a : articles) {
      String name = a.getFileName().toString();
      String text = TextDecoder.strict(Files.readAllBytes(a)).replace("\r\n", "\n");
      Files.writeString(lf.resolve(name), text, StandardCharsets.UTF_8);
      String windows = text.replace("\n", "\r\n");
      byte[] body = windows.getBytes(StandardCharsets.UTF_8);
      byte[] withBom = new byte[body.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(body, 0, withBom, 3, body.length);
      Files.write(crlf.resolve(name), withBom);
      lfTexts.put(name, text);
      crlfTexts.put(name, windows);
    }
    List<CSVRecord> lfRows = extract(lf, tmp.resolve("out-lf"));
    List<CSVRecord> crlfRows = extract(crlf, tmp.resolve("out-crlf"));
    int checked = 0;
    for (var e : lfTexts.entrySet()) {
      checked += ClaimAssertions.assertProvenance(lfRows, e.getKey(), e.getValue());
      ClaimAssertions.assertProvenance(crlfRows, e.getKey(), crlfTexts.get(e.getKey()));
    }
    assertEquals(lfRows.size(), checked, "every row belongs to a corpus article");
    assertTrue(checked > 100, "suspiciously few claims on the corpus: " + checked);
    assertEquals(lfRows.size(), crlfRows.size(), "CRLF and a BOM must not change what is found");
    for (var out : Map.of(tmp.resolve("out-lf"), lfTexts, tmp.resolve("out-crlf"), crlfTexts).entrySet()) {
      assertFramesCutFromTheirArticles(out.getKey(), out.getValue());
    }
    for (int i = 0; i < lfRows.size(); i++) {
      assertEquals(cells(lfRows.get(i)), cells(crlfRows.get(i)), "row " + i + " differs under CRLF");
    }
  }

  /** frames.csv: every value is its article's text between its code point offsets. */
  private static void assertFramesCutFromTheirArticles(Path out, Map<String, String> texts) throws Exception {
    String csv = Files.readString(out.resolve(OutputLayout.FRAMES_FILE), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    List<CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(csv)).getRecords();
    assertTrue(rows.size() > 100, "suspiciously few frame slots on the corpus: " + rows.size());
    for (CSVRecord r : rows) {
      String text = texts.get(r.get("doc_id"));
      assertTrue(text != null, "a frame row of an unknown article: " + r);
      int start = text.offsetByCodePoints(0, Integer.parseInt(r.get("value_start")));
      int end = text.offsetByCodePoints(0, Integer.parseInt(r.get("value_end")));
      assertEquals(r.get("value"), text.substring(start, end), "frame row " + r.getRecordNumber());
    }
  }

  /** The cells that must not change when only line endings change. */
  private static List<String> cells(CSVRecord r) {
    List<String> c = new ArrayList<>();
    for (String col : List.of("doc_id", "type", "speaker", "speaker_canonical", "speaker_role", "cue", "topics", "rule_id")) {
      c.add(r.get(col));
    }
    c.add(r.get("content").replace("\r\n", "\n"));
    return c;
  }
}

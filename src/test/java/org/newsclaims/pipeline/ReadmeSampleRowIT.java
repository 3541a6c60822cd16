package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;

/**
 * The sample row of the README is real: extracting its article today writes that very row, under
 * that very header, and its spans cut its cells from the article.
 */
class ReadmeSampleRowIT {

  @Test
  void theReadmeSampleRowIsWhatExtractWrites(@TempDir Path tmp) throws Exception {
    String readme = Files.readString(SharedModels.root().resolve("README.md"), StandardCharsets.UTF_8);
    int block = readme.indexOf("```csv\n");
    assertTrue(block >= 0, "README has no ```csv block with the sample row");
    String sample = readme.substring(block + "```csv\n".length(), readme.indexOf("\n```", block));
    List<String> lines = List.of(sample.split("\n"));
    assertEquals(2, lines.size(), "header and one row: " + sample);
    assertEquals(String.join(",", ClaimsColumn.headers()), lines.get(0), "the README header is claims.csv's");
    CSVRecord row = ClaimAssertions.parse(sample + "\n").get(0);

    String docId = row.get("doc_id");
    Path article = SharedModels.corpus().resolve(docId);
    assertTrue(Files.isRegularFile(article), "the sample's article is not in corpus/: " + docId);
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(article, in.resolve(docId));
    Path out = tmp.resolve("out");
    new ExtractionRun(SharedModels.analyzer()).run(new RunConfig(in, out, 1, RunConfig.DEFAULT_MAX_BYTES),
        ProgressListener.NONE);
    List<CSVRecord> written = ClaimAssertions.parse(
        Files.readString(out.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8));
    List<List<String>> rows = written.stream().map(CSVRecord::toList).toList();
    assertTrue(rows.contains(row.toList()), () -> "the README row is not written any more:\n" + row.toList()
        + "\nthe rows with its claim id: " + rows.stream().filter(r -> r.get(0).equals(row.get("claim_id"))).toList());
    String text = Files.readString(article, StandardCharsets.UTF_8);
    assertEquals(1, ClaimAssertions.assertProvenance(List.of(row), docId, text), "the sample row's spans");
  }
}

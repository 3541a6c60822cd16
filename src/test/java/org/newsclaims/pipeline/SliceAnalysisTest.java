package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.outputs;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.export.ProblemsCsv;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.ingest.ArticleFolder;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.ingest.Ingester;
import org.newsclaims.model.Problem;
import org.newsclaims.testing.SharedModels;

/**
 * The rows of files analysed without a store (the Spark job's slices) are those a local run
 * writes for the same folder: claims.csv, frames.csv, problems.csv and saved texts, with a
 * collision of doc_ids, an export with a bad record and an empty file among the inputs.
 */
class SliceAnalysisTest {

  @Test
  void sliceRowsAreTheLocalRunsOutputs(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    write(in.resolve("a.txt"), article("Russia"));
    write(in.resolve("b10.txt"), article("Georgia"));
    write(in.resolve("b9.txt"), "");
    write(in.resolve("feed.jsonl"), "{\"id\":\"x1.txt\",\"title\":\"Oil\",\"text\":\"" + article("Ukraine")
        .replace("\n", "\\n") + "\"}\n{\"id\":\n{\"id\":\"x2.txt\",\"text\":\"Sanctions on Iran oil stay.\"}\n");
    write(in.resolve("feed.jsonl#x2.txt"), article("Iran"));
    Path out = tmp.resolve("out");
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);

    ArticleFolder folder = new ArticleFolder(in);
    Ingester ingester = new Ingester(IngestOptions.DEFAULTS);
    List<IngestedFile> files = new ArrayList<>();
    folder.list().files().stream().sorted((x, y) -> DocOrder.INSTANCE.compare(folder.docId(x), folder.docId(y)))
        .forEach(f -> files.add(ingester.ingest(f, folder.docId(f))));
    StringBuilder claims = new StringBuilder(ClaimsCsv.header());
    StringBuilder frames = new StringBuilder(FramesCsv.header());
    Map<String, String> texts = new TreeMap<>();
    SliceAnalysis.Problems problems;
    ExtractionModels models = SharedModels.models();
    try (SliceAnalysis slice = new SliceAnalysis(new ArticleAnalyzer(new LineEngine(), LineEngine.ENGLISH, models),
        Optional.of(ArticleBudget.DEFAULT))) {
      problems = slice.run(files, a -> {
        a.claims().forEach(r -> ClaimsCsv.appendRecord(claims, r));
        a.frames().forEach(r -> FramesCsv.appendRecord(frames, r));
        a.savedText().ifPresent(t -> texts.put(a.textFile(), t));
        assertEquals(a.textFile().isEmpty(), a.savedText().isEmpty(), a.docId());
      });
    }
    Map<String, String> local = outputs(out);
    assertTrue(claims.toString().split("\r\n").length > 3, "claims: " + claims);
    assertEquals(local.get(OutputLayout.CLAIMS_FILE), claims.toString());
    assertEquals(local.get(OutputLayout.FRAMES_FILE), frames.toString());
    List<Problem> all = new ArrayList<>(problems.failures());
    all.addAll(problems.warnings());
    all.sort(RunReport.PROBLEM_ORDER);
    StringWriter problemsCsv = new StringWriter();
    ProblemsCsv.write(problemsCsv, all);
    assertEquals(local.get(OutputLayout.PROBLEMS_FILE), problemsCsv.toString());
    assertEquals(List.of("duplicate-id", "duplicate-id", "empty", "malformed-json"),
        problems.failures().stream().map(p -> p.kind().code()).sorted().toList());
    assertEquals(List.of("text/feed.jsonl#x1.txt.txt"), List.copyOf(texts.keySet()));
    texts.forEach((name, text) -> assertEquals(local.get(name), text, name));
  }
}

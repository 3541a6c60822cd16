package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;

/**
 * Issue 14, the time budget per article, with the real models: an article over its budget is one
 * {@code analysis-timeout} row saying where it stopped, the other articles give their claims; and
 * it is not analysed again on later runs unless asked to, or its text or the budget changes.
 *
 * <p>The budget is measured on a clock that advances 100 ms at every reading besides the real
 * time, so that the long article (2,000 short sentences, each parsed, each a check) runs out of
 * time and the corpus articles (a few dozen checks) do not, however slow the machine is. One
 * worker: no other article's checks advance the clock meanwhile.
 */
class ArticleTimeoutIT {
  private static final String[] SHORT = {"000-alaska-summit-ceasefire-talks.txt",
      "008-wikinews-putin-us-troops-poland-threat.txt"};
  private static final String LINE = "Putin said the talks in Zürich would go on 😀 until Friday.\n";
  private static final Pattern WHERE = Pattern.compile("stopped in depparse at sentence (\\d+) of 2000 \\(offset (\\d+)\\)");

  private final AtomicLong readings = new AtomicLong();

  /** A budget on the ticking clock (see above). */
  private ArticleBudget budget(Duration each) {
    return ArticleBudget.fixed(each).withClock(() -> System.nanoTime() + readings.incrementAndGet() * 100_000_000L);
  }

  private static ExtractionRun run() {
    ExtractionModels models = SharedModels.models();
    return new ExtractionRun(models, SharedModels::analyzer, ReadObserver.NONE, "timeout-it");
  }

  private RunReport extract(Path in, Path out, Duration budget, RunConfig.Reanalyse reanalyse) throws Exception {
    RunConfig config = RunConfig.builder(in, out).threads(1).budget(budget(budget)).reanalyse(reanalyse).build();
    return run().run(config, ProgressListener.NONE);
  }

  @Test
  void anArticleOverItsBudgetIsOneTimeoutRowAndIsRetriedOnlyWhenAskedOrChanged(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    for (String name : SHORT) {
      Files.copy(SharedModels.corpus().resolve(name), in.resolve(name));
    }
    String longText = LINE.repeat(2000);
    Files.writeString(in.resolve("long.txt"), longText, StandardCharsets.UTF_8);
    Duration minute = Duration.ofMinutes(1);

    RunReport first = extract(in, out, minute, RunConfig.Reanalyse.CHANGED);
    List<CSVRecord> problems = problems(out);
    assertEquals(1, problems.size(), problems.toString());
    CSVRecord row = problems.get(0);
    assertEquals(List.of("long.txt", "analysis-timeout"), List.of(row.get("doc_id"), row.get("problem")));
    String detail = row.get("detail");
    assertTrue(detail.startsWith("over its time budget of 60 s; stopped in depparse at sentence "), detail);
    Matcher where = WHERE.matcher(detail);
    assertTrue(where.find(), detail);
    int sentence = Integer.parseInt(where.group(1));
    assertTrue(sentence > 0, detail);
    assertEquals(sentence * LINE.codePointCount(0, LINE.length()), Integer.parseInt(where.group(2)),
        "the offset, in code points, is where that sentence starts");
    List<CSVRecord> claims = ClaimAssertions.parse(Files.readString(out.resolve("claims.csv"), StandardCharsets.UTF_8));
    for (String name : SHORT) {
      String text = Files.readString(in.resolve(name), StandardCharsets.UTF_8);
      assertTrue(ClaimAssertions.assertProvenance(claims, name, text) > 3, name + " gives its claims");
    }
    assertTrue(claims.stream().noneMatch(c -> c.get("doc_id").equals("long.txt")));
    assertEquals(3, first.analysedIds().size());

    RunReport unchanged = extract(in, out, minute, RunConfig.Reanalyse.CHANGED);
    assertEquals(List.of(), unchanged.analysedIds(), "nothing is analysed again, the timed-out article included");
    assertEquals(List.of(row.toList()), rows(problems(out)), "its problem row stays");

    RunReport retried = extract(in, out, minute, RunConfig.Reanalyse.FAILED);
    assertEquals(List.of("long.txt"), retried.analysedIds(), "--retry-failed analyses it, and only it, again");
    assertEquals("analysis-timeout", problems(out).get(0).get("problem"));

    Files.writeString(in.resolve("long.txt"), longText + "The talks ended.\n", StandardCharsets.UTF_8);
    RunReport edited = extract(in, out, minute, RunConfig.Reanalyse.CHANGED);
    assertEquals(List.of("long.txt"), edited.analysedIds(), "a changed text is analysed again");
    assertEquals(1, problems(out).size());

    RunReport longer = extract(in, out, Duration.ofMinutes(30), RunConfig.Reanalyse.CHANGED);
    assertEquals(List.of("long.txt"), longer.analysedIds(), "a larger budget gives it another try");
    assertEquals(List.of(), problems(out), "and it ends within it");
    claims = ClaimAssertions.parse(Files.readString(out.resolve("claims.csv"), StandardCharsets.UTF_8));
    assertTrue(ClaimAssertions.assertProvenance(claims, "long.txt",
        Files.readString(in.resolve("long.txt"), StandardCharsets.UTF_8)) >= 2000);
  }

  private static List<CSVRecord> problems(Path out) throws Exception {
    return ClaimAssertions.parse(Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8));
  }

  private static List<List<String>> rows(List<CSVRecord> records) {
    return records.stream().map(CSVRecord::toList).toList();
  }
}

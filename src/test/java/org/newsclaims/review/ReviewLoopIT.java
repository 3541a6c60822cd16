package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.eval.EvalResult;
import org.newsclaims.eval.Negatives;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.EvaluationRun;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.ProgressListener;
import org.newsclaims.pipeline.RunConfig;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.testing.SharedModels;

/**
 * The review loop with the real extractor, on temporary copies of corpus articles: reviews
 * survive a rule change and re-runs (nothing lost), and promoted reviews score as correct.
 */
class ReviewLoopIT {
  private static final String NO_GOLD = "006-wikinews-israel-gaza-unilateral-ceasefire.txt";
  private static final String HAND_GOLD = "017-wh-rubio-waltz-call-with-zelenskyy.txt";

  private static Path copy(Path in, String article, boolean withGold) throws Exception {
    Path src = SharedModels.corpus().resolve(article);
    assertTrue(Files.isRegularFile(src), "fixture missing: " + src);
    Files.createDirectories(in);
    Files.copy(src, in.resolve(article));
    if (withGold) {
      Path ann = src.resolveSibling(article.replace(".txt", ".ann"));
      assertTrue(Files.isRegularFile(ann), "fixture missing: " + ann);
      Files.copy(ann, in.resolve(ann.getFileName()));
    }
    return in.resolve(article);
  }

  private static ClaimsTable extract(ArticleAnalyzer analyzer, Path in, Path out) throws Exception {
    new ExtractionRun(analyzer).run(RunConfig.builder(in, out).threads(2).build(), ProgressListener.NONE);
    return ClaimsTable.readIfExists(out.resolve(ReviewMerge.CLAIMS_FILE)).orElseThrow();
  }

  /** A copy of models/ without the line of one attribution rule. */
  private static Path modelsWithout(Path models, List<String> ruleLines, String rule) throws Exception {
    try (Stream<Path> walk = Files.walk(SharedModels.root().resolve("models"))) {
      for (Path p : walk.toList()) {
        Path target = models.resolve(SharedModels.root().resolve("models").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    List<String> changed = ruleLines.stream().filter(l -> !l.startsWith(rule + "\t")).toList();
    assertEquals(ruleLines.size() - 1, changed.size(), "the rule line is gone");
    Files.write(models.resolve("rules/attribution.tsv"), changed, StandardCharsets.UTF_8);
    return models;
  }

  private static void assertProvenance(ClaimsTable t, Path in) throws Exception {
    var rows = ClaimAssertions.parse(t.format());
    int n = 0;
    for (String doc : t.rows().stream().map(ClaimsTable.Row::docId).distinct().toList()) {
      n += ClaimAssertions.assertProvenance(rows, doc, Files.readString(in.resolve(doc), StandardCharsets.UTF_8));
    }
    assertEquals(t.rows().size(), n);
  }

  /** A content cell without its last word: still in the article, so the correction resolves. */
  private static Optional<String> shortened(ClaimsTable.Row r) {
    String content = r.get("content");
    if (content.contains(" … ") || r.get("cue").isEmpty()) {
      return Optional.empty();
    }
    int cut = content.lastIndexOf(' ');
    return content.split(" ").length >= 5 ? Optional.of(content.substring(0, cut)) : Optional.empty();
  }

  @Test
  void reviewChangeARuleRerunNothingLost(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    copy(in, "000-alaska-summit-ceasefire-talks.txt", false);
    copy(in, HAND_GOLD, false);
    ClaimsTable first = extract(SharedModels.analyzer(), in, out);

    // The rule to change: the least frequent attribution rule of models/rules/attribution.tsv here.
    List<String> ruleLines = Files.readAllLines(SharedModels.root().resolve("models/rules/attribution.tsv"),
        StandardCharsets.UTF_8);
    Set<String> tableRules = ruleLines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("id\t") && !l.isBlank())
        .map(l -> l.substring(0, l.indexOf('\t'))).collect(Collectors.toSet());
    Map<String, Long> counts = first.rows().stream().map(r -> r.get("rule_id")).filter(tableRules::contains)
        .collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
    // Least frequent first, skipping a rule whose claims another finder would make just the same
    // (same ids: their reviews rightly stay in claims.csv), since this test is about orphans.
    List<String> candidates = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    String rule = null;
    Path models = null;
    for (String candidate : candidates) {
      Path without = modelsWithout(tmp.resolve("models-" + candidate), ruleLines, candidate);
      Set<String> ids = first.rows().stream().filter(r -> r.get("rule_id").equals(candidate))
          .map(ClaimsTable.Row::id).collect(Collectors.toSet());
      ClaimsTable probe = extract(SharedModels.analyzer(ExtractionModels.load(without)), in, tmp.resolve("probe-" + candidate));
      if (!probe.rows().stream().map(ClaimsTable.Row::id).collect(Collectors.toSet()).containsAll(ids)) {
        rule = candidate;
        models = without;
        break;
      }
    }
    assertTrue(rule != null, "some rule's claims vanish without it: " + candidates);
    String chosen = rule;
    Path chosenModels = models;

    // Review: every claim of that rule, and three others (accepted, rejected, corrected).
    ClaimsTable t = first;
    Map<String, String[]> expected = new LinkedHashMap<>();
    int k = 0;
    for (ClaimsTable.Row r : first.rows()) {
      if (r.get("rule_id").equals(chosen)) {
        String status = k++ % 2 == 0 ? "accepted" : "rejected";
        String note = "-checked “" + chosen + "”, day 1";
        t = ReviewFixtures.review(t, r.id(), Map.of("review_status", status, "review_note", note));
        expected.put(r.id(), new String[] {status, note, r.get("content")});
      }
    }
    ClaimsTable.Row toCorrect = first.rows().stream()
        .filter(r -> !r.get("rule_id").equals(chosen) && shortened(r).isPresent()).findFirst().orElseThrow();
    String corrected = shortened(toCorrect).orElseThrow();
    t = ReviewFixtures.review(t, toCorrect.id(), Map.of("review_status", "corrected", "content", corrected,
        "review_note", "content too long"));
    expected.put(toCorrect.id(), new String[] {"corrected", "content too long", corrected});
    for (ClaimsTable.Row r : first.rows()) {
      if (!expected.containsKey(r.id()) && expected.size() < counts.get(chosen) + 3) {
        String status = expected.size() % 2 == 0 ? "accepted" : "rejected";
        t = ReviewFixtures.review(t, r.id(), Map.of("review_status", status, "review_note", "=fine"));
        expected.put(r.id(), new String[] {status, "=fine", r.get("content")});
      }
    }
    Files.writeString(out.resolve(ReviewMerge.CLAIMS_FILE), t.format(), StandardCharsets.UTF_8);

    // Change the rule: drop it from a copy of models/, re-run over the same output folder.
    ClaimsTable second = extract(SharedModels.analyzer(ExtractionModels.load(chosenModels)), in, out);
    ClaimsTable orphans = ClaimsTable.readIfExists(out.resolve(ReviewMerge.ORPHANS_FILE)).orElseThrow();

    assertFalse(second.rows().stream().anyMatch(r -> r.get("rule_id").equals(chosen)), "the rule no longer fires");
    int inClaims = 0;
    int orphaned = 0;
    for (var e : expected.entrySet()) {
      Optional<ClaimsTable.Row> now = second.rows().stream().filter(r -> r.id().equals(e.getKey())).findFirst();
      ClaimsTable.Row kept;
      if (now.isPresent()) {
        kept = now.get();
        inClaims++;
      } else {
        kept = orphans.rows().stream().filter(r -> r.id().equals(e.getKey())).findFirst()
            .orElseThrow(() -> new AssertionError("review of " + e.getKey() + " lost"));
        assertEquals(ReviewMerge.CLAIM_GONE, kept.get(ReviewMerge.ORPHAN_REASON));
        orphaned++;
      }
      assertEquals(e.getValue()[0], kept.get("review_status"), e.getKey());
      assertEquals(e.getValue()[1], kept.get("review_note"), e.getKey());
      assertEquals(e.getValue()[2], kept.get("content"), e.getKey());
    }
    assertTrue(orphaned > 0, "removing rule " + chosen + " orphaned no review");
    assertTrue(inClaims >= 3, "reviews of the other claims are carried");
    assertProvenance(second, in);

    // Back to the original rules: the orphans come home, the orphans file empties.
    ClaimsTable third = extract(SharedModels.analyzer(), in, out);
    assertTrue(ClaimsTable.readIfExists(out.resolve(ReviewMerge.ORPHANS_FILE)).orElseThrow().rows().isEmpty());
    for (var e : expected.entrySet()) {
      ClaimsTable.Row r = ReviewFixtures.row(third, e.getKey());
      assertEquals(e.getValue()[0], r.get("review_status"));
      assertEquals(e.getValue()[2], r.get("content"));
    }
    assertProvenance(third, in);
  }

  @Test
  void promotedClaimsScoreAsCorrect(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    copy(in, NO_GOLD, false);
    copy(in, HAND_GOLD, true);
    ClaimsTable first = extract(SharedModels.analyzer(), in, out);
    Path handAnn = in.resolve(HAND_GOLD.replace(".txt", ".ann"));
    long handEvents = Files.readAllLines(handAnn, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("E")).count();

    // The review-only article: all reviewed, one rejected, one corrected; two accepted in the hand gold one.
    ClaimsTable t = first;
    int rejected = 0;
    int goldAttributions = 0;
    int goldStatements = 0;
    boolean correctedOne = false;
    List<ClaimsTable.Row> acceptedInHandGold = new ArrayList<>();
    for (ClaimsTable.Row r : first.rows()) {
      boolean statement = r.get("cue").isEmpty();
      if (r.docId().equals(NO_GOLD) && !r.get("in_headline").equals("true")) {
        if (!statement && rejected == 0) {
          t = ReviewFixtures.review(t, r.id(), Map.of("review_status", "rejected"));
          rejected++;
        } else if (!statement && !correctedOne && shortened(r).isPresent()) {
          t = ReviewFixtures.review(t, r.id(), Map.of("review_status", "corrected", "content", shortened(r).get()));
          correctedOne = true;
          goldAttributions++;
        } else {
          t = ReviewFixtures.review(t, r.id(), Map.of("review_status", "accepted"));
          goldAttributions += statement ? 0 : 1;
          goldStatements += statement ? 1 : 0;
        }
      } else if (r.docId().equals(HAND_GOLD) && !statement && acceptedInHandGold.size() < 2
          && !r.get("in_headline").equals("true")) {
        t = ReviewFixtures.review(t, r.id(), Map.of("review_status", "accepted"));
        acceptedInHandGold.add(r);
      }
    }
    assertTrue(correctedOne && rejected == 1 && goldAttributions >= 3, "fixture article has too few claims");
    Files.writeString(out.resolve(ReviewMerge.CLAIMS_FILE), t.format(), StandardCharsets.UTF_8);

    Promotion.Report p = new ReviewRun().run(new ReviewRun.Config(in, out, in, true)).promotion().orElseThrow();
    assertEquals(goldAttributions + goldStatements + 2, p.added() + p.alreadyGold() + p.conflicts(), p.messages().toString());
    assertEquals(1, p.negativesAdded());
    assertTrue(Files.isRegularFile(in.resolve(NO_GOLD.replace(".txt", Negatives.SUFFIX))));
    long nowEvents = Files.readAllLines(handAnn, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("E")).count();
    assertTrue(nowEvents <= handEvents + 2, "at most the two accepted claims were added to the hand gold");

    EvaluationRun.Outcome o = new EvaluationRun(SharedModels.analyzer()).evaluate(in, 2);
    assertEquals(2, o.documents(), "the promoted article joins the evaluation");
    EvalResult.DocScore reviewed = o.result().documents().stream().filter(d -> d.docId().equals(NO_GOLD))
        .findFirst().orElseThrow();
    assertEquals(goldAttributions, reviewed.attribution().gold());
    assertEquals(1.0, reviewed.attribution().recall().getAsDouble(), 1e-9, "every promoted attribution is found");
    assertEquals(goldAttributions + rejected, reviewed.attribution().predicted(), "reviewed claims only are scored");
    assertEquals(goldStatements, (int) Math.round(reviewed.unattributed().goldCredit()));
    if (goldStatements > 0) {
      assertEquals(1.0, reviewed.unattributed().recall().getAsDouble(), 1e-9);
    }
    List<EvalResult.ErrorRow> negatives = o.result().errors().stream()
        .filter(e -> e.docId().equals(NO_GOLD) && e.kind().equals("false_positive")).toList();
    assertEquals(1, negatives.size(), negatives.toString());
    assertEquals("rejected in review", negatives.get(0).detail());

    // In the hand gold article, the accepted claims are not false positives.
    Map<String, String> fpSpans = new HashMap<>();
    o.result().errors().stream().filter(e -> e.docId().equals(HAND_GOLD) && e.kind().equals("false_positive"))
        .forEach(e -> fpSpans.put(e.spans(), e.content()));
    for (ClaimsTable.Row r : acceptedInHandGold) {
      String[] starts = r.get("content_start").split(";");
      String[] ends = r.get("content_end").split(";");
      List<String> pieces = new ArrayList<>();
      for (int i = 0; i < starts.length; i++) {
        pieces.add(starts[i] + "-" + ends[i]);
      }
      String spans = "cue=" + r.get("cue_start") + "-" + r.get("cue_end") + " content=" + String.join(";", pieces);
      assertFalse(fpSpans.keySet().stream().anyMatch(x -> x.endsWith(spans)),
          "accepted claim " + r.id() + " scored as a false positive: " + fpSpans);
    }
  }
}

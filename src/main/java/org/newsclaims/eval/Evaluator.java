package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;
import org.newsclaims.text.CodePointIndex;

/**
 * Compares predicted claims with gold, one article at a time, and sums micro-averaged counts.
 *
 * <p>Claims flagged {@code in_headline} are left out: the guideline does not annotate titles,
 * headings or pasted headlines. Against a univocal gold set ({@link GoldConvention}) claims whose
 * cue lies inside another claim's content are set aside too. All matching is one-to-one ({@link OneToOne}). Recall is also
 * broken down by the gold attributions' construction and cue ({@link GoldBreakdown}); modes and
 * frame slots are scored on the matched attributions ({@link FrameScores}; slots of predicted
 * unattributed statements are not scored, gold has none). Stateless.
 */
public final class Evaluator {

  /**
   * One article's gold, the claims predicted for it, its explicit negatives (claims rejected
   * in review: a prediction with their spans is a false positive, see {@link Negatives}) and the
   * frame slots predicted for its claims ({@link PredictedSlot#claimIndex()} indexes
   * {@code predictions}).
   */
  public record Item(GoldDocument gold, List<Claim> predictions, Negatives negatives, List<PredictedSlot> slots) {
    public Item {
      predictions = List.copyOf(predictions);
      slots = List.copyOf(slots);
      for (PredictedSlot s : slots) {
        if (s.claimIndex() >= predictions.size()) {
          throw new IllegalArgumentException(gold.docId() + ": slot of claim " + s.claimIndex() + " of "
              + predictions.size());
        }
      }
    }

    public Item(GoldDocument gold, List<Claim> predictions, Negatives negatives) {
      this(gold, predictions, negatives, List.of());
    }

    public Item(GoldDocument gold, List<Claim> predictions) {
      this(gold, predictions, Negatives.NONE);
    }
  }

  /** A claim's roles as span sets. */
  private record Predicted(Claim claim, Optional<SpanSet> source, SpanSet cue, SpanSet content) {}

  /** Credit of a predicted span against a gold span. */
  private record Credit(double predicted, double gold) {
    double sum() {
      return predicted + gold;
    }
  }

  public EvalResult evaluate(List<Item> items) {
    Map<String, Prf> roleExact = new TreeMap<>();
    Map<String, Prf> rolePartial = new TreeMap<>();
    for (String r : EvalResult.ROLES) {
      roleExact.put(r, Prf.ZERO);
      rolePartial.put(r, Prf.ZERO);
    }
    Prf attribution = Prf.ZERO;
    Prf strict = Prf.ZERO;
    Prf unattributed = Prf.ZERO;
    Map<String, int[]> topicCounts = new TreeMap<>();
    Map<String, int[]> matchedTopicCounts = new TreeMap<>();
    int canonicalCorrect = 0;
    int canonicalTotal = 0;
    Map<String, int[]> rules = new TreeMap<>();
    Set<String> attributionRules = new TreeSet<>();
    Set<String> statementRules = new TreeSet<>();
    GoldBreakdown breakdown = new GoldBreakdown();
    List<EvalResult.DocScore> docs = new ArrayList<>();
    List<EvalResult.ErrorRow> errors = new ArrayList<>();
    Set<String> found = new TreeSet<>();
    Set<String> falsePositives = new TreeSet<>();
    boolean univocal = GoldConvention.univocal(items.stream().map(Item::gold).toList());
    int nestedSetAside = 0;
    FrameScorer frames = new FrameScorer();

    for (Item item : items) {
      GoldDocument gold = item.gold();
      String text = gold.text();
      WordTokens words = new WordTokens(text);
      CodePointIndex cp = new CodePointIndex(text);
      List<Predicted> allPreds = new ArrayList<>();
      List<Claim> predStatements = new ArrayList<>();
      for (Claim c : item.negatives().scored(item.predictions(), gold)) {
        if (c.inHeadline()) {
          continue;
        }
        if (c.type() == ClaimType.UNATTRIBUTED) {
          predStatements.add(c);
        } else {
          allPreds.add(new Predicted(c, c.speaker().map(s -> SpanSet.of(s.span())),
              SpanSet.of(c.cue().orElseThrow()), new SpanSet(c.content())));
        }
      }
      List<GoldAttribution> golds = gold.attributions();
      List<Predicted> preds = univocal
          ? GoldConvention.outermostOrConfirmed(allPreds, Predicted::cue, Predicted::content,
              p -> golds.stream().anyMatch(g -> attributionScore(words, p, g, false) > 0))
          : allPreds;
      nestedSetAside += allPreds.size() - preds.size();
      List<List<PredictedSlot>> predSlots = FrameScorer.byClaim(preds.stream().map(Predicted::claim).toList(),
          item.predictions(), item.slots());
      frames.article(golds.stream().flatMap(g -> g.slots().stream()).toList(),
          predSlots.stream().flatMap(List::stream).toList());

      // Roles, each on its own: distinct spans, one-to-one.
      roleExact.merge("source", roleScore(words, spansOf(preds, p -> p.source()), spansOf(golds, GoldAttribution::source), true), Prf::plus);
      rolePartial.merge("source", roleScore(words, spansOf(preds, p -> p.source()), spansOf(golds, GoldAttribution::source), false), Prf::plus);
      roleExact.merge("cue", roleScore(words, spansOf(preds, p -> Optional.of(p.cue())), spansOf(golds, g -> Optional.of(g.cue())), true), Prf::plus);
      rolePartial.merge("cue", roleScore(words, spansOf(preds, p -> Optional.of(p.cue())), spansOf(golds, g -> Optional.of(g.cue())), false), Prf::plus);
      roleExact.merge("content", roleScore(words, spansOf(preds, p -> Optional.of(p.content())), spansOf(golds, g -> Optional.of(g.content())), true), Prf::plus);
      rolePartial.merge("content", roleScore(words, spansOf(preds, p -> Optional.of(p.content())), spansOf(golds, g -> Optional.of(g.content())), false), Prf::plus);

      // Whole attributions: cue and content overlap (loose); and the source too (strict).
      // A prediction that is an explicit negative matches no gold.
      int[] loose = OneToOne.match(preds.size(), golds.size(), (p, g) -> item.negatives().matches(preds.get(p).claim())
          ? 0 : attributionScore(words, preds.get(p), golds.get(g), false));
      int[] tight = OneToOne.match(preds.size(), golds.size(), (p, g) -> item.negatives().matches(preds.get(p).claim())
          ? 0 : attributionScore(words, preds.get(p), golds.get(g), true));
      Prf docLoose = Prf.exact(matched(loose), preds.size(), golds.size());
      Prf docStrict = Prf.exact(matched(tight), preds.size(), golds.size());
      attribution = attribution.plus(docLoose);
      strict = strict.plus(docStrict);

      // Unattributed topic statements.
      List<GoldStatement> goldStatements = gold.statements();
      int[] stmt = OneToOne.match(predStatements.size(), goldStatements.size(), (p, g) -> {
        if (item.negatives().matches(predStatements.get(p))) {
          return 0;
        }
        SpanSet ps = new SpanSet(predStatements.get(p).content());
        return ps.overlaps(goldStatements.get(g).content()) ? credit(words, ps, goldStatements.get(g).content()).sum() : 0;
      });
      Prf docStatements = Prf.exact(matched(stmt), predStatements.size(), goldStatements.size());
      unattributed = unattributed.plus(docStatements);
      docs.add(new EvalResult.DocScore(gold.docId(), docLoose, docStrict, docStatements));

      // Topics, canonical names, rules, errors.
      boolean[] goldFound = new boolean[golds.size()];
      for (int p = 0; p < preds.size(); p++) {
        Predicted pr = preds.get(p);
        Claim c = pr.claim();
        int[] rc = rules.computeIfAbsent(c.ruleId(), k -> new int[2]);
        rc[0]++;
        attributionRules.add(c.ruleId());
        Set<String> predTopics = topicsOf(c);
        if (loose[p] >= 0) {
          rc[1]++;
          GoldAttribution g = golds.get(loose[p]);
          goldFound[loose[p]] = true;
          found.add(gold.docId() + "#" + g.id());
          countTopics(topicCounts, predTopics, g.topics());
          countTopics(matchedTopicCounts, predTopics, g.topics());
          frames.matched(gold.docId(), g, c.mode(), predSlots.get(p), text, cp, errors);
          if (!predTopics.equals(new TreeSet<>(g.topics()))) {
            errors.add(row("topic_mismatch", gold.docId(), c.ruleId(), g.id(), pr, text, cp,
                "predicted '" + String.join("|", predTopics) + "', gold '" + String.join("|", new TreeSet<>(g.topics())) + "'"));
          }
          if (c.speaker().isPresent() && g.source().isPresent() && g.canonical().isPresent()) {
            canonicalTotal++;
            String want = g.canonical().get();
            String got = c.speaker().get().canonical();
            if (normalName(want).equals(normalName(got))) {
              canonicalCorrect++;
            } else {
              errors.add(row("wrong_canonical", gold.docId(), c.ruleId(), g.id(), pr, text, cp,
                  "predicted '" + got + "', gold '" + want + "'"));
            }
          }
        } else {
          countTopics(topicCounts, predTopics, Set.of());
          String key = gold.docId() + "@" + spans(pr.cue(), cp) + ":" + spans(pr.content(), cp);
          falsePositives.add(key);
          errors.add(row("false_positive", gold.docId(), c.ruleId(), "", pr, text, cp,
              item.negatives().matches(c) ? "rejected in review" : ""));
        }
      }
      for (int g = 0; g < golds.size(); g++) {
        breakdown.add(golds.get(g), text, goldFound[g]);
        if (!goldFound[g]) {
          GoldAttribution ga = golds.get(g);
          countTopics(topicCounts, Set.of(), ga.topics());
          errors.add(new EvalResult.ErrorRow("false_negative", gold.docId(), "", ga.id(),
              ga.source().map(s -> s.text(text)).orElse(""), ga.cue().text(text), ga.content().text(text),
              "source=" + ga.source().map(s -> spans(s, cp)).orElse("") + " cue=" + spans(ga.cue(), cp)
                  + " content=" + spans(ga.content(), cp), ""));
        }
      }
      boolean[] statementFound = new boolean[goldStatements.size()];
      for (int p = 0; p < predStatements.size(); p++) {
        Claim c = predStatements.get(p);
        int[] rc = rules.computeIfAbsent(c.ruleId(), k -> new int[2]);
        rc[0]++;
        statementRules.add(c.ruleId());
        SpanSet content = new SpanSet(c.content());
        if (stmt[p] >= 0) {
          rc[1]++;
          statementFound[stmt[p]] = true;
          countTopics(topicCounts, topicsOf(c), goldStatements.get(stmt[p]).topics());
          countTopics(matchedTopicCounts, topicsOf(c), goldStatements.get(stmt[p]).topics());
        } else {
          countTopics(topicCounts, topicsOf(c), Set.of());
          errors.add(new EvalResult.ErrorRow("unattributed_fp", gold.docId(), c.ruleId(), "", "", "",
              content.text(text), "content=" + spans(content, cp), String.join("|", topicsOf(c))));
        }
      }
      for (int g = 0; g < goldStatements.size(); g++) {
        if (!statementFound[g]) {
          GoldStatement gs = goldStatements.get(g);
          countTopics(topicCounts, Set.of(), gs.topics());
          errors.add(new EvalResult.ErrorRow("unattributed_fn", gold.docId(), "", gs.id(), "", "",
              gs.content().text(text), "content=" + spans(gs.content(), cp), String.join("|", new TreeSet<>(gs.topics()))));
        }
      }
    }
    Map<String, Prf> topics = new TreeMap<>();
    topicCounts.forEach((t, c) -> topics.put(t, Prf.exact(c[0], c[0] + c[1], c[0] + c[2])));
    Map<String, Prf> topicsOnMatched = new TreeMap<>();
    matchedTopicCounts.forEach((t, c) -> topicsOnMatched.put(t, Prf.exact(c[0], c[0] + c[1], c[0] + c[2])));
    Map<String, EvalResult.RuleCount> ruleCounts = new TreeMap<>();
    int attributionGold = attribution.gold();
    int statementGold = unattributed.gold();
    rules.forEach((r, c) -> ruleCounts.put(r, new EvalResult.RuleCount(c[0], c[1],
        (attributionRules.contains(r) ? attributionGold : 0) + (statementRules.contains(r) ? statementGold : 0))));
    return new EvalResult(roleExact, rolePartial, attribution, strict, unattributed, topics,
        topicsOnMatched, canonicalCorrect, canonicalTotal, ruleCounts, docs, errors, List.copyOf(found), List.copyOf(falsePositives),
        breakdown.byConstruction(), breakdown.byCue(), univocal, nestedSetAside, frames.result());
  }

  private static EvalResult.ErrorRow row(String kind, String docId, String ruleId, String goldId,
      Predicted pr, String text, CodePointIndex cp, String detail) {
    return new EvalResult.ErrorRow(kind, docId, ruleId, goldId,
        pr.source().map(s -> s.text(text)).orElse(""), pr.cue().text(text), pr.content().text(text),
        "source=" + pr.source().map(s -> spans(s, cp)).orElse("") + " cue=" + spans(pr.cue(), cp)
            + " content=" + spans(pr.content(), cp), detail);
  }

  private static String spans(SpanSet s, CodePointIndex cp) {
    StringBuilder b = new StringBuilder();
    for (TextSpan p : s.pieces()) {
      b.append(b.length() == 0 ? "" : ";").append(cp.toCodePoint(p.start())).append('-').append(cp.toCodePoint(p.end()));
    }
    return b.toString();
  }

  private static Set<String> topicsOf(Claim c) {
    Set<String> t = new TreeSet<>();
    c.topics().forEach(h -> t.add(h.topic()));
    return t;
  }

  /** counts[topic] = {tp, fp, fn}. */
  private static void countTopics(Map<String, int[]> counts, Set<String> predicted, Set<String> gold) {
    for (String t : predicted) {
      counts.computeIfAbsent(t, k -> new int[3])[gold.contains(t) ? 0 : 1]++;
    }
    for (String t : gold) {
      if (!predicted.contains(t)) {
        counts.computeIfAbsent(t, k -> new int[3])[2]++;
      }
    }
  }

  static String normalName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[\\s.]+", " ").strip();
  }

  private static int matched(int[] alignment) {
    int n = 0;
    for (int a : alignment) {
      if (a >= 0) {
        n++;
      }
    }
    return n;
  }

  private static <T> List<SpanSet> spansOf(List<T> items, Function<T, Optional<SpanSet>> role) {
    Set<SpanSet> distinct = new LinkedHashSet<>();
    for (T item : items) {
      role.apply(item).ifPresent(distinct::add);
    }
    return new ArrayList<>(distinct);
  }

  private static Prf roleScore(WordTokens words, List<SpanSet> preds, List<SpanSet> golds, boolean exact) {
    if (exact) {
      int[] m = OneToOne.match(preds.size(), golds.size(), (p, g) -> preds.get(p).equals(golds.get(g)) ? 1 : 0);
      return Prf.exact(matched(m), preds.size(), golds.size());
    }
    int[] m = OneToOne.match(preds.size(), golds.size(), (p, g) -> credit(words, preds.get(p), golds.get(g)).sum());
    double predCredit = 0;
    double goldCredit = 0;
    for (int p = 0; p < m.length; p++) {
      if (m[p] >= 0) {
        Credit c = credit(words, preds.get(p), golds.get(m[p]));
        predCredit += c.predicted();
        goldCredit += c.gold();
      }
    }
    return new Prf(predCredit, preds.size(), goldCredit, golds.size());
  }

  /**
   * Token-overlap credit. A span without word tokens (a colon cue) counts as one token,
   * credited in full when it overlaps.
   */
  private static Credit credit(WordTokens words, SpanSet pred, SpanSet gold) {
    BitSet pt = words.covered(pred);
    BitSet gt = words.covered(gold);
    if (pt.isEmpty() || gt.isEmpty()) {
      double c = pred.overlaps(gold) ? 1 : 0;
      return new Credit(c, c);
    }
    BitSet both = (BitSet) pt.clone();
    both.and(gt);
    return new Credit((double) both.cardinality() / pt.cardinality(), (double) both.cardinality() / gt.cardinality());
  }

  private static double attributionScore(WordTokens words, Predicted p, GoldAttribution g, boolean strict) {
    if (!p.cue().overlaps(g.cue()) || !p.content().overlaps(g.content())) {
      return 0;
    }
    if (strict) {
      boolean bothAbsent = p.source().isEmpty() && g.source().isEmpty();
      boolean overlap = p.source().isPresent() && g.source().isPresent() && p.source().get().overlaps(g.source().get());
      if (!bothAbsent && !overlap) {
        return 0;
      }
    }
    return credit(words, p.content(), g.content()).sum() + credit(words, p.cue(), g.cue()).sum();
  }
}

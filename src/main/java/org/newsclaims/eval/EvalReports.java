package org.newsclaims.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsclaims.model.ClaimMode;

/** Writes an {@link EvalResult} as report.md (people), scores.json (machines) and errors.csv. */
public final class EvalReports {
  /** Rows of the recall-by-cue table in report.md; scores.json has every cue. */
  public static final int CUE_ROWS = 40;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalReports() {}

  public static void markdown(Writer out, EvalResult r, int documents) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# newsclaims evaluation\n\n");
    b.append(documents).append(" gold articles, ").append(r.attribution().gold()).append(" gold attributions, ")
        .append(r.unattributed().gold()).append(" gold unattributed statements; ")
        .append(r.attribution().predicted()).append(" predicted attributions (claims in headlines left out).\n\n");
    if (r.univocalGold()) {
      b.append("The gold is univocal (no attribution inside another's content, as in PolNeAR): ")
          .append(r.nestedSetAside()).append(" predicted attributions nested in another prediction's content, and annotated by no gold ")
          .append("attribution, were set aside, as such gold cannot refute them.\n\n");
    }
    b.append("## Headline\n\n| measure | precision | recall | F1 |\n|---|---|---|---|\n");
    line(b, "attribution (cue and content overlap)", r.attribution());
    line(b, "attribution, source overlaps too", r.attributionStrict());
    for (String role : EvalResult.ROLES) {
      line(b, role + ", exact", r.roleExact().get(role));
      line(b, role + ", partial (token overlap)", r.rolePartial().get(role));
    }
    line(b, "unattributed topic statements", r.unattributed());
    line(b, "topics, micro", r.topicsMicro());
    line(b, "topics, micro, on matched claims only", r.topicsOnMatchedMicro());
    b.append("\nSpeaker canonical name accuracy on matched attributions: ")
        .append(Prf.format(r.canonicalAccuracy())).append(" (").append(r.canonicalCorrect()).append('/')
        .append(r.canonicalTotal()).append(")\n\nMacro attribution F1 over articles: ")
        .append(Prf.format(r.macroAttributionF1())).append("\n\n");
    b.append("## Topics\n\n| topic | precision | recall | F1 | predicted | gold |\n|---|---|---|---|---|---|\n");
    r.topics().forEach((t, p) -> b.append("| ").append(t).append(" | ").append(Prf.format(p.precision())).append(" | ")
        .append(Prf.format(p.recall())).append(" | ").append(Prf.format(p.f1())).append(" | ")
        .append(p.predicted()).append(" | ").append(p.gold()).append(" |\n"));
    b.append("\nOn matched claims only (gold attributions and statements the extractor found, and their")
        .append(" predictions): the topic classifier apart from extraction recall.\n\n")
        .append("| topic | precision | recall | F1 | predicted | gold |\n|---|---|---|---|---|---|\n");
    r.topicsOnMatched().forEach((t, p) -> b.append("| ").append(t).append(" | ").append(Prf.format(p.precision())).append(" | ")
        .append(Prf.format(p.recall())).append(" | ").append(Prf.format(p.f1())).append(" | ")
        .append(p.predicted()).append(" | ").append(p.gold()).append(" |\n"));
    modes(b, r.frames());
    slots(b, r.frames());
    b.append("\n## Rules\n\n| rule | produced | correct | precision | recall |\n|---|---|---|---|---|\n");
    r.rules().forEach((id, c) -> b.append("| ").append(id).append(" | ").append(c.produced()).append(" | ")
        .append(c.correct()).append(" | ").append(Prf.format(c.precision())).append(" | ")
        .append(Prf.format(c.recall())).append(" |\n"));
    b.append("\nRecall: gold attributions matched by the rule's claims / all gold attributions (for the unattributed")
        .append(" rule: gold statements), so the attribution rules' recalls sum to the attribution recall.\n");
    b.append("\n## Recall by construction\n\nThe construction of each gold attribution, guessed from its cue,")
        .append(" source and content text (first test that holds; see Construction).\n\n");
    recallTable(b, "construction", r.recallByConstruction(), Integer.MAX_VALUE);
    b.append("\n## Recall by cue\n\nThe ").append(CUE_ROWS).append(" most frequent gold cues (the whole cue if")
        .append(" it has at most ").append(CueHead.MAX_WORDS).append(" words, else its last word); all of them")
        .append(" are in scores.json.\n\n");
    recallTable(b, "cue", r.recallByCue(), CUE_ROWS);
    b.append("\n## Articles\n\n| article | attribution P | R | F1 | strict F1 | gold | predicted | unattributed F1 |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (EvalResult.DocScore d : r.documents()) {
      b.append("| ").append(d.docId()).append(" | ").append(Prf.format(d.attribution().precision())).append(" | ")
          .append(Prf.format(d.attribution().recall())).append(" | ").append(Prf.format(d.attribution().f1()))
          .append(" | ").append(Prf.format(d.attributionStrict().f1())).append(" | ").append(d.attribution().gold())
          .append(" | ").append(d.attribution().predicted()).append(" | ").append(Prf.format(d.unattributed().f1()))
          .append(" |\n");
    }
    b.append("\nEvery false positive and false negative is listed in errors.csv.\n");
    out.write(b.toString());
  }

  private static void modes(StringBuilder b, FrameScores f) {
    b.append("\n## Modes\n\nMode accuracy on matched attributions with a gold mode: ")
        .append(Prf.format(f.modeAccuracy())).append(" (").append(f.modeCorrect()).append('/').append(f.modeTotal())
        .append(")\n\nRows: gold mode; columns: predicted mode.\n\n| gold \\ predicted |");
    for (ClaimMode m : ClaimMode.values()) {
      b.append(' ').append(m.label()).append(" |");
    }
    b.append(" total |\n|---|").append("---|".repeat(ClaimMode.values().length + 1)).append('\n');
    for (ClaimMode g : ClaimMode.values()) {
      Map<String, Integer> row = f.modeConfusion().getOrDefault(g.label(), Map.of());
      b.append("| ").append(g.label()).append(" |");
      for (ClaimMode p : ClaimMode.values()) {
        b.append(' ').append(row.getOrDefault(p.label(), 0)).append(" |");
      }
      b.append(' ').append(row.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n");
    }
  }

  private static void slots(StringBuilder b, FrameScores f) {
    b.append("\n## Frame slots\n\nOn matched attributions (the slots of each predicted claim against those of the")
        .append(" gold attribution it matched), one-to-one within each topic.slot; overlap: the spans share a character.\n\n");
    slotTable(b, f.slotExact(), f.slotOverlap());
    b.append("\nNormalisation accuracy on slots matched by overlap whose gold has a normalised value: ")
        .append(Prf.format(f.normalizationAccuracy())).append(" (").append(f.normalizedCorrect()).append('/')
        .append(f.normalizedTotal()).append(")\n\nEnd to end (every predicted attribution's slots against every gold")
        .append(" slot of the article, so extraction recall counts too):\n\n");
    slotTable(b, f.slotExactEndToEnd(), f.slotOverlapEndToEnd());
  }

  private static void slotTable(StringBuilder b, Map<String, Prf> exact, Map<String, Prf> overlap) {
    b.append("| slot | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | predicted | gold |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    exact.forEach((label, e) -> slotRow(b, label, e, overlap.get(label)));
    slotRow(b, "all (micro)", FrameScores.micro(exact), FrameScores.micro(overlap));
  }

  private static void slotRow(StringBuilder b, String label, Prf e, Prf o) {
    b.append("| ").append(label).append(" | ").append(Prf.format(e.precision())).append(" | ")
        .append(Prf.format(e.recall())).append(" | ").append(Prf.format(e.f1())).append(" | ")
        .append(Prf.format(o.precision())).append(" | ").append(Prf.format(o.recall())).append(" | ")
        .append(Prf.format(o.f1())).append(" | ").append(e.predicted()).append(" | ").append(e.gold()).append(" |\n");
  }

  private static Map<String, Object> framesJson(FrameScores f) {
    Map<String, Object> modes = new LinkedHashMap<>();
    modes.put("accuracy", value(f.modeAccuracy()));
    modes.put("correct", f.modeCorrect());
    modes.put("total", f.modeTotal());
    modes.put("confusion", f.modeConfusion());
    Map<String, Object> normalization = new LinkedHashMap<>();
    normalization.put("accuracy", value(f.normalizationAccuracy()));
    normalization.put("correct", f.normalizedCorrect());
    normalization.put("total", f.normalizedTotal());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("modes", modes);
    out.put("slots_on_matched", slotsJson(f.slotExact(), f.slotOverlap()));
    out.put("slots_end_to_end", slotsJson(f.slotExactEndToEnd(), f.slotOverlapEndToEnd()));
    out.put("normalization", normalization);
    return out;
  }

  private static Map<String, Object> slotsJson(Map<String, Prf> exact, Map<String, Prf> overlap) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("micro", Map.of("exact", prf(FrameScores.micro(exact)), "overlap", prf(FrameScores.micro(overlap))));
    Map<String, Object> bySlot = new LinkedHashMap<>();
    exact.forEach((label, e) -> bySlot.put(label, Map.of("exact", prf(e), "overlap", prf(overlap.get(label)))));
    out.put("by_slot", bySlot);
    return out;
  }

  private static void recallTable(StringBuilder b, String what, Map<String, EvalResult.RecallCount> rows, int limit) {
    b.append("| ").append(what).append(" | gold | found | recall |\n|---|---|---|---|\n");
    rows.entrySet().stream().limit(limit).forEach(e -> b.append("| ").append(cell(e.getKey())).append(" | ")
        .append(e.getValue().gold()).append(" | ").append(e.getValue().found()).append(" | ")
        .append(Prf.format(e.getValue().recall())).append(" |\n"));
  }

  /** A table cell: pipes escaped, line breaks as spaces. */
  private static String cell(String s) {
    return s.replace("|", "\\|").replaceAll("\\R", " ");
  }

  private static void line(StringBuilder b, String name, Prf p) {
    b.append("| ").append(name).append(" | ").append(Prf.format(p.precision())).append(" | ")
        .append(Prf.format(p.recall())).append(" | ").append(Prf.format(p.f1())).append(" |\n");
  }

  public static void json(Writer out, EvalResult r) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> headline = new LinkedHashMap<>();
    r.headline().forEach((k, v) -> headline.put(k, value(v)));
    root.put("headline", headline);
    root.put("gold_univocal", r.univocalGold());
    root.put("nested_set_aside", r.nestedSetAside());
    root.put("attribution", prf(r.attribution()));
    root.put("attribution_strict", prf(r.attributionStrict()));
    Map<String, Object> roles = new LinkedHashMap<>();
    for (String role : EvalResult.ROLES) {
      roles.put(role, Map.of("exact", prf(r.roleExact().get(role)), "partial", prf(r.rolePartial().get(role))));
    }
    root.put("roles", roles);
    root.put("unattributed", prf(r.unattributed()));
    Map<String, Object> topics = new LinkedHashMap<>();
    r.topics().forEach((t, p) -> topics.put(t, prf(p)));
    root.put("topics", topics);
    root.put("canonical", Map.of("correct", r.canonicalCorrect(), "total", r.canonicalTotal()));
    root.putAll(framesJson(r.frames()));
    Map<String, Object> rules = new LinkedHashMap<>();
    r.rules().forEach((id, c) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("produced", c.produced());
      m.put("correct", c.correct());
      m.put("precision", value(c.precision()));
      m.put("gold", c.gold());
      m.put("recall", value(c.recall()));
      rules.put(id, m);
    });
    root.put("rules", rules);
    root.put("recall_by_construction", recalls(r.recallByConstruction()));
    root.put("recall_by_cue", recalls(r.recallByCue()));
    Map<String, Object> docs = new LinkedHashMap<>();
    for (EvalResult.DocScore d : r.documents()) {
      docs.put(d.docId(), Map.of("attribution", prf(d.attribution()), "attribution_strict", prf(d.attributionStrict()),
          "unattributed", prf(d.unattributed())));
    }
    root.put("documents", docs);
    root.put("found", r.found());
    root.put("false_positives", r.falsePositives());
    JSON.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  private static Map<String, Object> recalls(Map<String, EvalResult.RecallCount> rows) {
    Map<String, Object> out = new LinkedHashMap<>();
    rows.forEach((k, c) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold", c.gold());
      m.put("found", c.found());
      m.put("recall", value(c.recall()));
      out.put(k, m);
    });
    return out;
  }

  private static Map<String, Object> prf(Prf p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", value(p.precision()));
    m.put("recall", value(p.recall()));
    m.put("f1", value(p.f1()));
    m.put("predicted", p.predicted());
    m.put("gold", p.gold());
    m.put("predicted_credit", round(p.predictedCredit()));
    m.put("gold_credit", round(p.goldCredit()));
    return m;
  }

  /** A number rounded to 4 places, or the string "n/a". */
  private static Object value(OptionalDouble v) {
    return v.isPresent() ? round(v.getAsDouble()) : "n/a";
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  public static final List<String> ERROR_HEADER = List.of(
      "kind", "doc_id", "rule_id", "gold_id", "speaker", "cue", "content", "spans", "detail");

  public static void errors(Writer out, EvalResult r) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(ERROR_HEADER.toArray(String[]::new)).setRecordSeparator("\r\n").get());
    for (EvalResult.ErrorRow e : r.errors()) {
      printer.printRecord(e.kind(), e.docId(), e.ruleId(), e.goldId(), e.speaker(), e.cue(), e.content(), e.spans(), e.detail());
    }
    printer.flush();
  }

  /** Jackson closes its target; the atomic writer must keep it open. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

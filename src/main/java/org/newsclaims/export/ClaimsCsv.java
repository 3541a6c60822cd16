package org.newsclaims.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.text.CodePointIndex;

/**
 * The claims table: RFC 4180, UTF-8, a header row, one row per claim. Offsets are Unicode code
 * points, end exclusive; a discontinuous content is written as {@code ;}-separated starts and
 * ends, its text pieces joined by {@link #PIECE_SEPARATOR}. Cells are written verbatim (no
 * formula escaping), so cutting {@code [start, end)} out of the article always gives the cell.
 */
public final class ClaimsCsv {
  public static final List<String> HEADER = List.of(
      "claim_id", "doc_id", "type", "speaker", "speaker_canonical", "speaker_role",
      "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "content", "content_start",
      "content_end", "topics", "topic_evidence", "hedged", "negated", "in_headline", "rule_id",
      "sentence_index", "modal");
  /** Between the text pieces of a discontinuous content. */
  public static final String PIECE_SEPARATOR = " … ";

  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(HEADER.toArray(String[]::new))
      .setRecordSeparator("\r\n")
      .get();

  private ClaimsCsv() {}

  /** One article's claims with the text they point into. */
  public record Rows(String text, List<Claim> claims) {}

  /** Writes the header and rows; flushes but does not close {@code out}. */
  public static void write(Writer out, List<Rows> articles) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    for (Rows a : articles) {
      CodePointIndex index = new CodePointIndex(a.text());
      for (Claim c : a.claims()) {
        printer.printRecord(row(c, a.text(), index));
      }
    }
    printer.flush();
  }

  static List<String> row(Claim c, String text, CodePointIndex cp) {
    List<String> r = new ArrayList<>(HEADER.size());
    r.add(ClaimIds.of(c, text));
    r.add(c.docId());
    r.add(c.type().label());
    if (c.speaker().isPresent()) {
      var s = c.speaker().get();
      r.add(s.span().cut(text));
      r.add(s.canonical());
      r.add(s.role());
      r.add(Integer.toString(cp.toCodePoint(s.span().start())));
      r.add(Integer.toString(cp.toCodePoint(s.span().end())));
    } else {
      r.addAll(List.of("", "", "", "", ""));
    }
    if (c.cue().isPresent()) {
      TextSpan cue = c.cue().get();
      r.add(cue.cut(text));
      r.add(Integer.toString(cp.toCodePoint(cue.start())));
      r.add(Integer.toString(cp.toCodePoint(cue.end())));
    } else {
      r.addAll(List.of("", "", ""));
    }
    r.add(c.content().stream().map(p -> p.cut(text)).collect(Collectors.joining(PIECE_SEPARATOR)));
    r.add(c.content().stream().map(p -> Integer.toString(cp.toCodePoint(p.start()))).collect(Collectors.joining(";")));
    r.add(c.content().stream().map(p -> Integer.toString(cp.toCodePoint(p.end()))).collect(Collectors.joining(";")));
    r.add(c.topics().stream().map(TopicHit::topic).collect(Collectors.joining("|")));
    r.add(c.topics().stream().map(h -> h.topic() + "=" + h.evidence()).collect(Collectors.joining("|")));
    r.add(bool(c.hedged()));
    r.add(bool(c.negated()));
    r.add(bool(c.inHeadline()));
    r.add(c.ruleId());
    r.add(Integer.toString(c.sentenceIndex()));
    r.add(bool(c.modal()));
    return r;
  }

  private static String bool(boolean b) {
    return Boolean.toString(b).toLowerCase(Locale.ROOT);
  }
}

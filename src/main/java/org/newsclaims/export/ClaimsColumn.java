package org.newsclaims.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.text.CodePointIndex;

/**
 * The columns of claims.csv, in order: the one owner of their names, of how each cell is got from
 * a claim, of how a cell is read back, and of who may write it (the extractor, a reviewer's
 * correction, or the reviewer alone). The CSV writer, the output database and the review merge
 * all go through it.
 */
public enum ClaimsColumn {
  CLAIM_ID("claim_id", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> a.ids().of(c)),
  DOC_ID("doc_id", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> c.docId()),
  TYPE("type", Owner.CORRECTABLE, Cell.TEXT, (c, a) -> c.type().label()),
  SPEAKER("speaker", Owner.CORRECTABLE, Cell.TEXT, (c, a) -> speaker(c, s -> s.span().cut(a.rows().text()))),
  SPEAKER_CANONICAL("speaker_canonical", Owner.CORRECTABLE, Cell.TEXT, (c, a) -> speaker(c, Speaker::canonical)),
  SPEAKER_ROLE("speaker_role", Owner.CORRECTABLE, Cell.TEXT, (c, a) -> speaker(c, Speaker::role)),
  SPEAKER_START("speaker_start", Owner.CORRECTABLE, Cell.OFFSETS,
      (c, a) -> speaker(c, s -> a.codePoint(s.span().start()))),
  SPEAKER_END("speaker_end", Owner.CORRECTABLE, Cell.OFFSETS, (c, a) -> speaker(c, s -> a.codePoint(s.span().end()))),
  CUE("cue", Owner.CORRECTABLE, Cell.TEXT, (c, a) -> cue(c, s -> s.cut(a.rows().text()))),
  CUE_START("cue_start", Owner.CORRECTABLE, Cell.OFFSETS, (c, a) -> cue(c, s -> a.codePoint(s.start()))),
  CUE_END("cue_end", Owner.CORRECTABLE, Cell.OFFSETS, (c, a) -> cue(c, s -> a.codePoint(s.end()))),
  CONTENT("content", Owner.CORRECTABLE, Cell.TEXT, (c, a) -> c.content().stream().map(p -> p.cut(a.rows().text()))
      .collect(Collectors.joining(ClaimsCsv.PIECE_SEPARATOR))),
  CONTENT_START("content_start", Owner.CORRECTABLE, Cell.OFFSETS,
      (c, a) -> c.content().stream().map(p -> a.codePoint(p.start())).collect(Collectors.joining(";"))),
  CONTENT_END("content_end", Owner.CORRECTABLE, Cell.OFFSETS,
      (c, a) -> c.content().stream().map(p -> a.codePoint(p.end())).collect(Collectors.joining(";"))),
  TOPICS("topics", Owner.CORRECTABLE, Cell.TEXT,
      (c, a) -> c.topics().stream().map(TopicHit::topic).collect(Collectors.joining("|"))),
  TOPIC_EVIDENCE("topic_evidence", Owner.EXTRACTOR, Cell.TEXT,
      (c, a) -> c.topics().stream().map(h -> h.topic() + "=" + h.evidence()).collect(Collectors.joining("|"))),
  HEDGED("hedged", Owner.EXTRACTOR, Cell.FLAG, (c, a) -> flag(c.hedged())),
  NEGATED("negated", Owner.EXTRACTOR, Cell.FLAG, (c, a) -> flag(c.negated())),
  IN_HEADLINE("in_headline", Owner.EXTRACTOR, Cell.FLAG, (c, a) -> flag(c.inHeadline())),
  RULE_ID("rule_id", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> c.ruleId()),
  SENTENCE_INDEX("sentence_index", Owner.EXTRACTOR, Cell.COUNT, (c, a) -> Integer.toString(c.sentenceIndex())),
  MODAL("modal", Owner.EXTRACTOR, Cell.FLAG, (c, a) -> flag(c.modal())),
  TITLE("title", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> a.rows().metadata().title()),
  URL("url", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> a.rows().metadata().url()),
  PUBLISHED("published", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> a.rows().metadata().published()),
  OUTLET("outlet", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> a.rows().metadata().outlet()),
  TEXT_FILE("text_file", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> a.rows().textFile()),
  SPEAKER_KIND("speaker_kind", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> speaker(c, s -> s.kind().label())),
  MODE("mode", Owner.EXTRACTOR, Cell.TEXT, (c, a) -> c.mode().label()),
  REVIEW_STATUS("review_status", Owner.REVIEWER, Cell.TEXT, (c, a) -> ""),
  REVIEW_NOTE("review_note", Owner.REVIEWER, Cell.TEXT, (c, a) -> "");

  /** Who writes a column. */
  public enum Owner {
    /** Written by the extractor only. */
    EXTRACTOR,
    /** Written by the extractor; a reviewer's correction replaces it (review_status corrected). */
    CORRECTABLE,
    /** Written by reviewers only; empty as extracted. */
    REVIEWER
  }

  /** What a cell holds, and how it is read back. */
  public enum Cell {
    TEXT,
    /** Code point offsets, {@code ;}-separated for a discontinuous content; empty for none. */
    OFFSETS,
    /** {@code true} or {@code false}. */
    FLAG,
    /** A non-negative integer. */
    COUNT
  }

  /** One article's rows being rendered: its text, metadata, code point index and claim ids. */
  public record Article(ClaimsCsv.Rows rows, CodePointIndex index, ClaimIds ids) {
    public Article(ClaimsCsv.Rows rows) {
      this(rows, new CodePointIndex(rows.text()), ClaimIds.forText(rows.text()));
    }

    String codePoint(int utf16) {
      return Integer.toString(index.toCodePoint(utf16));
    }
  }

  @FunctionalInterface
  private interface Getter {
    String get(Claim claim, Article article);
  }

  private static final List<String> HEADERS = Arrays.stream(values()).map(ClaimsColumn::header).toList();

  private final String header;
  private final Owner owner;
  private final Cell cell;
  private final Getter getter;

  ClaimsColumn(String header, Owner owner, Cell cell, Getter getter) {
    this.header = header;
    this.owner = owner;
    this.cell = cell;
    this.getter = getter;
  }

  /** The column's name in claims.csv (and in the output database). */
  public String header() {
    return header;
  }

  public Owner owner() {
    return owner;
  }

  public Cell cell() {
    return cell;
  }

  /** The cell of a claim of an article. */
  public String get(Claim claim, Article article) {
    return getter.get(claim, article);
  }

  /** Every header, in order. */
  public static List<String> headers() {
    return HEADERS;
  }

  /** The headers of the columns of an owner, in order. */
  public static List<String> headers(Owner owner) {
    return Arrays.stream(values()).filter(c -> c.owner == owner).map(ClaimsColumn::header).toList();
  }

  /** The column of a header. */
  public static Optional<ClaimsColumn> of(String header) {
    return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
  }

  /**
   * Reads an {@link Cell#OFFSETS} cell: the code point offsets, in order; empty for an empty cell.
   *
   * @throws NumberFormatException if a piece is not a number
   */
  public static List<Integer> parseOffsets(String cell) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (String piece : s.split(";", -1)) {
      out.add(Integer.parseInt(piece.strip()));
    }
    return out;
  }

  private static String speaker(Claim c, Function<Speaker, String> f) {
    return c.speaker().map(f).orElse("");
  }

  private static String cue(Claim c, Function<TextSpan, String> f) {
    return c.cue().map(f).orElse("");
  }

  private static String flag(boolean b) {
    return Boolean.toString(b).toLowerCase(Locale.ROOT);
  }
}

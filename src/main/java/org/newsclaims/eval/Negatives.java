package org.newsclaims.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;
import org.newsclaims.text.CodePointIndex;

/**
 * The explicit negatives of one gold article: claims a reviewer rejected, kept in
 * {@code NAME.negatives.tsv} beside {@code NAME.txt} and {@code NAME.ann}. A prediction with
 * exactly the spans of a negative (source, cue, content) is a false positive, whatever gold it
 * overlaps.
 *
 * <p>The file also records the <em>scope</em> of the article's gold: {@code all} (the default:
 * the {@code .ann} is exhaustive, as hand gold is) or {@code reviewed} (the {@code .ann} was made
 * from reviewed claims only, so a prediction that neither overlaps gold nor is a negative was
 * never reviewed and is left out of the scores rather than counted as a false positive).
 *
 * <p>Format, UTF-8, one negative per line, tab-separated, offsets in code points as in BRAT
 * ({@code s e;s e}), each span followed by its text, which is checked against the article:
 * <pre>
 * # comment lines start with '#'
 * # scope: reviewed
 * claim_id  source  source_text  cue  cue_text  content  content_text  note
 * </pre>
 * Immutable.
 */
public record Negatives(Scope scope, List<Negative> items) {
  public static final String SUFFIX = ".negatives.tsv";
  public static final List<String> HEADER = List.of(
      "claim_id", "source", "source_text", "cue", "cue_text", "content", "content_text", "note");
  public static final Negatives NONE = new Negatives(Scope.ALL, List.of());
  private static final Pattern SCOPE = Pattern.compile("^#\\s*scope:\\s*(\\S+)\\s*$");
  private static final Pattern SPAN = Pattern.compile("(\\d+) (\\d+)");

  /** How much of the article the gold covers. */
  public enum Scope {
    /** Every attribution of the article is in the gold. */
    ALL,
    /** Only reviewed claims are in the gold (and among the negatives). */
    REVIEWED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One rejected claim, spans in UTF-16 units of the article. */
  public record Negative(String claimId, Optional<SpanSet> source, Optional<SpanSet> cue, SpanSet content, String note) {
    public Negative {
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(note, "note");
    }

    /** Whether a predicted claim has exactly these spans. */
    public boolean matches(Claim c) {
      return c.speaker().map(s -> SpanSet.of(s.span())).equals(source)
          && c.cue().map(SpanSet::of).equals(cue)
          && new SpanSet(c.content()).equals(content);
    }

    /** Whether it has the same spans as another negative. */
    public boolean sameSpans(Negative o) {
      return source.equals(o.source) && cue.equals(o.cue) && content.equals(o.content);
    }
  }

  public Negatives {
    Objects.requireNonNull(scope, "scope");
    items = List.copyOf(items);
  }

  /** Whether a prediction is one of the negatives. */
  public boolean matches(Claim c) {
    for (Negative n : items) {
      if (n.matches(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The predictions the evaluation scores: all of them under {@link Scope#ALL}; under
   * {@link Scope#REVIEWED} only the negatives and those that overlap gold the way a match needs
   * (cue and content for attributions, content for unattributed statements).
   */
  public List<Claim> scored(List<Claim> predictions, GoldDocument gold) {
    if (scope == Scope.ALL) {
      return predictions;
    }
    List<Claim> kept = new ArrayList<>();
    for (Claim c : predictions) {
      SpanSet content = new SpanSet(c.content());
      boolean overlaps = c.type() == ClaimType.UNATTRIBUTED || c.cue().isEmpty()
          ? gold.statements().stream().anyMatch(s -> s.content().overlaps(content))
          : gold.attributions().stream().anyMatch(g ->
              g.cue().overlaps(SpanSet.of(c.cue().get())) && g.content().overlaps(content));
      if (overlaps || matches(c)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** The negatives file of an article text file ({@code NAME.txt} gives {@code NAME.negatives.tsv}). */
  public static Path fileFor(Path textFile) {
    String name = textFile.getFileName().toString();
    String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    return textFile.resolveSibling(stem + SUFFIX);
  }

  /** The negatives of a gold document read from {@code goldDir}, {@link #NONE} when it has no file. */
  public static Negatives load(Path goldDir, GoldDocument gold) throws IOException {
    Path file = fileFor(goldDir.resolve(gold.docId()));
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    return read(gold.docId(), gold.text(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /**
   * Parses a negatives file against its article.
   *
   * @throws BratReader.GoldFormatException naming the line when a span does not fit the text
   */
  public static Negatives read(String docId, String text, List<String> lines) {
    CodePointIndex cp = new CodePointIndex(text);
    Scope scope = Scope.ALL;
    List<Negative> items = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      String where = docId + SUFFIX + ": line " + (n + 1);
      Matcher sm = SCOPE.matcher(line);
      if (sm.matches()) {
        String value = sm.group(1).toUpperCase(Locale.ROOT);
        if (!value.equals("ALL") && !value.equals("REVIEWED")) {
          throw new BratReader.GoldFormatException(where + ": scope must be 'all' or 'reviewed', not '" + sm.group(1) + "'");
        }
        scope = Scope.valueOf(value);
        continue;
      }
      if (line.isBlank() || line.startsWith("#") || line.startsWith(HEADER.get(0) + "\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 7) {
        throw new BratReader.GoldFormatException(where + ": expected " + HEADER.size() + " tab-separated cells, found " + cells.length);
      }
      Optional<SpanSet> source = spans(where, "source", cells[1], cells[2], text, cp);
      Optional<SpanSet> cue = spans(where, "cue", cells[3], cells[4], text, cp);
      SpanSet content = spans(where, "content", cells[5], cells[6], text, cp).orElseThrow(() ->
          new BratReader.GoldFormatException(where + ": a negative needs a content span"));
      items.add(new Negative(cells[0], source, cue, content, cells.length > 7 ? cells[7] : ""));
    }
    return new Negatives(scope, items);
  }

  private static Optional<SpanSet> spans(String where, String role, String offsets, String expected, String text,
      CodePointIndex cp) {
    if (offsets.isBlank()) {
      return Optional.empty();
    }
    List<TextSpan> pieces = new ArrayList<>();
    Matcher m = SPAN.matcher(offsets);
    while (m.find()) {
      int s = Integer.parseInt(m.group(1));
      int e = Integer.parseInt(m.group(2));
      if (e < s || e > cp.codePointLength()) {
        throw new BratReader.GoldFormatException(where + ": " + role + " span " + s + " " + e
            + " outside the text (" + cp.codePointLength() + " code points)");
      }
      pieces.add(cp.fromCodePoints(s, e));
    }
    if (pieces.isEmpty()) {
      throw new BratReader.GoldFormatException(where + ": " + role + " offsets '" + offsets + "' are not 's e;s e'");
    }
    SpanSet set = new SpanSet(pieces);
    String actual = oneLine(String.join(" ", set.pieces().stream().map(p -> p.cut(text)).toList()));
    if (!oneLine(expected).equals(actual)) {
      throw new BratReader.GoldFormatException(where + ": " + role + " text '" + oneLine(expected)
          + "' but the article has '" + actual + "' at those offsets");
    }
    return Optional.of(set);
  }

  /** The file's lines: comment, scope, header, one line per negative. */
  public List<String> format(String text) {
    CodePointIndex cp = new CodePointIndex(text);
    List<String> out = new ArrayList<>();
    out.add("# newsclaims explicit negatives: claims rejected in review, counted as false positives when predicted again");
    out.add("# scope: " + scope.label());
    out.add(String.join("\t", HEADER));
    for (Negative n : items) {
      out.add(String.join("\t", n.claimId(),
          n.source().map(s -> BratWriter.offsets(s, cp)).orElse(""), n.source().map(s -> covered(s, text)).orElse(""),
          n.cue().map(s -> BratWriter.offsets(s, cp)).orElse(""), n.cue().map(s -> covered(s, text)).orElse(""),
          BratWriter.offsets(n.content(), cp), covered(n.content(), text), oneLine(n.note())));
    }
    return out;
  }

  private static String covered(SpanSet s, String text) {
    return oneLine(String.join(" ", s.pieces().stream().map(p -> p.cut(text)).toList()));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}

package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;

/**
 * "“A,” Omar said. “B.” “C.”" and "Omar said: “A.” “B.”": quotations that follow a quoted claim
 * with nothing but spaces between them continue the same speech and become further content
 * pieces; so does the next paragraph when it is one quotation and nothing else. The run stops
 * at the first quotation another claim took, that has a cue of its own (a claim's cue inside it or
 * within a few characters after it in its paragraph, or any words after it in its sentence), or
 * that is not adjacent. A claim around the
 * quotations (a transcript turn) does not count as taking them. Immutable, thread-safe.
 */
final class QuotationContinuation implements ClaimRefiner {
  /** A cue this close after a quotation, in its paragraph, is its own ("“B?” | she asked."). */
  private static final int OWN_CUE_REACH = 40;
  /** The longest "said X, the Y of Z." tail between two quotations of one speech, in characters. */
  private static final int MAX_TAIL_CHARS = 160;
  private static final String QUOTE_MARKS = "\"\u201C\u201D\u2018\u2019'`\u00AB\u00BB";

  @Override
  public List<Claim> refine(DocumentContext context, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims);
    // Content pieces and cues by position in out, so each test reads only the claims near a quotation.
    SpanIndex contents = SpanIndex.ofContents(out);
    SpanIndex cues = SpanIndex.ofCues(out);
    for (int k = 0; k < out.size(); k++) {
      Claim c = out.get(k);
      if (c.content().size() != 1 || c.cue().isEmpty() || !context.isQuote(c.content().get(0))) {
        continue;
      }
      TextSpan first = c.content().get(0);
      int cueStart = c.cue().get().start();
      if (cueStart > first.start() && cueStart < first.end()) {
        continue;
      }
      // After "“A,” he said." the next quotation follows the cue's sentence; after "He said: “A.”"
      // it follows the quotation.
      int pos = cueStart < first.start() ? first.end()
          : Math.max(first.end(), context.sentences().get(c.sentenceIndex()).span().end());
      List<TextSpan> pieces = new ArrayList<>(List.of(first));
      Optional<TextSpan> next = following(context, pos);
      if (next.isEmpty() && cueStart > first.start()) {
        next = afterTail(context, c.cue().get().end());
      }
      while (next.isPresent() && free(context, out, contents, cues, c, next.get())) {
        pieces.add(next.get());
        next = following(context, next.get().end());
      }
      if (pieces.size() > 1) {
        out.set(k, c.withContent(List.copyOf(pieces)).withType(ClaimType.DIRECT));
        for (TextSpan p : pieces.subList(1, pieces.size())) {
          contents.add(p, k);
        }
      }
    }
    return out;
  }

  /**
   * The quotation after this offset: in the same paragraph with only spaces before it, or
   * opening the next paragraph and filling it.
   */
  private static Optional<TextSpan> following(DocumentContext context, int pos) {
    String text = context.text();
    int at = pos;
    while (at < text.length() && isSpace(text.charAt(at))) {
      at++;
    }
    int sameLine = at;
    Optional<TextSpan> adjacent = context.quoteStartingAt(sameLine);
    if (adjacent.isPresent() || at >= text.length() || text.charAt(at) != '\n') {
      return adjacent;
    }
    while (at < text.length() && (isSpace(text.charAt(at)) || text.charAt(at) == '\n')) {
      at++;
    }
    int paragraph = at;
    int lineEnd = text.indexOf('\n', paragraph);
    TextSpan line = TextLines.trim(text, paragraph, lineEnd < 0 ? text.length() : lineEnd);
    return context.isQuote(line) ? Optional.of(line) : Optional.empty();
  }

  /**
   * "“A,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. “B.”": the quotation that opens
   * the next sentence of the cue's paragraph when the sentence splitter cut the tail at an
   * abbreviation: the tail up to it holds no quote mark and no verb, and ends with a full stop.
   */
  private static Optional<TextSpan> afterTail(DocumentContext context, int cueEnd) {
    String text = context.text();
    int limit = Math.min(text.length(), cueEnd + MAX_TAIL_CHARS);
    for (int i = cueEnd; i < limit; i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || QUOTE_MARKS.indexOf(ch) >= 0) {
        Optional<TextSpan> q = context.quoteStartingAt(i);
        String tail = text.substring(cueEnd, i).strip();
        return q.isPresent() && tail.endsWith(".") && !holdsVerb(context, cueEnd, i) ? q : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether a verb stands in [from, to): the words there are a sentence of their own, not a tail. */
  private static boolean holdsVerb(DocumentContext context, int from, int to) {
    return context.sentenceAt(from) < 0 || TextLines.tokensIn(context, new TextSpan(from, to)).stream()
        .anyMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  /**
   * No other claim took the quotation, and nothing in its sentence after it reports it. The
   * claims' content pieces and cues are indexed by position in {@code claims}.
   */
  private static boolean free(DocumentContext context, List<Claim> claims, SpanIndex contents, SpanIndex cues,
      Claim c, TextSpan q) {
    boolean taken = Arrays.stream(contents.touching(q)).mapToObj(claims::get)
        .anyMatch(o -> o != c && !o.contentHull().contains(c.contentHull())
            && o.content().stream().anyMatch(p -> p.overlaps(q)));
    if (taken) {
      return false;
    }
    int sentence = context.sentenceAt(q.end() - 1);
    if (sentence < 0) {
      return false;
    }
    TextSpan span = context.sentences().get(sentence).span();
    String text = context.text();
    boolean ownCue = Arrays.stream(cues.touching(q.start(), q.end() + OWN_CUE_REACH)).mapToObj(claims::get)
        .anyMatch(o -> o != c && o.cue().map(cue -> cue.overlaps(q)
        || (cue.start() >= q.end() && cue.start() - q.end() < OWN_CUE_REACH
            && text.substring(q.end(), cue.start()).indexOf('\n') < 0)).orElse(false));
    String after = text.substring(q.end(), Math.max(q.end(), span.end())).strip();
    return !ownCue && after.chars().allMatch(ch -> ch == '.' || ch == '\u2026');
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\t' || c == '\r';
  }
}

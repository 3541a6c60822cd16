package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;

/**
 * "Trump said he would order a review and warned against hackers", "Perdue said he did not
 * believe it, arguing that ...": when the parser hangs a second attribution under the first one's
 * content, the first content runs on over the second's cue. A claim whose content holds another
 * claim's cue (or that claim's speaker) right after a coordinating "and"/"but", a comma, a
 * semicolon or a dash ends before that connector: the second attribution is coordinated with
 * the first, not reported by it. An attribution reported inside a content ("Trump said Putin
 * told him ...") follows no connector and stays nested. Only claims of one sentence are split:
 * quotations and transcript turns, whose contents run over sentences, are never cut. Immutable, thread-safe.
 */
final class CoordinatedClaimSplit implements ClaimRefiner {
  /** A connector at the end of the text before the second claim, and the blanks after it. */
  private static final Pattern CONNECTOR = Pattern.compile("(?:,|;|—|–|\\s--|\\band|\\bbut)\\s*$");

  @Override
  public List<Claim> refine(DocumentContext context, List<Claim> claims) {
    String text = context.text();
    List<Claim> out = new ArrayList<>(claims);
    // The start of each claim's cue, by position: a cut needs the inner cue to start inside one
    // of the outer content's pieces, and cuts only shorten pieces, so the claims whose cue starts
    // inside the outer's first pieces are the only candidates, taken in list order.
    SpanIndex cueStarts = new SpanIndex();
    for (int k = 0; k < claims.size(); k++) {
      int position = k;
      claims.get(k).cue().ifPresent(cue -> cueStarts.add(new TextSpan(cue.start(), cue.start()), position));
    }
    for (int k = 0; k < out.size(); k++) {
      Claim outer = out.get(k);
      if (outer.cue().isEmpty() || outer.type() == ClaimType.DIRECT) {
        continue;
      }
      for (int candidate : candidates(cueStarts, outer)) {
        Claim inner = claims.get(candidate);
        if (inner == outer || inner.cue().isEmpty() || inner.sentenceIndex() != outer.sentenceIndex()
            || context.insideQuotation(inner.cue().get())) {
          continue;
        }
        Optional<Claim> cut = cutBefore(text, out.get(k), inner);
        if (cut.isPresent()) {
          out.set(k, cut.get());
        }
      }
    }
    return out;
  }

  /** The positions of the claims whose cue starts in or at the ends of a content piece, ascending. */
  private static int[] candidates(SpanIndex cueStarts, Claim outer) {
    if (outer.content().size() == 1) {
      return cueStarts.touching(outer.content().get(0));
    }
    return outer.content().stream().flatMapToInt(p -> Arrays.stream(cueStarts.touching(p))).distinct().sorted().toArray();
  }

  private static Optional<Claim> cutBefore(String text, Claim outer, Claim inner) {
    TextSpan cue = inner.cue().get();
    List<TextSpan> pieces = outer.content();
    for (int p = 0; p < pieces.size(); p++) {
      TextSpan piece = pieces.get(p);
      if (!piece.contains(cue.start()) || piece.start() < outer.cue().get().end()) {
        continue;
      }
      // The connector stands before the second claim's speaker ("and Democrats accused") or, when
      // the speaker is shared or elsewhere, before its cue ("and warned against").
      List<Integer> starts = new ArrayList<>();
      inner.speaker().map(s -> s.span().start()).filter(s -> s > piece.start() && s < cue.start()).ifPresent(starts::add);
      starts.add(cue.start());
      for (int start : starts) {
        Matcher m = CONNECTOR.matcher(text.substring(piece.start(), start));
        if (!m.find()) {
          continue;
        }
        int end = piece.start() + m.start();
        while (end > piece.start() && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (end <= piece.start()) {
          return Optional.empty();
        }
        List<TextSpan> kept = new ArrayList<>(pieces.subList(0, p));
        kept.add(new TextSpan(piece.start(), end));
        return Optional.of(outer.withContent(kept));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}

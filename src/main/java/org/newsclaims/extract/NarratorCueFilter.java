package org.newsclaims.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;

/**
 * Drops claims whose cue is a narrator-only word ({@code models/lexicons/narrator-cues.txt}:
 * intentions, plans, findings, talk about a subject) when the cue lies inside a quotation or
 * inside the quoted content of another claim (a quotation, a transcript turn). "Trump wants to build a wall" attributes an intention; in
 * Putin's turn "They want to cut off the routes", "want" is part of what Putin says. Strong
 * reporting verbs ("said", "told") keep their nested claims. Immutable, thread-safe.
 */
final class NarratorCueFilter implements ClaimRefiner {
  private final Set<String> narratorCues;

  NarratorCueFilter(Lexicons lexicons) {
    this.narratorCues = lexicons.get("narrator-cues");
  }

  @Override
  public List<Claim> refine(DocumentContext context, List<Claim> claims) {
    SpanIndex contents = SpanIndex.ofContents(claims);
    return claims.stream().filter(c -> !nestedNarratorCue(context, claims, contents, c)).toList();
  }

  /** {@code contents} indexes the content pieces of {@code all} by position. */
  private boolean nestedNarratorCue(DocumentContext context, List<Claim> all, SpanIndex contents, Claim c) {
    if (!context.cueHasLemma(c, narratorCues)) {
      return false;
    }
    TextSpan cue = c.cue().get();
    boolean quoted = context.insideQuotation(cue);
    boolean insideOther = Arrays.stream(contents.touching(cue)).mapToObj(all::get).anyMatch(o -> o != c && o.type() != ClaimType.INDIRECT
        && o.content().stream().anyMatch(p -> p.contains(cue)));
    return quoted || insideOther;
  }
}

package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;

/**
 * "outlined how peace could be secured: “...”": the verb's object only announces the quotation
 * after the colon, which is the real content of that verb. The claim at the clause's main verb
 * takes the quotation as its content and becomes {@code direct}. Immutable, thread-safe.
 */
final class AnnouncedQuotation implements ClaimRefiner {

  @Override
  public List<Claim> refine(DocumentContext context, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims);
    // How many claims of out have each one-span content, and the cues by position (a claim's cue
    // never changes here).
    Map<TextSpan, Integer> quotedAlone = new HashMap<>();
    out.forEach(c -> count(quotedAlone, c, 1));
    SpanIndex cues = SpanIndex.ofCues(out);
    for (Sentence s : context.sentences()) {
      if (!s.isParsed()) {
        continue;
      }
      Optional<ColonQuoteFinder.ColonQuote> located = ColonQuoteFinder.locate(s, context);
      if (located.isEmpty()) {
        continue;
      }
      TextSpan quote = located.get().quote();
      int rootStart = s.token(located.get().root()).span().start();
      if (quotedAlone.getOrDefault(quote, 0) > 0) {
        continue;
      }
      for (int k : cues.touching(rootStart, rootStart)) {
        Claim c = out.get(k);
        if (c.speaker().isPresent() && c.cue().isPresent() && c.cue().get().contains(rootStart)
            && ColonQuoteFinder.announcesQuote(s, c)) {
          Claim announced = c.withContent(List.of(quote)).withType(ClaimType.DIRECT)
              .withFlags(c.hedged(), c.negated(), false);
          count(quotedAlone, c, -1);
          count(quotedAlone, announced, 1);
          out.set(k, announced);
          break;
        }
      }
    }
    return out;
  }

  private static void count(Map<TextSpan, Integer> quotedAlone, Claim c, int delta) {
    if (c.content().size() == 1) {
      quotedAlone.merge(c.content().get(0), delta, Integer::sum);
    }
  }
}

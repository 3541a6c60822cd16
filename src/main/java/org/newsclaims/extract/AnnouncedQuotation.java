package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
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
    for (Sentence s : context.sentences()) {
      if (!s.isParsed()) {
        continue;
      }
      Optional<ColonQuoteFinder.ColonQuote> located = ColonQuoteFinder.locate(s, context.quotes());
      if (located.isEmpty()) {
        continue;
      }
      TextSpan quote = located.get().quote();
      int rootStart = s.token(located.get().root()).span().start();
      if (out.stream().anyMatch(c -> c.content().equals(List.of(quote)))) {
        continue;
      }
      for (int k = 0; k < out.size(); k++) {
        Claim c = out.get(k);
        if (c.speaker().isPresent() && c.cue().isPresent() && c.cue().get().contains(rootStart)
            && ColonQuoteFinder.announcesQuote(s, c)) {
          out.set(k, c.withContent(List.of(quote)).withType(ClaimType.DIRECT)
              .withFlags(c.hedged(), c.negated(), false));
          break;
        }
      }
    }
    return out;
  }
}

package org.newsclaims.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;

/**
 * Drops a claim whose cue lies inside a quotation and whose source is the quoted speaker's own
 * first person ("“I think we can get there,” Trump said": "I think" repeats the quotation in
 * the speaker's own voice). News annotation counts such a clause as part of the quoted content,
 * not as an attribution of its own (PolNeAR is univocal). Claims inside transcript turns, which
 * are not quotations, and nested claims with another source ("“Putin told me he wants peace”")
 * are kept. Immutable, thread-safe.
 */
final class NestedInQuotationFilter implements ClaimRefiner {
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  @Override
  public List<Claim> refine(DocumentContext context, List<Claim> claims) {
    String text = context.text();
    return claims.stream().filter(c -> !nestedFirstPerson(context, text, c)).toList();
  }

  private static boolean nestedFirstPerson(DocumentContext context, String text, Claim c) {
    if (c.cue().isEmpty()) {
      return false;
    }
    TextSpan cue = c.cue().get();
    boolean quoted = context.quotes().stream().anyMatch(q -> q.start() < cue.start() && cue.end() < q.end());
    if (!quoted) {
      return false;
    }
    return c.speaker().map(s -> FIRST_PERSON.contains(s.span().cut(text).toLowerCase(Locale.ROOT))).orElse(false);
  }
}

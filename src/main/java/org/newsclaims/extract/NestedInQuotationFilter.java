package org.newsclaims.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsclaims.model.Claim;

/**
 * Drops a claim whose cue is a first-person verb of opinion inside a quotation ("“I think we
 * can get there,” Trump said"): "I think" hedges the quoted speaker's own statement, which the
 * quotation's claim already carries. News annotation counts such a clause as part of the quoted
 * content (PolNeAR: no cue inside another attribution's content in 19,868 train cues). Verbs of
 * opinion are the {@code opinion-verbs} lexicon; other nested claims ("“I told him we want
 * peace”", "“Putin told me he wants peace”") and claims in transcript turns, which are not
 * quotations, are kept. Immutable, thread-safe.
 */
final class NestedInQuotationFilter implements ClaimRefiner {
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  private final Set<String> opinionVerbs;

  NestedInQuotationFilter(Lexicons lexicons) {
    this.opinionVerbs = lexicons.get("opinion-verbs");
  }

  @Override
  public List<Claim> refine(DocumentContext context, List<Claim> claims) {
    String text = context.text();
    return claims.stream().filter(c -> !nestedFirstPerson(context, text, c)).toList();
  }

  private boolean nestedFirstPerson(DocumentContext context, String text, Claim c) {
    if (c.cue().isEmpty() || !context.insideQuotation(c.cue().get()) || !context.cueHasLemma(c, opinionVerbs)) {
      return false;
    }
    return c.speaker().map(s -> FIRST_PERSON.contains(s.span().cut(text).toLowerCase(Locale.ROOT))).orElse(false);
  }
}

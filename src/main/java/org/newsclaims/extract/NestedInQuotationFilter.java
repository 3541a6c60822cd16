package org.newsclaims.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;

/**
 * Drops a claim whose cue is a first-person verb of opinion inside a quotation that no other
 * claim's content holds: an "I think" whose "I" names nobody. Inside an attributed quotation
 * ("“I think we can get there,” Trump said") the claim is kept, as the guideline annotates nested
 * attributions and the quotation's speaker is its source; univocal gold such as PolNeAR counts
 * the clause as part of the quoted content, and its evaluation sets such nested claims aside. Verbs of
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
    return claims.stream().filter(c -> !nestedFirstPerson(context, text, c) || insideOtherContent(c, claims)).toList();
  }

  /** Whether another claim's content holds this claim's cue: the quotation is attributed. */
  private static boolean insideOtherContent(Claim c, List<Claim> claims) {
    TextSpan cue = c.cue().orElseThrow();
    for (Claim other : claims) {
      if (other != c && other.content().stream().anyMatch(p -> p.start() <= cue.start() && cue.end() <= p.end())) {
        return true;
      }
    }
    return false;
  }

  private boolean nestedFirstPerson(DocumentContext context, String text, Claim c) {
    if (c.cue().isEmpty() || !context.insideQuotation(c.cue().get()) || !context.cueHasLemma(c, opinionVerbs)) {
      return false;
    }
    return c.speaker().map(s -> FIRST_PERSON.contains(s.span().cut(text).toLowerCase(Locale.ROOT))).orElse(false);
  }
}

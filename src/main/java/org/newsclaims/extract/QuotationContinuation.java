package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;

/**
 * "“A,” Omar said. “B.”": a quotation that opens right after the sentence whose cue followed
 * the first quotation, and that no other claim took, continues the same speech; it becomes a
 * second content piece. Both quotations must be in the same paragraph; a claim around both
 * (a transcript turn) does not count as taking the second. Immutable, thread-safe.
 */
final class QuotationContinuation implements ClaimRefiner {

  @Override
  public List<Claim> refine(DocumentContext context, List<Claim> claims) {
    String text = context.text();
    List<Claim> out = new ArrayList<>(claims);
    for (int k = 0; k < out.size(); k++) {
      Claim c = out.get(k);
      if (c.content().size() != 1 || c.cue().isEmpty() || !context.quotes().contains(c.content().get(0))
          || c.cue().get().start() < c.content().get(0).end()) {
        continue;
      }
      Sentence cueSentence = context.sentences().get(c.sentenceIndex());
      int after = cueSentence.span().end();
      while (after < text.length() && text.charAt(after) == ' ') {
        after++;
      }
      final int next = after;
      Optional<TextSpan> following = context.quotes().stream().filter(q -> q.start() == next).findFirst();
      if (following.isEmpty() || text.substring(c.content().get(0).start(), following.get().end()).contains("\n")) {
        continue;
      }
      TextSpan q2 = following.get();
      // A claim around both (a transcript turn) does not take the quotation from this one.
      boolean taken = out.stream().anyMatch(o -> o != c && !o.contentHull().contains(c.contentHull())
          && o.content().stream().anyMatch(p -> p.overlaps(q2)));
      boolean ownCue = out.stream().anyMatch(o -> o.cue().map(cue -> cue.start() >= q2.end()
          && cue.start() - q2.end() < 40 && o.sentenceIndex() == context.sentenceAt(q2.end() - 1)).orElse(false));
      if (taken || ownCue) {
        continue;
      }
      out.set(k, c.withContent(List.of(c.content().get(0), q2)).withType(ClaimType.DIRECT));
    }
    return out;
  }
}

package org.newsclaims.extract;

import java.util.List;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.nlp.Sentence;

/**
 * One family of attribution patterns: finds claims in a document, in the spirit of CoreNLP's
 * quote-attribution sieves. Finders run in chain order; each sees what the earlier ones found
 * and must not return a claim at a cue an earlier claim already holds (the chain drops such
 * duplicates anyway). Claims come out with speakers as written; {@link SpeakerResolver}
 * resolves them later.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ClaimFinder {

  /** The rule ids this finder writes into claims, for reports and the rule-coverage tests. */
  Set<String> ruleIds();

  /**
   * Whether this finder reads the dependency tree of the sentence, judged from its tokens, tags
   * and entities alone (the sentence is not parsed yet). Sentences no finder needs are not
   * parsed, so a finder that answers false where it would have fired loses claims.
   */
  boolean needsTree(Sentence tagged);

  /**
   * New claims, in text order.
   *
   * @param earlier the claims found by the finders before this one, in chain order
   */
  List<Claim> find(DocumentContext context, List<Claim> earlier);
}

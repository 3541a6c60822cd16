package org.newsclaims.extract;

import java.util.Set;
import org.newsclaims.nlp.Sentence;

/**
 * A finder of one rule id that reads tokens, tags and text only, never a dependency tree, so it
 * asks for no sentence to be parsed and works on the sentences the parse filter left unparsed.
 */
abstract class TokenLevelFinder implements ClaimFinder {
  private final String ruleId;

  TokenLevelFinder(String ruleId) {
    this.ruleId = ruleId;
  }

  @Override
  public final Set<String> ruleIds() {
    return Set.of(ruleId);
  }

  @Override
  public final boolean needsTree(Sentence tagged) {
    return false;
  }
}

package org.newsclaims.eval;

import java.util.Set;

/** A gold unattributed topic statement: a Content span with Topic attributes and no event. */
public record GoldStatement(String id, SpanSet content, Set<String> topics) {
  public GoldStatement {
    topics = Set.copyOf(topics);
  }
}

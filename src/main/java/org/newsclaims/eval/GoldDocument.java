package org.newsclaims.eval;

import java.util.List;

/** The gold annotations of one article, with spans in UTF-16 units of its text. Immutable. */
public record GoldDocument(String docId, String text, List<GoldAttribution> attributions,
    List<GoldStatement> statements) {
  public GoldDocument {
    attributions = List.copyOf(attributions);
    statements = List.copyOf(statements);
  }
}

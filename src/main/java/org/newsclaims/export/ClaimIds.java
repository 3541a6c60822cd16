package org.newsclaims.export;

import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.Sha256;

/**
 * Stable claim ids: a hash of the article id, the article text and the claim's spans and type.
 * The same text and spans give the same id on every run and machine; any change to the text
 * or to a span gives a new one.
 */
public final class ClaimIds {
  private ClaimIds() {}

  public static String of(Claim claim, String text) {
    StringBuilder key = new StringBuilder();
    key.append(claim.docId()).append('\u0000').append(sha256(text)).append('\u0000')
        .append(claim.type().label()).append('\u0000');
    claim.speaker().ifPresent(s -> append(key.append("s"), s.span()));
    claim.cue().ifPresent(c -> append(key.append("c"), c));
    for (TextSpan p : claim.content()) {
      append(key.append("t"), p);
    }
    return "c" + sha256(key.toString()).substring(0, 15);
  }

  private static void append(StringBuilder b, TextSpan s) {
    b.append(s.start()).append('-').append(s.end()).append(';');
  }

  static String sha256(String s) {
    return Sha256.hex(s);
  }
}

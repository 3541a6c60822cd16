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
  private final String textSha256;

  private ClaimIds(String textSha256) {
    this.textSha256 = textSha256;
  }

  /** The ids of claims of one text, which is hashed once here (not once per claim). */
  public static ClaimIds forText(String text) {
    return new ClaimIds(sha256(text));
  }

  /** The id of one claim of {@code text}; for many claims of one text, {@link #forText}. */
  public static String of(Claim claim, String text) {
    return forText(text).of(claim);
  }

  /** The id of a claim of this text. */
  public String of(Claim claim) {
    StringBuilder key = new StringBuilder();
    key.append(claim.docId()).append('\u0000').append(textSha256).append('\u0000')
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

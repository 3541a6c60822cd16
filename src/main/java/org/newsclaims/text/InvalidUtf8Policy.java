package org.newsclaims.text;

/** What to do with bytes that are not valid UTF-8. Either way the article gets a problem row. */
public enum InvalidUtf8Policy {
  /** Decode with U+FFFD for each invalid sequence, save the decoded text, analyse it. */
  REPLACE,
  /** Do not analyse the article. */
  SKIP
}

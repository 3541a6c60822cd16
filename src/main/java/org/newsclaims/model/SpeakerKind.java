package org.newsclaims.model;

import java.util.Locale;

/** What kind of source a speaker is, as far as the article shows it. */
public enum SpeakerKind {
  /** A named or resolved person ("Marco Rubio", "he" → Donald Trump). */
  PERSON,
  /** An organisation or a state speaking as one ("the Kremlin", "the White House", "Russia"). */
  INSTITUTION,
  /** Several people or unnamed plural sources ("officials", "European leaders", "they"). */
  GROUP,
  /** A text or data source ("a Quinnipiac poll", "the report", "the statement"). */
  DOCUMENT,
  /** None of the above can be told ("it", "one source"). */
  UNKNOWN;

  /** The lower-case name used in CSV and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

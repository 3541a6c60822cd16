package org.newsclaims.model;

import java.util.Locale;

/** How the content of a claim is reported. */
public enum ClaimType {
  /** The content is a quotation, quote marks included. */
  DIRECT,
  /** The content is paraphrased, with no quoted words. */
  INDIRECT,
  /** A paraphrase that contains quoted words. */
  MIXED,
  /** A statement in the author's own voice about a tracked topic; no speaker, no cue. */
  UNATTRIBUTED;

  /** The lower-case name used in CSV and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.newsclaims.model;

import java.util.Objects;

/**
 * The source of a claim as written ({@code span}), with the canonical name it was resolved to
 * (the fullest form of a person's name in the article, or the phrase itself for groups and
 * documents), the role split off from a title ("US Secretary of State"), empty if none, and
 * the kind of source.
 */
public record Speaker(TextSpan span, String canonical, String role, SpeakerKind kind) {
  public Speaker {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
  }

  /** A speaker whose kind is not known yet (extractors; resolution decides it). */
  public Speaker(TextSpan span, String canonical, String role) {
    this(span, canonical, role, SpeakerKind.UNKNOWN);
  }

  public Speaker withKind(SpeakerKind newKind) {
    return new Speaker(span, canonical, role, newKind);
  }
}

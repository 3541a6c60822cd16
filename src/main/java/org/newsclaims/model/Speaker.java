package org.newsclaims.model;

import java.util.Objects;

/**
 * The source of a claim as written ({@code span}), with the canonical name it was resolved to
 * (the fullest form of a person's name in the article, or the phrase itself for groups and
 * documents) and the role split off from a title ("US Secretary of State"), empty if none.
 */
public record Speaker(TextSpan span, String canonical, String role) {
  public Speaker {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(role, "role");
  }
}

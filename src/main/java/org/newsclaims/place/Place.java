package org.newsclaims.place;

import java.util.Objects;
import java.util.Set;

/**
 * One gazetteer entry.
 *
 * @param name the normalised name (what frames write as {@code normalized})
 * @param kind country, region, city or venue
 * @param tags free lower-case labels from the file ({@code disputed}, ...), usable in topic triggers
 */
public record Place(String name, PlaceKind kind, Set<String> tags) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    tags = Set.copyOf(tags);
  }

  /** Whether the place is of this kind ({@code city}) or carries this tag ({@code disputed}). */
  public boolean is(String kindOrTag) {
    return kind.label().equals(kindOrTag) || tags.contains(kindOrTag);
  }
}

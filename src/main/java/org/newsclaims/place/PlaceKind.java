package org.newsclaims.place;

import java.util.Locale;

/** What a gazetteer place is; the lower-case name is how {@code models/places.tsv} writes it. */
public enum PlaceKind {
  COUNTRY, REGION, CITY, VENUE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

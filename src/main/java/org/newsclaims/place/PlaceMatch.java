package org.newsclaims.place;

import org.newsclaims.model.TextSpan;

/**
 * A gazetteer place found in a passage.
 *
 * @param place the entry
 * @param firstWord index of the first word of the name in the word list searched
 * @param wordCount how many words the name covers (a leading "the" excluded)
 * @param span the name in the article text (UTF-16)
 */
public record PlaceMatch(Place place, int firstWord, int wordCount, TextSpan span) {}

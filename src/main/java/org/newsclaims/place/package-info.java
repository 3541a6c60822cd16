/**
 * The place gazetteer ({@code models/places.tsv}) and the word splitting it matches on, shared by
 * topic classification and frame slots. Touches {@code model} only.
 */
package org.newsclaims.place;

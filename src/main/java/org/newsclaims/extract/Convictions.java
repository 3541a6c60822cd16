package org.newsclaims.extract;

import java.util.Locale;
import java.util.Set;
import org.newsclaims.nlp.Token;

/**
 * Adjectives of conviction ({@code belief-adjectives}) as cue words: "is convinced", "was
 * certain". A token is one when it is tagged as an adjective or a past participle and its lemma or
 * its word is in the list (taggers lemmatise "convinced" as "convince"). Immutable, thread-safe.
 */
final class Convictions {
  private final Set<String> words;

  Convictions(Lexicons lexicons) {
    this.words = lexicons.get("belief-adjectives");
  }

  boolean test(Token t) {
    return (t.pos().equals("JJ") || t.pos().equals("VBN"))
        && (words.contains(t.lemma()) || words.contains(t.word().toLowerCase(Locale.ROOT)));
  }
}

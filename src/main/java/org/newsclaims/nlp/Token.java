package org.newsclaims.nlp;

import java.util.Objects;
import org.newsclaims.model.TextSpan;

/**
 * One token of a sentence.
 *
 * @param index zero-based position in its sentence
 * @param word the token as written (quotes are not normalised)
 * @param lemma lower-cased lemma
 * @param pos Penn Treebank part-of-speech tag
 * @param ner coarse named-entity class ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION};
 *     engines with more models may add {@code MISC} and others) or {@code O}
 * @param span UTF-16 span in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, TextSpan span) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(span, "span");
  }

  public boolean isPunctuation() {
    return !word.isEmpty() && word.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}

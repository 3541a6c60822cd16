package org.newsclaims.nlp;

import java.util.BitSet;
import java.util.List;

/**
 * Chooses the sentences of a document that need a dependency parse, from what is known before
 * parsing: every sentence's tokens with their part of speech, lemma and entity class. Parsing
 * dominates annotation time, and most sentences of a news article can hold no claim.
 *
 * <p>An engine parses at least the selected sentences; a sentence it did not parse comes back
 * with {@link Sentence#isParsed()} false and keeps its tokens and tags. An engine that cannot
 * skip sentences may parse them all. Implementations must be thread-safe and must not keep the
 * sentences they are given.
 */
@FunctionalInterface
public interface SentenceFilter {

  /** Parses every sentence. */
  SentenceFilter ALL = (text, sentences) -> {
    BitSet all = new BitSet(sentences.size());
    all.set(0, sentences.size());
    return all;
  };

  /**
   * The indices (into {@code sentences}, equal to {@link Sentence#index()}) of the sentences to
   * parse.
   *
   * @param text the document's text, which the sentences' spans point into (UTF-16)
   * @param sentences every sentence of the document, in order, tagged but not parsed
   */
  BitSet select(String text, List<Sentence> sentences);
}

package org.newsclaims.nlp;

import java.util.List;
import java.util.Objects;

/**
 * An article's text with its sentences, tokens, tags and dependency trees: everything the
 * extractors read. Built by an {@link NlpEngine} adapter or by hand in tests. Immutable.
 */
public record AnnotatedDocument(String text, List<Sentence> sentences) {
  public AnnotatedDocument {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
  }

  /** Number of tokens over all sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::size).sum();
  }
}

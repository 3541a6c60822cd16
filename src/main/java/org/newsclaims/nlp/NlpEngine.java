package org.newsclaims.nlp;

/**
 * The port through which the core asks for linguistic annotation. Implementations load their
 * models once, in their constructor, and are safe to call from several threads at once.
 */
public interface NlpEngine {

  /**
   * Tokenises, splits, tags, recognises entities and parses one text. Token spans are UTF-16
   * offsets into exactly this text.
   *
   * @throws NlpException when the text cannot be analysed
   */
  AnnotatedDocument annotate(String text);

  /**
   * Like {@link #annotate(String)}, but parses only the sentences that {@code parse} selects
   * (see {@link SentenceFilter}); the others keep their tokens and tags and come back unparsed.
   * Tokens, tags and entity classes are the same as {@link #annotate(String)} gives, and so is
   * the tree of every parsed sentence. The default parses every sentence.
   *
   * @throws NlpException when the text cannot be analysed
   */
  default AnnotatedDocument annotate(String text, SentenceFilter parse) {
    return annotate(text);
  }

  /**
   * Like {@link #annotate(String, SentenceFilter)}, checking {@code deadline} as it goes (see
   * {@link Deadline}): before it starts, between its steps and, where it can, between sentences; its
   * last check, once every sentence is done, has every sentence and the text's length. The default
   * checks only before and after.
   *
   * @throws Deadline.Exceeded when a check finds the time up; the text is then left half-annotated
   * @throws NlpException when the text cannot be analysed
   */
  default AnnotatedDocument annotate(String text, SentenceFilter parse, Deadline deadline) {
    deadline.check("annotate", 0, 0, 0);
    AnnotatedDocument doc = annotate(text, parse);
    int sentences = doc.sentences().size();
    deadline.check("annotate", sentences, sentences, text.length());
    return doc;
  }

  /** A short description of the configuration, for run manifests and benchmarks. */
  String describe();
}

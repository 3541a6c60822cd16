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

  /** A short description of the configuration, for run manifests and benchmarks. */
  String describe();
}

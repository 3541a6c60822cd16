package org.newsclaims.nlp;

/** Guesses the language of a text. Thread-safe. */
public interface LanguageDetector {

  /** The most likely language, as an ISO 639-3 code ("eng") with its confidence in 0..1. */
  DetectedLanguage detect(String text);

  /** A detected language. */
  record DetectedLanguage(String iso639_3, double confidence) {}
}

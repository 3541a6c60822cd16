package org.newsclaims.nlp;

/** An NLP library failed on one text. */
public final class NlpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NlpException(String message, Throwable cause) {
    super(message, cause);
  }
}

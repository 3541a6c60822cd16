/**
 * Our NLP port: the document model the extractors read ({@link org.newsclaims.nlp.AnnotatedDocument})
 * and the interfaces that adapters implement. Touches {@code model} only.
 */
package org.newsclaims.nlp;

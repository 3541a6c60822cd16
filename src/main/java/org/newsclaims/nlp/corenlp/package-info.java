/** The CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. */
package org.newsclaims.nlp.corenlp;

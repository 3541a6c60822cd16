/** The OpenNLP adapter: the only package that imports {@code opennlp.tools}. */
package org.newsclaims.nlp.opennlp;

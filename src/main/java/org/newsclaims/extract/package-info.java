/**
 * Attribution extraction: dependency rules and lexicons loaded from models/, speaker turns,
 * quotations, headlines and speaker resolution. Reads {@code nlp} documents, writes {@code model}
 * claims; never imports an NLP library.
 */
package org.newsclaims.extract;

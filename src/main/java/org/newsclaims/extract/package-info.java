/**
 * Attribution extraction as a chain ({@link org.newsclaims.extract.ExtractionChain}): finders
 * ({@link org.newsclaims.extract.ClaimFinder}) for dependency rules and lexicons loaded from
 * models/, transcript turns, digests, quotations and word-order fallbacks, then refiners
 * ({@link org.newsclaims.extract.ClaimRefiner}) that join or drop claims, all over one
 * {@link org.newsclaims.extract.DocumentContext}; then speaker resolution and speaker kinds.
 * Reads {@code nlp} documents, writes {@code model} claims; never imports an NLP library.
 */
package org.newsclaims.extract;

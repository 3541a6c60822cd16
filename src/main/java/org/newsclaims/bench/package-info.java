/**
 * The benchmark behind {@code newsclaims bench}: the product pipeline and the naive one (and
 * optionally each speed lever in between) run on the same articles, each in its own JVM, and are
 * compared as ratios. Wiring like {@code cli}: may touch {@code pipeline}, {@code eval}, the NLP
 * adapters and everything below them; nothing depends on it.
 */
package org.newsclaims.bench;

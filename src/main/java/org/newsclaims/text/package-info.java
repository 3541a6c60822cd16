/**
 * Decoding article bytes (the one decoder, {@link org.newsclaims.text.TextDecoder}, for every
 * reader), converting offsets between UTF-16 and code points, and data lines of {@code models/}.
 * Touches {@code model} only.
 */
package org.newsclaims.text;

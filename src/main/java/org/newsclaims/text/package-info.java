/** Decoding article bytes and converting offsets between UTF-16 and code points. */
package org.newsclaims.text;

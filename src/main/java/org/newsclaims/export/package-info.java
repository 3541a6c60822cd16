/** Writing results: the claims and problems CSV files, atomically. Touches {@code model}, {@code text}. */
package org.newsclaims.export;

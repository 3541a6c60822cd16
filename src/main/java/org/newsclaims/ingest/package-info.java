/** Finding and reading article files: folder walk, size limit, strict UTF-8. Touches {@code model}, {@code text}. */
package org.newsclaims.ingest;

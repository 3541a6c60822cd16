/**
 * Writing results: the claims and problems CSV files, atomically; the state of a written file
 * ({@link org.newsclaims.export.FileState}) and its blocks of records per article
 * ({@link org.newsclaims.export.CsvBlocks}), to copy what did not change. Touches {@code model},
 * {@code text}.
 */
package org.newsclaims.export;

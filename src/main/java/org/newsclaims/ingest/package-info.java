/**
 * Finding and reading inputs: the folder walk (links followed, loops and broken links
 * reported), the formats ({@code .txt}, HTML by jsoup, JSON and JSON Lines exports by Jackson),
 * size limits that hold before anything is read, stable reads of files that change underfoot,
 * decoding by {@code text} (UTF-8, invalid bytes skipped or replaced by policy) and per-file,
 * per-record problems. {@link org.newsclaims.ingest.Ingester} is the facade. Touches {@code model}
 * and {@code text} only, and is the only package that imports jsoup.
 */
package org.newsclaims.ingest;

package org.newsclaims.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file: its id (path relative to the input folder, {@code /} separators: the
 * {@code doc_id} of its articles) and where to read it. Immutable.
 *
 * @param uri a Hadoop file system URI ({@code file:}, {@code hdfs:}, {@code s3a:} ...)
 * @param local the URI is a {@code file:} path that every executor can read in place
 */
record FileRef(String fileId, String uri, boolean local) implements Serializable {
  FileRef {
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(uri, "uri");
  }
}

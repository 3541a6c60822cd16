/**
 * newsclaims on Apache Spark: the local runner's extraction ({@code pipeline.ExtractionRun})
 * over a directory of articles on any Hadoop-compatible file system, one contiguous slice of the
 * sorted input per partition, one pipeline per executor JVM, and the same claims CSV as output.
 */
package org.newsclaims.spark;

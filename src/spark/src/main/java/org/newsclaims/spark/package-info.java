/**
 * newsclaims on Apache Spark: the local runner's reading, analysis and rendering
 * ({@code ingest.Ingester}, {@code pipeline.SliceAnalysis}) over a directory of articles on any
 * Hadoop-compatible file system, one contiguous slice of the sorted input per partition, one
 * analyzer per executor JVM, part files merged into the same claims.csv, frames.csv and
 * problems.csv as {@code extract} writes. No output database: nothing here is incremental.
 */
package org.newsclaims.spark;

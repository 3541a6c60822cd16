package org.newsclaims.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.frame.FramesCsv;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.ingest.IngestedFile;
import org.newsclaims.ingest.Ingester;
import org.newsclaims.text.InvalidUtf8Policy;
import org.newsclaims.pipeline.ArticleBudget;
import org.newsclaims.pipeline.SliceAnalysis;

/**
 * One task of the job, on an executor: its slice of the input read by the local reader
 * ({@link Ingester}; a local file in place, a remote one copied to the executor's disk first),
 * analysed by {@link SliceAnalysis} with the executor's shared analyzer ({@link ExecutorPipeline})
 * under {@code extract}'s default time budget, and written out: the slice's claims and frames as
 * part files ({@link PartFiles}), the texts extracted from HTML or JSON (which the claims' offsets
 * point into) under {@code OUT/text/}, each file atomically ({@link Staging}). Its problems go back
 * to the driver. A failed attempt leaves nothing half written; the next attempt writes the same.
 */
final class SliceTask {
  private SliceTask() {}

  private static List<ProblemRow> rows(SliceAnalysis.Problems problems) {
    List<ProblemRow> rows = new ArrayList<>();
    problems.failures().forEach(p -> rows.add(ProblemRow.of(p, true)));
    problems.warnings().forEach(p -> rows.add(ProblemRow.of(p, false)));
    return rows;
  }

  /** Runs the task on the files of one partition, in the order given (the driver's). */
  static PartitionResult run(int index, Iterator<FileRef> slice, ModelsBundle models, Map<String, String> hadoop,
      String outUri, long maxBytes) throws IOException, InterruptedException {
    List<FileRef> files = new ArrayList<>();
    slice.forEachRemaining(files::add);
    if (files.isEmpty()) {
      return new PartitionResult(index, null, null, 0, 0, List.of());
    }
    Configuration conf = Staging.configuration(hadoop);
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(outUri);
    Path work = Files.createTempDirectory("newsclaims-part-" + index + "-");
    try {
      Ingester ingester = new Ingester(new IngestOptions(maxBytes, IngestOptions.DEFAULT_MAX_FILE_BYTES,
          InvalidUtf8Policy.SKIP));
      List<IngestedFile> ingested = new ArrayList<>(files.size());
      for (FileRef f : files) {
        ingested.add(ingester.ingest(Staging.readable(f, work, conf), f.fileId()));
      }
      StringBuilder claims = new StringBuilder(PartFiles.Table.CLAIMS.header());
      StringBuilder frames = new StringBuilder(PartFiles.Table.FRAMES.header());
      long[] claimCount = {0};
      SliceAnalysis.Problems problems;
      try (SliceAnalysis analysis = new SliceAnalysis(ExecutorPipeline.analyzer(models),
          Optional.of(ArticleBudget.DEFAULT))) {
        problems = analysis.run(ingested, a -> {
          a.claims().forEach(r -> ClaimsCsv.appendRecord(claims, r));
          a.frames().forEach(r -> FramesCsv.appendRecord(frames, r));
          claimCount[0] += a.claims().size();
          if (a.savedText().isPresent()) {
            Staging.write(new org.apache.hadoop.fs.Path(out, a.textFile()), a.savedText().get(), conf);
          }
        });
      }
      org.apache.hadoop.fs.Path claimsPart = PartFiles.Table.CLAIMS.part(out, index);
      org.apache.hadoop.fs.Path framesPart = PartFiles.Table.FRAMES.part(out, index);
      Staging.write(claimsPart, claims.toString(), conf);
      Staging.write(framesPart, frames.toString(), conf);
      return new PartitionResult(index, claimsPart.toString(), framesPart.toString(), files.size(), claimCount[0],
          rows(problems));
    } finally {
      Staging.deleteRecursively(work);
    }
  }
}

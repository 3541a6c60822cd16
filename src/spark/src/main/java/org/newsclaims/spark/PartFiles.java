package org.newsclaims.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.frame.FramesCsv;

/**
 * The part files of a job, under {@code OUT/_parts/} (the underscore hides them from Hadoop input
 * formats): per partition one claims CSV and one frames CSV, each complete (byte order mark and
 * header included), named after the file they are part of and the partition's index; and their
 * merge, in partition order, into that file. Stateless.
 */
final class PartFiles {
  /** The folder of the part files, under the output folder. */
  static final String DIR = "_parts";

  /** A CSV made of parts: its name in the output folder and its header. */
  enum Table {
    CLAIMS(OutputLayout.CLAIMS_FILE, ClaimsCsv.header()),
    FRAMES(OutputLayout.FRAMES_FILE, FramesCsv.header());

    private final String file;
    private final String header;

    Table(String file, String header) {
      this.file = file;
      this.header = header;
    }

    /** The merged file's name in the output folder. */
    String file() {
      return file;
    }

    /** The byte order mark and the header line that start every part and the merged file. */
    String header() {
      return header;
    }

    /** The part file of a partition. */
    Path part(Path output, int index) {
      String stem = file.substring(0, file.lastIndexOf('.'));
      return new Path(new Path(output, DIR), String.format(Locale.ROOT, "%s-%05d.csv", stem, index));
    }
  }

  private PartFiles() {}

  /**
   * Writes {@code target} atomically: the header once, then every part's records, in the order
   * given.
   *
   * @throws IOException when a part does not start with the table's header
   */
  static void merge(Table table, List<String> parts, Path target, Configuration conf) throws IOException {
    byte[] header = table.header().getBytes(StandardCharsets.UTF_8);
    Staging.write(target, out -> {
      out.write(header);
      for (String part : parts) {
        Path p = new Path(part);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
          if (!Arrays.equals(in.readNBytes(header.length), header)) {
            throw new IOException("part " + part + " does not start with the header of " + table.file());
          }
          in.transferTo(out);
        }
      }
    }, conf);
  }
}

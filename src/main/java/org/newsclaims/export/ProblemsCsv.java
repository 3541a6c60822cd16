package org.newsclaims.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsclaims.model.Problem;

/** The problems table: one row per input that could not be processed (doc_id, problem, detail). */
public final class ProblemsCsv {
  public static final List<String> HEADER = List.of("doc_id", "problem", "detail");

  private ProblemsCsv() {}

  /** Writes the header and rows; flushes but does not close {@code out}. */
  public static void write(Writer out, List<Problem> problems) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
        .setRecordSeparator("\r\n").get();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (Problem p : problems) {
      printer.printRecord(p.docId(), p.kind().code(), p.detail());
    }
    printer.flush();
  }
}

package org.newsclaims.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.pipeline.ClaimsExport;
import org.newsclaims.store.PublishedRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsclaims export}: a filtered claims CSV from an output folder's database, for when the
 * whole claims.csv is too big for a spreadsheet. Same columns, order and encoding as claims.csv;
 * review status and note as last stored (corrected cells are in claims.csv).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write a filtered claims.csv from an output folder's database, for sheets too big for a spreadsheet.",
        "Reads --store/newsclaims.db and writes the claims of the articles analysed since --since whose id matches "
            + "--doc to --out (or stdout), with the columns, order and encoding of claims.csv."})
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--store", paramLabel = "DIR", defaultValue = ProjectHome.OUTPUT,
      description = "The output folder of extract or watch (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only articles whose current result was made at or after DATE (2026-03-01, UTC, or an instant "
          + "such as 2026-03-01T12:00:00Z): the articles new or changed since then.")
  String since;

  @Option(names = "--doc", paramLabel = "GLOB",
      description = "Only articles whose id (path under --in, #N for a record of an export) matches GLOB: "
          + "* within a folder, ** across folders, e.g. 'wires/**' or '*.html'.")
  String doc;

  @Option(names = "--out", paramLabel = "FILE", description = "The CSV to write (default: stdout).")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Predicate<PublishedRows.ArticleRow> include = a -> true;
    if (since != null) {
      Instant from = sinceInstant(since);
      include = include.and(a -> !a.analysed().isEmpty() && !Instant.parse(a.analysed()).isBefore(from));
    }
    if (doc != null) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + doc);
      include = include.and(a -> m.matches(Path.of(a.docId())));
    }
    Predicate<PublishedRows.ArticleRow> filter = include;
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger articles = new AtomicInteger();
    if (out == null) {
      articles.set(ClaimsExport.write(spec.commandLine().getOut(), store, filter));
    } else {
      AtomicFile.write(out, w -> articles.set(ClaimsExport.write(w, store, filter)));
      err.printf(Locale.ROOT, "newsclaims: wrote %s%n", out);
    }
    err.printf(Locale.ROOT, "newsclaims: exported the claims of %d articles%s%s%n", articles.get(),
        Optional.ofNullable(since).map(x -> ", since " + x).orElse(""),
        Optional.ofNullable(doc).map(x -> ", doc " + x).orElse(""));
    err.flush();
    return ExitCode.OK.code();
  }

  private Instant sinceInstant(String value) {
    try {
      return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--since must be a date (2026-03-01) or an instant "
          + "(2026-03-01T12:00:00Z), was '" + value + "'");
    }
  }
}

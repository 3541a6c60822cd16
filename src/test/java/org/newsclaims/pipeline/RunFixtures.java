package org.newsclaims.pipeline;

import org.newsclaims.export.OutputLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.store.WriterLease;
import org.newsclaims.testing.SharedModels;

/** Small inputs and output comparisons for the fast run tests. */
final class RunFixtures {
  private RunFixtures() {}

  /**
   * A run with a stand-in engine (the line engine, or one built on it) and the real models folder
   * (rules and taxonomy only, no NLP); every text is English.
   */
  static ExtractionRun run(NlpEngine engine, String tool) {
    ExtractionModels models = SharedModels.models();
    return new ExtractionRun(models, () -> new ArticleAnalyzer(engine, LineEngine.ENGLISH, models),
        ReadObserver.NONE, tool);
  }

  static RunConfig config(Path in, Path out) {
    return RunConfig.builder(in, out).threads(2).build();
  }

  /** An article whose unattributed topic sentences give the line engine some claims. */
  static String article(String subject) {
    return subject + " talks\n"
        + "The ceasefire along the border with " + subject + " was agreed on Monday.\n"
        + "Sanctions on " + subject + " oil exports will stay in place.\n";
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Every file under the output folder except the run state, path to content. */
  static Map<String, String> outputs(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(p).toString().replace('\\', '/');
        if (!OutputLayout.isState(rel)) {
          files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  static void assertSameOutputs(Path expected, Path actual) throws IOException {
    Map<String, String> e = outputs(expected);
    Map<String, String> a = outputs(actual);
    assertEquals(e.keySet(), a.keySet(), "output files");
    for (String k : e.keySet()) {
      assertEquals(e.get(k), a.get(k), "content of " + k);
    }
  }

  /** Runs the line engine on {@code in} into a new folder {@code fresh}: {@code out} must hold the same. */
  static void assertAsAFreshRun(Path in, Path out, Path fresh) throws Exception {
    run(new LineEngine(), "t1").run(config(in, fresh), ProgressListener.NONE);
    assertSameOutputs(fresh, out);
  }

  /** Gives the first row of claims.csv a review, as a reviewer would; returns the file's new text. */
  static String reviewFirstRow(Path out, String status, String note) throws IOException {
    String csv = claims(out);
    int firstRowEnd = csv.indexOf(",,\r\n", org.newsclaims.export.ClaimsCsv.header().length());
    String reviewed = csv.substring(0, firstRowEnd) + "," + status + "," + note + "\r\n"
        + csv.substring(firstRowEnd + ",,\r\n".length());
    Files.writeString(out.resolve(OutputLayout.CLAIMS_FILE), reviewed, StandardCharsets.UTF_8);
    return reviewed;
  }

  /** Copies a folder, files' times kept (an output folder so copied is as its runs left it). */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /** Takes the output folder's writer lease, as a run does. */
  static WriterLease lease(Path out) throws IOException {
    return WriterLease.acquire(new OutputLayout(out).database(), out);
  }

  /** The rows of a query on the output folder's database, each cell as text (null as "NULL"). */
  static List<List<String>> query(Path out, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + new OutputLayout(out).database());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 30000");
      try (ResultSet r = s.executeQuery(sql)) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>(n);
          for (int i = 1; i <= n; i++) {
            row.add(String.valueOf(r.getString(i)).replace("null", "NULL"));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Runs a statement on the output folder's database. */
  static void update(Path out, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + new OutputLayout(out).database());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 30000");
      s.executeUpdate(sql);
    }
  }

  /** The one cell of a query. */
  static String scalar(Path out, String sql) throws SQLException {
    return query(out, sql).get(0).get(0);
  }

  static String claims(Path out) throws IOException {
    return Files.readString(out.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8);
  }
}

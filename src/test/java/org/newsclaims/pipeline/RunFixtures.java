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

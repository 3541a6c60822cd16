package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.model.Problem;

/**
 * Issue 14: two inputs never share a doc_id silently; a path read from the database is never
 * trusted for a delete.
 */
class UniqueIdsTest {

  @Test
  void aRecordAndAFileWithTheSameIdAreBothReported(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("p.json"), "[{\"id\":\"1.html\",\"title\":\"Oil\",\"text\":\"Sanctions on oil exports will stay"
        + " in place.\"}]");
    write(in.resolve("p.json#1.html"), "<html><head><title>Land</title></head><body><article><p>The ceasefire"
        + " along the border was agreed on Monday. Sanctions on gas will stay.</p></article></body></html>");
    write(in.resolve("a.txt"), article("Russia"));
    RunReport r = run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);

    List<Problem> dup = r.failures().stream().filter(p -> p.kind() == Problem.Kind.DUPLICATE_ID).toList();
    assertEquals(2, dup.size(), r.failures().toString());
    for (Problem p : dup) {
      assertEquals("p.json#1.html", p.docId());
      assertTrue(p.detail().contains("p.json and p.json#1.html"), p.detail());
    }
    assertFalse(claims(out).contains("p.json#1.html"), "neither is in claims.csv under a shared id");
    assertContains("a.txt", claims(out));
    assertFalse(Files.exists(out.resolve("text/p.json#1.html.txt")), "no shared saved text");
  }

  @Test
  void aSavedTextNameFromTheDatabaseIsCheckedBeforeADelete(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("page.html"), "<html><head><title>Land</title></head><body><article><p>Sanctions on oil"
        + " exports will stay in place.</p></article></body></html>");
    write(in.resolve("a.txt"), article("Russia"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    Path mine = out.resolve("notes.txt");
    Files.writeString(mine, "a user's file");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + new OutputLayout(out).database());
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE articles SET text_file = 'claims.csv' WHERE doc_id = 'page.html'");
      s.executeUpdate("UPDATE articles SET text_file = 'notes.txt' WHERE doc_id = 'a.txt'");
    }
    Files.delete(in.resolve("page.html"));
    Files.delete(in.resolve("a.txt"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertTrue(Files.exists(out.resolve("claims.csv")), "claims.csv is not deleted on the database's word");
    assertTrue(Files.exists(mine), "nor a user's file");
  }
}

package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Problem;

class ArticleFolderTest {

  @Test
  void listsEveryFormatSkipsHiddenAndExcludedFoldersAndOtherFiles(@TempDir Path tmp) throws Exception {
    for (String f : List.of("a.txt", "b.HTML", "c.htm", "d.json", "e.jsonl", "f.ndjson", "sub/g.txt",
        "notes.md", "x.ann", ".hidden.txt", ".cache/h.txt", "out/claims.txt", "out/text/t.txt")) {
      Path p = tmp.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
    ArticleFolder folder = new ArticleFolder(tmp, Set.of(tmp.resolve("out")));
    ArticleFolder.Listing l = folder.list();
    assertEquals(List.of("a.txt", "b.HTML", "c.htm", "d.json", "e.jsonl", "f.ndjson", "sub/g.txt"),
        l.files().stream().map(folder::docId).toList());
    assertEquals(List.of(), l.problems());
  }

  @Test
  void loopsBrokenLinksAndFifosAreProblemsNotCrashes(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("ok.txt"), "x");
    Files.createDirectories(tmp.resolve("dir"));
    Files.createSymbolicLink(tmp.resolve("dir/up"), tmp);                 // folder loop
    Files.createSymbolicLink(tmp.resolve("self.txt"), tmp.resolve("self.txt")); // link to itself
    Files.createSymbolicLink(tmp.resolve("gone.txt"), tmp.resolve("nowhere.txt"));
    Files.createSymbolicLink(tmp.resolve("alias.txt"), tmp.resolve("ok.txt"));
    Process mkfifo = new ProcessBuilder("mkfifo", tmp.resolve("pipe.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");

    ArticleFolder folder = new ArticleFolder(tmp);
    ArticleFolder.Listing l = folder.list();
    assertEquals(List.of("alias.txt", "ok.txt"), l.files().stream().map(folder::docId).toList());
    Map<String, Problem> byId = l.problems().stream().collect(Collectors.toMap(Problem::docId, p -> p));
    assertEquals(Set.of("dir/up", "self.txt", "gone.txt", "pipe.txt"), byId.keySet(), l.problems().toString());
    assertEquals(Problem.Kind.SYMLINK_LOOP, byId.get("dir/up").kind());
    assertEquals(Problem.Kind.SYMLINK_LOOP, byId.get("self.txt").kind());
    assertEquals(Problem.Kind.UNREADABLE, byId.get("gone.txt").kind());
    assertTrue(byId.get("gone.txt").detail().contains("broken symbolic link"), byId.get("gone.txt").detail());
    assertEquals(Problem.Kind.UNREADABLE, byId.get("pipe.txt").kind());
    assertContains("not a regular file", byId.get("pipe.txt").detail());
  }
}

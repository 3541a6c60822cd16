package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, real paths: the output folder is never read as input, whatever links lead to it
 * (an {@code --out} that is a link to {@code --in}, a link to the output folder or to a file in it
 * inside the input folder).
 */
class RealPathsTest {

  @Test
  void anOutputFolderThatIsALinkToTheInputIsRefused(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    write(in.resolve("a.txt"), article("Russia"));
    Path out = Files.createSymbolicLink(tmp.resolve("out"), in);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config(in, out));
    assertTrue(e.getMessage().contains("must differ from the input folder"), e.getMessage());
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
  }

  @Test
  void linksIntoTheOutputFolderAreNotReadAsInput(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Russia"));
    write(in.resolve("page.html"), "<html><head><title>Land</title></head><body><article><p>Sanctions on oil"
        + " exports will stay in place.</p></article></body></html>");
    RunReport first = run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertTrue(Files.isRegularFile(out.resolve("text/page.html.txt")));
    String before = claims(out);

    Files.createSymbolicLink(in.resolve("results"), out);
    Files.createSymbolicLink(in.resolve("saved.txt"), out.resolve("text/page.html.txt"));
    RunReport second = run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(first.articles(), second.articles(), "no article read from the output folder");
    assertEquals(0, second.analysedArticles());
    assertEquals(before, claims(out));
    assertFalse(claims(out).contains("results/"));
  }

  @Test
  void anInputFolderInsideTheOutputFolderIsStillRead(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Path in = out.resolve("corpus");
    write(in.resolve("a.txt"), article("Russia"));
    RunReport r = run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);
    assertEquals(1, r.articles());
  }
}

package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promotion writes only inside the gold folder, whatever links lie under it (issue 14). */
class PromotionPathsTest {

  @Test
  void aLinkedSubfolderOfTheGoldFolderIsNotFollowed(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.writeString(in.resolve("a.txt"), "text");
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(gold.resolve("sub"), elsewhere);
    Promotion p = new Promotion(new ArticleTexts(tmp.resolve("in"), tmp.resolve("out")), tmp.resolve("in"), gold);

    assertEquals(Optional.empty(), p.goldTextFile("sub/a.txt", ""), "the link leads out of the gold folder");
    Optional<Path> plain = p.goldTextFile("b.txt", "");
    assertTrue(plain.isEmpty() || plain.get().startsWith(gold), "" + plain);
    Files.createDirectories(tmp.resolve("in"));
    Files.writeString(tmp.resolve("in/c.txt"), "text");
    assertEquals(Optional.of(gold.resolve("c.txt")), p.goldTextFile("c.txt", "").map(Path::normalize),
        "an ordinary article goes into the gold folder");
  }
}

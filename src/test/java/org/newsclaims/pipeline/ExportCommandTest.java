package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.article;
import static org.newsclaims.pipeline.RunFixtures.claims;
import static org.newsclaims.pipeline.RunFixtures.config;
import static org.newsclaims.pipeline.RunFixtures.run;
import static org.newsclaims.pipeline.RunFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.cli.Main;
import org.newsclaims.export.ClaimsCsv;

/** {@code newsclaims export}: claims.csv from the database, whole or filtered. */
class ExportCommandTest {

  @Test
  void exportsWhatClaimsCsvHoldsAndFilters(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    write(in.resolve("a.txt"), article("Georgia"));
    write(in.resolve("wires/b.txt"), article("Armenia"));
    run(new LineEngine(), "t1").run(config(in, out), ProgressListener.NONE);

    Path all = tmp.resolve("all.csv");
    assertEquals(0, Main.run("export", "--store", out.toString(), "--out", all.toString()));
    assertEquals(claims(out), Files.readString(all, StandardCharsets.UTF_8), "the whole export is claims.csv");

    Path wires = tmp.resolve("wires.csv");
    assertEquals(0, Main.run("export", "--store", out.toString(), "--doc", "wires/**", "--out", wires.toString()));
    String w = Files.readString(wires, StandardCharsets.UTF_8);
    assertTrue(w.startsWith(ClaimsCsv.header()));
    assertTrue(w.contains("wires/b.txt"), w);
    assertFalse(w.contains(",a.txt,"), w);

    Path later = tmp.resolve("later.csv");
    String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
    assertEquals(0, Main.run("export", "--store", out.toString(), "--since", tomorrow, "--out", later.toString()));
    assertEquals(ClaimsCsv.header(), Files.readString(later, StandardCharsets.UTF_8));
    assertEquals(0, Main.run("export", "--store", out.toString(), "--since", "2000-01-01", "--out", later.toString()));
    assertEquals(claims(out), Files.readString(later, StandardCharsets.UTF_8));

    assertEquals(2, Main.run("export", "--store", out.toString(), "--since", "last week"));
    assertEquals(1, Main.run("export", "--store", tmp.resolve("nothing").toString()));
  }
}

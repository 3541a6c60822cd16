package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.pipeline.RunFixtures.query;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.model.Sha256;
import org.newsclaims.testing.ClaimAssertions;
import org.newsclaims.text.TextDecoder;

/**
 * Issue 14's fuzz suite: input folders built by a seeded generator from nasty pieces (a long
 * sentence without punctuation, thousands of short "he said" and "Putin:" lines, unbalanced
 * quotes, emoji, right-to-left text, control characters, CRLF with a BOM, invalid UTF-8, empty
 * files, a link to the output folder inside the input). Whatever the mix, the run ends; every
 * input is analysed or is exactly one skipped problem row; every cell is cut from its article;
 * no file outside the output folder changes. The seeds are fixed, so a failure replays.
 * (The time limit guards against a hang, it measures nothing.)
 */
class NastyFuzzTest {
  private static final String[] PIECES = {
      "The ceasefire along the border with Ukraine was agreed on Monday.\n",
      "Sanctions on Russia will stay in place, he said.\n",
      "“We will not give up the Donbas,” Zelenskyy said.\n",
      "“An unclosed quotation that never ends\n",
      "Putin: We are ready.\nQuestion: When?\n",
      "Emoji 😀🚀 before the talks in Geneva.\n",
      "العربية نص من اليمين إلى اليسار\n",
      "Control \u0007 bell and \u001b escape in a line.\n",
      "\n\n   \n",
      "Trump said the meeting would be held in Alaska on 15 August.\n",
  };

  private static String piece(Random r) {
    return PIECES[r.nextInt(PIECES.length)];
  }

  private static byte[] article(Random r, int kind) {
    StringBuilder b = new StringBuilder();
    switch (kind) {
      case 0 -> {
        for (int i = 0; i < 2_000; i++) {
          b.append("word").append(i % 7).append(' ');
        }
      }
      case 1 -> {
        for (int i = 0; i < 3_000; i++) {
          b.append(i % 3 == 0 ? "he said\n" : i % 3 == 1 ? "Putin:\n" : "\n");
        }
      }
      case 2 -> {
        return new byte[] {'b', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, ' ', 't', 'e', 'x', 't'};
      }
      case 3 -> {
        return new byte[0];
      }
      default -> {
        for (int i = 0; i < 3 + r.nextInt(12); i++) {
          b.append(piece(r));
        }
      }
    }
    String text = b.toString();
    if (r.nextBoolean()) {
      byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] withBom = new byte[body.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(body, 0, withBom, 3, body.length);
      return withBom;
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void anyMixOfNastyInputsKeepsTheInvariants(long seed, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Random r = new Random(seed);
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    Path outside = tmp.resolve("outside.txt");
    Files.writeString(outside, "a file of the user's that no run may touch");
    String outsideHash = Sha256.hex(Files.readAllBytes(outside));
    Map<String, byte[]> inputs = new HashMap<>();
    int n = 6 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      String name = "a" + i + (r.nextInt(5) == 0 ? " name with spaces" : "") + ".txt";
      byte[] bytes = article(r, i < 4 ? i : 4 + r.nextInt(3));
      Files.write(in.resolve(name), bytes);
      inputs.put(name, bytes);
    }
    Files.createDirectories(out);
    Files.createSymbolicLink(in.resolve("link-to-output"), out);

    RunFixtures.run(new LineEngine(), "fuzz").run(RunFixtures.config(in, out), ProgressListener.NONE);

    List<CSVRecord> claims = ClaimAssertions.parse(
        Files.readString(out.resolve(OutputLayout.CLAIMS_FILE), StandardCharsets.UTF_8));
    List<CSVRecord> problems = ClaimAssertions.parse(
        Files.readString(out.resolve(OutputLayout.PROBLEMS_FILE), StandardCharsets.UTF_8));
    Map<String, String> status = new HashMap<>();
    for (List<String> row : query(out, "SELECT doc_id, status FROM articles")) {
      status.put(row.get(0), row.get(1));
    }
    int checked = 0;
    for (var e : inputs.entrySet()) {
      String doc = e.getKey();
      long skippedRows = problems.stream()
          .filter(p -> p.get("doc_id").equals(doc) && p.get("detail").contains("skipped")).count();
      boolean analysed = "analysed".equals(status.get(doc));
      assertTrue(analysed ^ skippedRows == 1, () -> doc + ": analysed " + analysed + ", skipped rows " + skippedRows
          + " (seed " + seed + ")");
      if (analysed) {
        String text = TextDecoder.strict(e.getValue());
        checked += ClaimAssertions.assertProvenance(claims, doc, text);
      }
    }
    assertEquals(claims.size(), checked, "every claim belongs to an input article (seed " + seed + ")");
    assertTrue(claims.stream().noneMatch(c -> c.get("doc_id").startsWith("link-to-output")),
        "the output folder is never read as input");
    assertEquals(outsideHash, Sha256.hex(Files.readAllBytes(outside)), "a file outside the output folder changed");
    List<String> outputFiles = new ArrayList<>(RunFixtures.outputs(out).keySet());
    assertTrue(outputFiles.contains(OutputLayout.CLAIMS_FILE), "" + outputFiles);
  }
}

package org.newsclaims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocks of a CSV we wrote, keyed by a cell that may be quoted, hold commas, quotes and line breaks. */
class CsvBlocksTest {
  private static final String HEAD = "\uFEFFid,doc_id,text\r\n";
  private static final String A = "1,a.txt,plain\r\n2,a.txt,\"with, comma\"\r\n";
  private static final String B = "3,\"b,\"\"q\"\".txt\",\"two\r\nlines \u00e9\"\r\n";
  private static final String C = "4,c.txt,\r\n";

  private static String copy(CsvBlocks blocks, String key) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    blocks.copy(key, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void eachKeysRecordsAreCopiedByteForByte(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("x.csv");
    Files.writeString(f, HEAD + A + B + C, StandardCharsets.UTF_8);
    try (CsvBlocks blocks = CsvBlocks.scan(f, 1)) {
      assertEquals(A, copy(blocks, "a.txt"));
      assertEquals(B, copy(blocks, "b,\"q\".txt"));
      assertEquals(C, copy(blocks, "c.txt"));
      assertEquals("", copy(blocks, "d.txt"), "a key without records");
    }
  }

  @Test
  void aFileNotAsWeWriteItIsRefused(@TempDir Path tmp) throws Exception {
    Path lf = tmp.resolve("lf.csv");
    Files.writeString(lf, "id,doc_id\n1,a.txt\n", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> CsvBlocks.scan(lf, 1).close());
    Path apart = tmp.resolve("apart.csv");
    Files.writeString(apart, HEAD + A + C + "5,a.txt,again\r\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> CsvBlocks.scan(apart, 1).close());
    assertTrue(e.getMessage().contains("not together"), e.getMessage());
  }
}

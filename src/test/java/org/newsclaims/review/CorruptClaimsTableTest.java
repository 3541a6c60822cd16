package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claims.csv that is no claims table stops the run with a message that says what to do (issue 14). */
class CorruptClaimsTableTest {

  @Test
  void theMessageNamesTheFileTheFaultAndTheRemedy(@TempDir Path tmp) throws Exception {
    Path claims = tmp.resolve("claims.csv");
    Files.writeString(claims, "this,is\nnot,claims\n");
    IOException e = assertThrows(IOException.class, () -> ClaimsTable.readIfExists(claims));
    assertTrue(e.getMessage().contains(claims.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not a claims table"), e.getMessage());
    assertTrue(e.getMessage().contains("move it away"), e.getMessage());
  }
}

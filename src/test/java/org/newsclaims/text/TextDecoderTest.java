package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict reading of the one decoder (its policies are tested through the ingester). */
class TextDecoderTest {

  @Test
  void dropsTheBomAndKeepsLineEndings() throws Exception {
    byte[] withBom = "\uFEFFLine one\r\nLine two\n".getBytes(StandardCharsets.UTF_8); // EF BB BF first
    assertEquals("Line one\r\nLine two\n", TextDecoder.strict(withBom));
  }

  @Test
  void reportsTheByteOffsetOfInvalidUtf8() {
    byte[] bad = {'a', 'b', (byte) 0xC3, 'c'};
    TextDecoder.RejectedException e = assertThrows(TextDecoder.RejectedException.class, () -> TextDecoder.strict(bad));
    assertTrue(e.getMessage().contains("invalid UTF-8 at byte 2"), e.getMessage());
  }

  @Test
  void rejectsWhatExtractRejects() {
    TextDecoder.RejectedException e = assertThrows(TextDecoder.RejectedException.class,
        () -> TextDecoder.strict(new byte[] {'a', 0, 'b'}));
    assertTrue(e.getMessage().contains("NUL byte"), e.getMessage());
  }
}

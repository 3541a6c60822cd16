package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {
  private final ArticleDecoder decoder = new ArticleDecoder();

  @Test
  void dropsTheBomAndKeepsLineEndings() throws Exception {
    byte[] body = "Line one\r\nLine two\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals("Line one\r\nLine two\n", decoder.decode(withBom));
  }

  @Test
  void reportsTheByteOffsetOfInvalidUtf8() {
    byte[] bad = {'a', 'b', (byte) 0xC3, 'c'};
    ArticleDecoder.MalformedTextException e =
        assertThrows(ArticleDecoder.MalformedTextException.class, () -> decoder.decode(bad));
    assertEquals(2, e.byteOffset());
    assertTrue(e.getMessage().contains("byte 2"), e.getMessage());
  }
}

package org.newsclaims.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes as strict UTF-8: a leading byte order mark is dropped, line endings are
 * kept as they are, malformed input is an error that names the byte offset.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleDecoder {

  /** Thrown for bytes that are not valid UTF-8. */
  public static final class MalformedTextException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    MalformedTextException(long byteOffset, String message) {
      super(message);
      this.byteOffset = byteOffset;
    }

    public long byteOffset() {
      return byteOffset;
    }
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  public String decode(byte[] bytes) throws MalformedTextException {
    int from = hasBom(bytes) ? BOM.length : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      long offset = in.position();
      throw new MalformedTextException(offset,
          "invalid UTF-8 at byte " + offset + " (" + result + ")");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }
}

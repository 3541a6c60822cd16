package org.newsclaims.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsclaims.model.Problem;

/**
 * The one decoder of article bytes, for every reader (extract, watch, eval, bench, review,
 * promotion): turns file bytes into text, or rejects them: binary content (NUL bytes, control bytes, the
 * signature of a PDF, image or archive), UTF-16/UTF-32 text, and bytes that are not UTF-8
 * (rejected or replaced by U+FFFD, as the policy says, with the byte offset of the first bad
 * sequence). A leading UTF-8 byte order mark is dropped; line endings are kept.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

  /** The text, or why not. */
  public sealed interface Result permits Decoded, Rejected {}

  /** The text, with a warning when bytes had to be replaced. */
  public record Decoded(String text, Optional<String> warning, boolean replaced) implements Result {}

  /** Why the bytes are no article text, as a problem kind and a one-line detail. */
  public record Rejected(Problem.Kind kind, String detail) implements Result {}

  /** Bytes that are no article text (binary, UTF-16, invalid UTF-8). */
  public static final class RejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedException(String detail) {
      super(detail);
    }
  }

  private record Signature(byte[] magic, String what) {}

  private static final List<Signature> SIGNATURES = List.of(
      new Signature("%PDF-".getBytes(StandardCharsets.US_ASCII), "a PDF document"),
      new Signature(new byte[] {'P', 'K', 3, 4}, "a ZIP archive (or Office document)"),
      new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
      new Signature("GIF8".getBytes(StandardCharsets.US_ASCII), "a GIF image"),
      new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
      new Signature(new byte[] {0x1F, (byte) 0x8B}, "a gzip file"));

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextDecoder() {}

  /**
   * The text of bytes that must be text as extract read it: strict UTF-8 (nothing replaced),
   * byte order mark dropped, line endings kept. For texts a run saved or analysed (review,
   * promotion, gold).
   *
   * @throws RejectedException saying why, with the byte offset of invalid UTF-8
   */
  public static String strict(byte[] bytes) throws RejectedException {
    Result r = decode(bytes, InvalidUtf8Policy.SKIP, Optional.empty());
    if (r instanceof Rejected rejected) {
      throw new RejectedException(rejected.detail());
    }
    return ((Decoded) r).text();
  }

  /**
   * Decodes bytes as UTF-8, or in the declared charset when there is one and the bytes are not
   * plainly UTF-8 (pages sometimes declare Latin-1 and are UTF-8; a valid multi-byte UTF-8
   * sequence is then taken as proof).
   */
  public static Result decode(byte[] bytes, InvalidUtf8Policy policy, Optional<Charset> declared) {
    Optional<Rejected> binary = binary(bytes);
    if (binary.isPresent()) {
      return binary.get();
    }
    int from = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    if (declared.isPresent() && !isUtf8(declared.get())) {
      Utf8Scan scan = scan(bytes, from);
      if (scan.errors == 0 && scan.nonAscii) {
        return new Decoded(scan.text, Optional.empty(), false);
      }
      return new Decoded(decodeAs(bytes, from, declared.get()), Optional.empty(), false);
    }
    Utf8Scan scan = scan(bytes, from);
    if (scan.errors == 0) {
      return new Decoded(scan.text, Optional.empty(), false);
    }
    String where = "invalid UTF-8 at byte " + scan.firstError + " (" + scan.errors
        + (scan.errors == 1 ? " invalid sequence" : " invalid sequences") + " in " + bytes.length + " bytes)";
    if (policy == InvalidUtf8Policy.SKIP) {
      return new Rejected(Problem.Kind.INVALID_UTF8, where + "; skipped, not decoded with replacement"
          + " (--invalid-utf8 replace would analyse it with U+FFFD)");
    }
    return new Decoded(scan.text, Optional.of(where + "; decoded with U+FFFD replacement and analysed,"
        + " offsets point into the saved text (text_file)"), true);
  }

  /** Why the bytes are not text, if they are not. */
  private static Optional<Rejected> binary(byte[] bytes) {
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})
        || startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})) {
      return Optional.of(new Rejected(Problem.Kind.INVALID_UTF8, String.format(Locale.ROOT,
          "UTF-16 or UTF-32 text (byte order mark %02X %02X); only UTF-8 is read, convert the file; skipped",
          bytes[0] & 0xFF, bytes[1] & 0xFF)));
    }
    for (Signature s : SIGNATURES) {
      if (startsWith(bytes, s.magic)) {
        return Optional.of(new Rejected(Problem.Kind.BINARY, "binary file: " + s.what + "; skipped"));
      }
    }
    int controls = 0;
    int firstControl = -1;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i];
      if (b == 0) {
        return Optional.of(new Rejected(Problem.Kind.BINARY, "binary file: NUL byte at offset " + i + "; skipped"));
      }
      if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
        controls++;
        if (firstControl < 0) {
          firstControl = i;
        }
      }
    }
    if (controls > Math.max(8, bytes.length / 100)) {
      return Optional.of(new Rejected(Problem.Kind.BINARY, "binary file: " + controls
          + " control bytes, the first at offset " + firstControl + "; skipped"));
    }
    return Optional.empty();
  }

  private static final class Utf8Scan {
    String text;
    int errors;
    long firstError = -1;
    boolean nonAscii;
  }

  /** Decodes UTF-8 from {@code from}, replacing each malformed sequence by U+FFFD, counting them. */
  private static Utf8Scan scan(byte[] bytes, int from) {
    Utf8Scan scan = new Utf8Scan();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from + 16);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        throw new IllegalStateException("UTF-8 never needs more chars than bytes");
      }
      if (scan.errors == 0) {
        scan.firstError = in.position();
      }
      scan.errors++;
      out.put('\uFFFD');
      in.position(in.position() + r.length());
    }
    decoder.flush(out);
    out.flip();
    scan.text = out.toString();
    for (int i = from; i < bytes.length && !scan.nonAscii; i++) {
      scan.nonAscii = bytes[i] < 0;
    }
    return scan;
  }

  private static String decodeAs(byte[] bytes, int from, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private static boolean isUtf8(Charset c) {
    return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

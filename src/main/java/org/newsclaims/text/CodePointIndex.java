package org.newsclaims.text;

import org.newsclaims.model.TextSpan;

/**
 * Converts UTF-16 offsets (Java's) to Unicode code point offsets (what users see) and back for
 * one text. This is the only place where the two conventions meet.
 *
 * <p>Immutable and thread-safe. Lookups are O(1) after an O(n) build.
 */
public final class CodePointIndex {
  private final int[] utf16ToCodePoint;
  private final int[] codePointToUtf16;

  public CodePointIndex(String text) {
    int n = text.length();
    utf16ToCodePoint = new int[n + 1];
    codePointToUtf16 = new int[text.codePointCount(0, n) + 1];
    int cp = 0;
    for (int i = 0; i < n; ) {
      codePointToUtf16[cp] = i;
      int width = Character.charCount(text.codePointAt(i));
      for (int k = 0; k < width; k++) {
        utf16ToCodePoint[i + k] = cp;
      }
      i += width;
      cp++;
    }
    utf16ToCodePoint[n] = cp;
    codePointToUtf16[cp] = n;
  }

  /**
   * The code point offset of one UTF-16 offset of {@code text} (0..length inclusive), without
   * building an index: for a single offset, such as one in a message.
   */
  public static int codePointOffset(String text, int utf16Offset) {
    return text.codePointCount(0, utf16Offset);
  }

  /** The code point offset of a UTF-16 offset (0..length inclusive). */
  public int toCodePoint(int utf16Offset) {
    return utf16ToCodePoint[utf16Offset];
  }

  /** The UTF-16 offset of a code point offset (0..codePointCount inclusive). */
  public int toUtf16(int codePointOffset) {
    if (codePointOffset < 0 || codePointOffset >= codePointToUtf16.length) {
      throw new IllegalArgumentException(
          "code point offset " + codePointOffset + " outside 0.." + (codePointToUtf16.length - 1));
    }
    return codePointToUtf16[codePointOffset];
  }

  /** A UTF-16 span from code point offsets. */
  public TextSpan fromCodePoints(int start, int end) {
    return new TextSpan(toUtf16(start), toUtf16(end));
  }

  public int codePointLength() {
    return codePointToUtf16.length - 1;
  }
}

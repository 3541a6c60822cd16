package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {
  @Test
  void countsAnEmojiAsOneCodePoint() {
    String text = "a📢b said";
    CodePointIndex cp = new CodePointIndex(text);
    assertEquals(0, cp.toCodePoint(0));
    assertEquals(1, cp.toCodePoint(1));
    assertEquals(2, cp.toCodePoint(3), "after the surrogate pair");
    assertEquals(8, cp.toCodePoint(text.length()));
    assertEquals(8, cp.codePointLength());
    assertEquals(3, cp.toUtf16(2));
    assertEquals("b said", cp.fromCodePoints(2, 8).cut(text));
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    assertThrows(IllegalArgumentException.class, () -> new CodePointIndex("ab").toUtf16(3));
  }
}

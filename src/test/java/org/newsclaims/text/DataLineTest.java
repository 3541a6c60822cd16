package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataLineTest {

  @Test
  void commentsAndBlankLinesAreNoDataAndLinesKeepTheirNumbers() {
    List<DataLine> data = DataLine.of(List.of("# header comment", "a\tb", "", "   ", "c\td\t"), "x.tsv");
    assertEquals(2, data.size());
    assertEquals("x.tsv:2", data.get(0).where());
    assertEquals("x.tsv:5", data.get(1).where());
    assertArrayEquals(new String[] {"c", "d"}, data.get(1).cells(), "trailing empty cells are dropped");
  }
}

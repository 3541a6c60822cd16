package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.TextSpan;

class SpanIndexTest {
  /** What a scan of every span answers: the positions whose span touches [from, to], ascending. */
  private static int[] scan(List<TextSpan> spans, int from, int to) {
    return IntStream.range(0, spans.size()).filter(i -> spans.get(i).start() <= to && spans.get(i).end() >= from)
        .toArray();
  }

  @Test
  void answersAsAScanOfEverySpanOnNestedOverlappingEmptyAndRepeatedSpans() {
    Random random = new Random(13);
    List<TextSpan> spans = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int start = random.nextInt(1000);
      spans.add(new TextSpan(start, start + (i % 10 == 0 ? 0 : random.nextInt(i % 7 == 0 ? 400 : 30))));
    }
    spans.add(spans.get(5));
    SpanIndex index = SpanIndex.of(spans);
    for (int q = 0; q < 2000; q++) {
      int from = random.nextInt(1100) - 50;
      int to = from + random.nextInt(60);
      assertArrayEquals(scan(spans, from, to), index.touching(from, to), "[" + from + ", " + to + "]");
    }
  }

  @Test
  void spansAddedLaterAndUnderSeveralIdsAreFoundOnceEach() {
    SpanIndex index = SpanIndex.of(List.of(new TextSpan(10, 20), new TextSpan(30, 40)));
    index.add(new TextSpan(15, 35), 0);
    index.add(new TextSpan(100, 500), 7);
    assertArrayEquals(new int[] {0, 1}, index.touching(new TextSpan(32, 33)));
    assertArrayEquals(new int[] {7}, index.touching(new TextSpan(400, 401)));
    assertArrayEquals(new int[] {0}, index.touching(20, 20));
    assertArrayEquals(new int[] {}, index.touching(41, 99));
  }
}

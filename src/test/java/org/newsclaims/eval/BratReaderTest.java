package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reader on PolNeAR-shaped files, unmodified, and on our own conventions. */
class BratReaderTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = BratReaderTest.class.getResourceAsStream("/polnear/" + name)) {
      if (in == null) {
        throw new IllegalStateException("fixture /polnear/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsPolnearFilesUnmodified() throws IOException {
    String text = resource("sample.txt");
    List<String> ann = resource("sample.ann").lines().toList();
    GoldDocument doc = new BratReader().read("sample.txt", text, ann);
    assertEquals(3, doc.attributions().size(), "Discuss and Discard are not attributions");
    GoldAttribution obama = doc.attributions().get(0);
    assertEquals("Obama", obama.source().orElseThrow().text(text));
    assertEquals(Optional.of("Barack Obama"), obama.canonical());
    GoldAttribution noSource = doc.attributions().get(1);
    assertTrue(noSource.source().isEmpty());
    assertEquals("talks\nwould resume soon", noSource.content().text(text), "span text with a line break");
    GoldAttribution kerry = doc.attributions().get(2);
    assertEquals(2, kerry.content().pieces().size(), "Content2 joins the content");
    assertEquals("\"We win,\" … \"always.\"", kerry.content().text(text));
  }

  @Test
  void readsTopicsCanonicalNamesAndUnattributedStatements() {
    String text = "Trump said land matters. The summit is in Anchorage.";
    List<String> ann = List.of(
        "T1\tSource 0 5\tTrump", "T2\tCue 6 10\tsaid", "T3\tContent 11 23\tland matters",
        "T4\tAttribution 6 10\tsaid", "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        "A1\tTopic E1 territory", "#1\tAnnotatorNotes T1\tDonald Trump",
        "T5\tContent 25 52\tThe summit is in Anchorage.", "A2\tTopic T5 venue");
    GoldDocument doc = new BratReader().read("d", text, ann);
    assertEquals(Set.of("territory"), doc.attributions().get(0).topics());
    assertEquals(1, doc.statements().size());
    assertEquals(Set.of("venue"), doc.statements().get(0).topics());
  }

  @Test
  void aSpanThatDoesNotFitTheTextIsAnError() {
    BratReader.GoldFormatException e = assertThrows(BratReader.GoldFormatException.class,
        () -> new BratReader().read("d", "Trump said so.", List.of("T1\tSource 0 5\tTrumq")));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "📢 Rubio said so.";
    GoldDocument doc = new BratReader().read("d", text, List.of(
        "T1\tSource 2 7\tRubio", "T2\tCue 8 12\tsaid", "T3\tContent 13 15\tso",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"));
    assertEquals("Rubio", doc.attributions().get(0).source().orElseThrow().text(text));
  }
}

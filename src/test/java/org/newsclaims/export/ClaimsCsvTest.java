package org.newsclaims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;

class ClaimsCsvTest {
  private static final List<String> FIRST_VERSION = List.of(
      "claim_id", "doc_id", "type", "speaker", "speaker_canonical", "speaker_role",
      "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "content", "content_start",
      "content_end", "topics", "topic_evidence", "hedged", "negated", "in_headline", "rule_id",
      "sentence_index", "modal");

  @Test
  void addedColumnsComeAfterTheFirstOnesInTheirOrder() {
    assertEquals(FIRST_VERSION, ClaimsCsv.HEADER.subList(0, FIRST_VERSION.size()));
    assertEquals(List.of("title", "url", "published", "outlet", "text_file", "speaker_kind", "mode"),
        ClaimsCsv.HEADER.subList(FIRST_VERSION.size(), FIRST_VERSION.size() + 7));
  }

  @Test
  void rowsRenderedPerArticleAndConcatenatedAreWhatTheWriterWrites() throws Exception {
    String text = "😀 Putin said, \"no\", today.";
    Claim c = new Claim("feed.jsonl#7", ClaimType.MIXED,
        Optional.of(new Speaker(new TextSpan(3, 8), "Vladimir Putin", "")), Optional.of(new TextSpan(9, 13)),
        List.of(new TextSpan(15, 19)), List.of(new TopicHit("territory", "no")), false, true, false, false,
        "say.ccomp", 0);
    ClaimsCsv.Rows a = new ClaimsCsv.Rows(text, List.of(c),
        new Article.Metadata("Title, with comma", "https://x.example/a?b=1", "2025-01-01", "Wire \"X\""),
        "text/feed.jsonl#7.txt");
    ClaimsCsv.Rows b = new ClaimsCsv.Rows("Nothing here.", List.of());
    StringWriter w = new StringWriter();
    ClaimsCsv.write(w, List.of(a, b, a));
    assertEquals(ClaimsCsv.header() + ClaimsCsv.records(a) + ClaimsCsv.records(b) + ClaimsCsv.records(a), w.toString());
    String row = ClaimsCsv.records(a);
    // Code points: the emoji is one, so "Putin" starts at 2.
    assertContains(",Putin,Vladimir Putin,,2,7,said,8,12,", row);
    assertContains(",false,\"Title, with comma\",https://x.example/a?b=1,2025-01-01,\"Wire \"\"X\"\"\","
        + "text/feed.jsonl#7.txt,unknown,statement,,", row);
    assertEquals("\r\n", row.substring(row.length() - 2), "a record ends with CRLF");
  }
}

package org.newsclaims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsColumnTest {

  @Test
  void theColumnsAreThoseUsersKnowInTheirOrder() {
    // Spelled out on purpose: a change here changes every claims.csv.
    assertEquals(List.of("claim_id", "doc_id", "type", "speaker", "speaker_canonical", "speaker_role",
        "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "content", "content_start",
        "content_end", "topics", "topic_evidence", "hedged", "negated", "in_headline", "rule_id",
        "sentence_index", "modal", "title", "url", "published", "outlet", "text_file", "speaker_kind", "mode",
        "review_status", "review_note"), ClaimsCsv.HEADER);
    assertEquals(ClaimsCsv.HEADER.subList(0, ClaimsCsv.HEADER.size() - 2), ClaimsCsv.STORED_COLUMNS);
    assertEquals(List.of("review_status", "review_note"), ClaimsColumn.headers(ClaimsColumn.Owner.REVIEWER));
    assertEquals(List.of("type", "speaker", "speaker_canonical", "speaker_role", "speaker_start", "speaker_end",
        "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "topics"),
        ClaimsColumn.headers(ClaimsColumn.Owner.CORRECTABLE));
  }

  @Test
  void offsetCellsReadBack() {
    assertEquals(List.of(), ClaimsColumn.parseOffsets(" "));
    assertEquals(List.of(12), ClaimsColumn.parseOffsets("12"));
    assertEquals(List.of(12, 40), ClaimsColumn.parseOffsets("12; 40"));
    assertThrows(NumberFormatException.class, () -> ClaimsColumn.parseOffsets("12;"));
  }
}

package org.newsclaims.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;

class TopicClassifierTest {
  private static final Taxonomy TAXONOMY = Taxonomy.parse(List.of(
      "# test taxonomy",
      "@unattributed\tterritory venue",
      "territory\tterritor*",
      "territory\tland|lands",
      "sanctions\tsanction*",
      "venue\tsummit|meeting ~ in|at <Cap>",
      "ceasefire\tpeace ~ deal & sign*"), "test");

  private static List<TopicHit> classify(String text) {
    return new TopicClassifier(TAXONOMY).classify(text, List.of(new TextSpan(0, text.length())));
  }

  @Test
  void reportsTheTriggeringWordsAsWritten() {
    assertEquals(List.of(new TopicHit("territory", "land")),
        classify("any agreement involving land would have to include Ukraine"));
    assertEquals(List.of(new TopicHit("territory", "Territories")), classify("Territories are not for sale"));
  }

  @Test
  void proximityAndConjunction() {
    assertEquals(List.of(new TopicHit("venue", "meeting at Joint")),
        classify("The meeting at Joint Base Elmendorf-Richardson"));
    assertTrue(classify("The meeting will mostly discuss trade and energy policy in Asia").isEmpty(), "'in Asia' is too far from 'meeting'");
    assertEquals(List.of(new TopicHit("ceasefire", "peace deal … signed")), classify("They signed a peace deal"));
  }

  @Test
  void topicsKeepTaxonomyOrder() {
    List<TopicHit> hits = classify("sanctions on land");
    assertEquals(List.of("territory", "sanctions"), hits.stream().map(TopicHit::topic).toList());
  }

  @Test
  void aBadLineFailsWithFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Taxonomy.parse(List.of("territory\tland", "Bad Topic\tx"), "topics.tsv"));
    assertTrue(e.getMessage().startsWith("topics.tsv:2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Taxonomy.parse(List.of("@unattributed\tnope", "territory\tland"), "t"));
  }
}

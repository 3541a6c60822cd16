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

  /** The sentences of a hand-written text: each ends at a ". " or at the end. */
  static List<TextSpan> sentences(String text) {
    List<TextSpan> out = new java.util.ArrayList<>();
    int start = 0;
    for (int dot = text.indexOf(". "); dot >= 0; dot = text.indexOf(". ", dot + 1)) {
      out.add(new TextSpan(start, dot + 1));
      start = dot + 2;
    }
    out.add(new TextSpan(start, text.length()));
    return out;
  }

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

  private static final org.newsclaims.place.Gazetteer PLACES = org.newsclaims.place.Gazetteer.parse(List.of(
      "# name\tkind\tvariants\ttags",
      "Donbas\tregion\tDonbass\tdisputed",
      "Anchorage\tcity\t-\tmeeting",
      "Joint Base Elmendorf-Richardson\tvenue\t-\tmeeting"), "places");
  private static final Taxonomy WITH_PLACES = Taxonomy.parse(List.of(
      "@referent-topics\tterritory",
      "@refers\t^it|this$",
      "@refers\tthis|the deal|proposal",
      "territory\t<place:disputed>",
      "territory\tterritor*|land",
      "!territory\ton|along <Cap> territory|border",
      "venue\tin|at <place:meeting>"), "test", PLACES);

  @Test
  void placesMatchVariantsAndSeveralWords() {
    TopicClassifier c = new TopicClassifier(WITH_PLACES);
    String text = "They will meet at Joint Base Elmendorf-Richardson to talk about Donbass";
    List<TopicHit> hits = c.classify(text, List.of(new TextSpan(0, text.length())));
    assertEquals(List.of(new TopicHit("territory", "Donbass"), new TopicHit("venue", "at Joint Base Elmendorf-Richardson")), hits);
  }

  @Test
  void masksKeepLocationsOutOfTerritory() {
    TopicClassifier c = new TopicClassifier(WITH_PLACES);
    String text = "troops moved on Russian territory";
    assertTrue(c.classify(text, List.of(new TextSpan(0, text.length()))).isEmpty());
    String other = "troops moved on Russian territory and took more land";
    assertEquals(List.of(new TopicHit("territory", "land")), c.classify(other, List.of(new TextSpan(0, other.length()))));
  }

  @Test
  void aContentThatRefersBackTakesTheTopicOfThePreviousSentence() {
    TopicClassifier c = new TopicClassifier(WITH_PLACES);
    String text = "Kyiv rejected a land swap. Zelensky said the deal was unacceptable and repeated this. Nothing else.";
    int second = text.indexOf("Zelensky");
    int third = text.indexOf("Nothing");
    List<TextSpan> sentences = List.of(new TextSpan(0, 26), new TextSpan(second, third - 1), new TextSpan(third, text.length()));
    int deal = text.indexOf("the deal");
    assertEquals(List.of(new TopicHit("territory", "land (previous sentence)")),
        c.classify(text, List.of(new TextSpan(deal, deal + "the deal was unacceptable".length())), sentences));
    int pronoun = text.indexOf("this.");
    assertEquals(List.of(new TopicHit("territory", "land (previous sentence)")),
        c.classify(text, List.of(new TextSpan(pronoun, pronoun + 4)), sentences), "a content that is only 'this'");
    int was = text.indexOf("was unacceptable");
    assertTrue(c.classify(text, List.of(new TextSpan(deal + 4, was + 16)), sentences).isEmpty(),
        "'deal was unacceptable' holds no referring expression");
    assertTrue(c.classify(text, List.of(new TextSpan(third, third + 12)), sentences).isEmpty(), "no referring expression");
  }

  @Test
  void aNounFollowedByOfNamesItsOwnContentAndDoesNotReferBack() {
    Taxonomy t = Taxonomy.parse(List.of(
        "@referent-topics\tterritory",
        "@refers\tthe exchange|plan",
        "@not-refers\texchange|plan of",
        "territory\tterritor*"), "test");
    TopicClassifier c = new TopicClassifier(t);
    String text = "Kyiv refused territorial concessions. Talks go on about the exchange of prisoners.";
    int second = text.indexOf("Talks");
    assertTrue(c.classify(text, List.of(new TextSpan(second, text.length() - 1)), sentences(text)).isEmpty(),
        "'the exchange of prisoners' is not the exchange of the sentence before");
    String other = "Kyiv refused territorial concessions. Talks go on about the exchange.";
    assertEquals(List.of(new TopicHit("territory", "territorial (previous sentence)")),
        c.classify(other, List.of(new TextSpan(second, other.length() - 1)), sentences(other)));
  }

  @Test
  void theReferentIsLookedForInTheSameAndThePreviousSentenceOnly() {
    TopicClassifier c = new TopicClassifier(WITH_PLACES);
    String text = "Kyiv rejected a land swap. Nothing was said. Zelensky repeated this.";
    int pronoun = text.indexOf("this.");
    assertTrue(c.classify(text, List.of(new TextSpan(pronoun, pronoun + 4)), sentences(text)).isEmpty(),
        "the land swap is two sentences back");
  }

  @Test
  void badPlaceLinesAndUnknownPlaceKindsFailWithFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> org.newsclaims.place.Gazetteer.parse(List.of("Kyiv\tcity\tKiev", "Mars\tplanet\t-"), "places.tsv"));
    assertTrue(e.getMessage().startsWith("places.tsv:2"), e.getMessage());
    IllegalArgumentException k = assertThrows(IllegalArgumentException.class,
        () -> Taxonomy.parse(List.of("venue\tin <place:moon>"), "topics.tsv", PLACES));
    assertTrue(k.getMessage().startsWith("topics.tsv:1"), k.getMessage());
  }
}

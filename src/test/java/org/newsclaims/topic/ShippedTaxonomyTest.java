package org.newsclaims.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.place.Gazetteer;

/**
 * The shipped {@code models/topics.tsv} and {@code models/places.tsv} on hand-written sentences:
 * one test per group of lines, each with what the lines must catch and what their masks must keep
 * out. Fails when the model files are missing.
 */
class ShippedTaxonomyTest {
  private static final TopicClassifier SHIPPED = load();

  private static TopicClassifier load() {
    Path models = Path.of("models");
    try {
      Gazetteer places = Gazetteer.load(models.resolve(ExtractionModels.PLACES_FILE));
      return new TopicClassifier(Taxonomy.load(models.resolve(ExtractionModels.TOPICS_FILE), places));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> topics(String text) {
    return SHIPPED.classify(text, List.of(new TextSpan(0, text.length()))).stream().map(TopicHit::topic).toList();
  }

  private static void has(String topic, String text) {
    assertTrue(topics(text).contains(topic), "'" + text + "' should be " + topic + ", is " + topics(text));
  }

  private static void hasNot(String topic, String text) {
    assertFalse(topics(text).contains(topic), "'" + text + "' should not be " + topic);
  }

  @Test
  void peaceAsAStateOfTheWorldIsNoCeasefire() {
    hasNot("ceasefire", "the threat Russia is making to global peace and stability");
    hasNot("ceasefire", "he is doing more for peace across the globe than anyone");
    hasNot("ceasefire", "the Israelis want to live in peace with their neighbours");
    has("ceasefire", "he is determined to bring peace to Ukraine");
  }

  @Test
  void endingTheWarOrTheConflictEvenWithALongModifier() {
    has("ceasefire", "ending this three and a half year war is a top priority");
    has("ceasefire", "that is the only way to end this conflict");
    hasNot("ceasefire", "they had to stop the assault. There is no direct fighting there now");
  }

  @Test
  void territoryFromSeparationStatehoodAndTheLineWhereItIs() {
    has("territory", "supporting their bid for separation of eastern regions of Ukraine");
    has("territory", "he attacked Israel's right to exist");
    has("territory", "Europe believes that we must stand where we stand today");
    has("territory", "Russian troops would stay where they are");
    hasNot("territory", "civilians should stay where they are");
  }

  @Test
  void locationsAndNonTerritorialSovereigntyAreNoTerritory() {
    hasNot("territory", "we must strengthen our technological and economic sovereignty");
    hasNot("territory", "a treaty preventing permanent deployment to any particular territory");
    hasNot("territory", "The enclave, Russian territory lying between Poland and Lithuania, has missiles.");
    hasNot("territory", "utilizing all the elements of Israel's force - on land, at sea and in the air");
    hasNot("territory", "the articles set forth in Annex II to Executive Order 14257");
    has("territory", "Kyiv will never give up its sovereignty over Crimea");
    has("territory", "Russia wants to annex the region and keep the land it holds");
  }

  @Test
  void venueNeedsThePlaceToBelongToTheMeeting() {
    hasNot("venue", "Russia stays at the table as he continues peace talks to end the war in Ukraine");
    has("venue", "He met in person with leaders in Germany");
    has("venue", "As peace talks continue today in Washington, the Senate stands ready");
    has("venue", "I commend the president for convening European leaders in Washington");
    hasNot("venue", "There will be new sanctions if the Alaska meeting does not produce results.");
    hasNot("venue", "The ceasefire talks have become a key part of discussions ahead of the Alaska meeting.");
    has("venue", "a productive start for the work of the teams in Jeddah on March 11th");
    has("venue", "Yesterday in Geneva, Iran and the six powers reached a six-month deal");
    has("venue", "the US asked that the telephone conversation be held today, instead of on Monday");
    hasNot("venue", "real leadership is back in the Oval Office");
    hasNot("venue", "Ukraine must hold the line until next spring");
    has("venue", "the summit will be held on Monday");
    hasNot("venue", "the talks will take place within a framework that protects Ukraine");
    hasNot("venue", "the talks may cover many topics");
    has("venue", "the summit is planned for early May");
    has("venue", "the talks on May 9");
    has("venue", "the meeting place has not been chosen");
    has("venue", "they argued about the location of the talks");
  }

  @Test
  void securityFromDeploymentAndTheAllianceNotFromCasualtiesOrAttacks() {
    has("security", "Russian forces remain positioned in Belarus to attack Ukraine from the north");
    has("security", "Putin aimed to weaken the NATO alliance");
    has("security", "There will be some form of security");
    has("security", "the proposals did not address the non-expansion of NATO");
    has("security", "Ukraine will never be a part of NATO");
    has("security", "the Baltic states are members of NATO now");
    has("security", "France wants to have boots on the ground");
    hasNot("security", "support for rehabilitation for injured troops and cyber defence");
    hasNot("security", "they want to cut off the routes of moving Russian troops");
    hasNot("security", "they would have attacked the troops of Belarus");
    has("security", "the arrival of US troops in Poland");
    has("security", "he cited exercises by Russia near the Polish border");
    has("security", "he cited \"large exercises\" by Russia");
    hasNot("security", "the positions that remained in Belarus after their joint exercises with Russia");
  }

  @Test
  void prohibitingTradeOrInvestmentIsASanction() {
    has("sanctions", "an order that will prohibit new investment, trade, and financing by U.S. persons in the so-called DNR");
    has("territory", "an order that will prohibit new investment, trade, and financing by U.S. persons in the so-called DNR");
  }

  @Test
  void guidelineWordsThatWereMissing() {
    has("territory", "Kyiv will not cede the east");
    has("territory", "a demilitarized zone along the front");
    has("territory", "a referendum on joining Russia");
    has("territory", "the right to self-determination");
    has("territory", "the demarcation line");
    hasNot("territory", "the referendum on amending your country's constitution");
    has("sanctions", "Washington threatened economic penalties");
    has("sanctions", "higher import duties on steel");
    has("sanctions", "Moscow promised retaliatory measures");
    has("sanctions", "a mechanism to hand confiscated Russian assets to Ukraine");
    has("venue", "they spoke on the sidelines of the G20");
    has("ceasefire", "a moratorium on strikes against energy sites");
    has("ceasefire", "we will stop fire at two o'clock");
    has("ceasefire", "only a negotiated settlement can work");
    has("security", "a European reassurance force");
    has("security", "the coalition of the willing met in Paris");
    has("security", "demilitarisation and a neutral status for Ukraine");
  }

  @Test
  void aDefiniteProposalOrPlanRefersBackButNotWithAnOfComplement() {
    String text = "Further sanctions against state-owned firms are needed. The Plan envisages deeper coordination.";
    int second = text.indexOf("The Plan");
    assertEquals(List.of(new TopicHit("sanctions", "sanctions (previous sentence)")),
        SHIPPED.classify(text, List.of(new TextSpan(second, text.length() - 1)), TopicClassifierTest.sentences(text)));
    String exchange = "Kyiv rejected territorial concessions. Talks go on about the exchange of prisoners.";
    int talks = exchange.indexOf("Talks");
    assertTrue(SHIPPED.classify(exchange, List.of(new TextSpan(talks, exchange.length() - 1)),
        TopicClassifierTest.sentences(exchange)).isEmpty());
  }
}

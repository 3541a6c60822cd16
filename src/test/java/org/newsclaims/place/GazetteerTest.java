package org.newsclaims.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static List<String> names(Gazetteer g, String text) {
    return g.findAll(Word.split(text)).stream().map(m -> m.span().cut(text) + "=" + m.place().name()).toList();
  }

  @Test
  void variantsTransliterationsAndLongestNames() throws IOException {
    Gazetteer g = Gazetteer.load(Path.of("models/places.tsv"));
    assertEquals(List.of("Donbass=Donbas", "Zaporozhye=Zaporizhzhia", "Kiev=Kyiv", "Lugansk=Luhansk"),
        names(g, "Donbass, Zaporozhye, Kiev and Lugansk"));
    assertEquals(List.of("Joint Base Elmendorf-Richardson=Joint Base Elmendorf-Richardson", "Anchorage=Anchorage", "Alaska=Alaska"),
        names(g, "at Joint Base Elmendorf-Richardson in Anchorage, Alaska"));
    assertEquals(List.of("Ukraine=Ukraine"), names(g, "Ukraine’s territories"), "a possessive is ignored");
    assertEquals(List.of("DNR=Donetsk", "LNR=Luhansk", "Zaporozhe=Zaporizhzhia", "Kyyiv=Kyiv", "Kurils=Kuril Islands"),
        names(g, "the DNR, the LNR, Zaporozhe, Kyyiv and the Kurils"));
    assertEquals(List.of("Britain=United Kingdom", "UK=United Kingdom", "Nur-Sultan=Astana", "Wales=Wales"),
        names(g, "Britain (the UK) met in Nur-Sultan and in Wales"));
    assertTrue(names(g, "a dnr and lnr").isEmpty(), "capitals-only variants");
  }

  @Test
  void aVariantInCapitalsMatchesOnlyInCapitals() {
    Gazetteer g = Gazetteer.parse(List.of("United States\tcountry\tUS|America"), "places");
    assertEquals(List.of("US=United States"), names(g, "the US said"));
    assertTrue(names(g, "let us meet").isEmpty());
  }

  @Test
  void kindsAndTagsFilter() {
    Gazetteer g = Gazetteer.parse(List.of("Crimea\tregion\t-\tdisputed", "Geneva\tcity\t-\tmeeting"), "places");
    List<Word> words = Word.split("Crimea and Geneva");
    assertTrue(g.matchAt(words, 0, java.util.Set.of("disputed")).isPresent());
    assertTrue(g.matchAt(words, 0, java.util.Set.of("city")).isEmpty());
    assertTrue(g.matchAt(words, 2, java.util.Set.of("meeting")).isPresent());
  }

  @Test
  void aBadLineFailsWithFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.parse(List.of("# places", "Kyiv\tcity\tKiev", "Kyiv\ttown\t-"), "places.tsv"));
    assertTrue(e.getMessage().startsWith("places.tsv:3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(List.of("Kyiv\tcity\t-\tBad Tag"), "p"));
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(List.of("Kyiv"), "p"));
  }
}

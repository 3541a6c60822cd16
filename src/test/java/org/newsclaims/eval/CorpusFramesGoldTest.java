package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclaims.frame.SlotRules;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.place.Gazetteer;
import org.newsclaims.text.TextDecoder;

/**
 * The bundled gold's modes and frame slots: every attribution has a mode, every slot's text is
 * the article's text at its code-point offsets (checked here apart from the reader), and the
 * guideline's slot labels, models/frames.tsv and corpus/annotation.conf agree.
 */
class CorpusFramesGoldTest {
  private static final Path CORPUS = Path.of("corpus");
  private static final Pattern SLOT_LINE = Pattern.compile("^T\\d+\\t([A-Z][a-z]+-[a-z]+) (\\d+) (\\d+)\\t(.*)$");

  @Test
  void everyGoldAttributionHasAModeAndTheSlotsAreRead() throws Exception {
    List<GoldDocument> golds = GoldCorpus.load(CORPUS);
    assertEquals(16, golds.size(), "the bundled gold articles");
    List<GoldAttribution> all = golds.stream().flatMap(g -> g.attributions().stream()).toList();
    assertEquals(410, all.size());
    assertTrue(all.stream().allMatch(a -> a.mode().isPresent()), "a mode on every attribution");
    assertEquals(433, all.stream().mapToInt(a -> a.slots().size()).sum());
    assertTrue(all.stream().filter(a -> a.topics().isEmpty()).allMatch(a -> a.slots().isEmpty()));
  }

  @Test
  void everySlotSpanIsTheTextAtItsCodePointOffsets() throws Exception {
    int checked = 0;
    List<Path> anns;
    try (Stream<Path> files = Files.list(CORPUS)) {
      anns = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    for (Path ann : anns) {
      String name = ann.getFileName().toString();
      String text = TextDecoder.strict(Files.readAllBytes(ann.resolveSibling(name.replace(".ann", ".txt"))));
      int[] cps = text.codePoints().toArray();
      List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
      for (int n = 0; n < lines.size(); n++) {
        Matcher m = SLOT_LINE.matcher(lines.get(n));
        if (m.matches()) {
          int s = Integer.parseInt(m.group(2));
          int e = Integer.parseInt(m.group(3));
          String cut = new String(Arrays.copyOfRange(cps, s, e), 0, e - s);
          assertEquals(m.group(4), cut, name + ":" + (n + 1));
          assertTrue(SlotLabels.GUIDELINE.of(m.group(1)).isPresent(), name + ":" + (n + 1) + " " + m.group(1));
          checked++;
        }
      }
    }
    assertEquals(433, checked, "every slot line was checked");
  }

  @Test
  void theGuidelineLabelsAreTheSlotsOfFramesTsvAndOfAnnotationConf() throws Exception {
    SlotRules rules = SlotRules.load(Path.of("models").resolve(SlotRules.FILE), Gazetteer.load(Path.of("models/places.tsv")));
    Map<String, Set<String>> data = new LinkedHashMap<>();
    rules.slots().forEach((t, s) -> data.put(t, new TreeSet<>(s)));
    Map<String, Set<String>> guideline = new LinkedHashMap<>();
    SlotLabels.GUIDELINE.slotsByTopic().forEach((t, s) -> guideline.put(t, new TreeSet<>(s)));
    assertEquals(guideline, data);

    List<String> conf = Files.readAllLines(CORPUS.resolve("annotation.conf"), StandardCharsets.UTF_8);
    for (String type : SlotLabels.GUIDELINE.types()) {
      assertTrue(conf.contains(type), "entity " + type + " declared");
      assertTrue(conf.stream().filter(l -> l.startsWith("Attribution"))
          .allMatch(l -> l.contains(type + "*:" + type)), type + " is an argument of both attribution events");
    }
    String modes = Arrays.stream(ClaimMode.values()).map(ClaimMode::label).collect(Collectors.joining("|"));
    assertTrue(conf.stream().anyMatch(l -> l.startsWith("Mode\t") && l.endsWith("Value:" + modes)), conf.toString());
  }
}

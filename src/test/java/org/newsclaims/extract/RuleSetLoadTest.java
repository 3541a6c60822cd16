package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad line of {@code models/rules/attribution.tsv} fails the load with the file, the line and
 * what is wrong, so that whoever edits the rules finds the mistake without reading code.
 */
class RuleSetLoadTest {
  private static final Lexicons LEXICONS = Lexicons.of(Map.of("speech-verbs", Set.of("say", "tell")));
  private static final String HEADER = "id\tanchor\tsource\tcontent\tcue\trequires";
  private static final String GOOD = "say.ccomp\tlemma@speech-verbs;pos~VB.*\tnsubj\tccomp\t-\t-";

  /** The message of loading these lines as {@code rules.tsv}: comment, header, a good rule, then {@code line}. */
  private static String errorOf(String line) {
    List<String> lines = List.of("# rules", HEADER, GOOD, line);
    return assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(lines, "rules.tsv", LEXICONS),
        () -> "accepted: " + line).getMessage();
  }

  @Test
  void goodLinesLoadInOrderWithTheirIds() {
    RuleSet rules = RuleSet.parse(List.of("# rules", "", HEADER, GOOD,
        "say.passive\tlemma@speech-verbs;pos~VBN\tobl:agent?\tccomp\t-\tnsubj:pass|expl"), "rules.tsv", LEXICONS);
    assertEquals(List.of("say.ccomp", "say.passive"), List.copyOf(rules.ids()));
  }

  @Test
  void eachKindOfBadLineNamesFileLineAndFault() {
    assertEquals("rules.tsv:4: expected 6 tab-separated cells, found 5",
        errorOf("say.x\tlemma@speech-verbs\tnsubj\tccomp\t-"));
    assertEquals("rules.tsv:4: duplicate rule id 'say.ccomp'", errorOf(GOOD));
    assertEquals("rules.tsv:4: rule id 'Say.X' must be lower-case [a-z0-9_.-]",
        errorOf("Say.X\tlemma@speech-verbs\tnsubj\tccomp\t-\t-"));
    assertEquals("rules.tsv:4: unknown lexicon 'belief-verbs'; known: [speech-verbs]",
        errorOf("think.x\tlemma@belief-verbs\tnsubj\tccomp\t-\t-"));
    assertEquals("rules.tsv:4: unknown token test 'lemma:say' (expected lemma@LIST, lemma=a/b, word~RE, pos~RE, "
        + "ner=CLASS, or !TEST)", errorOf("say.x\tlemma:say\tnsubj\tccomp\t-\t-"));
    assertEquals("rules.tsv:4: bad relation 'NSUBJ' in path 'NSUBJ'",
        errorOf("say.x\tlemma@speech-verbs\tNSUBJ\tccomp\t-\t-"));
    assertEquals("rules.tsv:4: unclosed '{' in path 'obj{lemma=it'",
        errorOf("say.x\tlemma@speech-verbs\tnsubj\tccomp\tobj{lemma=it\t-"));
    assertEquals("rules.tsv:4: empty step in path 'ccomp>'",
        errorOf("say.x\tlemma@speech-verbs\tnsubj\tccomp>\t-\t-"));
  }

  @Test
  void aFileWithoutTheHeaderIsRefused() {
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.parse(List.of("# rules", "id\tanchor\tsource"), "rules.tsv", LEXICONS));
    assertEquals("rules.tsv:2: expected header id\\tanchor\\tsource\\tcontent\\tcue\\trequires", wrong.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.parse(List.of("# only a comment", ""), "rules.tsv", LEXICONS));
    assertEquals("rules.tsv: no header line", none.getMessage());
  }

  @Test
  void loadingAFileNamesThatFile(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("attribution.tsv");
    Files.writeString(file, "# rules\n" + HEADER + "\n\n" + "say.x\tlemma@speech-verbs\tnsubj>\tccomp\t-\t-\n",
        StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(file, LEXICONS));
    assertEquals(file + ":4: empty step in path 'nsubj>'", e.getMessage());
  }

  @Test
  void theBundledRulesLoad() throws Exception {
    Path rules = org.newsclaims.testing.SharedModels.root().resolve("models/rules/attribution.tsv");
    Lexicons lexicons = Lexicons.load(rules.getParent().resolveSibling("lexicons"));
    RuleSet set = RuleSet.load(rules, lexicons);
    assertEquals(set.size(), set.ids().size(), "ids are unique");
    assertTrue(set.size() >= 20, () -> "only " + set.size() + " rules in " + rules);
  }
}

package org.newsclaims.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.text.DataLine;

/**
 * The mode rules of {@code models/modes.tsv}, in file order (the first rule that fires decides).
 *
 * <p>Format: {@code mode<TAB>part<TAB>phrase} lines and {@code #} comments. {@code mode} is a
 * {@link ClaimMode} in lower case; {@code part} is {@code cue} or {@code content}; {@code phrase}
 * is space-separated words that must follow each other, each {@code word}, {@code stem*} or
 * {@code a|b}; a leading {@code ^} anchors the phrase at the part's first word, and the phrase
 * {@code ?} fires when the part ends with a question mark (closing quotes ignored).
 * A bad line fails the load with file:line. Immutable.
 */
public final class ModeRules {
  /** Which words of a claim a rule looks at. */
  public enum Part { CUE, CONTENT }

  /** One rule: alternatives per word, in order. */
  record Rule(ClaimMode mode, Part part, boolean anchored, boolean question, List<List<String>> words, String source) {}

  private final List<Rule> rules;

  private ModeRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static ModeRules load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  public static ModeRules parse(List<String> lines, String origin) {
    List<Rule> rules = new ArrayList<>();
    for (DataLine data : DataLine.of(lines, origin)) {
      String where = data.where();
      String[] cells = data.cells();
      if (cells.length != 3 || cells[2].isBlank()) {
        throw new IllegalArgumentException(where + ": expected 'mode<TAB>part<TAB>phrase'");
      }
      ClaimMode mode;
      try {
        mode = ClaimMode.of(cells[0].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      Part part = switch (cells[1].strip()) {
        case "cue" -> Part.CUE;
        case "content" -> Part.CONTENT;
        default -> throw new IllegalArgumentException(where + ": part '" + cells[1].strip() + "' must be cue or content");
      };
      String phrase = cells[2].strip().toLowerCase(Locale.ROOT);
      if (phrase.equals("?")) {
        rules.add(new Rule(mode, part, false, true, List.of(), phrase));
        continue;
      }
      boolean anchored = phrase.startsWith("^");
      List<List<String>> words = new ArrayList<>();
      for (String w : (anchored ? phrase.substring(1) : phrase).strip().split("\\s+")) {
        List<String> alts = List.of(w.split("\\|"));
        for (String a : alts) {
          if (!a.matches("[\\p{L}\\p{N}'’.-]+\\*?")) {
            throw new IllegalArgumentException(where + ": bad word '" + a + "'");
          }
        }
        words.add(alts);
      }
      rules.add(new Rule(mode, part, anchored, false, List.copyOf(words), phrase));
    }
    return new ModeRules(rules);
  }

  List<Rule> rules() {
    return rules;
  }
}

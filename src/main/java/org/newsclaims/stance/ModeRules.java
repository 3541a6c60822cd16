package org.newsclaims.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.text.DataLine;

/**
 * The mode rules of {@code models/modes.tsv}, in file order (the first rule that fires decides).
 *
 * <p>Format: {@code mode<TAB>part<TAB>phrase} lines and {@code #} comments. {@code mode} is a
 * {@link ClaimMode} in lower case, or {@value #IGNORE}: the words the phrase matches are taken out
 * of the part for the lines after it (a phrase that only looks like a later test). {@code part} is
 * {@code cue} or {@code content}; {@code phrase} is space-separated words that must follow each
 * other, each {@code word}, {@code stem*} or {@code a|b}, a trailing {@code ?} making the word
 * optional ({@code *} alone is any one word); a leading {@code ^} anchors the phrase at the part's
 * first word, and the phrase {@code ?} fires when the part ends with a question mark (closing
 * quotes ignored). A bad line fails the load with file:line. Immutable.
 */
public final class ModeRules {
  /** The mode column of a line whose phrase is taken out of the words, deciding nothing. */
  public static final String IGNORE = "ignore";

  /** Which words of a claim a rule looks at. */
  public enum Part { CUE, CONTENT }

  /** One word of a phrase: its alternatives ({@code stem*} allowed) and whether it may be left out. */
  record Token(List<String> alternatives, boolean optional) {
    Token {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** One rule; an empty mode is an {@value #IGNORE} line. */
  record Rule(Optional<ClaimMode> mode, Part part, boolean anchored, boolean question, List<Token> words, String source) {
    Rule {
      words = List.copyOf(words);
    }
  }

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
      Optional<ClaimMode> mode = mode(cells[0].strip(), where);
      Part part = switch (cells[1].strip()) {
        case "cue" -> Part.CUE;
        case "content" -> Part.CONTENT;
        default -> throw new IllegalArgumentException(where + ": part '" + cells[1].strip() + "' must be cue or content");
      };
      String phrase = cells[2].strip().toLowerCase(Locale.ROOT);
      if (phrase.equals("?")) {
        if (mode.isEmpty()) {
          throw new IllegalArgumentException(where + ": '?' has no words to " + IGNORE);
        }
        rules.add(new Rule(mode, part, false, true, List.of(), phrase));
        continue;
      }
      boolean anchored = phrase.startsWith("^");
      List<Token> words = tokens((anchored ? phrase.substring(1) : phrase).strip(), where);
      rules.add(new Rule(mode, part, anchored, false, words, phrase));
    }
    return new ModeRules(rules);
  }

  private static Optional<ClaimMode> mode(String cell, String where) {
    if (cell.equals(IGNORE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ClaimMode.of(cell));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage() + " (or " + IGNORE + ")", e);
    }
  }

  private static List<Token> tokens(String phrase, String where) {
    List<Token> words = new ArrayList<>();
    for (String w : phrase.split("\\s+")) {
      boolean optional = w.length() > 1 && w.endsWith("?");
      List<String> alts = List.of((optional ? w.substring(0, w.length() - 1) : w).split("\\|"));
      for (String a : alts) {
        if (!a.matches("[\\p{L}\\p{N}'’.-]+\\*?|\\*")) {
          throw new IllegalArgumentException(where + ": bad word '" + a + "'");
        }
      }
      words.add(new Token(alts, optional));
    }
    if (words.stream().allMatch(Token::optional)) {
      throw new IllegalArgumentException(where + ": every word of '" + phrase + "' is optional");
    }
    return words;
  }

  List<Rule> rules() {
    return rules;
  }
}

package org.newsclaims.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.text.DataLine;

/**
 * The attribution rules, in priority order, compiled once from a TSV file with the header
 * {@code id anchor source content cue requires}; {@code -} marks an empty cell, a source cell
 * ending in {@code ?} means the source is optional, a content cell {@code @rest} takes the rest
 * of the clause after the cue. A bad line fails the load with file:line.
 * Immutable, thread-safe.
 */
public final class RuleSet {
  /** The content cell of a rule whose content is the rest of the clause after the cue. */
  static final String SEQUENTIAL = "@rest";
  static final List<String> HEADER = List.of("id", "anchor", "source", "content", "cue", "requires");

  private final List<Rule> rules;

  RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<Rule> rules() {
    return rules;
  }

  public int size() {
    return rules.size();
  }

  /** The ids of all rules, in priority order. */
  public java.util.Set<String> ids() {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    rules.forEach(r -> ids.add(r.id()));
    return ids;
  }

  public static RuleSet load(Path file, Lexicons lexicons) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), lexicons);
  }

  static RuleSet parse(List<String> lines, String origin, Lexicons lexicons) {
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean headerSeen = false;
    for (DataLine data : DataLine.of(lines, origin)) {
      String where = data.where();
      List<String> cells = List.of(data.line().split("\t", -1));
      if (!headerSeen) {
        if (!cells.stream().map(String::strip).toList().equals(HEADER)) {
          throw new IllegalArgumentException(where + ": expected header " + String.join("\\t", HEADER));
        }
        headerSeen = true;
        continue;
      }
      if (cells.size() != HEADER.size()) {
        throw new IllegalArgumentException(where + ": expected " + HEADER.size()
            + " tab-separated cells, found " + cells.size());
      }
      try {
        String id = cells.get(0).strip();
        if (!id.matches("[a-z][a-z0-9_.-]*")) {
          throw new IllegalArgumentException("rule id '" + id + "' must be lower-case [a-z0-9_.-]");
        }
        if (!ids.add(id)) {
          throw new IllegalArgumentException("duplicate rule id '" + id + "'");
        }
        List<TokenPredicate> anchorTests = new ArrayList<>();
        for (String t : cells.get(1).split(";")) {
          anchorTests.add(TokenPredicate.compile(t, lexicons));
        }
        String sourceCell = cells.get(2).strip();
        boolean optional = sourceCell.endsWith("?");
        if (optional) {
          sourceCell = sourceCell.substring(0, sourceCell.length() - 1);
        }
        rules.add(new Rule(id, TokenPredicate.all(anchorTests),
            optionalPath(sourceCell, lexicons),
            cells.get(3).strip().equals(SEQUENTIAL) ? Optional.empty()
                : Optional.of(DependencyPath.compile(cells.get(3).strip(), lexicons)),
            cells.get(3).strip().equals(SEQUENTIAL),
            optionalPath(cells.get(4).strip(), lexicons),
            optionalPath(cells.get(5).strip(), lexicons),
            !optional && !sourceCell.equals("-")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(origin + ": no header line");
    }
    return new RuleSet(rules);
  }

  private static Optional<DependencyPath> optionalPath(String cell, Lexicons lexicons) {
    return cell.equals("-") || cell.isEmpty()
        ? Optional.empty() : Optional.of(DependencyPath.compile(cell, lexicons));
  }
}

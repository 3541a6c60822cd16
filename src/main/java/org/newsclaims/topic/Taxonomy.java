package org.newsclaims.topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The topic taxonomy from {@code models/topics.tsv}, editable without recompiling.
 *
 * <p>Format: {@code topic<TAB>trigger} lines, {@code #} comments, and one directive line
 * {@code @unattributed<TAB>topic topic ...} naming the topics for which author-voice sentences
 * are emitted as unattributed claims. A trigger is a phrase of space-separated word patterns
 * (see {@link TermPattern}); {@code A & B} requires both anywhere in the text, {@code A ~ B}
 * requires B to start within a few words after A. Topics
 * keep the order of their first line. A bad line fails the load with file:line. Immutable.
 */
public final class Taxonomy {

  /**
   * One trigger: every clause must occur. A clause is a chain of phrases, each of which must
   * start within {@link TopicClassifier#NEAR} words after the previous one ends.
   */
  record Trigger(String topic, List<List<List<TermPattern>>> clauses, String source) {}

  private final List<String> topics;
  private final List<Trigger> triggers;
  private final Set<String> unattributedTopics;

  private Taxonomy(List<String> topics, List<Trigger> triggers, Set<String> unattributed) {
    this.topics = List.copyOf(topics);
    this.triggers = List.copyOf(triggers);
    this.unattributedTopics = Set.copyOf(unattributed);
  }

  public static Taxonomy load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  public static Taxonomy parse(List<String> lines, String origin) {
    Set<String> topics = new LinkedHashSet<>();
    List<Trigger> triggers = new ArrayList<>();
    Set<String> unattributed = new LinkedHashSet<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = origin + ":" + (n + 1);
      String[] cells = line.split("\t");
      if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new IllegalArgumentException(where + ": expected 'topic<TAB>trigger'");
      }
      String topic = cells[0].strip();
      if (topic.equals("@unattributed")) {
        for (String t : cells[1].strip().split("\\s+")) {
          unattributed.add(t.toLowerCase(Locale.ROOT));
        }
        continue;
      }
      if (!topic.matches("[a-z][a-z0-9_-]*")) {
        throw new IllegalArgumentException(where + ": topic '" + topic + "' must be lower-case [a-z0-9_-]");
      }
      topics.add(topic);
      List<List<List<TermPattern>>> clauses = new ArrayList<>();
      for (String clause : cells[1].split("&")) {
        List<List<TermPattern>> chain = new ArrayList<>();
        for (String phrase : clause.split("~")) {
          List<TermPattern> words = new ArrayList<>();
          for (String w : phrase.strip().split("\\s+")) {
            try {
              words.add(TermPattern.compile(w));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
          }
          chain.add(List.copyOf(words));
        }
        clauses.add(List.copyOf(chain));
      }
      triggers.add(new Trigger(topic, List.copyOf(clauses), cells[1].strip()));
    }
    for (String t : unattributed) {
      if (!topics.contains(t)) {
        throw new IllegalArgumentException(origin + ": @unattributed names unknown topic '" + t + "'");
      }
    }
    return new Taxonomy(new ArrayList<>(topics), triggers, unattributed);
  }

  public List<String> topics() {
    return topics;
  }

  List<Trigger> triggers() {
    return triggers;
  }

  /** Topics for which author-voice sentences become unattributed claims. */
  public Set<String> unattributedTopics() {
    return unattributedTopics;
  }
}

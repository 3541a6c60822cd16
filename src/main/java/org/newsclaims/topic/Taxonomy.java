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
import org.newsclaims.place.Gazetteer;
import org.newsclaims.text.DataLine;

/**
 * The topic taxonomy from {@code models/topics.tsv}, editable without recompiling.
 *
 * <p>Format: {@code topic<TAB>trigger} lines and {@code #} comments, plus directives:
 * <ul>
 *   <li>{@code @unattributed<TAB>topic topic ...}: the topics for which author-voice sentences
 *       are emitted as unattributed claims;</li>
 *   <li>{@code !topic<TAB>phrase}: a mask; words inside a match of the phrase never trigger
 *       that topic ("on Russian territory" is a location, not a territorial question);</li>
 *   <li>{@code @refers<TAB>phrase}: a referring expression ("this proposal", "the deal"); a
 *       content that holds one and has no topic of its own takes the topics of the text just
 *       before it (see {@link TopicClassifier#classify(String, List, List)});</li>
 *   <li>{@code @not-refers<TAB>phrase}: words inside a match of the phrase never make a
 *       referring expression ("the exchange of prisoners" names its own content);</li>
 *   <li>{@code @referent-topics<TAB>topic topic ...}: the topics a content may take from its
 *       referent (the others must be in the content itself).</li>
 * </ul>
 * A trigger (or phrase) is made of space-separated word patterns (see {@link TermPattern});
 * {@code A & B} requires both anywhere in the text, {@code A ~ B} requires B to start within a
 * few words after A; a leading {@code ^} anchors it at the passage's first word, a trailing {@code $} at its last. Place patterns ({@code <place:city>}) look names up in the {@link Gazetteer}.
 * Topics keep the order of their first line. A bad line fails the load with file:line. Immutable.
 */
public final class Taxonomy {

  /**
   * Phrases, each of which must start within {@link TopicClassifier#NEAR} words after the previous
   * one ends; an anchored chain (written with a leading {@code ^}) must start at the passage's first
   * word, and one with a trailing {@code $} must end at its last word.
   */
  record Chain(List<List<TermPattern>> phrases, boolean anchored, boolean anchoredEnd) {}

  /** One trigger: every clause must occur. */
  record Trigger(String topic, List<Chain> clauses, String source) {}

  private final List<String> topics;
  private final List<Trigger> triggers;
  private final List<Trigger> masks;
  private final List<Chain> referring;
  private final List<Chain> notReferring;
  private final Set<String> unattributedTopics;
  private final Set<String> referentTopics;
  private final Gazetteer places;

  private Taxonomy(Set<String> topics, List<Trigger> triggers, List<Trigger> masks, List<Chain> referring,
      List<Chain> notReferring, Set<String> unattributed, Set<String> referentTopics, Gazetteer places) {
    this.topics = List.copyOf(topics);
    this.triggers = List.copyOf(triggers);
    this.masks = List.copyOf(masks);
    this.referring = List.copyOf(referring);
    this.notReferring = List.copyOf(notReferring);
    this.unattributedTopics = Set.copyOf(unattributed);
    this.referentTopics = Set.copyOf(referentTopics);
    this.places = places;
  }

  public static Taxonomy load(Path file, Gazetteer places) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), places);
  }

  /** Without a gazetteer: {@code <place>} never matches and {@code <place:X>} is an error. */
  public static Taxonomy parse(List<String> lines, String origin) {
    return parse(lines, origin, Gazetteer.EMPTY);
  }

  public static Taxonomy parse(List<String> lines, String origin, Gazetteer places) {
    Set<String> topics = new LinkedHashSet<>();
    List<Trigger> triggers = new ArrayList<>();
    List<Trigger> masks = new ArrayList<>();
    List<Chain> referring = new ArrayList<>();
    List<Chain> notReferring = new ArrayList<>();
    Set<String> unattributed = new LinkedHashSet<>();
    Set<String> referentTopics = new LinkedHashSet<>();
    for (DataLine data : DataLine.of(lines, origin)) {
      String where = data.where();
      String[] cells = data.cells();
      if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new IllegalArgumentException(where + ": expected 'topic<TAB>trigger'");
      }
      String head = cells[0].strip();
      String body = cells[1].strip();
      if (head.equals("@unattributed")) {
        for (String t : body.split("\\s+")) {
          unattributed.add(t.toLowerCase(Locale.ROOT));
        }
        continue;
      }
      if (head.equals("@referent-topics")) {
        referentTopics.addAll(List.of(body.toLowerCase(Locale.ROOT).split("\\s+")));
        continue;
      }
      if (head.equals("@refers")) {
        referring.add(chain(body, where, places));
        continue;
      }
      if (head.equals("@not-refers")) {
        notReferring.add(chain(body, where, places));
        continue;
      }
      if (head.startsWith("@")) {
        throw new IllegalArgumentException(where + ": unknown directive '" + head + "' (valid: @unattributed, @refers, @not-refers, @referent-topics)");
      }
      boolean mask = head.startsWith("!");
      String topic = mask ? head.substring(1) : head;
      if (!topic.matches("[a-z][a-z0-9_-]*")) {
        throw new IllegalArgumentException(where + ": topic '" + topic + "' must be lower-case [a-z0-9_-]");
      }
      List<Chain> clauses = new ArrayList<>();
      for (String clause : body.split("&")) {
        clauses.add(chain(clause, where, places));
      }
      if (mask) {
        if (clauses.size() != 1) {
          throw new IllegalArgumentException(where + ": a mask is one phrase chain, without '&'");
        }
        masks.add(new Trigger(topic, List.copyOf(clauses), body));
      } else {
        topics.add(topic);
        triggers.add(new Trigger(topic, List.copyOf(clauses), body));
      }
    }
    for (String t : unattributed) {
      if (!topics.contains(t)) {
        throw new IllegalArgumentException(origin + ": @unattributed names unknown topic '" + t + "'");
      }
    }
    for (String t : referentTopics) {
      if (!topics.contains(t)) {
        throw new IllegalArgumentException(origin + ": @referent-topics names unknown topic '" + t + "'");
      }
    }
    for (Trigger m : masks) {
      if (!topics.contains(m.topic())) {
        throw new IllegalArgumentException(origin + ": mask for unknown topic '" + m.topic() + "': " + m.source());
      }
    }
    return new Taxonomy(topics, triggers, masks, referring, notReferring, unattributed, referentTopics, places);
  }

  private static Chain chain(String spec, String where, Gazetteer places) {
    boolean anchored = spec.strip().startsWith("^");
    boolean anchoredEnd = spec.strip().endsWith("$");
    String text = spec.strip().substring(anchored ? 1 : 0, spec.strip().length() - (anchoredEnd ? 1 : 0));
    List<List<TermPattern>> chain = new ArrayList<>();
    for (String phrase : text.split("~")) {
      List<TermPattern> words = new ArrayList<>();
      for (String w : phrase.strip().split("\\s+")) {
        TermPattern p;
        try {
          p = TermPattern.compile(w);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        if (p.isPlace() && !places.labels().containsAll(p.places())) {
          throw new IllegalArgumentException(where + ": '" + w + "' asks for a place kind or tag that "
              + "the gazetteer does not have; known: " + places.labels());
        }
        words.add(p);
      }
      chain.add(List.copyOf(words));
    }
    return new Chain(List.copyOf(chain), anchored, anchoredEnd);
  }

  public List<String> topics() {
    return topics;
  }

  List<Trigger> triggers() {
    return triggers;
  }

  List<Trigger> masks() {
    return masks;
  }

  List<Chain> referring() {
    return referring;
  }

  /** Phrases whose words never make a referring expression. */
  List<Chain> notReferring() {
    return notReferring;
  }

  /** The place gazetteer the triggers look names up in. */
  public Gazetteer places() {
    return places;
  }

  /** Topics a content may take from its referent. */
  Set<String> referentTopics() {
    return referentTopics;
  }

  /** Topics for which author-voice sentences become unattributed claims. */
  public Set<String> unattributedTopics() {
    return unattributedTopics;
  }
}

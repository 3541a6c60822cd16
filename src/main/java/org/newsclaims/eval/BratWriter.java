package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.TextSpan;
import org.newsclaims.text.CodePointIndex;

/**
 * Writes gold in the BRAT standoff conventions of {@code corpus/GUIDELINES.md} (section 5), so
 * that {@link BratReader} reads back exactly what was written, and merges new annotations into an
 * existing {@code .ann} without touching its lines.
 *
 * <p>Offsets are written in code points; the text column holds the covered text with every run of
 * white space as one space (pieces of a discontinuous span joined by a space), as the reader
 * compares it. An attribution is a Source (optional), Cue, Content and trigger {@code T} line, an
 * {@code Attribution} event, {@code Topic} attributes on the event and an {@code AnnotatorNotes}
 * with the canonical name on the Source; an unattributed statement is a bare Content with
 * {@code Topic} attributes. An attribution's mode is a {@code Mode} attribute on its event and
 * its frame slots are {@link SlotLabels} text-bound annotations, arguments of the event, with an
 * {@code AnnotatorNotes} for the normalised value (GUIDELINES.md sections 9 and 10). A free-text
 * provenance note goes on the event (or the statement).
 *
 * <p>Merging never duplicates: an annotation that equals an existing one (or one added before it)
 * is reported as already there; one that the evaluation would take for the same attribution (cue
 * and content overlap, or overlapping statement content) but differs is a conflict, reported and
 * not written. Stateless and thread-safe.
 */
public final class BratWriter {
  private static final Pattern ID = Pattern.compile("^([TEAMRN#*])(\\d+)\\t");

  /**
   * One gold annotation to write, spans in UTF-16 units of the article text.
   *
   * @param source the source, absent for agentless attributions and statements
   * @param cue the cue; absent means an unattributed topic statement
   * @param content the content, possibly discontinuous
   * @param topics topic values (lower case)
   * @param canonical canonical speaker name for the Source's AnnotatorNotes (ignored without source)
   * @param note provenance note for the event or statement, empty for none
   * @param mode the attribution's mode, absent for none (always absent for a statement)
   * @param slots the attribution's frame slots: inside the content, of its topics (none for a statement)
   */
  public record Annotation(Optional<SpanSet> source, Optional<SpanSet> cue, SpanSet content,
      Set<String> topics, String canonical, String note, Optional<ClaimMode> mode, List<Slot> slots) {
    public Annotation {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(content, "content");
      topics = Set.copyOf(new TreeSet<>(topics));
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(mode, "mode");
      slots = List.copyOf(slots);
      if (cue.isEmpty() && source.isPresent()) {
        throw new IllegalArgumentException("a statement without cue cannot have a source");
      }
      if (cue.isEmpty() && (mode.isPresent() || !slots.isEmpty())) {
        throw new IllegalArgumentException("a statement has no mode and no slots");
      }
      for (Slot s : slots) {
        if (!topics.contains(s.topic()) || content.pieces().stream().noneMatch(p -> p.contains(s.span()))) {
          throw new IllegalArgumentException("slot " + s + " is not inside the content of one of the topics " + topics);
        }
      }
    }

    /** An annotation without mode and slots. */
    public Annotation(Optional<SpanSet> source, Optional<SpanSet> cue, SpanSet content,
        Set<String> topics, String canonical, String note) {
      this(source, cue, content, topics, canonical, note, Optional.empty(), List.of());
    }

    public boolean isStatement() {
      return cue.isEmpty();
    }
  }

  /** One frame slot to write: topic, slot, span (UTF-16 units) and normalised value. */
  public record Slot(String topic, String slot, TextSpan span, Optional<String> normalized) {
    public Slot {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(slot, "slot");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(normalized, "normalized");
    }
  }

  private final SlotLabels slotLabels;

  /** A writer of the guideline's slots ({@link SlotLabels#GUIDELINE}). */
  public BratWriter() {
    this(SlotLabels.GUIDELINE);
  }

  public BratWriter(SlotLabels slotLabels) {
    this.slotLabels = slotLabels;
  }

  /** What a merge did to each annotation offered, in order. */
  public enum Outcome { ADDED, ALREADY_GOLD, CONFLICT }

  /**
   * The merged {@code .ann} lines and, per offered annotation, its outcome and a detail (the id
   * of the existing annotation it equals or conflicts with).
   */
  public record Merge(List<String> lines, List<Outcome> outcomes, List<String> details) {
    public Merge {
      lines = List.copyOf(lines);
      outcomes = List.copyOf(outcomes);
      details = List.copyOf(details);
    }

    public long count(Outcome o) {
      return outcomes.stream().filter(x -> x == o).count();
    }
  }

  /**
   * Adds annotations to the lines of an existing {@code .ann} (empty for a new file). The existing
   * lines are kept as they are and must read cleanly against {@code text}; new ids continue after
   * the highest id of each kind.
   *
   * @throws BratReader.GoldFormatException if the existing annotations do not fit the text
   * @throws IllegalArgumentException if an addition has a slot these labels do not know
   */
  public Merge merge(String docId, String text, List<String> existing, List<Annotation> additions) {
    for (Annotation a : additions) {
      for (Slot s : a.slots()) {
        if (slotLabels.of(SlotLabels.type(s.topic(), s.slot())).isEmpty()) {
          throw new IllegalArgumentException(docId + ": unknown slot " + s.topic() + " " + s.slot() + "; valid: "
              + String.join(", ", slotLabels.types()));
        }
      }
    }
    GoldDocument gold = new BratReader(slotLabels).read(docId, text, existing);
    List<String> lines = new ArrayList<>();
    for (String l : existing) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    Map<Character, Integer> next = new HashMap<>();
    for (String l : BratReader.joinContinuations(existing)) {
      Matcher m = ID.matcher(l);
      if (m.find()) {
        next.merge(m.group(1).charAt(0), Integer.parseInt(m.group(2)) + 1, Math::max);
      }
    }
    List<GoldAttribution> attributions = new ArrayList<>(gold.attributions());
    List<GoldStatement> statements = new ArrayList<>(gold.statements());
    CodePointIndex cp = new CodePointIndex(text);
    List<Outcome> outcomes = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (Annotation a : additions) {
      Optional<String> same = Optional.empty();
      Optional<String> conflict = Optional.empty();
      if (a.isStatement()) {
        for (GoldStatement s : statements) {
          if (s.content().equals(a.content())) {
            same = Optional.of(s.id());
          } else if (s.content().overlaps(a.content()) && conflict.isEmpty()) {
            conflict = Optional.of(s.id());
          }
        }
      } else {
        for (GoldAttribution g : attributions) {
          if (g.source().equals(a.source()) && g.cue().equals(a.cue().get()) && g.content().equals(a.content())) {
            same = Optional.of(g.id());
          } else if (g.cue().overlaps(a.cue().get()) && g.content().overlaps(a.content()) && conflict.isEmpty()) {
            conflict = Optional.of(g.id());
          }
        }
      }
      if (same.isPresent()) {
        outcomes.add(Outcome.ALREADY_GOLD);
        details.add(same.get());
        continue;
      }
      if (conflict.isPresent()) {
        outcomes.add(Outcome.CONFLICT);
        details.add(conflict.get());
        continue;
      }
      String id = write(lines, next, a, text, cp);
      outcomes.add(Outcome.ADDED);
      details.add(id);
      if (a.isStatement()) {
        statements.add(new GoldStatement(id, a.content(), a.topics()));
      } else {
        attributions.add(new GoldAttribution(id, a.source(), a.cue().get(), a.content(), a.topics(),
            Optional.of(a.canonical())));
      }
    }
    return new Merge(lines, outcomes, details);
  }

  /** Appends one annotation's lines; returns the id of its event (or statement span). */
  private static String write(List<String> lines, Map<Character, Integer> next, Annotation a, String text,
      CodePointIndex cp) {
    if (a.isStatement()) {
      String t = id(next, 'T');
      lines.add(t + "\tContent " + offsets(a.content(), cp) + "\t" + covered(a.content(), text));
      for (String topic : a.topics()) {
        lines.add(id(next, 'A') + "\tTopic " + t + " " + topic);
      }
      if (!a.note().isBlank()) {
        lines.add(id(next, '#') + "\tAnnotatorNotes " + t + "\t" + oneLine(a.note()));
      }
      return t;
    }
    StringBuilder event = new StringBuilder();
    String source = null;
    if (a.source().isPresent()) {
      source = id(next, 'T');
      lines.add(source + "\tSource " + offsets(a.source().get(), cp) + "\t" + covered(a.source().get(), text));
    }
    SpanSet cue = a.cue().get();
    String cueId = id(next, 'T');
    lines.add(cueId + "\tCue " + offsets(cue, cp) + "\t" + covered(cue, text));
    String contentId = id(next, 'T');
    lines.add(contentId + "\tContent " + offsets(a.content(), cp) + "\t" + covered(a.content(), text));
    String trigger = id(next, 'T');
    lines.add(trigger + "\tAttribution " + offsets(cue, cp) + "\t" + covered(cue, text));
    String e = id(next, 'E');
    event.append(e).append("\tAttribution:").append(trigger);
    if (source != null) {
      event.append(" Source:").append(source);
    }
    event.append(" Cue:").append(cueId).append(" Content:").append(contentId);
    List<String> slotLines = new ArrayList<>();
    Map<String, Integer> roles = new HashMap<>();
    for (Slot s : a.slots()) {
      String type = SlotLabels.type(s.topic(), s.slot());
      String t = id(next, 'T');
      SpanSet span = SpanSet.of(s.span());
      slotLines.add(t + "\t" + type + " " + offsets(span, cp) + "\t" + covered(span, text));
      s.normalized().filter(n -> !n.isBlank())
          .ifPresent(n -> slotLines.add(id(next, '#') + "\tAnnotatorNotes " + t + "\t" + oneLine(n)));
      int n = roles.merge(type, 1, Integer::sum);
      event.append(' ').append(type).append(n > 1 ? Integer.toString(n) : "").append(':').append(t);
    }
    lines.add(event.toString());
    for (String topic : a.topics()) {
      lines.add(id(next, 'A') + "\tTopic " + e + " " + topic);
    }
    a.mode().ifPresent(m -> lines.add(id(next, 'A') + "\tMode " + e + " " + m.label()));
    lines.addAll(slotLines);
    if (source != null && !a.canonical().isBlank()) {
      lines.add(id(next, '#') + "\tAnnotatorNotes " + source + "\t" + oneLine(a.canonical()));
    }
    if (!a.note().isBlank()) {
      lines.add(id(next, '#') + "\tAnnotatorNotes " + e + "\t" + oneLine(a.note()));
    }
    return e;
  }

  private static String id(Map<Character, Integer> next, char kind) {
    int n = next.getOrDefault(kind, 1);
    next.put(kind, n + 1);
    return kind + Integer.toString(n);
  }

  /** {@code s e;s e} in code points. */
  static String offsets(SpanSet spans, CodePointIndex cp) {
    StringBuilder b = new StringBuilder();
    for (TextSpan p : spans.pieces()) {
      b.append(b.length() == 0 ? "" : ";").append(cp.toCodePoint(p.start())).append(' ').append(cp.toCodePoint(p.end()));
    }
    return b.toString();
  }

  private static String covered(SpanSet spans, String text) {
    return oneLine(String.join(" ", spans.pieces().stream().map(p -> p.cut(text)).toList()));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}

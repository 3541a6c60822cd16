package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.TextSpan;
import org.newsclaims.text.CodePointIndex;

/**
 * Reads BRAT standoff gold in our conventions and PolNeAR's, unmodified:
 * <ul>
 *   <li>text-bound {@code T} lines of types Source, Cue, Content, Content2 and the event
 *       triggers (Attribution, Attribution-no-source, Discuss, Discard); discontinuous spans
 *       {@code s e;s e}; offsets in code points;</li>
 *   <li>span text that contains line breaks: lines that start no annotation continue the text
 *       of the one before;</li>
 *   <li>{@code E} events {@code Attribution:T4 Source:T1 Cue:T2 Content:T3 [Content2:T5]} and
 *       {@code Attribution-no-source:...}; Discuss and Discard events are not attributions and
 *       are skipped, and so are events without a Content (unfinished annotations);</li>
 *   <li>{@code A} attributes {@code Topic E1 territory} on events or on bare Content spans
 *       (unattributed topic statements), {@code Mode E1 demand} on attribution events;
 *       {@code #} AnnotatorNotes on a Source give the canonical name, on a slot its normalised
 *       value;</li>
 *   <li>frame slots: text-bound annotations of a {@link SlotLabels} type ({@code T40
 *       Territory-place 89 110 Ukraine’s territories}) that are arguments of the attribution
 *       event under the same role name ({@code Territory-place:T40}).</li>
 * </ul>
 * Every span is checked against the text: a span whose text differs is an error naming the
 * line, so that gold and article never drift apart silently. So are an unknown mode, a type of
 * the slot form that the labels do not know, a slot outside its attribution's content, of a topic
 * the attribution does not have, or in no attribution, and a mode on anything but an attribution.
 * Immutable and thread-safe.
 */
public final class BratReader {
  private static final Pattern ANNOTATION_START = Pattern.compile("^(T|E|A|M|R|N|#|\\*)\\d*\\t");
  private static final Set<String> ATTRIBUTION_EVENTS = Set.of("Attribution", "Attribution-no-source");
  private static final Set<String> IGNORED_EVENTS = Set.of("Discuss", "Discard");
  private static final Set<String> EVENT_TYPES = Set.of("Attribution", "Attribution-no-source", "Discuss", "Discard");

  /** Thrown for gold that does not fit its article. */
  public static final class GoldFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GoldFormatException(String message) {
      super(message);
    }
  }

  private record TextBound(String type, SpanSet spans, String where) {}

  private record Located<T>(T value, String where) {}

  private final SlotLabels slotLabels;

  /** A reader of the guideline's slots ({@link SlotLabels#GUIDELINE}). */
  public BratReader() {
    this(SlotLabels.GUIDELINE);
  }

  public BratReader(SlotLabels slotLabels) {
    this.slotLabels = slotLabels;
  }

  public GoldDocument read(String docId, String text, List<String> annLines) {
    CodePointIndex cp = new CodePointIndex(text);
    List<String> lines = joinContinuations(annLines);
    Map<String, TextBound> bounds = new LinkedHashMap<>();
    Map<String, Located<String[]>> events = new LinkedHashMap<>();
    Map<String, Set<String>> topics = new HashMap<>();
    Map<String, Located<ClaimMode>> modes = new LinkedHashMap<>();
    Map<String, String> notes = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String where = docId + ".ann: line " + (n + 1);
      String[] cells = line.split("\t", -1);
      String id = cells[0];
      switch (id.charAt(0)) {
        case 'T' -> bounds.put(id, textBound(where, cells, text, cp));
        case 'E' -> events.put(id, new Located<>(cells[1].strip().split("\\s+"), where));
        case 'A' -> {
          String[] parts = cells[1].strip().split("\\s+");
          if (parts.length == 3 && parts[0].equals("Topic")) {
            topics.computeIfAbsent(parts[1], k -> new LinkedHashSet<>()).add(parts[2].toLowerCase(Locale.ROOT));
          } else if (parts.length >= 2 && parts[0].equals("Mode")) {
            mode(where, parts, modes);
          }
        }
        case '#' -> {
          String[] parts = cells[1].strip().split("\\s+");
          if (parts.length == 2 && parts[0].equals("AnnotatorNotes") && cells.length > 2) {
            notes.put(parts[1], cells[2].strip());
          }
        }
        default -> { /* relations, normalisations: not used */ }
      }
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    Set<String> inEvents = new LinkedHashSet<>();
    Set<String> slotsInEvents = new LinkedHashSet<>();
    Set<String> attributionEvents = new LinkedHashSet<>();
    for (var e : events.entrySet()) {
      String[] args = e.getValue().value();
      String eventWhere = e.getValue().where();
      String eventType = args[0].substring(0, args[0].indexOf(':'));
      for (String a : args) {
        inEvents.add(a.substring(a.indexOf(':') + 1));
      }
      if (IGNORED_EVENTS.contains(eventType)) {
        continue;
      }
      if (!ATTRIBUTION_EVENTS.contains(eventType)) {
        throw new GoldFormatException(docId + ".ann: event " + e.getKey() + " has unknown type " + eventType);
      }
      Optional<SpanSet> source = Optional.empty();
      SpanSet cue = null;
      List<TextSpan> content = new ArrayList<>();
      Optional<String> canonical = Optional.empty();
      List<Located<GoldSlot>> slots = new ArrayList<>();
      attributionEvents.add(e.getKey());
      for (int i = 1; i < args.length; i++) {
        String role = args[i].substring(0, args[i].indexOf(':')).replaceAll("\\d+$", "");
        String ref = args[i].substring(args[i].indexOf(':') + 1);
        TextBound tb = bounds.get(ref);
        if (tb == null) {
          throw new GoldFormatException(docId + ".ann: event " + e.getKey() + " names missing " + ref);
        }
        switch (role) {
          case "Source" -> {
            source = Optional.of(tb.spans());
            canonical = Optional.ofNullable(notes.get(ref));
          }
          case "Cue" -> cue = tb.spans();
          case "Content", "Content2" -> content.addAll(tb.spans().pieces());
          default -> {
            Optional<SlotLabels.Label> label = slotLabels.of(role);
            if (label.isPresent()) {
              slots.add(new Located<>(slot(eventWhere, ref, tb, label.get(), notes), tb.where()));
              slotsInEvents.add(ref);
            } // other roles are not scored
          }
        }
      }
      if (cue == null) {
        TextBound trigger = bounds.get(args[0].substring(args[0].indexOf(':') + 1));
        cue = trigger.spans();
      }
      if (content.isEmpty()) {
        // An event without content is an annotation left unfinished (PolNeAR has a few): it
        // cannot be matched by content, so it is not scored.
        continue;
      }
      SpanSet contentSpans = new SpanSet(content);
      Set<String> eventTopics = topics.getOrDefault(e.getKey(), Set.of());
      List<GoldSlot> checked = new ArrayList<>();
      for (Located<GoldSlot> s : slots) {
        GoldSlot slot = s.value();
        if (!eventTopics.contains(slot.topic())) {
          throw new GoldFormatException(s.where() + ": slot " + slot.id() + " is of topic " + slot.topic()
              + ", which event " + e.getKey() + " does not have (topics: " + eventTopics + ")");
        }
        if (contentSpans.pieces().stream().noneMatch(p -> p.contains(slot.span()))) {
          throw new GoldFormatException(s.where() + ": slot " + slot.id() + " lies outside the content of event "
              + e.getKey());
        }
        checked.add(slot);
      }
      Optional<Located<ClaimMode>> mode = Optional.ofNullable(modes.get(e.getKey()));
      attributions.add(new GoldAttribution(e.getKey(), source, cue, contentSpans, eventTopics, canonical,
          mode.map(Located::value), checked));
    }
    for (var b : bounds.entrySet()) {
      if (slotLabels.of(b.getValue().type()).isPresent() && !slotsInEvents.contains(b.getKey())) {
        throw new GoldFormatException(b.getValue().where() + ": slot " + b.getKey()
            + " is the argument of no attribution event (write it as '" + b.getValue().type() + ":" + b.getKey()
            + "' in the event)");
      }
    }
    for (var m : modes.entrySet()) {
      if (!attributionEvents.contains(m.getKey())) {
        throw new GoldFormatException(m.getValue().where() + ": Mode on " + m.getKey()
            + ", which is not an attribution event");
      }
    }
    List<GoldStatement> statements = new ArrayList<>();
    for (var b : bounds.entrySet()) {
      if (b.getValue().type().equals("Content") && !inEvents.contains(b.getKey())
          && topics.containsKey(b.getKey())) {
        statements.add(new GoldStatement(b.getKey(), b.getValue().spans(), topics.get(b.getKey())));
      }
    }
    return new GoldDocument(docId, text, attributions, statements);
  }

  private TextBound textBound(String where, String[] cells, String text, CodePointIndex cp) {
    if (cells.length < 2) {
      throw new GoldFormatException(where + ": text-bound annotation without type and offsets");
    }
    String head = cells[1];
    int space = head.indexOf(' ');
    if (space < 0) {
      throw new GoldFormatException(where + ": text-bound annotation without offsets");
    }
    String type = head.substring(0, space);
    checkType(where, type);
    List<TextSpan> pieces = new ArrayList<>();
    Matcher m = Pattern.compile("(\\d+) (\\d+)").matcher(head.substring(space + 1));
    while (m.find()) {
      int s = Integer.parseInt(m.group(1));
      int e = Integer.parseInt(m.group(2));
      if (e < s || e > cp.codePointLength()) {
        throw new GoldFormatException(where + ": span " + s + " " + e + " outside the text ("
            + cp.codePointLength() + " code points)");
      }
      pieces.add(cp.fromCodePoints(s, e));
    }
    SpanSet spans = new SpanSet(pieces);
    if (cells.length > 2) {
      String expected = cells[2].replaceAll("\\s+", " ").strip();
      String actual = String.join(" ", pieces.stream().map(p -> p.cut(text)).toList())
          .replaceAll("\\s+", " ").strip();
      if (!expected.equals(actual)) {
        throw new GoldFormatException(where + ": span text '" + expected + "' but the article has '"
            + actual + "' at those offsets");
      }
    }
    return new TextBound(type, spans, where);
  }

  private void checkType(String where, String type) {
    if (!EVENT_TYPES.contains(type) && SlotLabels.looksLikeSlot(type) && slotLabels.of(type).isEmpty()) {
      throw new GoldFormatException(where + ": unknown slot type '" + type + "'; valid: "
          + String.join(", ", slotLabels.types()));
    }
  }

  private static void mode(String where, String[] parts, Map<String, Located<ClaimMode>> modes) {
    if (parts.length != 3) {
      throw new GoldFormatException(where + ": a mode is 'Mode EVENT VALUE'");
    }
    ClaimMode mode;
    try {
      mode = ClaimMode.of(parts[2]);
    } catch (IllegalArgumentException x) {
      throw new GoldFormatException(where + ": " + x.getMessage());
    }
    if (modes.putIfAbsent(parts[1], new Located<>(mode, where)) != null) {
      throw new GoldFormatException(where + ": a second Mode on " + parts[1]);
    }
  }

  private static GoldSlot slot(String eventWhere, String ref, TextBound tb, SlotLabels.Label label,
      Map<String, String> notes) {
    if (!SlotLabels.type(label.topic(), label.slot()).equals(tb.type())) {
      throw new GoldFormatException(eventWhere + ": role " + SlotLabels.type(label.topic(), label.slot())
          + " names " + ref + ", which is a " + tb.type());
    }
    if (tb.spans().pieces().size() != 1) {
      throw new GoldFormatException(tb.where() + ": a slot is one continuous span");
    }
    return new GoldSlot(ref, label.topic(), label.slot(), tb.spans().pieces().get(0),
        Optional.ofNullable(notes.get(ref)).filter(n -> !n.isBlank()));
  }

  /** Lines that start no annotation continue the previous one (span text with line breaks). */
  static List<String> joinContinuations(List<String> lines) {
    List<String> joined = new ArrayList<>();
    for (String line : lines) {
      if (ANNOTATION_START.matcher(line).find() || joined.isEmpty()) {
        joined.add(line);
      } else {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "\n" + line);
      }
    }
    return joined;
  }
}

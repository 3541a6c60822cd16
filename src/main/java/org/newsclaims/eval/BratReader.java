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
 *       (unattributed topic statements); {@code #} AnnotatorNotes on a Source give the
 *       canonical name.</li>
 * </ul>
 * Every span is checked against the text: a span whose text differs is an error naming the
 * line, so that gold and article never drift apart silently.
 */
public final class BratReader {
  private static final Pattern ANNOTATION_START = Pattern.compile("^(T|E|A|M|R|N|#|\\*)\\d*\\t");
  private static final Set<String> ATTRIBUTION_EVENTS = Set.of("Attribution", "Attribution-no-source");
  private static final Set<String> IGNORED_EVENTS = Set.of("Discuss", "Discard");

  /** Thrown for gold that does not fit its article. */
  public static final class GoldFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GoldFormatException(String message) {
      super(message);
    }
  }

  private record TextBound(String type, SpanSet spans) {}

  public GoldDocument read(String docId, String text, List<String> annLines) {
    CodePointIndex cp = new CodePointIndex(text);
    List<String> lines = joinContinuations(annLines);
    Map<String, TextBound> bounds = new LinkedHashMap<>();
    Map<String, String[]> events = new LinkedHashMap<>();
    Map<String, Set<String>> topics = new HashMap<>();
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
        case 'E' -> events.put(id, cells[1].strip().split("\\s+"));
        case 'A' -> {
          String[] parts = cells[1].strip().split("\\s+");
          if (parts.length == 3 && parts[0].equals("Topic")) {
            topics.computeIfAbsent(parts[1], k -> new LinkedHashSet<>()).add(parts[2].toLowerCase(Locale.ROOT));
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
    for (var e : events.entrySet()) {
      String[] args = e.getValue();
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
          default -> { /* other roles are not scored */ }
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
      attributions.add(new GoldAttribution(e.getKey(), source, cue, new SpanSet(content),
          topics.getOrDefault(e.getKey(), Set.of()), canonical));
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

  private static TextBound textBound(String where, String[] cells, String text, CodePointIndex cp) {
    if (cells.length < 2) {
      throw new GoldFormatException(where + ": text-bound annotation without type and offsets");
    }
    String head = cells[1];
    int space = head.indexOf(' ');
    String type = head.substring(0, space);
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
    return new TextBound(type, spans);
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

package org.newsclaims.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.place.PlaceKind;
import org.newsclaims.place.PlaceMatch;
import org.newsclaims.place.Word;

/**
 * Fills the slots of each topic of each claim from the {@link SlotRules}, looking at the claim's
 * content only. A topic gets a frame when at least one of its slots is found. Spans are UTF-16
 * offsets into the article text; {@code value} is always {@code text[span]}. Immutable, thread-safe.
 */
public final class FrameExtractor {
  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b\\.?(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");

  /** Lower-case words that may stand between the capitalised words of names ("the President of the United States and Putin"). */
  private static final Set<String> NAME_JOINERS = Set.of("and", "of", "the");

  /** The slot that names land; other values inside one of its values are part of the name. */
  private static final String PLACE_SLOT = "place";

  private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*(\\d{4})\\b");

  private final SlotRules rules;

  public FrameExtractor(SlotRules rules) {
    this.rules = rules;
  }

  /**
   * The year of an article's date as its source wrote it, when it starts with one
   * ({@code 2025-08-16}, {@code 2025-08-16T09:00:00Z}); otherwise unknown.
   */
  public static OptionalInt yearOf(String published) {
    Matcher m = LEADING_YEAR.matcher(published);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * The frames of the claims of one article, in claim order then taxonomy order of the claim's topics.
   *
   * @param year the article's year when known (from its date); dates without a year get it, or {@code XXXX}
   */
  public List<Frame> frames(String docId, String text, List<Claim> claims, OptionalInt year) {
    List<Frame> out = new ArrayList<>();
    Set<String> framed = rules.topics();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      for (TopicHit hit : c.topics()) {
        if (!framed.contains(hit.topic())) {
          continue;
        }
        List<FrameSlot> slots = slots(hit.topic(), text, c.content(), year);
        if (!slots.isEmpty()) {
          out.add(new Frame(i, docId, hit.topic(), slots));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The slots of one topic in a passage, in text order, without the same slot twice on one span. */
  public List<FrameSlot> slots(String topic, String text, List<TextSpan> passage, OptionalInt year) {
    List<Word> words = Word.split(text, passage);
    List<FrameSlot> found = new ArrayList<>();
    for (boolean anchored : List.of(false, true)) {
      for (SlotRules.Rule r : rules.rules()) {
        if (!r.topic().equals(topic) || anchored != (r.anchor() != SlotRules.Anchor.ANY)) {
          continue;
        }
        List<FrameSlot> values = new ArrayList<>();
        switch (r.kind()) {
          case PLACE -> places(r, text, words, values);
          case DATE -> dates(r, text, passage, year, values);
          case NAMES_AFTER -> names(r, text, words, values);
          case PHRASE_AFTER -> Phrases.after(r, text, words, values);
          case NAMES -> Phrases.names(r, text, words, values);
          case WORDS -> words(r, text, words, values);
        }
        values.stream().filter(v -> Phrases.anchored(r, v, text, words, found)).forEach(found::add);
      }
    }
    Set<String> seen = new TreeSet<>();
    return found.stream()
        .sorted(Comparator.comparing(FrameSlot::span).thenComparing(FrameSlot::slot))
        .filter(s -> seen.add(s.slot() + "@" + s.span()) && notInsideALongerValue(s, found))
        .toList();
  }

  /**
   * A value inside a longer value of the same slot ("Donetsk" in "Donetsk region") is left out, and so
   * is any value inside a longer place ("recognized" in "internationally recognized borders").
   */
  private static boolean notInsideALongerValue(FrameSlot s, List<FrameSlot> all) {
    return all.stream().noneMatch(o -> o != s && (o.slot().equals(s.slot()) || o.slot().equals(PLACE_SLOT))
        && o.span().contains(s.span()) && o.span().length() > s.span().length());
  }

  static FrameSlot slot(SlotRules.Rule r, String text, TextSpan span, Optional<String> normalized) {
    return new FrameSlot(r.slot(), span, span.cut(text), normalized, r.id());
  }

  private void places(SlotRules.Rule r, String text, List<Word> words, List<FrameSlot> out) {
    List<PlaceMatch> matches = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      Optional<PlaceMatch> m = rules.places().matchAt(words, i, r.labels());
      if (m.isPresent()) {
        matches.add(m.get());
        i = m.get().firstWord() + m.get().wordCount();
      } else {
        i++;
      }
    }
    for (int k = 0; k < matches.size(); k++) {
      PlaceMatch m = matches.get(k);
      boolean placed = r.after().isEmpty() || after(words, m.firstWord(), r.after());
      TextSpan span = m.span();
      String name = m.place().name();
      // "Anchorage, Alaska": a city followed by its region or country is one place.
      if (k + 1 < matches.size() && m.place().kind() == PlaceKind.CITY) {
        PlaceMatch next = matches.get(k + 1);
        String between = text.substring(span.end(), next.span().start());
        if (between.matches(",\\s*") && (next.place().kind() == PlaceKind.REGION || next.place().kind() == PlaceKind.COUNTRY)) {
          span = span.union(next.span());
          name = name + ", " + next.place().name();
          k++;
        }
      }
      if (placed) {
        out.add(slot(r, text, span, Optional.of(r.normalized().orElse(name))));
      }
    }
  }

  /** Whether the words before {@code first} (or before a "the" there) are one of {@code after}. */
  private static boolean after(List<Word> words, int first, Set<String> after) {
    int end = first;
    if (end > 0 && words.get(end - 1).text().equalsIgnoreCase("the")) {
      end--;
    }
    StringBuilder before = new StringBuilder();
    for (int i = end - 1; i >= 0 && i >= end - 3; i--) {
      before.insert(0, words.get(i).text().toLowerCase(Locale.ROOT));
      if (after.contains(before.toString())) {
        return true;
      }
      before.insert(0, ' ');
    }
    return false;
  }

  private static void dates(SlotRules.Rule r, String text, List<TextSpan> passage, OptionalInt year, List<FrameSlot> out) {
    for (TextSpan p : passage) {
      for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY)) {
        Matcher m = pattern.matcher(text).region(p.start(), p.end());
        while (m.find()) {
          boolean dayFirst = pattern == DAY_MONTH;
          int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(2));
          int month = month(dayFirst ? m.group(2) : m.group(1));
          if (day < 1 || day > 31) {
            continue;
          }
          String y = m.group(3) != null ? m.group(3)
              : year.isPresent() ? String.format(Locale.ROOT, "%04d", year.getAsInt()) : "XXXX";
          String iso = String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day);
          out.add(slot(r, text, new TextSpan(m.start(), m.end()), Optional.of(iso)));
        }
      }
    }
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n) + 1;
  }

  private static void names(SlotRules.Rule r, String text, List<Word> words, List<FrameSlot> out) {
    for (int i = 0; i < words.size(); i++) {
      if (!r.labels().contains(words.get(i).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int first = i + 1;
      boolean the = first + 1 < words.size() && words.get(first).text().equalsIgnoreCase("the");
      if (the) {
        first++;
      }
      int last = -1;
      for (int j = first; j < words.size(); j++) {
        Word w = words.get(j);
        String gap = text.substring(words.get(j - 1).span().end(), w.span().start());
        // Between two names: white space, commas, the possessive ending the word left out, or an initial's dot.
        boolean initial = words.get(j - 1).text().length() == 1 && gap.matches("\\.\\s+");
        if (!gap.matches("[\\s,’'s]*") && !initial) {
          break;
        }
        if (Character.isUpperCase(w.text().codePointAt(0))) {
          last = j;
        } else if (!NAME_JOINERS.contains(w.text()) || last < 0) {
          break;
        }
      }
      if (last >= first && Character.isUpperCase(words.get(first).text().codePointAt(0))) {
        TextSpan span = new TextSpan(words.get(the ? first - 1 : first).span().start(), words.get(last).span().end());
        out.add(slot(r, text, span, r.normalized()));
        i = last;
      }
    }
  }

  private static void words(SlotRules.Rule r, String text, List<Word> words, List<FrameSlot> out) {
    int n = r.words().size();
    for (int i = 0; i + n <= words.size(); i++) {
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = matches(r.words().get(k), words.get(i + k).text().toLowerCase(Locale.ROOT));
      }
      if (all) {
        TextSpan span = new TextSpan(words.get(i).span().start(), words.get(i + n - 1).span().end());
        out.add(slot(r, text, span, r.normalized()));
      }
    }
  }

  private static boolean matches(List<String> alternatives, String word) {
    for (String a : alternatives) {
      if (a.endsWith("*") ? word.startsWith(a.substring(0, a.length() - 1)) : word.equals(a)) {
        return true;
      }
    }
    return false;
  }
}

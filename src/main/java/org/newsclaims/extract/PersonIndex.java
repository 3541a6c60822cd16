package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * The people an article names: every maximal run of PERSON tokens, for each family name the
 * fullest form of the name in the article ("Rubio" → "Marco Rubio"), and the titles the article
 * gives them before the name or in an apposition ("Mykhailo Podolyak, Adviser to ..."). Built
 * once per article. Immutable.
 */
final class PersonIndex {

  /** One person mention: tokens [first, last] of a sentence. */
  record Mention(Sentence sentence, int first, int last, String name) {
    TextSpan span() {
      return sentence.span(first, last);
    }
  }

  private static final Set<String> NAME_SUFFIXES = Set.of("jr.", "sr.", "jr", "sr", "ii", "iii");
  /** A title the article gives a person: its content words, lower-cased, in order. */
  record Title(String holder, List<String> words, String head) {}

  private final List<Mention> mentions;
  /** The mentions of each sentence (by identity), in text order. */
  private final Map<Sentence, List<Mention>> bySentence = new IdentityHashMap<>();
  /** Whether the mentions are in text order and disjoint, so {@link #lastWithin} can search them. */
  private final boolean ordered;
  private final List<Title> titles;
  /** Where the first line of the text (a piece's title) ends; -1 for a text of one line, which has no title line. */
  private final int firstLineEnd;
  private final Map<String, String> fullestByLastWord;
  /** The values of {@link #fullestByLastWord}: the article's people. */
  private final Set<String> people;
  /** The titles that hold each content word ({@link TitleWords#stem}), in article order. */
  private final Map<String, List<Title>> titlesByWord = new HashMap<>();
  /** Each title holder's title heads ({@link #holdsTitleWord}). */
  private final Map<String, Set<String>> titleHeads = new HashMap<>();
  /** Where the body first names each person ({@link #firstMention}). */
  private final Map<String, Integer> firstInBody = new HashMap<>();
  /** The mentions that end within the first line, in text order. */
  private final List<Mention> titleLineMentions = new ArrayList<>();
  /** Title or apposition head lemma ("adviser", "president") → the people who hold it. */
  private final Map<String, Set<String>> byRole;

  private PersonIndex(List<Mention> mentions, Map<String, String> fullestByLastWord,
      Map<String, Set<String>> byRole, List<Title> titles, int firstLineEnd) {
    this.firstLineEnd = firstLineEnd;
    this.mentions = List.copyOf(mentions);
    boolean inOrder = true;
    for (int i = 0; i < this.mentions.size(); i++) {
      Mention m = this.mentions.get(i);
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      inOrder &= i == 0 || m.span().start() >= this.mentions.get(i - 1).span().end();
    }
    this.ordered = inOrder;
    this.titles = List.copyOf(titles);
    this.fullestByLastWord = Map.copyOf(fullestByLastWord);
    this.people = Set.copyOf(fullestByLastWord.values());
    for (Title t : this.titles) {
      for (String word : new LinkedHashSet<>(t.words().stream().map(TitleWords::stem).toList())) {
        titlesByWord.computeIfAbsent(word, k -> new ArrayList<>()).add(t);
      }
      titleHeads.computeIfAbsent(t.holder(), k -> new HashSet<>()).add(t.head());
    }
    for (Mention m : this.mentions) {
      if (m.span().start() > firstLineEnd) {
        firstInBody.putIfAbsent(canonical(m.name()), m.span().start());
      }
      if (m.span().end() <= firstLineEnd) {
        titleLineMentions.add(m);
      }
    }
    this.byRole = Map.copyOf(byRole);
  }

  static PersonIndex of(AnnotatedDocument doc) {
    List<Mention> mentions = new ArrayList<>();
    Map<String, String> fullest = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      int i = 0;
      while (i < s.size()) {
        if (!s.token(i).ner().equals("PERSON")) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON")) {
          j++;
        }
        // "Harold Ford, Jr.": the suffix belongs to the name.
        if (j + 2 < s.size() && s.token(j + 1).word().equals(",")
            && NAME_SUFFIXES.contains(s.token(j + 2).word().toLowerCase(Locale.ROOT))) {
          j += 2;
        }
        String name = s.span(i, j).cut(doc.text()).replaceAll("\\s+", " ");
        mentions.add(new Mention(s, i, j, name));
        String key = lastWordKey(name);
        String known = fullest.get(key);
        if (known == null || words(name) > words(known)) {
          fullest.put(key, name);
        }
        i = j + 1;
      }
    }
    Map<String, Set<String>> byRole = new HashMap<>();
    for (Mention m : mentions) {
      String canonical = fullest.get(lastWordKey(m.name()));
      Sentence s = m.sentence();
      boolean commaAfter = m.last() + 1 < s.size() && s.token(m.last() + 1).word().equals(",");
      for (int c : s.children(m.last())) {
        String rel = s.relation(c);
        boolean title = rel.equals("compound") && c < m.first();
        // "Mykhailo Podolyak, Adviser to ...": an apposition, which the parser may call conj.
        boolean apposition = c > m.last() && (rel.equals("appos")
            || (commaAfter && (rel.equals("conj") || rel.equals("dep") || rel.equals("parataxis"))));
        if ((title || apposition) && TitleWords.isTitleWord(s, c)) {
          byRole.computeIfAbsent(s.token(c).lemma(), k -> new TreeSet<>()).add(canonical);
        }
      }
      // "President of Ukraine Volodymyr Zelenskyy" parsed with the title as the head.
      int governor = s.head(m.last());
      if (governor >= 0 && governor < m.first() && TitleWords.isTitleWord(s, governor)
          && Set.of("nmod", "appos", "dep", "flat", "compound").contains(s.relation(m.last()))) {
        byRole.computeIfAbsent(s.token(governor).lemma(), k -> new TreeSet<>()).add(canonical);
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    byRole.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    List<Title> titles = new ArrayList<>();
    for (Mention m : mentions) {
      String canonical = fullest.get(lastWordKey(m.name()));
      int start = TitleWords.titleStart(m.sentence(), m.first());
      List<String> before = TitleWords.titleWords(m.sentence(), start, m.first() - 1);
      if (!before.isEmpty()) {
        titles.add(new Title(canonical, before, TitleWords.titleHead(m.sentence(), start, m.first() - 1)));
      }
    }
    int lineEnd = doc.text().indexOf('\n');
    return new PersonIndex(mentions, fullest, frozen, titles, lineEnd);
  }

  /**
   * The one person whose title in the article contains every content word of a bare title
   * ("The Head of the President's Office" → the person introduced as "Head of the President's
   * Office Andriy Yermak"). Among several, those whose title starts with the same word win
   * ("Head ..." over "Adviser to the Head ..."); still several, none.
   */
  Optional<String> holderOfTitle(List<String> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Set<String> all = new TreeSet<>();
    Set<String> sameStart = new TreeSet<>();
    // A title that holds every word holds the first one (or a word it derives from: "Russian", "Russia").
    for (Title t : titlesByWord.getOrDefault(TitleWords.stem(words.get(0)), List.of())) {
      if (words.stream().allMatch(w -> t.words().stream().anyMatch(tw -> TitleWords.sameWord(w, tw)))) {
        all.add(t.holder());
        if (TitleWords.sameWord(t.words().get(0), words.get(0))) {
          sameStart.add(t.holder());
        }
      }
    }
    if (all.size() == 1) {
      return Optional.of(all.iterator().next());
    }
    if (sameStart.size() == 1) {
      return Optional.of(sameStart.iterator().next());
    }
    // "THE PRESIDENT:" in "Remarks by President Biden ...": the holder the piece's title names.
    Set<String> inTitleLine = new TreeSet<>();
    for (Mention m : titleLineMentions) {
      String holder = canonical(m.name());
      if (m.span().end() <= firstLineEnd && (sameStart.isEmpty() ? all : sameStart).contains(holder)) {
        inTitleLine.add(holder);
      }
    }
    return inTitleLine.size() == 1 ? Optional.of(inTitleLine.iterator().next()) : Optional.empty();
  }

  /** Whether the article gives a person a title headed by this word ("President of Russia", not "Aide to the President"). */
  boolean holdsTitleWord(String canonical, String word) {
    return titleHeads.getOrDefault(canonical, Set.of()).contains(word);
  }

  /**
   * The distinct people named before an offset who pass a test, most recent first, at most
   * {@code limit} of them: read back from the offset, so a call costs the mentions it reads.
   */
  List<String> recentPeople(int before, int limit, Predicate<String> test) {
    List<String> recent = new ArrayList<>();
    for (int k = lastEndingBy(before); k >= 0 && recent.size() < limit; k--) {
      Mention m = mentions.get(k);
      String name = canonical(m.name());
      if (m.span().end() <= before && !recent.contains(name) && test.test(name)) {
        recent.add(name);
      }
    }
    return recent;
  }

  /** The last mention that can end by this offset: all of them unless they are in text order. */
  private int lastEndingBy(int offset) {
    if (!ordered) {
      return mentions.size() - 1;
    }
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * The one holder of a title phrase, tokens [from, to] of a sentence: of a title that holds all
   * its words ({@link #holderOfTitle}), or else of its head word as a title or apposition ("the
   * Adviser to the Head ..."), unless the phrase names a country ("The President of Russia",
   * "the Russian President") that the holder's title does not.
   */
  Optional<String> holderOf(Sentence s, int from, int to, String headLemma) {
    boolean namesPlace = false;
    for (int i = Math.max(0, from); i <= to; i++) {
      Token t = s.token(i);
      namesPlace |= t.ner().equals("LOCATION") || (t.pos().equals("JJ") && Character.isUpperCase(t.word().codePointAt(0)));
    }
    boolean place = namesPlace;
    return holderOfTitle(TitleWords.titleWords(s, from, to)).or(() -> place ? Optional.empty() : holderOf(headLemma));
  }

  /** The one person the article gives this title to ("the Adviser" → "Mykhailo Podolyak"), if exactly one. */
  private Optional<String> holderOf(String roleLemma) {
    Set<String> holders = byRole.getOrDefault(roleLemma, Set.of());
    return holders.size() == 1 ? Optional.of(holders.iterator().next()) : Optional.empty();
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The mentions in one sentence (the same object), in text order. */
  List<Mention> mentionsIn(Sentence s) {
    return bySentence.getOrDefault(s, List.of());
  }

  /** The fullest form of a name in the article. */
  String canonical(String name) {
    return fullestByLastWord.getOrDefault(lastWordKey(name), name);
  }

  /** Whether a canonical name is one of the article's people. */
  boolean isPerson(String canonical) {
    return people.contains(canonical);
  }

  /** The last person mention inside a span, if any. */
  Optional<Mention> lastWithin(TextSpan span) {
    if (ordered) {
      // Disjoint and in order: those inside the span are a run, ending before the first that
      // ends after it.
      int lo = 0;
      int hi = mentions.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (mentions.get(mid).span().end() <= span.end()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo > 0 && span.contains(mentions.get(lo - 1).span()) ? Optional.of(mentions.get(lo - 1))
          : Optional.empty();
    }
    Mention found = null;
    for (Mention m : mentions) {
      if (span.contains(m.span())) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String lastWordKey(String name) {
    String[] words = name.replace(",", " ").split("\\s+");
    int last = words.length - 1;
    while (last > 0 && NAME_SUFFIXES.contains(words[last].toLowerCase(Locale.ROOT))) {
      last--;
    }
    return words[last].toLowerCase(Locale.ROOT);
  }

  /** Where the body first names a person (after the title line), for ordering; MAX_VALUE if never. */
  int firstMention(String canonical) {
    return firstInBody.getOrDefault(canonical, Integer.MAX_VALUE);
  }

  private static int words(String name) {
    return name.split("\\s+").length;
  }
}

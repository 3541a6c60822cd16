package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceLocator;
import org.newsclaims.nlp.Token;

/**
 * Resolves each claim's speaker to a canonical name and a role, cheaply and deterministically
 * (no full coreference):
 * <ul>
 *   <li>a name, with or without a title: the fullest form of that name in the article, the
 *       words before it are the role ("US Secretary of State Marco Rubio" → "Marco Rubio",
 *       "US Secretary of State");</li>
 *   <li>"he", "she": the nearest preceding person who spoke, or else was the subject of a
 *       sentence, searching back from the claim (from before its quotation when the quotation
 *       comes first) over up to {@value #LOOKBACK} sentences, skipping headlines;</li>
 *   <li>"I", "me": the speaker of the turn or quotation that contains the claim;</li>
 *   <li>anything else (groups, documents, "they"): the words as written.</li>
 * </ul>
 * Immutable, thread-safe.
 */
public final class SpeakerResolver {
  static final int LOOKBACK = 4;
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me");
  private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an");

  /** "the (two) leaders", "the Presidents", "both sides": the two people last named. */
  private static final Set<String> PAIR_NOUNS = Set.of("leader", "president", "side", "minister", "head");
  private static final Set<String> PAIR_WORDS = Set.of("the", "two", "both");

  private final Map<String, String> aliases;
  private final SpeakerKinds kinds;

  /**
   * @param aliases lower-cased speaker phrase → canonical name ("question" → "journalist")
   * @param lexicons the {@code institution-nouns}, {@code document-nouns} and {@code person-nouns} lists
   */
  public SpeakerResolver(Map<String, String> aliases, Lexicons lexicons) {
    this.aliases = Map.copyOf(aliases);
    this.kinds = new SpeakerKinds(lexicons);
  }

  public List<Claim> resolve(AnnotatedDocument doc, List<Claim> claims, List<TextSpan> headlines) {
    PersonIndex persons = PersonIndex.of(doc);
    SentenceLocator where = SentenceLocator.of(doc);
    String text = doc.text();
    List<Claim> current = new ArrayList<>(claims);
    // Pass 1: names, groups and documents, which need no context. An acronym's expansion reads
    // the whole text, so it is looked up once per acronym.
    Map<String, Optional<String>> expansions = new HashMap<>();
    for (int i = 0; i < current.size(); i++) {
      Claim c = current.get(i);
      if (c.speaker().isPresent() && !isPronoun(written(c, text))) {
        current.set(i, c.withSpeaker(Optional.of(named(doc, where, persons, expansions, c.speaker().get().span()))));
      }
    }
    // Pass 2: "I" takes the speaker of the turn or quotation around it; outer claims first, so
    // that nested first persons chain.
    List<Integer> outerFirst = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      outerFirst.add(i);
    }
    outerFirst.sort(Comparator.comparingInt((Integer i) -> -claims.get(i).contentHull().length()));
    // Content hulls by position (passes 1 and 2 change speakers only).
    SpanIndex hulls = new SpanIndex();
    for (int i = 0; i < current.size(); i++) {
      hulls.add(current.get(i).contentHull(), i);
    }
    for (int i : outerFirst) {
      Claim c = current.get(i);
      if (c.speaker().isPresent() && FIRST_PERSON.contains(written(c, text).toLowerCase(Locale.ROOT))) {
        TextSpan span = c.speaker().get().span();
        String name = enclosingSpeaker(c, span, current, hulls).orElse(written(c, text));
        current.set(i, c.withSpeaker(Optional.of(new Speaker(span, name, ""))));
      }
    }
    // Pass 3: "he", "she" in text order, so an earlier resolved speaker can be the antecedent.
    Map<Integer, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < current.size(); i++) {
      bySentence.computeIfAbsent(current.get(i).sentenceIndex(), k -> new ArrayList<>()).add(i);
    }
    Context context = new Context(doc, persons, current, bySentence, headlines, SpanIndex.of(headlines));
    for (int i = 0; i < current.size(); i++) {
      Claim c = current.get(i);
      if (c.speaker().isPresent() && THIRD_PERSON.contains(written(c, text).toLowerCase(Locale.ROOT))) {
        TextSpan span = c.speaker().get().span();
        String name = antecedent(context, span, c).orElse(written(c, text));
        current.set(i, c.withSpeaker(Optional.of(new Speaker(span, name, ""))));
      }
    }
    // Pass 4: the kind of every speaker.
    for (int i = 0; i < current.size(); i++) {
      Claim c = current.get(i);
      if (c.speaker().isPresent()) {
        Speaker sp = c.speaker().get();
        current.set(i, c.withSpeaker(sp.withKind(kinds.of(doc, where, persons, sp))));
      }
    }
    return List.copyOf(current);
  }

  private static String written(Claim c, String text) {
    return c.speaker().orElseThrow().span().cut(text);
  }

  private static boolean isPronoun(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    return FIRST_PERSON.contains(lower) || THIRD_PERSON.contains(lower);
  }

  /**
   * A speaker that is not a personal pronoun: a person's fullest name and role when the phrase's
   * head is a name; the one holder of a title ("the Adviser to the Head of the Office"); the
   * noun a relative pronoun stands for ("the report that said"); an alias from
   * {@code models/speaker-aliases.tsv} ("Question" → "journalist"); else the words as written,
   * without a leading article. {@code expansions} keeps the acronyms expanded so far in this text.
   */
  private Speaker named(AnnotatedDocument doc, SentenceLocator where, PersonIndex persons,
      Map<String, Optional<String>> expansions, TextSpan span) {
    String text = doc.text();
    Optional<Head> head = Head.of(doc, where, span);
    Optional<PersonIndex.Mention> named = persons.lastWithin(span);
    // "A spokesman for President Obama" is the spokesman, not Obama: a lower-case common noun
    // heads the phrase. A capitalised title ("Former U.S. Ambassador to Russia Michael McFaul")
    // does not stop the name.
    boolean headedByCommonNoun = head.isPresent()
        && !named.map(m -> m.span().contains(head.get().token().span())).orElse(false)
        && head.get().token().pos().startsWith("NN")
        && Character.isLowerCase(head.get().token().word().codePointAt(0));
    if (named.isPresent() && !headedByCommonNoun) {
      PersonIndex.Mention m = named.get();
      return new Speaker(span, persons.canonical(m.name()), role(text, span, m.span()));
    }
    String written = span.cut(text);
    Optional<String> expanded = expansions.computeIfAbsent(written, w -> Acronyms.expand(text, w));
    if (expanded.isPresent()) {
      return new Speaker(span, expanded.get(), "");
    }
    String alias = aliases.get(written.toLowerCase(Locale.ROOT));
    if (alias != null) {
      return new Speaker(span, alias, "");
    }
    if (head.isPresent()) {
      Head h = head.get();
      // Only a singular description names one holder: "the Adviser", not "European leaders".
      boolean singular = h.token().pos().equals("NN") || h.token().pos().equals("NNP");
      Optional<String> pair = named.isPresent() ? Optional.empty() : pairOf(h, span, text, persons);
      if (pair.isPresent()) {
        return new Speaker(span, pair.get(), withoutArticle(written));
      }
      Optional<String> holder = named.isPresent() || !singular ? Optional.empty()
          : persons.holderOfTitle(h.titleWords(span)).or(() -> persons.holderOf(h.token().lemma()));
      if (holder.isPresent()) {
        return new Speaker(span, holder.get(), withoutArticle(written));
      }
      if (h.token().pos().startsWith("W") || h.token().lemma().equals("that")) {
        Optional<String> antecedent = h.relativeAntecedent(text);
        if (antecedent.isPresent()) {
          return new Speaker(span, antecedent.get(), "");
        }
      }
    }
    return new Speaker(span, withoutArticle(written), "");
  }

  private static String withoutArticle(String phrase) {
    String[] words = phrase.split("\\s+", 2);
    return words.length == 2 && LEADING_DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) ? words[1] : phrase;
  }

  /**
   * "The Presidents", "the two leaders": the two people last named before the phrase, in the
   * order the article first names them, joined by "and".
   */
  private static Optional<String> pairOf(Head h, TextSpan span, String text, PersonIndex persons) {
    boolean plural = h.token().pos().equals("NNS") || h.token().pos().equals("NNPS");
    // Proper-noun tags keep the plural in the lemma ("Presidents").
    String noun = h.token().lemma().toLowerCase(Locale.ROOT).replaceFirst("s$", "");
    if (!plural || !PAIR_NOUNS.contains(noun)) {
      return Optional.empty();
    }
    String[] words = text.substring(span.start(), h.token().span().start()).strip().toLowerCase(Locale.ROOT).split("\\s+");
    for (String w : words) {
      if (!w.isEmpty() && !PAIR_WORDS.contains(w)) {
        return Optional.empty();
      }
    }
    // "the presidents": the two last named who hold that title, when there are two.
    List<String> holders = persons.recentPeople(span.start(), 2, p -> persons.holdsTitleWord(p, noun));
    List<String> recent = holders.size() >= 2 ? holders : persons.recentPeople(span.start(), 2, p -> true);
    if (recent.size() < 2) {
      return Optional.empty();
    }
    List<String> two = new ArrayList<>(recent.subList(0, 2));
    two.sort(Comparator.comparingInt(persons::firstMention));
    return Optional.of(two.get(0) + " and " + two.get(1));
  }

  /** The syntactic head of a speaker phrase: its token whose governor lies outside the phrase. */
  private record Head(Sentence sentence, int index) {
    Token token() {
      return sentence.token(index);
    }

    /** The content words of the phrase's tokens inside the span ("head", "president", "office"). */
    List<String> titleWords(TextSpan span) {
      int from = -1;
      int to = -1;
      for (int i = 0; i < sentence.size(); i++) {
        if (span.contains(sentence.token(i).span())) {
          from = from < 0 ? i : from;
          to = i;
        }
      }
      return from < 0 ? List.of() : PersonIndex.titleWords(sentence, from, to);
    }

    static Optional<Head> of(AnnotatedDocument doc, SentenceLocator where, TextSpan span) {
      for (int k : where.touching(span).toArray()) {
        Sentence s = doc.sentences().get(k);
        if (!s.span().contains(span) || !s.isParsed()) {
          continue;
        }
        for (int i = 0; i < s.size(); i++) {
          if (span.contains(s.token(i).span())) {
            int h = s.head(i);
            if (h < 0 || !span.contains(s.token(h).span())) {
              return Optional.of(new Head(s, i));
            }
          }
        }
      }
      return Optional.empty();
    }

    /** For "that"/"which"/"who" heading a relative clause: the noun phrase the clause modifies. */
    Optional<String> relativeAntecedent(String text) {
      int verb = sentence.head(index);
      if (verb < 0 || !sentence.relation(verb).startsWith("acl")) {
        return Optional.empty();
      }
      int noun = sentence.head(verb);
      java.util.BitSet modifiers = new java.util.BitSet();
      for (int c : sentence.children(noun)) {
        String rel = sentence.relation(c);
        if (c < noun && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"))) {
          modifiers.or(sentence.subtree(c));
        }
      }
      int from = noun;
      while (from > 0 && modifiers.get(from - 1)) {
        from--;
      }
      return Optional.of(sentence.span(from, noun).cut(text));
    }
  }

  /** The words of the speaker phrase before the name, without a leading article. */
  private static String role(String text, TextSpan speaker, TextSpan name) {
    if (name.start() <= speaker.start()) {
      return "";
    }
    String before = text.substring(speaker.start(), name.start()).strip();
    String[] words = before.split("\\s+", 2);
    if (words.length == 2 && LEADING_DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))) {
      before = words[1];
    }
    return before.replaceAll("[\\s,]+$", "");
  }

  /** {@code hulls} indexes the content hulls of {@code outer} by position. */
  private static Optional<String> enclosingSpeaker(Claim claim, TextSpan span, List<Claim> outer, SpanIndex hulls) {
    Claim best = null;
    for (int position : hulls.touching(span)) {
      Claim o = outer.get(position);
      if (o != claim && o.speaker().isPresent() && o.contentHull().contains(span)
          && (best == null || o.contentHull().length() < best.contentHull().length())) {
        best = o;
      }
    }
    return Optional.ofNullable(best).map(b -> b.speaker().get().canonical());
  }

  /**
   * What the antecedent search reads: the claims as resolved so far ({@code known}, updated in
   * place) with their positions by sentence index, in list order.
   */
  private record Context(AnnotatedDocument doc, PersonIndex persons, List<Claim> known,
      Map<Integer, List<Integer>> bySentence, List<TextSpan> headlines, SpanIndex headlineIndex) {}

  private static Optional<String> antecedent(Context context, TextSpan pronoun, Claim claim) {
    AnnotatedDocument doc = context.doc();
    PersonIndex persons = context.persons();
    List<TextSpan> headlines = context.headlines();
    // Search before the claim itself: a quotation that precedes "he said" is not the context.
    int before = Math.min(pronoun.start(), claim.contentHull().start());
    int sentence = claim.sentenceIndex();
    while (sentence > 0 && doc.sentences().get(sentence).span().start() > before) {
      sentence--;
    }
    for (int k = sentence; k >= 0 && k >= sentence - LOOKBACK; k--) {
      Sentence s = doc.sentences().get(k);
      if (Arrays.stream(context.headlineIndex().touching(s.span())).mapToObj(headlines::get)
          .anyMatch(h -> h.contains(s.span()))) {
        continue;
      }
      // Most salient first: the person who spoke last, then a person who is a subject, then
      // the first person named.
      Claim lastSpeaker = null;
      for (int position : context.bySentence().getOrDefault(k, List.of())) {
        Claim c = context.known().get(position);
        if (c != claim && c.speaker().isPresent()
            && c.speaker().get().span().end() <= before && persons.isPerson(c.speaker().get().canonical())
            && (lastSpeaker == null || c.speaker().get().span().start() > lastSpeaker.speaker().get().span().start())) {
          lastSpeaker = c;
        }
      }
      if (lastSpeaker != null) {
        return Optional.of(lastSpeaker.speaker().get().canonical());
      }
      List<PersonIndex.Mention> candidates = new ArrayList<>();
      for (PersonIndex.Mention m : persons.mentionsIn(s)) {
        if (m.span().end() <= before) {
          candidates.add(m);
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      PersonIndex.Mention subject = null;
      for (PersonIndex.Mention m : candidates) {
        if (s.relation(m.last()).startsWith("nsubj")) {
          subject = m;
        }
      }
      PersonIndex.Mention chosen = subject != null ? subject
          : (k == claim.sentenceIndex() ? candidates.get(candidates.size() - 1) : candidates.get(0));
      return Optional.of(persons.canonical(chosen.name()));
    }
    return Optional.empty();
  }

}

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
import org.newsclaims.model.SpeakerKind;
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
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me");
  private static final Set<String> THIRD_PLURAL = Set.of("they", "them");
  /** Pronouns resolved from context rather than as written. */
  private static final Set<String> PRONOUNS = Set.of("i", "me", "he", "she", "him", "her", "they", "them", "it", "you");
  /** Pronouns that are no antecedent of another as written ("We" does not tell who "they" are). */
  private static final Set<String> UNRESOLVED = Set.of("i", "me", "he", "she", "him", "her", "they", "them", "it",
      "you", "we", "us");
  private static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she", "their", "they", "its", "it");
  private static final Set<SpeakerKind> THINGS = Set.of(SpeakerKind.INSTITUTION, SpeakerKind.DOCUMENT);
  private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an");

  /** "the (two) leaders", "the Presidents", "both sides": the two people last named. */
  private static final Set<String> PAIR_NOUNS = Set.of("leader", "president", "side", "minister", "head");
  private static final Set<String> PAIR_WORDS = Set.of("the", "two", "both");

  private final Map<String, String> aliases;
  private final SpeakerKinds kinds;
  /** Nouns for what a person said, which stand for the person when owned: "his remarks". */
  private final Set<String> utterances;

  /**
   * @param aliases lower-cased speaker phrase → canonical name ("question" → "journalist")
   * @param lexicons the {@code institution-nouns}, {@code document-nouns} and {@code person-nouns} lists
   */
  public SpeakerResolver(Map<String, String> aliases, Lexicons lexicons) {
    this.aliases = Map.copyOf(aliases);
    this.kinds = new SpeakerKinds(lexicons);
    this.utterances = lexicons.get("utterance-nouns");
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
    // Pass 2: "I" takes the speaker of the turn or quotation around it.
    firstPersons(current, text);
    // Pass 3: the other pronouns in text order, so an earlier resolved speaker can be the antecedent.
    Antecedents antecedents = new Antecedents(doc, persons, current, headlines,
        sp -> isAntecedent(sp) && kinds.isCollective(doc, where, persons, sp),
        sp -> isAntecedent(sp) && THINGS.contains(kinds.of(doc, where, persons, sp)));
    for (int i = 0; i < current.size(); i++) {
      Claim c = current.get(i);
      if (c.speaker().isEmpty()) {
        continue;
      }
      TextSpan span = c.speaker().get().span();
      String pronoun = ownerPronoun(doc, where, span).orElse(written(c, text).toLowerCase(Locale.ROOT));
      Optional<String> name = THIRD_PERSON.contains(pronoun) ? antecedents.person(span, c)
          : THIRD_PLURAL.contains(pronoun) ? antecedents.group(span, c)
          : pronoun.equals("it") ? antecedents.institutionOrDocument(span, c)
          : pronoun.equals("you") ? antecedents.addressee(span, c)
          : Optional.empty();
      if (name.isPresent()) {
        current.set(i, c.withSpeaker(Optional.of(new Speaker(span, name.get(), ""))));
      }
    }
    // Pass 2 again, for an "I" in the quotation of a "he" that pass 3 resolved; an "I" outside
    // any content, in a quotation that goes on after its cue, takes the speaker before it.
    firstPersons(current, text);
    for (int i = 0; i < current.size(); i++) {
      Claim c = current.get(i);
      if (c.speaker().isPresent() && FIRST_PERSON.contains(c.speaker().get().canonical().toLowerCase(Locale.ROOT))) {
        TextSpan span = c.speaker().get().span();
        int at = i;
        antecedents.quotedFirstPerson(span, c)
            .ifPresent(n -> current.set(at, c.withSpeaker(Optional.of(new Speaker(span, n, "")))));
      }
    }
    kinds(doc, where, persons, current);
    return List.copyOf(current);
  }

  /**
   * Pass 4: the kind of every speaker; a pronoun resolved to a name takes the kind that name has
   * where it is written out ("it" → "Kremlin", an institution).
   */
  private void kinds(AnnotatedDocument doc, SentenceLocator where, PersonIndex persons, List<Claim> current) {
    Map<String, SpeakerKind> ofName = new HashMap<>();
    String text = doc.text();
    for (int pronouns = 0; pronouns < 2; pronouns++) {
      for (int i = 0; i < current.size(); i++) {
        Claim c = current.get(i);
        if (c.speaker().isEmpty() || isPronoun(written(c, text)) != (pronouns == 1)) {
          continue;
        }
        Speaker sp = c.speaker().get();
        SpeakerKind kind = pronouns == 1 && ofName.containsKey(sp.canonical()) ? ofName.get(sp.canonical())
            : kinds.of(doc, where, persons, sp);
        ofName.putIfAbsent(sp.canonical(), kind);
        current.set(i, c.withSpeaker(sp.withKind(kind)));
      }
    }
  }

  /** "I", "me": the speaker of the smallest claim whose content holds it; outer claims first, so nested first persons chain. */
  private static void firstPersons(List<Claim> current, String text) {
    List<Integer> outerFirst = new ArrayList<>();
    SpanIndex hulls = new SpanIndex();
    for (int i = 0; i < current.size(); i++) {
      outerFirst.add(i);
      hulls.add(current.get(i).contentHull(), i);
    }
    outerFirst.sort(Comparator.comparingInt((Integer i) -> -current.get(i).contentHull().length()));
    for (int i : outerFirst) {
      Claim c = current.get(i);
      if (c.speaker().isPresent() && FIRST_PERSON.contains(written(c, text).toLowerCase(Locale.ROOT))) {
        TextSpan span = c.speaker().get().span();
        String name = enclosingSpeaker(c, span, current, hulls).orElse(written(c, text));
        current.set(i, c.withSpeaker(Optional.of(new Speaker(span, name, ""))));
      }
    }
  }

  private static String written(Claim c, String text) {
    return c.speaker().orElseThrow().span().cut(text);
  }

  private static boolean isAntecedent(Speaker sp) {
    return !UNRESOLVED.contains(sp.canonical().toLowerCase(Locale.ROOT));
  }

  private static boolean isPronoun(String written) {
    return PRONOUNS.contains(written.toLowerCase(Locale.ROOT));
  }

  /**
   * A speaker that is not a personal pronoun: a person's fullest name and role when the phrase's
   * head is a name, or a description with a name in apposition ("NATO's secretary general,
   * Anders Fogh Rasmussen,"), or a person's words ("Trump's remarks"); the one holder of a title
   * ("the Adviser to the Head of the Office"); the noun a relative pronoun stands for ("the
   * report that said"); an alias from {@code models/speaker-aliases.tsv} ("Question" →
   * "journalist"); else the words as written, without a leading article. {@code expansions}
   * keeps the acronyms expanded so far in this text.
   */
  private Speaker named(AnnotatedDocument doc, SentenceLocator where, PersonIndex persons,
      Map<String, Optional<String>> expansions, TextSpan span) {
    String text = doc.text();
    Optional<SpeakerHead> head = SpeakerHead.of(doc, where, span);
    Optional<PersonIndex.Mention> named = persons.lastWithin(span);
    Optional<Speaker> person = person(text, persons, span, head, named);
    if (person.isPresent()) {
      return person.get();
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
      SpeakerHead h = head.get();
      // Only a singular description names one holder: "the Adviser", not "European leaders";
      // and only a title does: "Russia" is not the holder of "President of Russia".
      boolean singular = h.token().pos().equals("NN") || h.token().pos().equals("NNP");
      boolean title = singular && !h.token().ner().equals("LOCATION");
      Optional<String> pair = named.isPresent() ? Optional.empty() : pairOf(h, span, text, persons);
      if (pair.isPresent()) {
        return new Speaker(span, pair.get(), withoutArticle(written));
      }
      Optional<String> holder = named.isPresent() || !title ? Optional.empty()
          : h.holder(span, persons);
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
    return new Speaker(span, withoutArticle(head.map(h -> described(text, span, h, persons)).orElse(written)), "");
  }

  /**
   * A description as written, with each name in it in its fullest form and without the title
   * before it (corpus/GUIDELINES.md §3): "A spokesman for President Obama" → "A spokesman for
   * Barack Obama".
   */
  private static String described(String text, TextSpan span, SpeakerHead head, PersonIndex persons) {
    Sentence s = head.sentence();
    StringBuilder out = new StringBuilder();
    int from = span.start();
    for (PersonIndex.Mention m : persons.mentionsIn(s)) {
      if (!span.contains(m.span())) {
        continue;
      }
      int first = m.first();
      while (first > 0 && span.contains(s.token(first - 1).span()) && isTitle(s.token(first - 1))) {
        first--;
      }
      out.append(text, from, s.token(first).span().start()).append(persons.canonical(m.name()));
      from = m.span().end();
    }
    return out.append(text, from, span.end()).toString();
  }

  private static boolean isTitle(Token t) {
    return t.pos().equals("NNP") && t.ner().equals("O") && Character.isUpperCase(t.word().codePointAt(0));
  }

  /**
   * The person a phrase names: the name in apposition to its head; the owner of the words
   * ("Trump's remarks"); the name in it, unless a lower-case common noun heads the phrase ("A
   * spokesman for President Obama" is the spokesman) or the name only owns the head ("Trump's
   * proposed Secretary of Defense"). A capitalised title ("Former U.S. Ambassador to Russia
   * Michael McFaul") does not stop the name.
   */
  private Optional<Speaker> person(String text, PersonIndex persons, TextSpan span, Optional<SpeakerHead> head,
      Optional<PersonIndex.Mention> named) {
    if (head.isPresent()) {
      SpeakerHead h = head.get();
      Optional<PersonIndex.Mention> apposed = h.appositivePerson(persons);
      if (apposed.isPresent()) {
        TextSpan name = apposed.get().span();
        String role = span.contains(name) ? role(text, span, name) : withoutArticle(span.cut(text));
        return Optional.of(new Speaker(span, persons.canonical(apposed.get().name()), role));
      }
      if (named.isPresent() && h.isPossessor(named.get()) && utterances.contains(h.token().lemma())) {
        return Optional.of(new Speaker(span, persons.canonical(named.get().name()), ""));
      }
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    PersonIndex.Mention m = named.get();
    boolean headedByCommonNoun = head.isPresent() && !m.span().contains(head.get().token().span())
        && head.get().token().pos().startsWith("NN")
        && (Character.isLowerCase(head.get().token().word().codePointAt(0)) || head.get().isPossessor(m));
    return headedByCommonNoun ? Optional.empty()
        : Optional.of(new Speaker(span, persons.canonical(m.name()), role(text, span, m.span())));
  }

  /**
   * "his remarks", "her words": the pronoun whose words speak ("he", "she", "they", "it"), when
   * the phrase's head is one of {@code utterance-nouns} owned by a possessive pronoun.
   */
  private Optional<String> ownerPronoun(AnnotatedDocument doc, SentenceLocator where, TextSpan span) {
    Optional<SpeakerHead> head = SpeakerHead.of(doc, where, span);
    if (head.isEmpty() || !utterances.contains(head.get().token().lemma())) {
      return Optional.empty();
    }
    SpeakerHead h = head.get();
    for (int c : h.sentence().children(h.index())) {
      String owner = h.sentence().token(c).word().toLowerCase(Locale.ROOT);
      if (h.sentence().relation(c).equals("nmod:poss") && POSSESSIVE_PRONOUNS.containsKey(owner)) {
        return Optional.of(POSSESSIVE_PRONOUNS.get(owner));
      }
    }
    return Optional.empty();
  }

  private static String withoutArticle(String phrase) {
    String[] words = phrase.split("\\s+", 2);
    return words.length == 2 && LEADING_DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) ? words[1] : phrase;
  }

  /**
   * "The Presidents", "the two leaders": the two people last named before the phrase, in the
   * order the article first names them, joined by "and".
   */
  private static Optional<String> pairOf(SpeakerHead h, TextSpan span, String text, PersonIndex persons) {
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
}

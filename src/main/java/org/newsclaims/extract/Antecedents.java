package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.model.TextSpan;

/**
 * What a pronoun that speaks stands for, searched back from the claim (from before its quotation
 * when the quotation comes first) over up to {@value #LOOKBACK} sentences, skipping headlines:
 * <ul>
 *   <li>"he", "she": the person who spoke last, else a person who is a subject (named, or a
 *       title only one person holds: "the Russian President"), else the person named;</li>
 *   <li>"they": the last group or institution that spoke, else two people of whom one acted on
 *       the other ("President Trump briefed President Zelenskyy");</li>
 *   <li>"it": the last institution or document that spoke;</li>
 *   <li>"you": in a turn or quotation, the one spoken to, who spoke the turn before;</li>
 *   <li>"I" outside any claim's content but inside quotation marks: the person who spoke the
 *       quotation before it (a quotation that goes on after "Annan said");</li>
 *   <li>"I", "he", "she" found no other way, on a bullet line under a header that names one
 *       person: that person ({@link HeaderSpeaker}).</li>
 * </ul>
 * A person whose quotation contains the pronoun is its "I", not its "he": such a speaker is not a
 * candidate. The claims are read as resolved so far ({@code known}, updated in place by the
 * caller). Not thread-safe; one per article.
 */
final class Antecedents {
  static final int LOOKBACK = 4;
  private static final java.util.regex.Pattern SELF_AFTER = java.util.regex.Pattern.compile("\\s+and\\s+(I|me)\\b");

  private final AnnotatedDocument doc;
  private final PersonIndex persons;
  private final List<Claim> known;
  private final Map<Integer, List<Integer>> bySentence = new HashMap<>();
  private final List<TextSpan> headlines;
  private final SpanIndex headlineIndex;
  private final Predicate<Speaker> collective;
  private final Predicate<Speaker> thing;

  /**
   * @param collective whether a resolved speaker can be "they" (a group or an institution)
   * @param thing whether a resolved speaker can be "it" (an institution or a document)
   */
  Antecedents(AnnotatedDocument doc, PersonIndex persons, List<Claim> known, List<TextSpan> headlines,
      Predicate<Speaker> collective, Predicate<Speaker> thing) {
    this.doc = doc;
    this.persons = persons;
    this.known = known;
    this.headlines = List.copyOf(headlines);
    this.headlineIndex = SpanIndex.of(headlines);
    this.collective = collective;
    this.thing = thing;
    for (int i = 0; i < known.size(); i++) {
      bySentence.computeIfAbsent(known.get(i).sentenceIndex(), k -> new ArrayList<>()).add(i);
    }
  }

  /** "he", "she". */
  Optional<String> person(TextSpan pronoun, Claim claim) {
    return search(pronoun, claim, (s, before) -> {
      Optional<Speaker> spoke = lastSpeaker(s.index(), claim, pronoun, before, sp -> persons.isPerson(sp.canonical()));
      return spoke.map(Speaker::canonical).or(() -> mentioned(s, before, claim));
    }).or(() -> HeaderSpeaker.above(doc.text(), persons, pronoun.start()));
  }

  /** "they". */
  Optional<String> group(TextSpan pronoun, Claim claim) {
    return search(pronoun, claim, (s, before) -> lastSpeaker(s.index(), claim, pronoun, before, collective)
        .map(Speaker::canonical).or(() -> actorAndPatient(s, before)));
  }

  /** "it". */
  Optional<String> institutionOrDocument(TextSpan pronoun, Claim claim) {
    return search(pronoun, claim, (s, before) -> lastSpeaker(s.index(), claim, pronoun, before, thing)
        .map(Speaker::canonical));
  }

  /** "I" that no claim's content holds, inside quotation marks. */
  Optional<String> quotedFirstPerson(TextSpan pronoun, Claim claim) {
    Optional<String> quoted = !insideQuotation(doc.text(), pronoun.start()) ? Optional.empty()
        : search(pronoun, claim, (s, before) -> lastSpeaker(s.index(), claim, pronoun, before,
            sp -> persons.isPerson(sp.canonical()), c -> c.type() == ClaimType.DIRECT || c.type() == ClaimType.MIXED)
            .map(Speaker::canonical));
    return quoted.or(() -> HeaderSpeaker.above(doc.text(), persons, pronoun.start()));
  }

  /**
   * "you" inside the content of a person's claim: the speaker of the claim that ends last before
   * that claim begins, when it is somebody else (the question a turn answers).
   */
  Optional<String> addressee(TextSpan pronoun, Claim claim) {
    Claim around = null;
    for (Claim c : known) {
      if (c != claim && c.speaker().isPresent() && c.contentHull().contains(pronoun)
          && (around == null || c.contentHull().length() < around.contentHull().length())) {
        around = c;
      }
    }
    if (around == null) {
      return Optional.empty();
    }
    int start = Math.min(around.speaker().get().span().start(), around.contentHull().start());
    String self = around.speaker().get().canonical();
    Claim before = null;
    for (Claim c : known) {
      TextSpan hull = c.contentHull();
      if (c.speaker().isPresent() && hull.end() <= start && (before == null || hull.end() > before.contentHull().end()
          || (hull.end() == before.contentHull().end() && hull.length() > before.contentHull().length()))) {
        before = c;
      }
    }
    if (before == null || before.speaker().get().canonical().equals(self)) {
      return Optional.empty();
    }
    String other = before.speaker().get().canonical();
    // "you and I": the two of them, in the order the article first names them.
    if (SELF_AFTER.matcher(doc.text()).region(pronoun.end(), doc.text().length()).lookingAt()) {
      List<String> two = new ArrayList<>(List.of(other, self));
      two.sort(java.util.Comparator.comparingInt(persons::firstMention));
      return Optional.of(two.get(0) + " and " + two.get(1));
    }
    return Optional.of(other);
  }

  private interface Step {
    Optional<String> in(Sentence s, int before);
  }

  private Optional<String> search(TextSpan pronoun, Claim claim, Step step) {
    // Search before the claim itself: a quotation that precedes "he said" is not the context.
    int before = Math.min(pronoun.start(), claim.contentHull().start());
    int sentence = claim.sentenceIndex();
    while (sentence > 0 && doc.sentences().get(sentence).span().start() > before) {
      sentence--;
    }
    for (int k = sentence; k >= 0 && k >= sentence - LOOKBACK; k--) {
      Sentence s = doc.sentences().get(k);
      if (Arrays.stream(headlineIndex.touching(s.span())).mapToObj(headlines::get).anyMatch(h -> h.contains(s.span()))) {
        continue;
      }
      Optional<String> found = step.in(s, before);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Speaker> lastSpeaker(int sentence, Claim claim, TextSpan pronoun, int before, Predicate<Speaker> test) {
    return lastSpeaker(sentence, claim, pronoun, before, test, c -> true);
  }

  /** The speaker that spoke last in a sentence before an offset; not one whose quotation holds the pronoun. */
  private Optional<Speaker> lastSpeaker(int sentence, Claim claim, TextSpan pronoun, int before,
      Predicate<Speaker> test, Predicate<Claim> kind) {
    Speaker last = null;
    for (int position : bySentence.getOrDefault(sentence, List.of())) {
      Claim c = known.get(position);
      if (c == claim || c.speaker().isEmpty() || !kind.test(c)) {
        continue;
      }
      Speaker sp = c.speaker().get();
      boolean quotesPronoun = c.type() == ClaimType.DIRECT && c.contentHull().contains(pronoun);
      if (sp.span().end() <= before && !quotesPronoun && test.test(sp)
          && (last == null || sp.span().start() > last.span().start())) {
        last = sp;
      }
    }
    return Optional.ofNullable(last);
  }

  /** A person subject of the sentence, named or by a title; else the first (in the claim's sentence the last) named. */
  private Optional<String> mentioned(Sentence s, int before, Claim claim) {
    List<PersonIndex.Mention> candidates = new ArrayList<>();
    for (PersonIndex.Mention m : persons.mentionsIn(s)) {
      if (m.span().end() <= before) {
        candidates.add(m);
      }
    }
    int subjectAt = -1;
    String subject = null;
    for (PersonIndex.Mention m : candidates) {
      if (s.relation(m.last()).startsWith("nsubj")) {
        subjectAt = m.last();
        subject = persons.canonical(m.name());
      }
    }
    Optional<TitleSubject> titled = titleSubject(s, before);
    if (titled.isPresent() && titled.get().token() > subjectAt) {
      return Optional.of(titled.get().holder());
    }
    if (subject != null) {
      return Optional.of(subject);
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    PersonIndex.Mention chosen = s.index() == claim.sentenceIndex() ? candidates.get(candidates.size() - 1) : candidates.get(0);
    return Optional.of(persons.canonical(chosen.name()));
  }

  /**
   * Whether an offset lies inside quotation marks opened in its paragraph: more opening than
   * closing curly quotes before it, or an odd number of straight ones.
   */
  static boolean insideQuotation(String text, int offset) {
    int from = text.lastIndexOf('\n', offset - 1) + 1;
    int open = 0;
    int straight = 0;
    for (int i = from; i < offset; i++) {
      char ch = text.charAt(i);
      open += ch == '\u201c' ? 1 : ch == '\u201d' ? -1 : 0;
      straight += ch == '"' ? 1 : 0;
    }
    return open > 0 || straight % 2 == 1;
  }

  /** A subject that is a title one person holds ("the Russian President"): its head token and the holder. */
  private record TitleSubject(int token, String holder) {}

  /**
   * The last subject of a sentence, before an offset, that is a singular title one person holds:
   * in a parsed sentence a {@code nsubj} with its dependents, else the words that open the
   * sentence before its first verb ("The President of Russia presented ...").
   */
  private Optional<TitleSubject> titleSubject(Sentence s, int before) {
    TitleSubject last = null;
    for (int i = 0; i < s.size(); i++) {
      int from;
      int to;
      if (s.isParsed()) {
        java.util.BitSet phrase = s.subtree(i);
        from = phrase.nextSetBit(0);
        to = phrase.length() - 1;
        if (!s.relation(i).startsWith("nsubj") || phrase.cardinality() != to - from + 1) {
          continue;
        }
      } else {
        from = 0;
        to = i;
        if (i + 1 >= s.size() || !s.token(i + 1).pos().matches("VB.*|MD")) {
          continue;
        }
      }
      Optional<String> holder = titleHolder(s, from, to, before);
      if (holder.isPresent()) {
        last = new TitleSubject(to, holder.get());
      }
      if (!s.isParsed()) {
        break;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The one holder of the title that tokens [from, to] spell, when they are a title phrase and no name. */
  private Optional<String> titleHolder(Sentence s, int from, int to, int before) {
    int head = -1;
    boolean afterPreposition = false;
    for (int j = from; j <= to; j++) {
      var t = s.token(j);
      if (!t.pos().matches("DT|JJ|NNP?|IN|TO|POS|PRP\\$|CC") || t.ner().equals("PERSON") || t.span().end() > before) {
        return Optional.empty();
      }
      afterPreposition |= t.pos().matches("IN|TO");
      if (!afterPreposition && t.pos().matches("NNP?")) {
        head = j;
      }
    }
    if (head < 0 || s.token(head).ner().equals("LOCATION")) {
      return Optional.empty();
    }
    String lemma = s.token(head).lemma();
    return persons.holderOf(s, from, to, lemma);
  }

  /**
   * Two people of whom one acts on the other, before an offset: a person subject and a person
   * object of one verb, or without a tree two names with one verb between them (and adverbs and
   * titles): "President Trump fully briefed President Zelenskyy" → both, in the order the
   * article first names them.
   */
  private Optional<String> actorAndPatient(Sentence s, int before) {
    List<PersonIndex.Mention> ms = persons.mentionsIn(s);
    for (int a = 0; a + 1 < ms.size(); a++) {
      PersonIndex.Mention actor = ms.get(a);
      PersonIndex.Mention patient = ms.get(a + 1);
      if (patient.span().end() > before) {
        break;
      }
      boolean acts = s.isParsed()
          ? s.relation(actor.last()).startsWith("nsubj") && s.relation(patient.last()).matches("obj|iobj")
              && s.head(actor.last()) == s.head(patient.last())
          : oneVerbBetween(s, actor.last() + 1, patient.first() - 1);
      String one = persons.canonical(actor.name());
      String other = persons.canonical(patient.name());
      if (acts && !one.equals(other)) {
        List<String> two = new ArrayList<>(List.of(one, other));
        two.sort(java.util.Comparator.comparingInt(persons::firstMention));
        return Optional.of(two.get(0) + " and " + two.get(1));
      }
    }
    return Optional.empty();
  }

  private static boolean oneVerbBetween(Sentence s, int from, int to) {
    int verbs = 0;
    for (int i = from; i <= to; i++) {
      String pos = s.token(i).pos();
      boolean title = pos.matches("NNP?") && s.token(i).ner().equals("O")
          && Character.isUpperCase(s.token(i).word().codePointAt(0));
      if (pos.startsWith("VB")) {
        verbs++;
      } else if (!pos.startsWith("RB") && !title) {
        return false;
      }
    }
    return verbs == 1;
  }
}

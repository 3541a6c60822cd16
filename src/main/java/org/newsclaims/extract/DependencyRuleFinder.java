package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * The dependency rules of {@code models/rules/attribution.tsv} over every parsed sentence. For
 * each cue anchor the first rule (in file order) that fires wins. A source whose head is in the
 * {@code non-sources} lexicon ("Trump's position suggests") makes no claim.
 *
 * <p>A sentence needs its tree when one of its tokens passes a rule's anchor test: anchors test
 * tokens only (lemma, word, tag, entity), so the rules themselves answer before parsing.
 * Immutable, thread-safe.
 */
final class DependencyRuleFinder implements ClaimFinder {
  /** Dependents before the cue verb that belong to the cue ("has reportedly said", "is convinced"). */
  private static final Set<String> CUE_CHAIN = Set.of("aux", "aux:pass", "advmod", "neg", "cop");
  /** Dependents of the cue verb that always belong to it ("pointed out", "according to"). */
  private static final Set<String> CUE_ATTACHED = Set.of("compound:prt", "fixed");
  /** Verbs that carry a reporting verb as their to-infinitive and join its cue. */
  private static final Set<String> CARRIER_VERBS = Set.of(
      "want", "like", "wish", "continue", "tend", "begin", "start", "go", "have", "need", "seem", "appear", "hasten", "choose", "decide", "dare");

  private final RuleSet rules;
  private final Set<String> hedges;
  private final Set<String> negations;
  private final Set<String> nonSources;
  private final Set<String> knowingVerbs;

  DependencyRuleFinder(RuleSet rules, Lexicons lexicons) {
    this.knowingVerbs = lexicons.get("knowing-verbs");
    this.rules = rules;
    this.hedges = lexicons.get("hedges");
    this.negations = lexicons.get("negations");
    this.nonSources = lexicons.get("non-sources");
  }

  @Override
  public Set<String> ruleIds() {
    return new LinkedHashSet<>(rules.ids());
  }

  @Override
  public boolean needsTree(Sentence tagged) {
    for (Token t : tagged.tokens()) {
      for (Rule rule : rules.rules()) {
        if (rule.anchor().test(t)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    List<Claim> claims = new ArrayList<>();
    for (Sentence s : context.sentences()) {
      if (!s.isParsed()) {
        continue;
      }
      List<Claim> inSentence = new ArrayList<>();
      for (int anchor = 0; anchor < s.size(); anchor++) {
        for (Rule rule : rules.rules()) {
          if (!rule.anchors(s, anchor)) {
            continue;
          }
          Optional<Claim> claim = apply(context, s, anchor, rule);
          if (claim.isPresent()) {
            inSentence.add(claim.get());
            break;
          }
        }
      }
      claims.addAll(withoutCarriedCues(inSentence));
    }
    return claims;
  }

  /**
   * "I want to note that ...": the claim at the carrier verb ("want" + "to note") gives way to
   * the claim whose cue contains its cue ("want to note" + "that ...").
   */
  private static List<Claim> withoutCarriedCues(List<Claim> inSentence) {
    return inSentence.stream().filter(c -> inSentence.stream().noneMatch(o -> o != c
        && o.cue().orElseThrow().contains(c.cue().orElseThrow()) && !o.cue().equals(c.cue()))).toList();
  }

  private Optional<Claim> apply(DocumentContext context, Sentence s, int anchor, Rule rule) {
    String docId = context.docId();
    String text = context.text();
    List<Integer> contentHeads = rule.sequential()
        ? restOfClause(s, anchor)
        : rule.content().orElseThrow().walk(s, anchor).stream().filter(h -> !participialAdjunct(s, h)).toList();
    if (contentHeads.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> sources = rule.sources(s, anchor);
    if (rule.sourceRequired() && sources.isEmpty()) {
      return Optional.empty();
    }
    if (!sources.isEmpty() && nonSources.contains(s.token(sources.get(0)).lemma())) {
      return Optional.empty();
    }
    BitSet cue = cueTokens(s, anchor, rule);
    BitSet source = sources.isEmpty() ? new BitSet() : TreeSpans.sourceTokens(s, sources.get(0));
    if (!sources.isEmpty() && sources.get(0) == anchor) {
      // Source '.': the anchor names the source ("In this poll, ..."), the cue path is the cue.
      cue.andNot(source);
      if (cue.isEmpty()) {
        return Optional.empty();
      }
    }
    if (source.intersects(cue)) {
      return Optional.empty();
    }
    BitSet content = new BitSet();
    for (int h : contentHeads) {
      if (rule.sequential()) {
        content.set(h);
      } else {
        content.or(s.subtree(h));
      }
    }
    boolean contentGovernsCue = content.get(anchor);
    if (contentGovernsCue && s.relation(anchor).startsWith("parataxis")
        && !reportedAfterTheFact(s, anchor, contentHeads, sources)) {
      return Optional.empty();
    }
    if (contentGovernsCue) {
      // The content governs the cue ("X, he said"): drop the cue's own branch, but keep any
      // content head below the cue (a complement the parser hung under a misattached verb).
      BitSet anchorTree = s.subtree(anchor);
      content.andNot(anchorTree);
      for (int h : contentHeads) {
        if (h != anchor && anchorTree.get(h)) {
          content.or(s.subtree(h));
        }
      }
    }
    content.andNot(cue);
    content.andNot(source);
    if (!sources.isEmpty()) {
      content.andNot(s.subtree(sources.get(0)));
    }
    TreeSpans.dropLeadingComplementiser(s, content);
    if (thatClauseMissed(s, cue, content)) {
      content = restOfSentence(s, cue.length() + 1);
    }
    if (indirectQuestion(s, anchor, content)) {
      return Optional.empty();
    }
    List<TextSpan> pieces = TreeSpans.pieces(text, s, content);
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    TextSpan cueSpan = TreeSpans.hull(s, cue);
    QuotedContent quoted = QuotedContent.of(context, pieces, cueSpan);
    if (quoted.content().stream().anyMatch(p -> p.overlaps(cueSpan))) {
      return Optional.empty();
    }
    Optional<Speaker> speaker = source.isEmpty()
        ? Optional.empty()
        : Optional.of(speakerAsWritten(text, TreeSpans.hull(s, source)));
    if (speaker.isPresent() && quoted.content().stream().anyMatch(p -> p.overlaps(speaker.get().span()))) {
      return Optional.empty();
    }
    if (speaker.isPresent() && quotedApartFromCue(speaker.get().span(), cueSpan, context)) {
      return Optional.empty();
    }
    boolean hedged = hasDependentIn(s, anchor, hedges) || coversWordIn(s, cue, hedges);
    int mainPredicate = contentHeads.get(0);
    boolean negated = hasDependentIn(s, anchor, negations) || hasDependentIn(s, mainPredicate, negations);
    boolean modal = s.children(mainPredicate).stream()
        .anyMatch(c -> s.relation(c).startsWith("aux") && s.token(c).pos().equals("MD"));
    return Optional.of(Claim.of(docId, quoted.type(), quoted.content(), rule.id(), s.index())
        .withSpeaker(speaker).withCue(cueSpan).withFlags(hedged, negated, modal));
  }

  /**
   * "“... Full panic mode,” said Leslie Wimes": quoted words are what was said, never who said
   * it, unless the cue is quoted with them ("“We said no,” he recalled").
   */
  private static boolean quotedApartFromCue(TextSpan source, TextSpan cue, DocumentContext context) {
    return context.quotesNear(source.start(), source.start()).stream().anyMatch(q -> q.start() <= source.start() && source.start() < q.end() && !q.overlaps(cue));
  }

  /**
   * "Annan warned that the country risks ...", parsed with "that" as an object and the clause
   * elsewhere: a "that" right after the cue opens the content, so a content with nothing after it
   * is a misparse, and the content is read in word order instead.
   */
  private static boolean thatClauseMissed(Sentence s, BitSet cue, BitSet content) {
    int next = cue.length();
    return next + 1 < s.size() && s.token(next).word().equalsIgnoreCase("that")
        && content.nextSetBit(next + 1) < 0;
  }

  /** The tokens from {@code first} to the sentence end, closing punctuation left out. */
  private static BitSet restOfSentence(Sentence s, int first) {
    int end = s.size();
    while (end > first && s.token(end - 1).isPunctuation()) {
      end--;
    }
    BitSet rest = new BitSet();
    rest.set(first, end);
    return rest;
  }

  /** "knows what happened": a verb of knowing whose content opens with a wh-word, "whether" or "if". */
  private boolean indirectQuestion(Sentence s, int anchor, BitSet content) {
    int first = content.nextSetBit(0);
    if (first < 0 || !knowingVerbs.contains(s.token(anchor).lemma())) {
      return false;
    }
    Token t = s.token(first);
    return t.pos().startsWith("W") || t.lemma().equals("whether") || t.lemma().equals("if");
  }

  /**
   * ", encouraging his supporters to ...", "Speaking to students at Drexel, ...": a participle
   * with no subject of its own, set off by a comma or opening the sentence, is an adjunct of the
   * clause, not what was said, even where the parser made it a complement.
   */
  private static boolean participialAdjunct(Sentence s, int head) {
    if (!s.token(head).pos().equals("VBG")) {
      return false;
    }
    boolean ownSubject = s.children(head).stream()
        .anyMatch(c -> s.relation(c).startsWith("nsubj") || s.relation(c).startsWith("aux"));
    if (ownSubject) {
      return false;
    }
    int start = s.subtree(head).nextSetBit(0);
    while (start < head && (s.relation(start).equals("advmod") || s.relation(start).equals("mark"))) {
      start++;
    }
    return start == 0 || s.token(start - 1).word().equals(",");
  }

  /**
   * "The talks failed, he said." / "“...,” said the adviser.": when the cue hangs from the
   * content as a parenthetical (parataxis), it must follow the content and be set off from it
   * by a comma, a quote mark or a dash.
   */
  private static boolean reportedAfterTheFact(Sentence s, int anchor, List<Integer> contentHeads, List<Integer> sources) {
    int groupStart = anchor;
    if (!sources.isEmpty()) {
      groupStart = Math.min(groupStart, sourceStart(s, sources.get(0)));
    }
    for (int i = anchor - 1; i >= 0 && i >= groupStart - 1; i--) {
      if (CUE_CHAIN.contains(s.relation(i)) && s.head(i) == anchor) {
        groupStart = Math.min(groupStart, i);
      }
    }
    if (groupStart == 0) {
      return false;
    }
    String before = s.token(groupStart - 1).word();
    if (contentHeads.stream().anyMatch(h -> h > anchor)) {
      // "Acts of protest, Mr. Obama said, are acts of patriotism": a cue set off by commas on
      // both sides in the middle of its content.
      int after = anchor + 1;
      while (after < s.size() && s.head(after) == anchor && CUE_ATTACHED.contains(s.relation(after))) {
        after++;
      }
      return before.equals(",") && after < s.size() && s.token(after).word().equals(",")
          && (sources.isEmpty() || sourceStart(s, sources.get(0)) == groupStart);
    }
    return before.equals(",") || TreeSpans.isQuoteMark(before) || before.equals("—") || before.equals("–") || before.equals("--");
  }

  private static int sourceStart(Sentence s, int head) {
    return TreeSpans.sourceTokens(s, head).nextSetBit(0);
  }

  /**
   * The tokens after the cue up to the end of its clause (a semicolon or the sentence end), if
   * they hold a finite verb, i.e. can be a clause; empty otherwise.
   */
  private static List<Integer> restOfClause(Sentence s, int anchor) {
    int first = anchor + 1;
    if (first < s.size() && s.token(first).lemma().equals("that")) {
      first++;
    }
    // The clause must open with a subject: a determiner, pronoun, noun, adjective or number,
    // and have its finite verb before any coordination or punctuation.
    if (first >= s.size() || !s.token(first).pos().matches("DT|PRP\\$?|NN.*|JJ.*|CD|EX")) {
      return List.of();
    }
    List<Integer> rest = new ArrayList<>();
    boolean finite = false;
    for (int i = first; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.word().equals(";")) {
        break;
      }
      if (!finite && (t.isPunctuation() || t.pos().equals("CC"))) {
        return List.of();
      }
      finite |= t.pos().equals("MD") || t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
      rest.add(i);
    }
    return finite ? rest : List.of();
  }

  private static Speaker speakerAsWritten(String text, TextSpan span) {
    return new Speaker(span, span.cut(text), "");
  }

  private static BitSet cueTokens(Sentence s, int anchor, Rule rule) {
    BitSet cue = new BitSet();
    cue.set(anchor);
    rule.cueExtra().ifPresent(p -> p.walk(s, anchor).forEach(cue::set));
    for (int c : s.children(anchor)) {
      if (CUE_ATTACHED.contains(s.relation(c))) {
        cue.set(c);
      }
    }
    dropExtraBeyondObject(s, anchor, cue);
    // The verb group before the cue: auxiliaries and adverbs directly in front of it.
    cue.set(verbGroupStart(s, anchor), anchor);
    // "would like to stress", "continue to claim", "went on to say": a verb that only carries
    // the reporting verb as its to-infinitive joins the cue, with its own verb group.
    int governor = s.head(anchor);
    if (governor >= 0 && governor < anchor && s.relation(anchor).equals("xcomp")
        && CARRIER_VERBS.contains(s.token(governor).lemma()) && allCarrierGap(s, governor, anchor)) {
      cue.set(verbGroupStart(s, governor), anchor);
    }
    return cue;
  }

  /** The first token of the auxiliaries and adverbs directly in front of a verb. */
  private static int verbGroupStart(Sentence s, int verb) {
    Set<Integer> chain = new HashSet<>();
    for (int c : s.children(verb)) {
      if (c < verb && CUE_CHAIN.contains(s.relation(c))) {
        chain.add(c);
      }
    }
    int first = verb;
    while (first - 1 >= 0 && chain.contains(first - 1)) {
      first--;
    }
    return first;
  }

  /** Between a carrier verb and its reporting verb only "to", particles and adverbs ("went on to say"). */
  private static boolean allCarrierGap(Sentence s, int governor, int anchor) {
    for (int i = governor + 1; i < anchor; i++) {
      String rel = s.relation(i);
      if (!(rel.equals("mark") || rel.equals("compound:prt") || rel.startsWith("advmod") || rel.equals("aux"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "thanked President Trump for": cue words after the verb's object (the preposition of a
   * prepositional cue) are not part of a contiguous cue; the object between them is not a cue
   * word. Objects that are themselves cue words ("expressed his support for") keep the rest.
   */
  private static void dropExtraBeyondObject(Sentence s, int anchor, BitSet cue) {
    for (int c : s.children(anchor)) {
      String rel = s.relation(c);
      if (c > anchor && (rel.equals("obj") || rel.equals("iobj")) && !cue.get(c)) {
        BitSet object = s.subtree(c);
        int objectEnd = object.previousSetBit(s.size());
        cue.clear(objectEnd + 1, s.size());
      }
    }
  }

  private static boolean hasDependentIn(Sentence s, int token, Set<String> words) {
    return s.children(token).stream()
        .anyMatch(c -> s.relation(c).startsWith("advmod") && words.contains(s.token(c).lemma()));
  }

  private static boolean coversWordIn(Sentence s, BitSet tokens, Set<String> words) {
    return tokens.stream().anyMatch(i -> words.contains(s.token(i).lemma()));
  }
}

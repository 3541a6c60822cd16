package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * Applies the dependency rules to every parsed sentence and builds claims with exact spans.
 * For each cue anchor the first rule (in file order) that fires wins. A source whose head is
 * in the {@code non-sources} lexicon ("Trump's position suggests") makes no claim. Speakers come out
 * unresolved (canonical = the words as written); {@link SpeakerResolver} resolves them.
 *
 * <p>Immutable, thread-safe.
 */
public final class AttributionExtractor {
  /** Dependents of a source head that are not part of the speaker's name. */
  private static final Set<String> SOURCE_CUT = Set.of(
      "appos", "acl", "acl:relcl", "punct", "parataxis", "conj", "cc", "dep", "advcl", "ccomp",
      "case", "mark");
  /** Dependents before the cue verb that belong to the cue ("has reportedly said", "is convinced"). */
  private static final Set<String> CUE_CHAIN = Set.of("aux", "aux:pass", "advmod", "neg", "cop");
  /** Dependents of the cue verb that always belong to it ("pointed out", "according to"). */
  private static final Set<String> CUE_ATTACHED = Set.of("compound:prt", "fixed");

  /** Rule id of a quotation introduced by a colon after a clause. */
  public static final String COLON_QUOTE_RULE = "quote.colon";
  /** Rule id of a quotation followed by a short "he said" tail. */
  public static final String TRAILING_CUE_RULE = "quote.trailing-cue";
  /** The longest "said the Adviser to the Head of the Office of the President" tail, in tokens. */
  private static final int MAX_TAIL = 14;

  private final RuleSet rules;
  private final Set<String> hedges;
  private final Set<String> negations;
  private final Set<String> nonSources;
  private final Set<String> speechVerbs;

  public AttributionExtractor(RuleSet rules, Lexicons lexicons) {
    this.rules = rules;
    this.hedges = lexicons.get("hedges");
    this.negations = lexicons.get("negations");
    this.nonSources = lexicons.get("non-sources");
    this.speechVerbs = lexicons.get("speech-verbs");
  }

  public List<Claim> extract(String docId, AnnotatedDocument doc, List<TextSpan> quotes) {
    List<Claim> claims = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.isParsed()) {
        continue;
      }
      List<Claim> inSentence = new ArrayList<>();
      for (int anchor = 0; anchor < s.size(); anchor++) {
        for (Rule rule : rules.rules()) {
          if (!rule.anchors(s, anchor)) {
            continue;
          }
          Optional<Claim> claim = apply(docId, doc.text(), s, anchor, rule, quotes);
          if (claim.isPresent()) {
            inSentence.add(claim.get());
            break;
          }
        }
      }
      colonQuote(docId, doc.text(), s, quotes, inSentence).ifPresent(inSentence::add);
      trailingCue(docId, doc.text(), s, quotes, inSentence).ifPresent(inSentence::add);
      claims.addAll(inSentence);
    }
    return continueQuotations(doc, claims, quotes);
  }

  /**
   * "“A,” Omar said. “B.”": a quotation that opens right after the sentence whose cue followed
   * the first quotation, and that no other claim took, continues the same speech; it becomes a
   * second content piece. Both quotations must be in the same paragraph.
   */
  private static List<Claim> continueQuotations(AnnotatedDocument doc, List<Claim> claims, List<TextSpan> quotes) {
    String text = doc.text();
    List<Claim> out = new ArrayList<>(claims);
    for (int k = 0; k < out.size(); k++) {
      Claim c = out.get(k);
      if (c.content().size() != 1 || c.cue().isEmpty() || !quotes.contains(c.content().get(0))
          || c.cue().get().start() < c.content().get(0).end()) {
        continue;
      }
      Sentence cueSentence = doc.sentences().get(c.sentenceIndex());
      int after = cueSentence.span().end();
      while (after < text.length() && text.charAt(after) == ' ') {
        after++;
      }
      final int next = after;
      Optional<TextSpan> following = quotes.stream().filter(q -> q.start() == next).findFirst();
      if (following.isEmpty() || text.substring(c.content().get(0).start(), following.get().end()).contains("\n")) {
        continue;
      }
      TextSpan q2 = following.get();
      boolean taken = out.stream().anyMatch(o -> o != c && o.content().stream().anyMatch(p -> p.overlaps(q2)));
      boolean ownCue = out.stream().anyMatch(o -> o.cue().map(cue -> cue.start() >= q2.end()
          && cue.start() - q2.end() < 40 && o.sentenceIndex() == sentenceOf(doc, q2.end() - 1)).orElse(false));
      if (taken || ownCue) {
        continue;
      }
      out.set(k, new Claim(c.docId(), ClaimType.DIRECT, c.speaker(), c.cue(), List.of(c.content().get(0), q2),
          c.topics(), c.hedged(), c.negated(), c.modal(), c.inHeadline(), c.ruleId(), c.sentenceIndex()));
    }
    return out;
  }

  private static int sentenceOf(AnnotatedDocument doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }

  /**
   * "President Trump rejected American troops defending Ukraine's border: “You have my
   * assurance ...”": a clause whose subject then speaks a quotation introduced by a colon. The
   * colon is the cue, the subject of the clause's main verb the source, the whole quotation the
   * content. Skipped when a rule already took that quotation as its content.
   */
  /**
   * "“...,” he said." / "“...,” said the Adviser to the Head of the Office.": a quotation closed
   * right before a short tail made of a reporting verb and its speaker, and nothing else. Read
   * from the tokens, so it holds when the parser mangles a long quotation. Skipped when a rule
   * already made a claim at that verb.
   */
  private Optional<Claim> trailingCue(String docId, String text, Sentence s, List<TextSpan> quotes,
      List<Claim> found) {
    int last = s.size() - 1;
    while (last >= 0 && s.token(last).isPunctuation() && !isQuoteMark(s.token(last).word())) {
      last--;
    }
    for (TextSpan q : quotes) {
      if (q.end() <= s.span().start() || q.end() > s.span().end()) {
        continue;
      }
      int close = -1;
      for (int i = 0; i < s.size(); i++) {
        if (s.token(i).span().end() == q.end() && isQuoteMark(s.token(i).word())) {
          close = i;
        }
      }
      if (close < 0 || last - close < 2 || last - close > MAX_TAIL) {
        continue;
      }
      int verb = -1;
      for (int i = close + 1; i <= last; i++) {
        Token t = s.token(i);
        if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
          if (verb >= 0 || !speechVerbs.contains(t.lemma())) {
            verb = -2;
            break;
          }
          verb = i;
        }
      }
      if (verb < 0) {
        continue;
      }
      int v = verb;
      if (found.stream().anyMatch(c -> c.cue().map(cue -> cue.contains(s.token(v).span().start())).orElse(false))) {
        continue;
      }
      // The speaker is the tail before the verb, or else after it; adverbs next to the verb
      // ("also said") join the cue.
      int cueFrom = v;
      while (cueFrom - 1 > close && s.token(cueFrom - 1).pos().startsWith("RB")) {
        cueFrom--;
      }
      int from = close + 1;
      int to = cueFrom - 1;
      if (to < from) {
        from = v + 1;
        to = last;
      }
      while (from <= to && s.token(from).isPunctuation()) {
        from++;
      }
      if (to < from || nonSources.contains(s.token(to).lemma())) {
        continue;
      }
      TextSpan speaker = s.span(from, to);
      return Optional.of(new Claim(docId, ClaimType.DIRECT,
          Optional.of(new Speaker(speaker, speaker.cut(text), "")), Optional.of(s.span(cueFrom, v)),
          List.of(q), List.of(), false, false, false, false, TRAILING_CUE_RULE, s.index()));
    }
    return Optional.empty();
  }

  /** A claim whose content is a noun phrase or a wh-clause ("his discussions", "how ..."). */
  private static boolean announcesQuote(Sentence s, Claim c) {
    TextSpan content = c.contentHull();
    for (Token t : s.tokens()) {
      if (t.span().start() == content.start()) {
        boolean wh = t.pos().startsWith("W");
        boolean finite = s.tokens().stream()
            .filter(x -> content.contains(x.span()))
            .anyMatch(x -> x.pos().matches("MD|VBD|VBZ|VBP"));
        return wh || !finite;
      }
    }
    return false;
  }

  private Optional<Claim> colonQuote(String docId, String text, Sentence s, List<TextSpan> quotes,
      List<Claim> found) {
    for (int colon = 1; colon < s.size() - 1; colon++) {
      if (!s.token(colon).word().equals(":")) {
        continue;
      }
      int after = s.token(colon + 1).span().start();
      Optional<TextSpan> quote = quotes.stream().filter(q -> q.start() == after).findFirst();
      int verb = -1;
      for (int i = 0; i < colon; i++) {
        if (s.head(i) < 0) {
          verb = i;
        }
      }
      if (quote.isEmpty() || verb < 0 || !s.token(verb).pos().startsWith("VB")) {
        continue;
      }
      final int root = verb;
      Optional<Integer> subject = s.children(root).stream()
          .filter(c -> c < root && s.relation(c).startsWith("nsubj")).findFirst();
      if (subject.isEmpty() || nonSources.contains(s.token(subject.get()).lemma())
          || found.stream().anyMatch(c -> c.content().equals(List.of(quote.get())))) {
        continue;
      }
      // "outlined how peace could be secured: “...”": the verb's object only announces the
      // quotation, which is the real content of that verb.
      TextSpan rootSpan = s.token(root).span();
      for (int k = 0; k < found.size(); k++) {
        Claim c = found.get(k);
        if (c.cue().isPresent() && c.cue().get().contains(rootSpan.start()) && announcesQuote(s, c)) {
          found.set(k, new Claim(c.docId(), ClaimType.DIRECT, c.speaker(), c.cue(), List.of(quote.get()),
              c.topics(), c.hedged(), c.negated(), false, c.inHeadline(), c.ruleId(), c.sentenceIndex()));
          return Optional.empty();
        }
      }
      TextSpan speaker = hull(s, sourceTokens(s, subject.get()));
      return Optional.of(new Claim(docId, ClaimType.DIRECT,
          Optional.of(new Speaker(speaker, speaker.cut(text), "")), Optional.of(s.token(colon).span()),
          List.of(quote.get()), List.of(), false, false, false, false, COLON_QUOTE_RULE, s.index()));
    }
    return Optional.empty();
  }

  private Optional<Claim> apply(String docId, String text, Sentence s, int anchor, Rule rule,
      List<TextSpan> quotes) {
    List<Integer> contentHeads = rule.sequential()
        ? restOfClause(s, anchor)
        : rule.content().orElseThrow().walk(s, anchor);
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
    BitSet source = sources.isEmpty() ? new BitSet() : sourceTokens(s, sources.get(0));
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
    dropLeadingComplementiser(s, content);
    List<TextSpan> pieces = pieces(text, s, content);
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    TextSpan cueSpan = hull(s, cue);
    QuotedContent quoted = QuotedContent.of(text, pieces, cueSpan, quotes);
    if (quoted.content().stream().anyMatch(p -> p.overlaps(cueSpan))) {
      return Optional.empty();
    }
    Optional<Speaker> speaker = source.isEmpty()
        ? Optional.empty()
        : Optional.of(trimmedSpeaker(text, hull(s, source)));
    if (speaker.isPresent() && quoted.content().stream().anyMatch(p -> p.overlaps(speaker.get().span()))) {
      return Optional.empty();
    }
    boolean hedged = hasDependentIn(s, anchor, hedges) || coversWordIn(s, cue, hedges);
    int mainPredicate = contentHeads.get(0);
    boolean negated = hasDependentIn(s, anchor, negations) || hasDependentIn(s, mainPredicate, negations);
    boolean modal = s.children(mainPredicate).stream()
        .anyMatch(c -> s.relation(c).startsWith("aux") && s.token(c).pos().equals("MD"));
    return Optional.of(new Claim(docId, quoted.type(), speaker, Optional.of(cueSpan),
        quoted.content(), List.of(), hedged, negated, modal, false, rule.id(), s.index()));
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
    if (groupStart == 0 || contentHeads.stream().anyMatch(h -> h > anchor)) {
      return false;
    }
    String before = s.token(groupStart - 1).word();
    return before.equals(",") || isQuoteMark(before) || before.equals("—") || before.equals("–") || before.equals("--");
  }

  private static int sourceStart(Sentence s, int head) {
    return sourceTokens(s, head).nextSetBit(0);
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

  private static Speaker trimmedSpeaker(String text, TextSpan span) {
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
    // The verb group before the cue: auxiliaries and adverbs directly in front of it.
    Set<Integer> chain = new HashSet<>();
    for (int c : s.children(anchor)) {
      if (c < anchor && CUE_CHAIN.contains(s.relation(c))) {
        chain.add(c);
      }
    }
    for (int i = anchor - 1; i >= 0 && chain.contains(i); i--) {
      cue.set(i);
    }
    return cue;
  }

  private static BitSet sourceTokens(Sentence s, int head) {
    BitSet keep = s.subtree(head);
    for (int c : s.children(head)) {
      if (SOURCE_CUT.contains(s.relation(c))) {
        keep.andNot(s.subtree(c));
      }
    }
    // The contiguous run around the head.
    int from = head;
    while (from > 0 && keep.get(from - 1)) {
      from--;
    }
    int to = head;
    while (to + 1 < s.size() && keep.get(to + 1)) {
      to++;
    }
    while (from < to && s.token(from).isPunctuation()) {
      from++;
    }
    while (to > from && s.token(to).isPunctuation()) {
      to--;
    }
    BitSet run = new BitSet();
    run.set(from, to + 1);
    return run;
  }

  private static void dropLeadingComplementiser(Sentence s, BitSet content) {
    int first = content.nextSetBit(0);
    while (first >= 0) {
      Token t = s.token(first);
      boolean complementiser = s.relation(first).equals("mark") && t.lemma().equals("that");
      boolean leadingPunct = t.isPunctuation() && !isQuoteMark(t.word());
      boolean conjunction = s.relation(first).equals("cc");
      if (!complementiser && !leadingPunct && !conjunction) {
        return;
      }
      content.clear(first);
      first = content.nextSetBit(first + 1);
    }
  }

  /** Contiguous runs of content tokens, trimmed of edge punctuation other than quote marks. */
  private static List<TextSpan> pieces(String text, Sentence s, BitSet content) {
    List<TextSpan> pieces = new ArrayList<>();
    int i = content.nextSetBit(0);
    while (i >= 0) {
      int j = i;
      while (j + 1 < s.size() && content.get(j + 1)) {
        j++;
      }
      int a = i;
      int b = j;
      while (a <= b && s.token(a).isPunctuation() && !isQuoteMark(s.token(a).word())) {
        a++;
      }
      while (b >= a && s.token(b).isPunctuation() && !isQuoteMark(s.token(b).word())
          && !isClosingSentenceMarkInsideQuote(s, b)) {
        b--;
      }
      if (a <= b) {
        pieces.add(s.span(a, b));
      }
      i = content.nextSetBit(j + 1);
    }
    return pieces;
  }

  private static boolean isClosingSentenceMarkInsideQuote(Sentence s, int i) {
    return i + 1 < s.size() && isQuoteMark(s.token(i + 1).word())
        && s.token(i).span().end() == s.token(i + 1).span().start();
  }

  static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("``")
        || w.equals("''") || w.equals("\u00AB") || w.equals("\u00BB");
  }

  private static TextSpan hull(Sentence s, BitSet tokens) {
    return s.span(tokens.nextSetBit(0), tokens.previousSetBit(s.size()));
  }

  private static boolean hasDependentIn(Sentence s, int token, Set<String> words) {
    return s.children(token).stream()
        .anyMatch(c -> s.relation(c).startsWith("advmod") && words.contains(s.token(c).lemma()));
  }

  private static boolean coversWordIn(Sentence s, BitSet tokens, Set<String> words) {
    return tokens.stream().anyMatch(i -> words.contains(s.token(i).lemma()));
  }

  /** Content spans after aligning them with the quotations of the text, and the claim type. */
  record QuotedContent(List<TextSpan> content, ClaimType type) {

    static QuotedContent of(String text, List<TextSpan> pieces, TextSpan cue, List<TextSpan> quotes) {
      TextSpan hull = new TextSpan(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
      for (TextSpan q : quotes) {
        if (q.contains(hull) && !q.overlaps(cue)) {
          // Content inside a quotation whose cue is outside it: the whole quotation is said.
          return new QuotedContent(List.of(q), ClaimType.DIRECT);
        }
      }
      List<TextSpan> adjusted = new ArrayList<>(pieces);
      boolean quoted = false;
      for (TextSpan q : quotes) {
        if (!q.overlaps(hull) || q.overlaps(cue)) {
          continue;
        }
        quoted = true;
        TextSpan first = adjusted.get(0);
        if (q.start() < first.start() && q.end() > first.start()) {
          adjusted.set(0, new TextSpan(q.start(), first.end()));
        }
        TextSpan last = adjusted.get(adjusted.size() - 1);
        if (q.end() > last.end() && q.start() < last.end()) {
          adjusted.set(adjusted.size() - 1, new TextSpan(last.start(), q.end()));
        }
      }
      TextSpan newHull = new TextSpan(adjusted.get(0).start(), adjusted.get(adjusted.size() - 1).end());
      if (!quoted) {
        return new QuotedContent(List.copyOf(adjusted), ClaimType.INDIRECT);
      }
      boolean exactlyOneQuote = adjusted.size() == 1
          && quotes.stream().anyMatch(q -> q.equals(newHull));
      return new QuotedContent(List.copyOf(adjusted), exactlyOneQuote ? ClaimType.DIRECT : ClaimType.MIXED);
    }
  }
}

package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * The reporting verbs the dependency rules left unclaimed, read in word order for when the
 * parser fails on long or quote-heavy sentences:
 * <ul>
 *   <li>"SOURCE said (that) CONTENT": a noun phrase right before the finite verb (adverbs and
 *       auxiliaries between them join the cue), and after it a clause: a finite verb or an
 *       opening quotation, up to the sentence end;</li>
 *   <li>"CONTENT, SOURCE said." / "CONTENT, said SOURCE.": a comma, then only the verb and a
 *       noun phrase to the sentence end; the content is everything before the comma.</li>
 * </ul>
 * A verb inside a quotation, or already a cue or inside another claim's content, is left alone.
 * Immutable, thread-safe.
 */
final class LinearSpeechFinder extends TokenLevelFinder {
  static final String RULE_ID = "say.linear";
  private static final int MAX_SOURCE_TOKENS = 8;
  private static final int MIN_CONTENT_TOKENS = 4;
  /** Prepositions that make the name after them part of a phrase, not a subject ("a letter from Trump"). */
  private static final Set<String> EMBEDDING_PREPOSITIONS = Set.of("of", "from", "by", "to", "with", "for", "about",
      "against", "on", "at", "like", "than");
  /** Words after which a clause, and so a source, can start. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "because", "while", "although", "though",
      "as", "after", "before", "when", "if", "since", "but", "and", "so", "yet", "or");

  private final Set<String> speechVerbs;
  private final Set<String> nonSources;

  LinearSpeechFinder(Lexicons lexicons) {
    super(RULE_ID);
    this.speechVerbs = lexicons.get("speech-verbs");
    this.nonSources = lexicons.get("non-sources");
  }



  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    List<Claim> out = new ArrayList<>();
    // Cues and content pieces of the earlier claims and of those found here, by position.
    SpanIndex earlierSpans = SpanIndex.ofCues(earlier);
    for (int k = 0; k < earlier.size(); k++) {
      earlierSpans.addContent(earlier.get(k), k);
    }
    SpanIndex outContents = new SpanIndex();
    for (Sentence s : context.sentences()) {
      for (int v = 1; v < s.size(); v++) {
        Token t = s.token(v);
        if (!t.pos().matches("VBD|VBZ|VBP") || !speechVerbs.contains(t.lemma())) {
          continue;
        }
        TextSpan verb = t.span();
        boolean taken = Arrays.stream(earlierSpans.touching(verb)).mapToObj(earlier::get)
            .anyMatch(c -> c.cue().map(x -> x.overlaps(verb)).orElse(false)
                || c.content().stream().anyMatch(p -> p.overlaps(verb)))
            || Arrays.stream(outContents.touching(verb)).mapToObj(out::get)
                .anyMatch(c -> c.content().stream().anyMatch(p -> p.overlaps(verb)));
        boolean quoted = context.quotesNear(verb).stream().anyMatch(q -> q.contains(verb));
        if (taken || quoted) {
          continue;
        }
        int at = v;
        Optional<Claim> c = sourceFirst(context, s, at).or(() -> contentFirst(context, s, at));
        if (c.isPresent()) {
          outContents.addContent(c.get(), out.size());
          out.add(c.get());
        }
      }
    }
    return out;
  }

  private Optional<Claim> sourceFirst(DocumentContext context, Sentence s, int v) {
    int cueStart = v;
    while (cueStart - 1 > 0 && s.token(cueStart - 1).pos().matches("RB|MD|VB[DZP]?")
        && !s.token(cueStart - 1).isPunctuation()) {
      cueStart--;
    }
    int srcEnd = cueStart - 1;
    if (srcEnd < 0 || !s.token(srcEnd).pos().matches("NN.*|PRP")) {
      return Optional.empty();
    }
    int srcStart = srcEnd;
    while (srcStart - 1 >= 0 && srcEnd - srcStart + 1 < MAX_SOURCE_TOKENS
        && s.token(srcStart - 1).pos().matches("NN.*|JJ.*|DT|POS|PRP\\$|CD|NNP.*")) {
      srcStart--;
    }
    if (s.token(srcEnd).ner().equals("PERSON")) {
      // "In a meeting with the Washington Post Trump said ...": a person's name is its own phrase.
      srcStart = srcEnd;
      while (srcStart - 1 >= 0 && s.token(srcStart - 1).ner().equals("PERSON")) {
        srcStart--;
      }
    }
    String before = srcStart == 0 ? "" : s.token(srcStart - 1).word().toLowerCase(java.util.Locale.ROOT);
    boolean opensClause = srcStart == 0 || s.token(srcStart - 1).isPunctuation() || CLAUSE_OPENERS.contains(before)
        || (s.token(srcEnd).ner().equals("PERSON") && !EMBEDDING_PREPOSITIONS.contains(before)
            && !s.token(srcStart - 1).pos().matches("DT|POS|PRP\\$|JJ.*|VB.*|MD"));
    if (!opensClause || nonSources.contains(s.token(srcEnd).lemma()) || !oneNounPhrase(s, srcStart, srcEnd)) {
      return Optional.empty();
    }
    int first = v + 1;
    // "told reporters that ...": a short object before "that" is skipped.
    for (int k = first; k < s.size() && k <= first + 3; k++) {
      if (s.token(k).lemma().equals("that") && k > first) {
        boolean object = true;
        for (int o = first; o < k; o++) {
          object &= s.token(o).pos().matches("NN.*|PRP|DT");
        }
        if (object) {
          first = k;
        }
        break;
      }
    }
    if (first < s.size() && s.token(first).lemma().equals("that")) {
      first++;
    }
    if (!TreeSpans.clauseFrom(s, first, MIN_CONTENT_TOKENS) || !subjectThenVerb(s, first)) {
      return Optional.empty();
    }
    BitSet content = new BitSet();
    content.set(first, s.size());
    return claim(context, s, content, srcStart, srcEnd, cueStart, v);
  }

  private Optional<Claim> contentFirst(DocumentContext context, Sentence s, int v) {
    // "CONTENT, SOURCE said [Friday][, ...]": the source right before the verb, after a comma.
    int srcEnd = v - 1;
    while (srcEnd > 0 && s.token(srcEnd).pos().matches("RB|MD")) {
      srcEnd--;
    }
    int cueStart = srcEnd + 1;
    int srcStart = srcEnd;
    while (srcStart - 1 > 0 && s.token(srcStart - 1).pos().matches("NN.*|JJ.*|DT|POS|PRP\\$|CD")) {
      srcStart--;
    }
    if (srcStart >= 2 && s.token(srcStart - 1).word().equals(",") && nothingSaidAfter(s, v)) {
      return contentBefore(context, s, srcStart, srcEnd, cueStart, v);
    }
    // "CONTENT, said SOURCE[, a ...]": the source after the verb, up to a comma. Not "told": what
    // follows it is the hearer ("Rouhani, the Iranian president, told reporters, ...").
    if (v < 2 || !s.token(v - 1).word().equals(",") || s.token(v).lemma().equals("tell")) {
      return Optional.empty();
    }
    int last = s.size() - 1;
    for (int i = v + 1; i < s.size(); i++) {
      if (s.token(i).word().equals(",") || CLAUSE_OPENERS.contains(s.token(i).word().toLowerCase(java.util.Locale.ROOT))) {
        last = i - 1;
        break;
      }
    }
    while (last > v && s.token(last).isPunctuation()) {
      last--;
    }
    if (last <= v) {
      return Optional.empty();
    }
    return contentBefore(context, s, v + 1, last, v, v);
  }

  /**
   * "..., Trump said Friday in an interview." but not "At a fundraiser in New York, Clinton
   * called half of his supporters deplorables": after a verb whose content came first only a
   * time, place or manner may follow, never an object, a clause or a colon.
   */
  private static boolean nothingSaidAfter(Sentence s, int v) {
    if (v + 1 >= s.size()) {
      return true;
    }
    Token next = s.token(v + 1);
    if (next.word().equals(":") || next.lemma().equals("that")) {
      return false;
    }
    if (next.isPunctuation()) {
      return true;
    }
    boolean time = next.ner().equals("DATE") || next.ner().equals("TIME");
    return time || next.pos().matches("IN|RB.*|TO|RP");
  }

  /** The claim whose content is everything before the comma that precedes the source or cue. */
  private Optional<Claim> contentBefore(DocumentContext context, Sentence s, int srcStart, int srcEnd, int cueStart,
      int v) {
    int comma = Math.min(srcStart, cueStart) - 1;
    if (srcEnd - srcStart + 1 > MAX_SOURCE_TOKENS || comma < MIN_CONTENT_TOKENS) {
      return Optional.empty();
    }
    for (int i = srcStart; i <= srcEnd; i++) {
      if (!s.token(i).pos().matches("NN.*|JJ.*|DT|POS|PRP.*|CD")) {
        return Optional.empty();
      }
    }
    if (!s.token(srcEnd).pos().matches("NN.*|PRP") || nonSources.contains(s.token(srcEnd).lemma())
        || !oneNounPhrase(s, srcStart, srcEnd) || !TreeSpans.clauseFrom(s, 0, MIN_CONTENT_TOKENS)) {
      return Optional.empty();
    }
    BitSet content = new BitSet();
    content.set(0, comma);
    return claim(context, s, content, srcStart, srcEnd, cueStart, v);
  }

  private Optional<Claim> claim(DocumentContext context, Sentence s, BitSet content, int srcStart, int srcEnd,
      int cueStart, int v) {
    List<TextSpan> pieces = TreeSpans.pieces(context.text(), s, content);
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    TextSpan cue = s.span(cueStart, v);
    QuotedContent quoted = QuotedContent.of(context, pieces, cue);
    TextSpan speaker = s.span(srcStart, srcEnd);
    if (quoted.content().stream().anyMatch(p -> p.overlaps(speaker) || p.overlaps(cue))) {
      return Optional.empty();
    }
    return Optional.of(Claim.of(context.docId(), quoted.type(), quoted.content(), RULE_ID, s.index())
        .withSpeaker(new Speaker(speaker, speaker.cut(context.text()), "")).withCue(cue));
  }

  /** No determiner after the first token: "an accusation the government" is two phrases. */
  private static boolean oneNounPhrase(Sentence s, int from, int to) {
    for (int i = from + 1; i <= to; i++) {
      if (s.token(i).pos().equals("DT") || s.token(i).pos().equals("PRP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A clause opens at {@code first}: a quotation, or a subject-like word (determiner, pronoun,
   * noun, adjective, number) with a finite verb before the clause ends at a semicolon or colon.
   */
  private static boolean subjectThenVerb(Sentence s, int first) {
    Token t = s.token(first);
    if (TreeSpans.isQuoteMark(t.word())) {
      return true;
    }
    if (!t.pos().matches("DT|PRP\\$?|NN.*|JJ.*|CD|EX")) {
      return false;
    }
    for (int i = first; i < s.size(); i++) {
      Token x = s.token(i);
      if (x.pos().matches("MD|VBD|VBZ|VBP")) {
        return true;
      }
      if (x.word().equals(";") || x.word().equals(":")) {
        return false;
      }
    }
    return false;
  }

}

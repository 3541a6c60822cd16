package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * "“...,” he said." / "“...,” said the Adviser to the Head of the Office.": a quotation closed
 * right before a short tail made of a reporting verb and its speaker, and nothing else. The tail
 * may be a sentence of its own when the splitter ended the sentence at the quotation
 * ("“How many times?” | Clinton said."). Read
 * from the tokens, so it holds when the parser mangles a long quotation (and needs no tree).
 * Skipped when an earlier claim already has its cue at that verb. Immutable, thread-safe.
 */
final class TrailingCueFinder extends TokenLevelFinder {
  static final String RULE_ID = "quote.trailing-cue";
  /** The longest "said the Adviser to the Head of the Office of the President" tail, in tokens. */
  private static final int MAX_TAIL = 14;
  /** Words after the verb that start a clause of their own, ending the tail. */
  private static final Set<String> TAIL_BREAKS = Set.of("as", "when", "while", "after", "before", "because", "since", "if", "but", "and");

  private final Set<String> speechVerbs;
  private final Convictions convictions;
  private final Set<String> nonSources;

  TrailingCueFinder(Lexicons lexicons) {
    super(RULE_ID);
    this.speechVerbs = lexicons.get("speech-verbs");
    this.convictions = new Convictions(lexicons);
    this.nonSources = lexicons.get("non-sources");
  }



  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    List<Claim> out = new ArrayList<>();
    // Where each quotation ends, and the earlier claims' cues, by position: a sentence reads only
    // the quotations that end in it or right before it.
    List<TextSpan> quotes = context.quotes();
    SpanIndex quoteEnds = new SpanIndex();
    for (int i = 0; i < quotes.size(); i++) {
      quoteEnds.add(new TextSpan(quotes.get(i).end(), quotes.get(i).end()), i);
    }
    SpanIndex earlierCues = SpanIndex.ofCues(earlier);
    for (Sentence s : context.sentences()) {
      find(context, s, earlier, quoteEnds, earlierCues).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Claim> find(DocumentContext context, Sentence s, List<Claim> earlier, SpanIndex quoteEnds,
      SpanIndex earlierCues) {
    int last = s.size() - 1;
    while (last >= 0 && s.token(last).isPunctuation() && !TreeSpans.isQuoteMark(s.token(last).word())) {
      last--;
    }
    // A quotation that ends before the sentence is read only with nothing but spaces between.
    int reach = s.span().start();
    while (reach > 0 && context.text().charAt(reach - 1) == ' ') {
      reach--;
    }
    for (int position : quoteEnds.touching(reach, s.span().end())) {
      TextSpan q = context.quotes().get(position);
      // close: the closing mark's token, or -1 when the splitter ended the sentence with the
      // quotation ("“...?” | Clinton said.") and this sentence is only the tail.
      int close;
      if (q.end() <= s.span().start()) {
        if (!onlySpacesBetween(context.text(), q.end(), s.span().start())
            || TreeSpans.isQuoteMark(s.token(0).word())) {
          continue;
        }
        close = -1;
      } else if (q.end() > s.span().end()) {
        continue;
      } else {
        close = closingToken(s, q);
        if (close < 0) {
          continue;
        }
      }
      if (last - close < 2) {
        continue;
      }
      int tailEnd = tailEnd(s, close, last);
      if (tailEnd - close > MAX_TAIL) {
        continue;
      }
      int verb = tailVerb(s, close, tailEnd);
      if (verb < 0) {
        continue;
      }
      int v = verb;
      int verbStart = s.token(v).span().start();
      if (Arrays.stream(earlierCues.touching(verbStart, verbStart)).mapToObj(earlier::get)
          .anyMatch(c -> c.cue().map(cue -> cue.contains(verbStart)).orElse(false))) {
        continue;
      }
      // The speaker is the tail before the verb, or else after it; adverbs next to the verb
      // ("also said") join the cue.
      int cueFrom = v;
      while (cueFrom - 1 > close && (s.token(cueFrom - 1).pos().startsWith("RB")
          || (convictions.test(s.token(v)) && s.token(cueFrom - 1).lemma().equals("be")))) {
        cueFrom--;
      }
      int from = close + 1;
      int to = cueFrom - 1;
      if (to < from) {
        from = v + 1;
        to = tailEnd;
      }
      while (from <= to && s.token(from).isPunctuation()) {
        from++;
      }
      if (to < from || nonSources.contains(s.token(to).lemma())) {
        continue;
      }
      TextSpan speaker = s.span(from, to);
      return Optional.of(Claim.of(context.docId(), ClaimType.DIRECT, List.of(q), RULE_ID, s.index())
          .withSpeaker(new Speaker(speaker, speaker.cut(context.text()), "")).withCue(s.span(cueFrom, v)));
    }
    return Optional.empty();
  }

  /**
   * The end of the tail: the last token, or the token before a comma or a subordinating word
   * after the verb ("said John D. Podesta, a chief of staff ...", "Trump said, looking out on
   * the crowd", "Hollande said Friday as he entered the talks").
   */
  private int tailEnd(Sentence s, int close, int last) {
    boolean verbSeen = false;
    for (int i = close + 1; i <= last; i++) {
      Token t = s.token(i);
      if (speechVerbs.contains(t.lemma()) && t.pos().startsWith("VB")) {
        verbSeen = true;
      } else if (verbSeen && i - 1 > close
          && (t.word().equals(",") || TAIL_BREAKS.contains(t.word().toLowerCase(java.util.Locale.ROOT)))) {
        return i - 1;
      }
    }
    return last;
  }

  private static int closingToken(Sentence s, TextSpan q) {
    int close = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).span().end() == q.end() && TreeSpans.isQuoteMark(s.token(i).word())) {
        close = i;
      }
    }
    return close;
  }

  private static boolean onlySpacesBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** "retired Air Force general Lloyd Newton said": a participle before a noun describes the speaker. */
  private static boolean premodifyingParticiple(Sentence s, int i, int last) {
    String pos = s.token(i).pos();
    return (pos.equals("VBN") || pos.equals("VBG")) && i < last
        && s.token(i + 1).pos().matches("NN.*|JJ.*");
  }

  /**
   * The one reporting verb of the tail (close, last], or -1 when there is none or another verb. An
   * adjective of conviction after a copula counts as the verb ("“...,” Podolyak is convinced").
   */
  private int tailVerb(Sentence s, int close, int last) {
    int verb = -1;
    for (int i = close + 1; i <= last; i++) {
      Token t = s.token(i);
      if (premodifyingParticiple(s, i, last)) {
        continue;
      }
      if (t.lemma().equals("be") && i < last && convictions.test(s.token(i + 1))) {
        continue;
      }
      if (convictions.test(t) && i > close + 1 && s.token(i - 1).lemma().equals("be")) {
        if (verb >= 0) {
          return -1;
        }
        verb = i;
        continue;
      }
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        if (verb >= 0 || !speechVerbs.contains(t.lemma())) {
          return -1;
        }
        verb = i;
      }
    }
    return verb;
  }
}

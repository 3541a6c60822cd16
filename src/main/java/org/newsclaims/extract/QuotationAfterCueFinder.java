package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.HashSet;
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
 * "Mexicans often say, ''Poor Mexico ...''", "Cruz continued: “You look at the questions ...”",
 * "Podolyak is convinced: “...”": a reporting verb ({@code speech-verbs}) or an adjective of
 * conviction ({@code belief-adjectives}, with its copula) followed by nothing but a comma or a
 * colon and then a quotation. The verb is the cue, the whole quotation the content, and the
 * verb's subject, when the parse gives one, the source. Left alone: a verb inside a quotation, a verb that is already
 * a cue, a quotation that an earlier claim already has as its content, a subject that cannot
 * speak ({@code non-sources}). Immutable, thread-safe.
 */
final class QuotationAfterCueFinder implements ClaimFinder {
  static final String RULE_ID = "say.quote";

  private final Set<String> speechVerbs;
  private final Convictions convictions;
  private final Set<String> nonSources;

  QuotationAfterCueFinder(Lexicons lexicons) {
    this.speechVerbs = lexicons.get("speech-verbs");
    this.convictions = new Convictions(lexicons);
    this.nonSources = lexicons.get("non-sources");
  }

  @Override
  public Set<String> ruleIds() {
    return Set.of(RULE_ID);
  }

  /** The source is read from the tree; the dependency rules already ask for these sentences. */
  @Override
  public boolean needsTree(Sentence tagged) {
    return tagged.tokens().stream().anyMatch(this::isReportingVerb);
  }

  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    SpanIndex earlierCues = SpanIndex.ofCues(earlier);
    Set<TextSpan> earlierContents = new HashSet<>();
    earlier.forEach(c -> earlierContents.addAll(c.content()));
    List<Claim> out = new ArrayList<>();
    for (Sentence s : context.sentences()) {
      for (int v = 0; v + 1 < s.size(); v++) {
        Token verb = s.token(v);
        if (!isReportingVerb(verb) || context.insideQuotation(verb.span())
            || earlierCues.touching(verb.span().start(), verb.span().start()).length > 0) {
          continue;
        }
        Optional<TextSpan> quote = quotationAfter(context, s, v);
        if (quote.isEmpty() || earlierContents.contains(quote.get())) {
          continue;
        }
        Optional<Integer> subject = s.isParsed() ? TreeSpans.subjectBefore(s, v) : Optional.empty();
        if (subject.isPresent() && nonSources.contains(s.token(subject.get()).lemma())) {
          continue;
        }
        Optional<Speaker> speaker = subject.map(head -> speakerAt(context.text(), s, head));
        int cueFrom = convictions.test(verb) && v > 0 && s.token(v - 1).lemma().equals("be") ? v - 1 : v;
        out.add(Claim.of(context.docId(), ClaimType.DIRECT, List.of(quote.get()), RULE_ID, s.index())
            .withSpeaker(speaker).withCue(s.span(cueFrom, v)));
      }
    }
    return out;
  }

  private boolean isReportingVerb(Token t) {
    return (t.pos().startsWith("VB") && speechVerbs.contains(t.lemma())) || convictions.test(t);
  }

  /** The quotation that opens right after the verb, or after a comma or colon that follows it. */
  private static Optional<TextSpan> quotationAfter(DocumentContext context, Sentence s, int verb) {
    int next = verb + 1;
    String word = s.token(next).word();
    if ((word.equals(",") || word.equals(":")) && next + 1 < s.size()) {
      next++;
    }
    return context.quoteStartingAt(s.token(next).span().start());
  }

  private static Speaker speakerAt(String text, Sentence s, int subject) {
    TextSpan span = TreeSpans.hull(s, TreeSpans.sourceTokens(s, subject));
    return new Speaker(span, span.cut(text), "");
  }
}

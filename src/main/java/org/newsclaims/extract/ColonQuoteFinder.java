package org.newsclaims.extract;

import java.util.Arrays;
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
 * "President Trump rejected American troops defending Ukraine's border: “You have my assurance
 * ...”": a clause whose subject then speaks a quotation introduced by a colon. The colon is the
 * cue, the subject of the clause's main verb the source, the whole quotation the content.
 * Skipped when a claim already took that quotation, or when a claim at the main verb only
 * announces it ({@link AnnouncedQuotation} gives that claim the quotation instead).
 * Immutable, thread-safe.
 */
final class ColonQuoteFinder implements ClaimFinder {
  static final String RULE_ID = "quote.colon";

  private final Set<String> nonSources;

  ColonQuoteFinder(Lexicons lexicons) {
    this.nonSources = lexicons.get("non-sources");
  }

  /** A verb-headed clause, a colon, and a quotation opening right after it. */
  record ColonQuote(Sentence sentence, int root, int colon, TextSpan quote) {}

  @Override
  public Set<String> ruleIds() {
    return Set.of(RULE_ID);
  }

  @Override
  public boolean needsTree(Sentence tagged) {
    return tagged.tokens().stream().anyMatch(t -> t.word().equals(":"));
  }

  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    Set<TextSpan> quotedAlone = new HashSet<>();
    for (Claim c : earlier) {
      if (c.content().size() == 1) {
        quotedAlone.add(c.content().get(0));
      }
    }
    SpanIndex earlierCues = SpanIndex.ofCues(earlier);
    return context.sentences().stream()
        .filter(Sentence::isParsed)
        .map(s -> locate(s, context))
        .flatMap(Optional::stream)
        .map(cq -> claim(context, cq, earlier, quotedAlone, earlierCues))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * @param quotedAlone the content of every earlier claim whose content is one span
   * @param earlierCues the cues of {@code earlier}, by position
   */
  private Optional<Claim> claim(DocumentContext context, ColonQuote cq, List<Claim> earlier, Set<TextSpan> quotedAlone,
      SpanIndex earlierCues) {
    Sentence s = cq.sentence();
    int root = cq.root();
    Optional<Integer> subject = TreeSpans.subjectBefore(s, root);
    if (subject.isEmpty() || nonSources.contains(s.token(subject.get()).lemma())
        || quotedAlone.contains(cq.quote())) {
      return Optional.empty();
    }
    TextSpan rootSpan = s.token(root).span();
    int rootStart = rootSpan.start();
    if (Arrays.stream(earlierCues.touching(rootStart, rootStart)).mapToObj(earlier::get)
        .anyMatch(c -> c.cue().isPresent() && c.cue().get().contains(rootStart)
        && announcesQuote(s, c))) {
      return Optional.empty();
    }
    String text = context.text();
    TextSpan speaker = TreeSpans.hull(s, TreeSpans.sourceTokens(s, subject.get()));
    return Optional.of(Claim.of(context.docId(), ClaimType.DIRECT, List.of(cq.quote()), RULE_ID, s.index())
        .withSpeaker(new Speaker(speaker, speaker.cut(text), "")).withCue(s.token(cq.colon()).span()));
  }

  /** The first colon of a parsed sentence that follows a verb root and opens a quotation. */
  static Optional<ColonQuote> locate(Sentence s, DocumentContext context) {
    for (int colon = 1; colon < s.size() - 1; colon++) {
      if (!s.token(colon).word().equals(":")) {
        continue;
      }
      int after = s.token(colon + 1).span().start();
      Optional<TextSpan> quote = context.quoteStartingAt(after);
      int verb = -1;
      for (int i = 0; i < colon; i++) {
        if (s.head(i) < 0) {
          verb = i;
        }
      }
      if (quote.isEmpty() || verb < 0 || !s.token(verb).pos().startsWith("VB")) {
        continue;
      }
      return Optional.of(new ColonQuote(s, verb, colon, quote.get()));
    }
    return Optional.empty();
  }

  /** A claim whose content is a noun phrase or a wh-clause ("his discussions", "how ..."). */
  static boolean announcesQuote(Sentence s, Claim c) {
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
}

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
 * "Clinton mocked the complaint, saying anybody who complains ... “is not having a good
 * night.”": a reporting verb in the participle right after a comma, following a main clause.
 * The parser often hangs such a participle anywhere, so the shape is read from the tokens: the
 * cue is the participle, the content the rest of the sentence after it (without a leading
 * "that"), and the source the subject of the sentence's main verb, which must come before the
 * comma. The content must hold a finite verb or open with a quotation, so "saying nothing" is
 * no claim, unless the verb's object is its content ({@code speech-obj-verbs}: ", citing the
 * release of political prisoners"). Skipped where an earlier finder already has a cue at the participle.
 * Immutable, thread-safe.
 */
final class ParticipialCueFinder implements ClaimFinder {
  static final String RULE_ID = "participle.comma";
  private static final int MIN_CONTENT_TOKENS = 3;

  private final Set<String> speechVerbs;
  private final Set<String> objectVerbs;
  private final Set<String> nonSources;

  ParticipialCueFinder(Lexicons lexicons) {
    this.speechVerbs = lexicons.get("speech-verbs");
    this.objectVerbs = lexicons.get("speech-obj-verbs");
    this.nonSources = lexicons.get("non-sources");
  }

  @Override
  public Set<String> ruleIds() {
    return Set.of(RULE_ID);
  }

  @Override
  public boolean needsTree(Sentence tagged) {
    for (int i = 1; i < tagged.size(); i++) {
      if (isParticipleCue(tagged, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isParticipleCue(Sentence s, int i) {
    Token t = s.token(i);
    return i > 0 && t.pos().equals("VBG") && (speechVerbs.contains(t.lemma()) || objectVerbs.contains(t.lemma()))
        && s.token(i - 1).word().equals(",");
  }

  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    List<Claim> out = new ArrayList<>();
    SpanIndex earlierCues = SpanIndex.ofCues(earlier);
    for (Sentence s : context.sentences()) {
      if (!s.isParsed()) {
        continue;
      }
      for (int i = 1; i < s.size(); i++) {
        if (isParticipleCue(s, i)) {
          claimAt(context, s, i, earlier, earlierCues).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** {@code earlierCues} indexes the cues of {@code earlier} by position. */
  private Optional<Claim> claimAt(DocumentContext context, Sentence s, int verb, List<Claim> earlier,
      SpanIndex earlierCues) {
    TextSpan cue = s.token(verb).span();
    if (Arrays.stream(earlierCues.touching(cue)).mapToObj(earlier::get).anyMatch(c -> c.cue().map(x -> x.overlaps(cue)).orElse(false))) {
      return Optional.empty();
    }
    int root = rootVerb(s);
    if (root < 0 || root >= verb - 1) {
      return Optional.empty();
    }
    Optional<Integer> subject = TreeSpans.subjectBefore(s, root);
    if (subject.isEmpty() || nonSources.contains(s.token(subject.get()).lemma())) {
      return Optional.empty();
    }
    int first = verb + 1;
    if (first < s.size() && s.token(first).lemma().equals("that")) {
      first++;
    }
    BitSet content = new BitSet();
    content.set(first, s.size());
    List<TextSpan> pieces = TreeSpans.pieces(context.text(), s, content);
    // ", citing the release of prisoners": a verb whose object is its content needs no clause.
    boolean objectContent = objectVerbs.contains(s.token(verb).lemma()) && !speechVerbs.contains(s.token(verb).lemma());
    if (pieces.isEmpty() || !(objectContent ? s.size() - first >= 2 : TreeSpans.clauseFrom(s, first, MIN_CONTENT_TOKENS))) {
      return Optional.empty();
    }
    QuotedContent quoted = QuotedContent.of(context, pieces, cue);
    TextSpan speaker = TreeSpans.hull(s, TreeSpans.sourceTokens(s, subject.get()));
    return Optional.of(Claim.of(context.docId(), quoted.type(), quoted.content(), RULE_ID, s.index())
        .withSpeaker(new Speaker(speaker, speaker.cut(context.text()), "")).withCue(cue));
  }

  private static int rootVerb(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.head(i) < 0) {
        return s.token(i).pos().startsWith("VB") ? i : -1;
      }
    }
    return -1;
  }

}

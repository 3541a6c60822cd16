package org.newsclaims.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attributed (or unattributed topic) claim found in an article, with the provenance of
 * every role as spans into the article text.
 *
 * @param docId the article id
 * @param type how the content is reported
 * @param speaker the source, absent for unattributed claims and agentless attributions
 * @param cue the reporting cue, absent for unattributed claims
 * @param content one or more spans (several when the content is discontinuous), in text order
 * @param topics topics with their evidence, in taxonomy order
 * @param hedged whether the attribution is hedged ("reportedly", "allegedly", "is said to")
 * @param negated whether the cue or the content's main predicate is negated
 * @param modal whether the content's main predicate carries a modal ("would", "could")
 * @param inHeadline whether the claim lies in a title, heading or pasted related-article headline
 * @param ruleId the stable id of the rule that produced the claim
 * @param sentenceIndex zero-based index of the sentence holding the cue (or the content)
 * @param mode what the speaker does with the content (statement, demand, refusal ...)
 */
public record Claim(
    String docId,
    ClaimType type,
    Optional<Speaker> speaker,
    Optional<TextSpan> cue,
    List<TextSpan> content,
    List<TopicHit> topics,
    boolean hedged,
    boolean negated,
    boolean modal,
    boolean inHeadline,
    String ruleId,
    int sentenceIndex,
    ClaimMode mode) {

  public Claim {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    content = List.copyOf(content);
    topics = List.copyOf(topics);
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(mode, "mode");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a claim needs content: " + ruleId + " in " + docId);
    }
  }

  /** A claim whose mode is not decided yet: {@link ClaimMode#STATEMENT}. */
  public Claim(String docId, ClaimType type, Optional<Speaker> speaker, Optional<TextSpan> cue,
      List<TextSpan> content, List<TopicHit> topics, boolean hedged, boolean negated, boolean modal,
      boolean inHeadline, String ruleId, int sentenceIndex) {
    this(docId, type, speaker, cue, content, topics, hedged, negated, modal, inHeadline, ruleId,
        sentenceIndex, ClaimMode.STATEMENT);
  }

  /** The smallest span covering all content pieces. */
  public TextSpan contentHull() {
    return new TextSpan(content.get(0).start(), content.get(content.size() - 1).end());
  }

  /** A claim of this type with this content; everything else unset (no speaker, cue, flags or topics; mode statement). */
  public static Claim of(String docId, ClaimType type, List<TextSpan> content, String ruleId, int sentenceIndex) {
    return new Claim(docId, type, Optional.empty(), Optional.empty(), content, List.of(), false, false,
        false, false, ruleId, sentenceIndex, ClaimMode.STATEMENT);
  }

  public Claim withType(ClaimType newType) {
    return new Claim(docId, newType, speaker, cue, content, topics, hedged, negated, modal,
        inHeadline, ruleId, sentenceIndex, mode);
  }

  public Claim withCue(Optional<TextSpan> newCue) {
    return new Claim(docId, type, speaker, newCue, content, topics, hedged, negated, modal,
        inHeadline, ruleId, sentenceIndex, mode);
  }

  public Claim withCue(TextSpan newCue) {
    return withCue(Optional.of(newCue));
  }

  public Claim withSpeaker(Speaker newSpeaker) {
    return withSpeaker(Optional.of(newSpeaker));
  }

  public Claim withContent(List<TextSpan> newContent) {
    return new Claim(docId, type, speaker, cue, newContent, topics, hedged, negated, modal,
        inHeadline, ruleId, sentenceIndex, mode);
  }

  /** With the hedged, negated and modal flags. */
  public Claim withFlags(boolean isHedged, boolean isNegated, boolean isModal) {
    return new Claim(docId, type, speaker, cue, content, topics, isHedged, isNegated, isModal,
        inHeadline, ruleId, sentenceIndex, mode);
  }

  public Claim withInHeadline(boolean headline) {
    return new Claim(docId, type, speaker, cue, content, topics, hedged, negated, modal,
        headline, ruleId, sentenceIndex, mode);
  }

  public Claim withTopics(List<TopicHit> newTopics) {
    return new Claim(docId, type, speaker, cue, content, newTopics, hedged, negated, modal,
        inHeadline, ruleId, sentenceIndex, mode);
  }

  public Claim withSpeaker(Optional<Speaker> newSpeaker) {
    return new Claim(docId, type, newSpeaker, cue, content, topics, hedged, negated, modal,
        inHeadline, ruleId, sentenceIndex, mode);
  }

  public Claim withMode(ClaimMode newMode) {
    return new Claim(docId, type, speaker, cue, content, topics, hedged, negated, modal,
        inHeadline, ruleId, sentenceIndex, newMode);
  }
}

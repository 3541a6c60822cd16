package org.newsclaims.extract;

import java.util.ArrayList;
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
 * Speaker turns of transcripts, "President of Russia Vladimir Putin: Thank you ...": a label at
 * the start of a sentence made of capitalised words naming a person (or a generic label such as
 * "Question"), no verb, then a colon. The colon is the cue; the content runs to the next label
 * or the end of the text. Immutable, thread-safe.
 */
public final class SpeakerTurnExtractor {
  static final String RULE_ID = "turn.colon";
  private static final int MAX_LABEL_TOKENS = 14;
  private static final Set<String> LABEL_FUNCTION_WORDS = Set.of(
      "of", "the", "and", "for", "to", "on", "de", "von", "van", "al", "bin", "la", "le", "da", "-", ".", ",");

  private final Set<String> genericLabels;

  public SpeakerTurnExtractor(Lexicons lexicons) {
    this.genericLabels = lexicons.get("turn-labels");
  }

  /** A located label: tokens [0, colon) of a sentence. */
  private record Label(Sentence sentence, int colon) {
    TextSpan span() {
      return sentence.span(0, colon - 1);
    }

    TextSpan colonSpan() {
      return sentence.token(colon).span();
    }
  }

  public List<Claim> extract(String docId, AnnotatedDocument doc) {
    List<Label> labels = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      labelOf(s).ifPresent(labels::add);
    }
    List<Claim> claims = new ArrayList<>();
    String text = doc.text();
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      int from = label.colonSpan().end();
      int to = i + 1 < labels.size() ? labels.get(i + 1).span().start() : text.length();
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from >= to) {
        continue;
      }
      TextSpan speaker = label.span();
      claims.add(new Claim(docId, ClaimType.DIRECT,
          Optional.of(new Speaker(speaker, speaker.cut(text), "")),
          Optional.of(label.colonSpan()), List.of(new TextSpan(from, to)), List.of(),
          false, false, false, false, RULE_ID, label.sentence().index()));
    }
    return claims;
  }

  private Optional<Label> labelOf(Sentence s) {
    int limit = Math.min(s.size() - 1, MAX_LABEL_TOKENS);
    for (int colon = 1; colon <= limit; colon++) {
      if (s.token(colon).word().equals(":")) {
        return isLabel(s, colon) ? Optional.of(new Label(s, colon)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private boolean isLabel(Sentence s, int colon) {
    boolean person = false;
    boolean allCaps = true;
    for (int i = 0; i < colon; i++) {
      Token t = s.token(i);
      String w = t.word();
      boolean capitalised = Character.isUpperCase(w.codePointAt(0));
      if (!capitalised && !LABEL_FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      if (t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().startsWith("PRP")) {
        return false;
      }
      person |= t.ner().equals("PERSON");
      allCaps &= !capitalised || w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }
    boolean generic = colon <= 2 && genericLabels.contains(s.token(0).lemma());
    return person || generic || (allCaps && colon <= 4);
  }
}

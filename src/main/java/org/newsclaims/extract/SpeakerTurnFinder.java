package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * "Question"), no verb, then a colon. The label may follow the opening quote mark of a quoted
 * transcript paragraph ({@code "WALLACE: Let's start ...}). The colon is the cue; the content
 * runs to the next label or the end of the text, and a label in a headline line or in the
 * first line of the text (the title: "Pence: Flowers Won't Be at Debate.") ends its content at
 * the end of that line. Immutable, thread-safe.
 */
final class SpeakerTurnFinder extends TokenLevelFinder {
  static final String RULE_ID = "turn.colon";
  private static final int MAX_LABEL_TOKENS = 16;
  private static final int MAX_TITLE_WORDS = 20;
  private static final int MAX_TITLE_LABEL_WORDS = 3;
  /** Reporting verbs that taggers take for names when they open a sentence ("Said Ellis:"). */
  private static final Set<String> CAPITALISED_CUES = Set.of("Said", "Says", "Added", "Asked", "Wrote");
  /** Tokens after which a label may start: sentence ends and section separators ("* * *"). */
  private static final Set<String> SENTENCE_END = Set.of(".", "?", "!", "…", "...", "*", "***", "•");
  private static final Set<String> LABEL_FUNCTION_WORDS = Set.of(
      "of", "the", "and", "for", "to", "on", "de", "von", "van", "al", "bin", "la", "le", "da", "-", ".", ",",
      "'s", "\u2019s");

  private final Set<String> genericLabels;
  private final Set<String> noticeLabels;
  private final Set<String> speechVerbs;

  SpeakerTurnFinder(Lexicons lexicons) {
    super(RULE_ID);
    this.genericLabels = lexicons.get("turn-labels");
    this.noticeLabels = lexicons.get("notice-labels");
    this.speechVerbs = lexicons.get("speech-verbs");
  }

  /**
   * A located label: tokens [first, colon) of a sentence; {@code opening} is the first token of
   * its turn, the label or a quote mark before it.
   */
  private record Label(Sentence sentence, int opening, int first, int colon) {
    int turnStart() {
      return sentence.token(opening).span().start();
    }

    TextSpan span() {
      return sentence.span(first, colon - 1);
    }

    TextSpan colonSpan() {
      return sentence.token(colon).span();
    }
  }



  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    String docId = context.docId();
    AnnotatedDocument doc = context.doc();
    List<Label> labels = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      labels.addAll(labelsOf(s));
    }
    List<Claim> claims = new ArrayList<>();
    String text = doc.text();
    List<TextSpan> titles = titleLines(context);
    SpanIndex titleIndex = SpanIndex.of(titles);
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      int from = label.colonSpan().end();
      int to = i + 1 < labels.size() ? labels.get(i + 1).turnStart() : text.length();
      int labelStart = label.span().start();
      for (int t : titleIndex.touching(labelStart, labelStart)) {
        TextSpan headline = titles.get(t);
        if (headline.contains(labelStart)) {
          to = Math.min(to, headline.end());
        }
      }
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
      claims.add(Claim.of(docId, ClaimType.DIRECT, List.of(new TextSpan(from, to)), RULE_ID,
          label.sentence().index()).withSpeaker(new Speaker(speaker, speaker.cut(text), ""))
          .withCue(label.colonSpan()));
    }
    return claims;
  }

  /**
   * The headline lines and the first line of the text when it is short and followed by more
   * text: the title, even when it ends with a period ("Poll: Wealthy Voters Abandon Republican
   * Party.").
   */
  private static List<TextSpan> titleLines(DocumentContext context) {
    List<TextSpan> lines = new ArrayList<>(context.headlines());
    String text = context.text();
    int end = text.indexOf('\n');
    if (end > 0 && text.substring(0, end).strip().split("\\s+").length <= MAX_TITLE_WORDS) {
      lines.add(new TextSpan(0, end));
    }
    return lines;
  }

  /**
   * Labels start a sentence, or follow a sentence-final mark the splitter did not split at
   * ("... a proposal… Vladimir Putin: Of course.").
   */
  private List<Label> labelsOf(Sentence s) {
    List<Label> found = new ArrayList<>();
    for (int first = 0; first < s.size(); first++) {
      if (first > 0 && !SENTENCE_END.contains(s.token(first - 1).word())) {
        continue;
      }
      int opening = first;
      int name = first;
      while (name < s.size() && TreeSpans.isQuoteMark(s.token(name).word())) {
        name++;
      }
      int limit = Math.min(s.size() - 1, name + MAX_LABEL_TOKENS);
      for (int colon = name + 1; colon <= limit; colon++) {
        if (s.token(colon).word().equals(":")) {
          if (isLabel(s, name, colon) || isTitleKicker(s, name, colon)) {
            found.add(new Label(s, opening, name, colon));
          }
          break;
        }
      }
    }
    return found;
  }

  /**
   * "Pence: Flowers Won't Be at Debate", "Poll: Clinton and Trump in dead heat": a title (the
   * text's first sentence) opened by one to {@value #MAX_TITLE_LABEL_WORDS} capitalised nouns and a
   * colon, which title case leaves without entity classes. Notices ("UPDATE:") are none.
   */
  private boolean isTitleKicker(Sentence s, int first, int colon) {
    if (s.index() != 0 || first != 0 || colon - first > MAX_TITLE_LABEL_WORDS
        || noticeLabels.contains(s.token(first).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = first; i < colon; i++) {
      Token t = s.token(i);
      if (!Character.isUpperCase(t.word().codePointAt(0)) || !t.pos().matches("NNPS?|NNS?|JJ")) {
        return false;
      }
    }
    return true;
  }

  private boolean isLabel(Sentence s, int first, int colon) {
    // "(WARNING: ...)", "CLARIFICATION: ..." and "Said Ellis: ..." are no speaker labels.
    Token opening = s.token(first);
    String lemma = opening.lemma().toLowerCase(Locale.ROOT);
    if (opening.word().equals("(") || opening.word().equals("-LRB-") || noticeLabels.contains(lemma)
        || (speechVerbs.contains(lemma) && !genericLabels.contains(lemma)) || CAPITALISED_CUES.contains(opening.word())) {
      return false;
    }
    boolean person = false;
    boolean allCaps = true;
    int depth = 0;
    for (int i = first; i < colon; i++) {
      Token t = s.token(i);
      String w = t.word();
      // A parenthesised aside belongs to the label: "Gen. Jack Keane (ret.):".
      if (w.equals("(") || w.equals("-LRB-")) {
        depth++;
        continue;
      }
      if (w.equals(")") || w.equals("-RRB-")) {
        depth--;
        continue;
      }
      if (depth > 0) {
        continue;
      }
      boolean capitalised = Character.isUpperCase(w.codePointAt(0));
      if (!capitalised && !LABEL_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().startsWith("PRP")) {
        return false;
      }
      person |= t.ner().equals("PERSON");
      allCaps &= !capitalised || w.equals(w.toUpperCase(Locale.ROOT));
    }
    int length = colon - first;
    boolean generic = length <= 2 && genericLabels.contains(s.token(first).lemma());
    return person || generic || (allCaps && length <= 4);
  }
}

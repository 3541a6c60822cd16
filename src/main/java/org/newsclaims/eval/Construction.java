package org.newsclaims.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The construction a gold attribution is written in, guessed from its strings alone: the
 * evaluation has no parser, so {@link #classify} applies fixed, deterministic tests to the gold
 * cue, source and content text and to the article text just before the cue. The first test that
 * holds wins, in this order:
 *
 * <ol>
 *   <li>{@link #TURN}: the cue is only a colon or a dash ({@code : — – ― - --});
 *   <li>{@link #ACCORDING_TO}: the cue contains "according to" (any case);
 *   <li>{@link #PARTICIPIAL}: the cue's last word ends in "ing", the cue has no auxiliary from
 *       {@link #AUXILIARIES} ("has been pounding" is a finite verb after an apposition) and the
 *       text right before the cue, spaces skipped, is a comma (", saying", ", further adding");
 *   <li>{@link #DOCUMENT}: the source's last word, lower-cased and with a plural "s", "es" or
 *       "ies" undone, is in {@link #DOCUMENT_NOUNS} (poll, report, data, ...);
 *   <li>{@link #NOMINAL}: the cue's last word is in {@link #REPORTING_NOUNS} (statement, claim,
 *       warning, ..., singular or plural), or the cue ends in "of" or "that" right after such a
 *       noun; and one of the two words before that noun, in the cue or else in the text before
 *       it, is a determiner or possessive from {@link #DETERMINERS} or ends in "'s" ("his
 *       remarks", "Clinton's plan", "her repeated claims that"), which tells the noun from the
 *       verb of the same form ("He plans to", "Trump calls");
 *   <li>{@link #MULTI_SENTENCE}: the content holds a line break, or a ".", "?" or "!" (a closing
 *       quote may follow) then spaces then an upper-case letter or a quote mark, unless the
 *       period ends a single letter ("U.S.") or a title in {@link #ABBREVIATIONS} ("Mr.");
 *   <li>{@link #VERB}: everything else, mostly a reporting verb with a clause or a quotation, but
 *       also the cues no test recognises (bare prepositions such as "about" or "on", adjectives).
 * </ol>
 *
 * <p>These are labels for reading recall, not a parse: expect a few misfiled attributions in
 * every class.
 *
 * <p>Words are runs of letters and digits (apostrophes inside a word kept); discontinuous spans
 * are read with their pieces joined by a space. Stateless and thread-safe.
 */
public enum Construction {
  TURN("colon/dash turn"),
  ACCORDING_TO("according to"),
  PARTICIPIAL("participial"),
  DOCUMENT("document source"),
  NOMINAL("nominal"),
  MULTI_SENTENCE("multi-sentence quote"),
  VERB("verb with clause");

  /** Sources that are documents, data or media rather than people, in the singular. */
  static final Set<String> DOCUMENT_NOUNS = Set.of(
      "poll", "survey", "study", "report", "record", "data", "analysis", "document", "transcript",
      "filing", "memo", "letter", "statement", "email", "video", "tweet", "review",
      "research", "audit", "investigation", "book", "article", "editorial", "estimate", "figure",
      "number", "statistic", "stat", "projection", "model", "chart", "slide", "graph", "map",
      "release", "ad", "advertisement", "commercial", "website", "site", "page", "blog", "paper",
      "briefing", "assessment", "forecast", "census", "count", "tally", "ballot", "index", "footage",
      "recording", "tape", "clip", "photo", "image", "message", "cable", "complaint", "lawsuit",
      "indictment", "affidavit", "ruling", "bill", "platform", "manifesto",
      "proposal", "guideline", "resolution", "testimony");

  /** Nouns that report speech or thought when they head a cue ("his claim that ..."). */
  static final Set<String> REPORTING_NOUNS = Set.of(
      "statement", "claim", "remark", "comment", "view", "belief", "argument", "promise",
      "warning", "plan", "call", "demand", "proposal", "criticism", "assertion", "suggestion",
      "allegation", "accusation", "announcement", "pledge", "vow", "threat", "insistence",
      "admission", "acknowledgment", "acknowledgement", "denial", "explanation", "prediction",
      "assessment", "assurance", "charge", "complaint", "concern", "contention", "conviction",
      "decision", "declaration", "estimate", "fear", "hope", "idea", "impression", "insinuation",
      "notion", "opinion", "position", "question", "recommendation", "reminder", "request",
      "response", "reply", "answer", "speech", "suspicion", "testimony", "theory", "thought",
      "understanding", "word", "message", "stance", "rhetoric");

  /** Words before a reporting noun that make it a noun phrase ("'s" endings count too). */
  static final Set<String> DETERMINERS = Set.of(
      "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
      "such", "another", "any", "some", "no", "whose");

  /** Auxiliaries that make an "-ing" cue a finite verb rather than a participle. */
  static final Set<String> AUXILIARIES = Set.of(
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had");

  /** Abbreviations whose period does not end a sentence. */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "jr", "sr", "lt", "col", "prof",
      "rev", "sgt", "capt", "maj", "vs", "no", "inc", "co", "corp", "ltd", "jan", "feb", "aug",
      "sept", "oct", "nov", "dec", "ft", "mt");

  /** Characters before the cue searched for a determiner: enough for two words. */
  private static final int LOOK_BACK = 60;
  private static final Set<String> TURN_CUES = Set.of(":", "—", "–", "―", "-", "--");
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("([\\p{L}\\p{N}]*)[.?!][\"”’']?\\s+[\\p{Lu}\"“‘']|\\R");

  private final String label;

  Construction(String label) {
    this.label = label;
  }

  /** The name used in reports and scores.json ("colon/dash turn"). */
  public String label() {
    return label;
  }

  /**
   * The construction of {@code gold}, whose spans are UTF-16 offsets into {@code text}.
   *
   * @throws IllegalArgumentException if a span does not fit the text
   */
  public static Construction classify(GoldAttribution gold, String text) {
    String cue = gold.cue().joinedText(text).strip();
    List<String> cueWords = CueHead.words(cue);
    String cueLast = cueWords.isEmpty() ? "" : cueWords.get(cueWords.size() - 1);
    if (TURN_CUES.contains(cue)) {
      return TURN;
    }
    if (String.join(" ", cueWords).contains("according to")) {
      return ACCORDING_TO;
    }
    if (cueLast.endsWith("ing") && cueWords.stream().noneMatch(AUXILIARIES::contains)
        && commaBefore(text, gold.cue().hull().start())) {
      return PARTICIPIAL;
    }
    if (gold.source().isPresent() && isDocument(lastWord(gold.source().get().joinedText(text)))) {
      return DOCUMENT;
    }
    if (isNominal(cueWords, text, gold.cue().hull().start())) {
      return NOMINAL;
    }
    if (isMultiSentence(gold.content().joinedText(text))) {
      return MULTI_SENTENCE;
    }
    return VERB;
  }

  private static boolean commaBefore(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ',';
  }

  private static String lastWord(String s) {
    List<String> words = CueHead.words(s);
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  static boolean isDocument(String word) {
    return inSingular(word, DOCUMENT_NOUNS);
  }

  /** Whether {@code word} or its singular (undoing "s", "es", "ies", "ses" to "sis") is listed. */
  private static boolean inSingular(String word, Set<String> nouns) {
    if (word.isEmpty()) {
      return false;
    }
    return nouns.contains(word)
        || word.endsWith("s") && nouns.contains(word.substring(0, word.length() - 1))
        || word.endsWith("es") && nouns.contains(word.substring(0, word.length() - 2))
        || word.endsWith("ies") && nouns.contains(word.substring(0, word.length() - 3) + "y")
        || word.endsWith("ses") && nouns.contains(word.substring(0, word.length() - 3) + "sis");
  }

  private static boolean isNominal(List<String> cueWords, String text, int cueStart) {
    int n = cueWords.size();
    if (n == 0) {
      return false;
    }
    String last = cueWords.get(n - 1);
    int noun = (last.equals("of") || last.equals("that")) && n >= 2 ? n - 2 : n - 1;
    if (!inSingular(cueWords.get(noun), REPORTING_NOUNS)) {
      return false;
    }
    List<String> wordsBefore = CueHead.words(text.substring(Math.max(0, cueStart - LOOK_BACK), cueStart));
    for (int back = 1; back <= 2; back++) {
      int i = noun - back;
      String w = i >= 0 ? cueWords.get(i)
          : wordsBefore.size() + i >= 0 ? wordsBefore.get(wordsBefore.size() + i) : "";
      if (DETERMINERS.contains(w) || w.endsWith("'s") || w.endsWith("’s")) {
        return true;
      }
    }
    return false;
  }

  static boolean isMultiSentence(String content) {
    Matcher m = SENTENCE_BREAK.matcher(content);
    while (m.find()) {
      String before = m.group(1);
      if (before == null) {
        return true; // a line break
      }
      boolean abbreviation = before.length() == 1 && Character.isLetter(before.charAt(0))
          || ABBREVIATIONS.contains(before.toLowerCase(Locale.ROOT));
      if (!abbreviation) {
        return true;
      }
    }
    return false;
  }
}

package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * Interview digests as governments publish them: a header line naming a speaker and a programme,
 * "Secretary Rubio on CBS Face the Nation:", then lines of what that person said, usually bullets
 * ("•", "-", "*") and often quoted, until the next header or the first line that is neither a
 * bullet nor a quotation.
 *
 * <p>A header is a line of at most 16 tokens, "NAME on PROGRAMME" with an optional final colon:
 * NAME is capitalised words (and "of", "the", "and") holding a PERSON token, or a title
 * (NER {@code TITLE}) followed by a proper noun, and no verb or pronoun, so a sentence ("Rubio
 * spoke on Sunday") is no header; PROGRAMME is title-case words ("Face the Nation"). Each body line becomes one
 * claim: the speaker is NAME, the cue the header's colon when it has one, else its "on" (shared by
 * the claims of one header), the content the quotations of the line ({@code direct}) or, without
 * any, the line without its bullet ({@code indirect}). A line with a speech verb outside its
 * quotations ("- Trump said ...") has its own cue and ends the section. Runs before the turn
 * finder, which would otherwise take a header's colon for a turn label. Needs no tree.
 * Immutable, thread-safe.
 */
final class DigestHeaderFinder extends TokenLevelFinder {
  static final String RULE_ID = "digest.header";
  private static final int MAX_HEADER_TOKENS = 16;
  private static final int MAX_NAME_TOKENS = 8;
  private static final int MAX_HEADER_CHARS = 160;
  private static final String BULLETS = "\u2022\u25AA\u25CF\u00B7-*\u2013\u2014";
  private static final String QUOTE_MARKS = "\u201C\"\u2018'\u00AB";
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "&", ".", "-", ",");

  private final Set<String> speechVerbs;

  DigestHeaderFinder(Lexicons lexicons) {
    super(RULE_ID);
    this.speechVerbs = lexicons.get("speech-verbs");
  }

  /** A header line: the speaker's name and the cue. */
  private record Header(TextSpan line, TextSpan name, TextSpan cue) {}



  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    List<TextSpan> lines = TextLines.of(context.text());
    List<Claim> claims = new ArrayList<>();
    Header current = null;
    for (TextSpan line : lines) {
      Optional<Header> header = header(context, line);
      if (header.isPresent()) {
        current = header.get();
        continue;
      }
      if (current == null) {
        continue;
      }
      Optional<Claim> claim = bodyLine(context, current, line);
      if (claim.isEmpty()) {
        current = null;
        continue;
      }
      claims.add(claim.get());
    }
    return claims;
  }

  private Optional<Claim> bodyLine(DocumentContext context, Header header, TextSpan line) {
    String text = context.text();
    int from = line.start();
    boolean bullet = BULLETS.indexOf(text.charAt(from)) >= 0;
    if (bullet) {
      from++;
    }
    TextSpan body = TextLines.trim(text, from, line.end());
    if (body.isEmpty() || !(bullet || QUOTE_MARKS.indexOf(text.charAt(body.start())) >= 0)) {
      return Optional.empty();
    }
    List<TextSpan> inBody = context.quotesNear(body).stream().filter(body::contains).toList();
    // The outermost quotations: a quotation inside another is part of it.
    List<TextSpan> quoted = inBody.stream()
        .filter(q -> inBody.stream().noneMatch(o -> !o.equals(q) && o.contains(q))).toList();
    boolean ownCue = TextLines.tokensIn(context, body).stream()
        .anyMatch(t -> t.pos().startsWith("VB") && speechVerbs.contains(t.lemma())
            && quoted.stream().noneMatch(q -> q.contains(t.span())));
    if (ownCue) {
      return Optional.empty();
    }
    List<TextSpan> content = quoted.isEmpty() ? List.of(body) : quoted;
    ClaimType type = quoted.isEmpty() ? ClaimType.INDIRECT : ClaimType.DIRECT;
    int sentence = Math.max(0, context.sentenceAt(body.start()));
    return Optional.of(Claim.of(context.docId(), type, content, RULE_ID, sentence)
        .withSpeaker(new Speaker(header.name(), header.name().cut(text), "")).withCue(header.cue()));
  }

  private static Optional<Header> header(DocumentContext context, TextSpan line) {
    if (line.length() > MAX_HEADER_CHARS || !line.cut(context.text()).contains(" on ")) {
      return Optional.empty();
    }
    List<Token> tokens = TextLines.tokensIn(context, line);
    if (tokens.size() < 3 || tokens.size() > MAX_HEADER_TOKENS) {
      return Optional.empty();
    }
    int end = tokens.size();
    Token colon = null;
    if (tokens.get(end - 1).word().equals(":")) {
      colon = tokens.get(end - 1);
      end--;
    }
    int on = -1;
    for (int i = 1; i < end - 1; i++) {
      if (tokens.get(i).word().equals("on")) {
        on = i;
        break;
      }
    }
    if (on < 0 || on > MAX_NAME_TOKENS) {
      return Optional.empty();
    }
    for (int i = 0; i < end; i++) {
      Token t = tokens.get(i);
      if (i == on) {
        continue;
      }
      boolean capitalised = Character.isUpperCase(t.word().codePointAt(0)) || Character.isDigit(t.word().codePointAt(0));
      // Programme titles may hold capitalised verbs ("Face the Nation", "Meet the Press").
      boolean verb = i < on && (t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().startsWith("PRP"));
      if (verb || !(capitalised || (i > 0 && FUNCTION_WORDS.contains(t.word().toLowerCase(Locale.ROOT))))) {
        return Optional.empty();
      }
    }
    List<Token> name = tokens.subList(0, on);
    if (!Character.isUpperCase(tokens.get(on + 1).word().codePointAt(0)) || !namesAPerson(name)) {
      return Optional.empty();
    }
    TextSpan nameSpan = new TextSpan(name.get(0).span().start(), name.get(name.size() - 1).span().end());
    TextSpan cue = colon != null ? colon.span() : tokens.get(on).span();
    return Optional.of(new Header(line, nameSpan, cue));
  }

  /** A PERSON token, or a title followed by a proper noun ("Secretary Rubio"). */
  private static boolean namesAPerson(List<Token> name) {
    if (name.stream().anyMatch(t -> t.ner().equals("PERSON"))) {
      return true;
    }
    Token last = name.get(name.size() - 1);
    return name.size() >= 2 && name.get(0).ner().equals("TITLE") && last.pos().startsWith("NNP")
        && (last.ner().equals("O") || last.ner().equals("PERSON"));
  }
}

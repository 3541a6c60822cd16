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
 * Quotations signed with a dash, one a line (paragraph), as vox pops and reader comments print
 * them: "“Mr. Trump embodies ...” ― Sonya Herridge" (quotation, dash, name) and
 * "Sonya Herridge, 34, teacher — “Mr. Trump embodies ...”" (name, dash, quotation). The dash
 * (―, — or –) is the cue, the name the speaker, the quoted part of the line, marks included, the
 * content. The name is one to six capitalised words with at least one PERSON token (or two to
 * four proper nouns that NER takes for no organisation, place or title), optionally followed by
 * ", age, occupation"; the quoted part must open with a quote mark (and close with one when it
 * comes first). Needs no tree.
 * Immutable, thread-safe.
 */
final class DashTurnFinder extends TokenLevelFinder {
  static final String RULE_ID = "turn.dash";

  DashTurnFinder() {
    super(RULE_ID);
  }
  private static final String DASHES = "\u2015\u2014\u2013";
  private static final String QUOTE_MARKS = "\u201C\u201D\"\u2018\u2019'\u00AB\u00BB";
  private static final int MAX_NAME_TOKENS = 6;
  private static final int MAX_SIGNATURE_TOKENS = 14;
  private static final Set<String> NOT_NAMES = Set.of(
      "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "TITLE", "NATIONALITY",
      "DATE", "MISC");
  private static final Set<String> NAME_PARTICLES = Set.of(
      "de", "del", "la", "van", "von", "da", "di", "al", "bin", "le", ".", "-", "jr.", "sr.");

  /** One signed line: the dash, the signature (name and its tail) and the quoted part. */
  private record Signed(TextSpan dash, TextSpan signature, TextSpan quoted) {}



  @Override
  public List<Claim> find(DocumentContext context, List<Claim> earlier) {
    List<Claim> claims = new ArrayList<>();
    for (TextSpan line : TextLines.of(context.text())) {
      signed(context, line).map(sg -> claim(context, sg)).ifPresent(claims::add);
    }
    return claims;
  }

  private Optional<Signed> signed(DocumentContext context, TextSpan line) {
    String text = context.text();
    // Quotation first, signature last: the last dash of the line.
    for (int i = line.end() - 1; i > line.start(); i--) {
      if (DASHES.indexOf(text.charAt(i)) >= 0) {
        TextSpan quoted = TextLines.trim(text, line.start(), i);
        TextSpan signature = trimSignature(text, TextLines.trim(text, i + 1, line.end()));
        if (!quoted.isEmpty() && opensWithQuote(text, quoted) && closesWithQuote(text, quoted)
            && isSignature(context, signature)) {
          return Optional.of(new Signed(new TextSpan(i, i + 1), signature, quoted));
        }
        break;
      }
    }
    // Signature first: the first dash of the line, followed by a quotation.
    for (int i = line.start() + 1; i < line.end(); i++) {
      if (DASHES.indexOf(text.charAt(i)) >= 0) {
        TextSpan signature = TextLines.trim(text, line.start(), i);
        TextSpan quoted = TextLines.trim(text, i + 1, line.end());
        if (!quoted.isEmpty() && opensWithQuote(text, quoted) && isSignature(context, signature)) {
          return Optional.of(new Signed(new TextSpan(i, i + 1), signature, quoted));
        }
        break;
      }
    }
    return Optional.empty();
  }

  private Claim claim(DocumentContext context, Signed sg) {
    String text = context.text();
    List<Token> tokens = TextLines.tokensIn(context, sg.signature());
    int nameEnd = nameLength(tokens);
    TextSpan name = new TextSpan(tokens.get(0).span().start(), tokens.get(nameEnd - 1).span().end());
    int sentence = context.sentenceAt(sg.dash().start());
    if (sentence < 0) {
      sentence = context.sentenceAt(sg.quoted().start());
    }
    return Claim.of(context.docId(), ClaimType.DIRECT, List.of(sg.quoted()), RULE_ID, Math.max(sentence, 0))
        .withSpeaker(new Speaker(name, name.cut(text), "")).withCue(sg.dash());
  }

  /** One to six name tokens with a PERSON among them, then nothing or ", ..." of a few tokens. */
  private static boolean isSignature(DocumentContext context, TextSpan signature) {
    if (signature.isEmpty()) {
      return false;
    }
    List<Token> tokens = TextLines.tokensIn(context, signature);
    if (tokens.isEmpty() || tokens.size() > MAX_SIGNATURE_TOKENS) {
      return false;
    }
    int n = nameLength(tokens);
    if (n == 0 || n > MAX_NAME_TOKENS) {
      return false;
    }
    List<Token> name = tokens.subList(0, n);
    boolean person = name.stream().anyMatch(t -> t.ner().equals("PERSON"));
    // NER misses many names ("Esther Tapia"); two to four proper nouns that are no
    // organisation, place or title do as well.
    boolean properName = n >= 2 && n <= 4 && name.stream().allMatch(
        t -> t.pos().startsWith("NNP") && !NOT_NAMES.contains(t.ner()));
    person |= properName;
    boolean tailOk = n == tokens.size() || tokens.get(n).word().equals(",");
    return person && tailOk;
  }

  /** How many leading tokens are capitalised name words or particles. */
  private static int nameLength(List<Token> tokens) {
    int n = 0;
    while (n < tokens.size()) {
      Token t = tokens.get(n);
      String w = t.word();
      boolean capitalised = Character.isUpperCase(w.codePointAt(0)) && !t.pos().startsWith("VB");
      if (!capitalised && !(n > 0 && NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)))) {
        break;
      }
      n++;
    }
    return n;
  }

  /** A signature without its final period ("― Carla Sanchez."). */
  private static TextSpan trimSignature(String text, TextSpan signature) {
    int end = signature.end();
    while (end > signature.start() && text.charAt(end - 1) == '.') {
      end--;
    }
    return TextLines.trim(text, signature.start(), end);
  }

  private static boolean opensWithQuote(String text, TextSpan span) {
    return QUOTE_MARKS.indexOf(text.charAt(span.start())) >= 0;
  }

  private static boolean closesWithQuote(String text, TextSpan span) {
    return QUOTE_MARKS.indexOf(text.charAt(span.end() - 1)) >= 0;
  }
}

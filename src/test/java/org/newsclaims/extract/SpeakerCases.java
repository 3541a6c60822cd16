package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.testing.SharedModels;

/** Claims on hand-built parses and the product's speaker resolver over them, for the speaker tests. */
final class SpeakerCases {
  private static final ExtractionModels MODELS = SharedModels.models();
  static final SpeakerResolver RESOLVER = new SpeakerResolver(MODELS.speakerAliases(), MODELS.lexicons());
  /** "President of Russia Vladimir Putin said talks failed.", parsed: a title and a name as one subject. */
  static final String PUTIN = """
      President NNP O 5 compound
      of IN O 3 case
      Russia NNP LOCATION 1 nmod
      Vladimir NNP PERSON 5 compound
      Putin NNP PERSON 6 nsubj
      said VBD O 0 root say
      talks NNS O 8 nsubj talk
      failed VBD O 6 ccomp fail
      . . O 6 punct
      """;

  private SpeakerCases() {}

  /** A claim of sentence {@code k} whose speaker, cue and content are the first such phrases in it. */
  static Claim claim(AnnotatedDocument doc, int k, String speaker, String cue, String content) {
    Sentence s = doc.sentences().get(k);
    return claim(doc, k, speaker, cue, find(doc, s, content));
  }

  /** A claim of sentence {@code k} with its content given as a span (a turn over several sentences). */
  static Claim claim(AnnotatedDocument doc, int k, String speaker, String cue, TextSpan content) {
    Sentence s = doc.sentences().get(k);
    TextSpan speakerSpan = find(doc, s, speaker);
    return new Claim("test", ClaimType.INDIRECT, Optional.of(new Speaker(speakerSpan, speakerSpan.cut(doc.text()), "")),
        Optional.of(find(doc, s, cue)), List.of(content), List.of(), false, false, false, false,
        "say.ccomp", k);
  }

  static TextSpan find(AnnotatedDocument doc, Sentence s, String phrase) {
    int at = doc.text().indexOf(phrase, s.span().start());
    if (at < 0 || at + phrase.length() > s.span().end()) {
      throw new IllegalArgumentException("'" + phrase + "' is not in sentence " + s.index());
    }
    return new TextSpan(at, at + phrase.length());
  }

  /** From the start of one sentence to the end of another. */
  static TextSpan sentences(AnnotatedDocument doc, int from, int to) {
    return new TextSpan(doc.sentences().get(from).span().start(), doc.sentences().get(to).span().end());
  }

  static List<Speaker> resolve(AnnotatedDocument doc, Claim... claims) {
    return RESOLVER.resolve(doc, List.of(claims), List.of()).stream().map(c -> c.speaker().orElseThrow()).toList();
  }

  /** The same document with sentence {@code k} unparsed (tokens and tags only), as the product leaves a sentence with no cue. */
  static AnnotatedDocument unparsed(AnnotatedDocument doc, int k) {
    List<Sentence> sentences = new ArrayList<>(doc.sentences());
    sentences.set(k, Sentence.unparsed(k, doc.sentences().get(k).tokens()));
    return new AnnotatedDocument(doc.text(), sentences);
  }

  /** The same document with each sentence on a line of its own (the spaces between sentences become line ends). */
  static AnnotatedDocument lines(AnnotatedDocument doc) {
    char[] text = doc.text().toCharArray();
    for (Sentence s : doc.sentences().subList(1, doc.sentences().size())) {
      text[s.span().start() - 1] = '\n';
    }
    return new AnnotatedDocument(new String(text), doc.sentences());
  }
}

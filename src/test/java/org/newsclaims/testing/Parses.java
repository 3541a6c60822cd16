package org.newsclaims.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * Hand-built parses for fast rule tests, no models. Each sentence is a block of lines, one token
 * per line: {@code WORD POS NER HEAD REL [LEMMA]}, HEAD 1-based (0 = root), LEMMA defaulting to
 * the lower-cased word. The text is the words joined by single spaces, sentences by a space.
 */
public final class Parses {
  /** An engine for analyzers that only ever see hand-built parses: annotating text is an error. */
  public static final NlpEngine NO_ENGINE = new NlpEngine() {
    @Override
    public AnnotatedDocument annotate(String text) {
      throw new UnsupportedOperationException("tests of extraction use hand-built parses");
    }

    @Override
    public String describe() {
      return "none";
    }
  };

  private Parses() {}

  /** The product's analyzer (the models in {@code models/}) for hand-built parses. */
  public static ArticleAnalyzer analyzer() {
    return new ArticleAnalyzer(NO_ENGINE, t -> null, SharedModels.models());
  }

  public static AnnotatedDocument doc(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String block : sentences) {
      List<Token> tokens = new ArrayList<>();
      List<Integer> heads = new ArrayList<>();
      List<String> rels = new ArrayList<>();
      for (String line : block.strip().split("\n")) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 5) {
          throw new IllegalArgumentException("token line needs WORD POS NER HEAD REL: '" + line + "'");
        }
        if (text.length() > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(f[0]);
        String lemma = f.length > 5 ? f[5] : f[0].toLowerCase(Locale.ROOT);
        tokens.add(new Token(tokens.size(), f[0], lemma, f[1], f[2], new TextSpan(start, text.length())));
        heads.add(Integer.parseInt(f[3]) - 1);
        rels.add(f[4]);
      }
      out.add(new Sentence(out.size(), tokens, heads.stream().mapToInt(Integer::intValue).toArray(),
          rels.toArray(String[]::new)));
    }
    return new AnnotatedDocument(text.toString(), out);
  }
}

package org.newsclaims.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsclaims.nlp.Token;

/**
 * A test on one token, compiled from rule syntax:
 * <ul>
 *   <li>{@code lemma@LIST} lemma is in a lexicon</li>
 *   <li>{@code lemma=a/b/c} lemma is one of the values</li>
 *   <li>{@code word~REGEX} the word (case-insensitive) matches fully</li>
 *   <li>{@code pos~REGEX} the part-of-speech tag matches fully</li>
 *   <li>{@code ner=CLASS} the entity class equals</li>
 *   <li>{@code !P} negation of any of the above</li>
 * </ul>
 */
@FunctionalInterface
interface TokenPredicate {
  boolean test(Token token);

  static TokenPredicate compile(String spec, Lexicons lexicons) {
    String s = spec.strip();
    if (s.startsWith("!")) {
      TokenPredicate inner = compile(s.substring(1), lexicons);
      return t -> !inner.test(t);
    }
    if (s.startsWith("lemma@")) {
      Set<String> set = lexicons.get(s.substring(6));
      return t -> set.contains(t.lemma());
    }
    if (s.startsWith("lemma=")) {
      List<String> values = Arrays.asList(s.substring(6).toLowerCase(Locale.ROOT).split("/"));
      Set<String> set = Set.copyOf(values);
      return t -> set.contains(t.lemma());
    }
    if (s.startsWith("word~")) {
      Pattern p = Pattern.compile(s.substring(5), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return t -> p.matcher(t.word()).matches();
    }
    if (s.startsWith("pos~")) {
      Pattern p = Pattern.compile(s.substring(4));
      return t -> p.matcher(t.pos()).matches();
    }
    if (s.startsWith("ner=")) {
      String cls = s.substring(4);
      return t -> t.ner().equals(cls);
    }
    throw new IllegalArgumentException("unknown token test '" + spec
        + "' (expected lemma@LIST, lemma=a/b, word~RE, pos~RE, ner=CLASS, or !TEST)");
  }

  static TokenPredicate all(List<TokenPredicate> parts) {
    TokenPredicate[] copy = parts.toArray(new TokenPredicate[0]);
    return t -> {
      for (TokenPredicate p : copy) {
        if (!p.test(t)) {
          return false;
        }
      }
      return true;
    };
  }
}

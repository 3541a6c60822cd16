package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.nlp.Sentence;

/**
 * A walk over a dependency tree from one token, compiled from rule syntax.
 *
 * <pre>
 * path  := alt (',' alt)*        alternatives: the first that reaches any token wins
 * alt   := seq ('+' seq)*        union of the tokens several walks reach
 * seq   := step ('>' step)*      steps taken one after the other
 * step  := '^'? rels ('{' test (';' test)* '}')?
 * rels  := rel ('|' rel)*        a relation name; 'obl:*' matches obl and its subtypes;
 *                                '.' stays on the token (to test it)
 * </pre>
 * A step without {@code ^} goes down to dependents with that relation; with {@code ^} it goes
 * up to the governor when the current token has that relation. Immutable, thread-safe.
 */
final class DependencyPath {
  private final String source;
  private final List<List<List<Step>>> alternatives;

  private record Step(boolean up, List<String> relations, TokenPredicate test) {
    boolean relationMatches(String rel) {
      for (String r : relations) {
        if (r.equals("*") || r.equals(rel)
            || (r.endsWith(":*") && (rel.equals(r.substring(0, r.length() - 2))
                || rel.startsWith(r.substring(0, r.length() - 1))))) {
          return true;
        }
      }
      return false;
    }
  }

  private DependencyPath(String source, List<List<List<Step>>> alternatives) {
    this.source = source;
    this.alternatives = alternatives;
  }

  static DependencyPath compile(String spec, Lexicons lexicons) {
    List<List<List<Step>>> alts = new ArrayList<>();
    for (String alt : splitTop(spec, ',')) {
      List<List<Step>> union = new ArrayList<>();
      for (String seq : splitTop(alt, '+')) {
        List<Step> steps = new ArrayList<>();
        for (String step : splitTop(seq, '>')) {
          steps.add(compileStep(step.strip(), lexicons, spec));
        }
        union.add(List.copyOf(steps));
      }
      alts.add(List.copyOf(union));
    }
    return new DependencyPath(spec, List.copyOf(alts));
  }

  private static Step compileStep(String step, Lexicons lexicons, String spec) {
    if (step.isEmpty()) {
      throw new IllegalArgumentException("empty step in path '" + spec + "'");
    }
    boolean up = step.startsWith("^");
    String body = up ? step.substring(1) : step;
    TokenPredicate test = t -> true;
    int brace = body.indexOf('{');
    if (brace >= 0) {
      if (!body.endsWith("}")) {
        throw new IllegalArgumentException("unclosed '{' in path '" + spec + "'");
      }
      List<TokenPredicate> tests = new ArrayList<>();
      for (String t : body.substring(brace + 1, body.length() - 1).split(";")) {
        tests.add(TokenPredicate.compile(t, lexicons));
      }
      test = TokenPredicate.all(tests);
      body = body.substring(0, brace);
    }
    List<String> rels = List.of(body.strip().split("\\|"));
    for (String r : rels) {
      if (!r.matches("[a-z]+(:[a-z*]+)?|\\*|\\.")) {
        throw new IllegalArgumentException("bad relation '" + r + "' in path '" + spec + "'");
      }
    }
    return new Step(up, rels, test);
  }

  /** Splits on a separator outside braces. */
  private static List<String> splitTop(String s, char sep) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == sep && depth == 0) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts;
  }

  /** The tokens the path reaches from {@code start}, in text order; empty if none. */
  List<Integer> walk(Sentence sentence, int start) {
    for (List<List<Step>> union : alternatives) {
      Set<Integer> reached = new LinkedHashSet<>();
      boolean all = true;
      for (List<Step> seq : union) {
        List<Integer> r = walkSeq(sentence, start, seq);
        if (r.isEmpty()) {
          all = false;
          break;
        }
        reached.addAll(r);
      }
      if (all && !reached.isEmpty()) {
        return reached.stream().sorted().toList();
      }
    }
    return List.of();
  }

  private static List<Integer> walkSeq(Sentence sentence, int start, List<Step> steps) {
    List<Integer> frontier = List.of(start);
    for (Step step : steps) {
      List<Integer> next = new ArrayList<>();
      for (int t : frontier) {
        if (step.relations().equals(List.of("."))) {
          if (step.test().test(sentence.token(t))) {
            next.add(t);
          }
        } else if (step.up()) {
          int h = sentence.head(t);
          if (h >= 0 && step.relationMatches(sentence.relation(t))
              && step.test().test(sentence.token(h))) {
            next.add(h);
          }
        } else {
          for (int c : sentence.children(t)) {
            if (step.relationMatches(sentence.relation(c)) && step.test().test(sentence.token(c))) {
              next.add(c);
            }
          }
        }
      }
      frontier = next;
      if (frontier.isEmpty()) {
        return List.of();
      }
    }
    return frontier;
  }

  @Override
  public String toString() {
    return source;
  }
}

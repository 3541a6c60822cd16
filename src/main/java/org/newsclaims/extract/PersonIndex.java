package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * The people an article names: every maximal run of PERSON tokens, for each family name the
 * fullest form of the name in the article ("Rubio" → "Marco Rubio"), and the titles the article
 * gives them before the name or in an apposition ("Mykhailo Podolyak, Adviser to ..."). Built
 * once per article. Immutable.
 */
final class PersonIndex {

  /** One person mention: tokens [first, last] of a sentence. */
  record Mention(Sentence sentence, int first, int last, String name) {
    TextSpan span() {
      return sentence.span(first, last);
    }
  }

  private final List<Mention> mentions;
  private final Map<String, String> fullestByLastWord;
  /** Title or apposition head lemma ("adviser", "president") → the people who hold it. */
  private final Map<String, Set<String>> byRole;

  private PersonIndex(List<Mention> mentions, Map<String, String> fullestByLastWord,
      Map<String, Set<String>> byRole) {
    this.mentions = List.copyOf(mentions);
    this.fullestByLastWord = Map.copyOf(fullestByLastWord);
    this.byRole = Map.copyOf(byRole);
  }

  static PersonIndex of(AnnotatedDocument doc) {
    List<Mention> mentions = new ArrayList<>();
    Map<String, String> fullest = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      int i = 0;
      while (i < s.size()) {
        if (!s.token(i).ner().equals("PERSON")) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON")) {
          j++;
        }
        String name = s.span(i, j).cut(doc.text()).replaceAll("\\s+", " ");
        mentions.add(new Mention(s, i, j, name));
        String key = lastWordKey(name);
        String known = fullest.get(key);
        if (known == null || words(name) > words(known)) {
          fullest.put(key, name);
        }
        i = j + 1;
      }
    }
    Map<String, Set<String>> byRole = new HashMap<>();
    for (Mention m : mentions) {
      String canonical = fullest.get(lastWordKey(m.name()));
      Sentence s = m.sentence();
      boolean commaAfter = m.last() + 1 < s.size() && s.token(m.last() + 1).word().equals(",");
      for (int c : s.children(m.last())) {
        String rel = s.relation(c);
        boolean title = rel.equals("compound") && c < m.first();
        // "Mykhailo Podolyak, Adviser to ...": an apposition, which the parser may call conj.
        boolean apposition = c > m.last() && (rel.equals("appos")
            || (commaAfter && (rel.equals("conj") || rel.equals("dep") || rel.equals("parataxis"))));
        if ((title || apposition) && isTitleWord(s, c)) {
          byRole.computeIfAbsent(s.token(c).lemma(), k -> new TreeSet<>()).add(canonical);
        }
      }
      // "President of Ukraine Volodymyr Zelenskyy" parsed with the title as the head.
      int governor = s.head(m.last());
      if (governor >= 0 && governor < m.first() && isTitleWord(s, governor)
          && Set.of("nmod", "appos", "dep", "flat", "compound").contains(s.relation(m.last()))) {
        byRole.computeIfAbsent(s.token(governor).lemma(), k -> new TreeSet<>()).add(canonical);
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    byRole.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new PersonIndex(mentions, fullest, frozen);
  }

  /** A capitalised common title ("Adviser", "Secretary"), not a name, place or organisation. */
  private static boolean isTitleWord(Sentence s, int i) {
    Token t = s.token(i);
    return (t.pos().equals("NN") || t.pos().equals("NNP")) && t.ner().equals("O")
        && Character.isUpperCase(t.word().codePointAt(0));
  }

  /** The one person the article gives this title to ("the Adviser" → "Mykhailo Podolyak"), if exactly one. */
  Optional<String> holderOf(String roleLemma) {
    Set<String> holders = byRole.getOrDefault(roleLemma, Set.of());
    return holders.size() == 1 ? Optional.of(holders.iterator().next()) : Optional.empty();
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The fullest form of a name in the article. */
  String canonical(String name) {
    return fullestByLastWord.getOrDefault(lastWordKey(name), name);
  }

  /** Whether a canonical name is one of the article's people. */
  boolean isPerson(String canonical) {
    return fullestByLastWord.containsValue(canonical);
  }

  /** The last person mention inside a span, if any. */
  Optional<Mention> lastWithin(TextSpan span) {
    Mention found = null;
    for (Mention m : mentions) {
      if (span.contains(m.span())) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String lastWordKey(String name) {
    String[] words = name.split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  private static int words(String name) {
    return name.split("\\s+").length;
  }
}

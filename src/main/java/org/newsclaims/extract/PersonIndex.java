package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;

/**
 * The people an article names: every maximal run of PERSON tokens, and for each family name
 * the fullest form of the name in the article ("Rubio" → "Marco Rubio"). Built once per
 * article. Immutable.
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

  private PersonIndex(List<Mention> mentions, Map<String, String> fullestByLastWord) {
    this.mentions = List.copyOf(mentions);
    this.fullestByLastWord = Map.copyOf(fullestByLastWord);
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
    return new PersonIndex(mentions, fullest);
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The fullest form of a name in the article. */
  String canonical(String name) {
    return fullestByLastWord.getOrDefault(lastWordKey(name), name);
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

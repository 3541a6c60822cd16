package org.newsclaims.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;

/**
 * Assigns topics to a passage of text from the {@link Taxonomy}: a topic fires when one of its
 * triggers matches; the evidence is the matched words as written (phrases of a conjunctive
 * trigger joined by " … "). Only the first matching trigger of a topic is reported.
 * Immutable, thread-safe.
 */
public final class TopicClassifier {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

  /** How many words may separate two phrases chained with '~'. */
  static final int NEAR = 5;

  private final Taxonomy taxonomy;

  public TopicClassifier(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  private record Word(String text, TextSpan span) {}

  /** Topics of the text covered by the spans (several spans: a discontinuous content). */
  public List<TopicHit> classify(String text, List<TextSpan> spans) {
    List<Word> words = new ArrayList<>();
    for (TextSpan s : spans) {
      Matcher m = WORD.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        String w = m.group();
        // "Ukraine’s" → "Ukraine": possessive endings never carry a topic.
        String bare = w.replaceFirst("(['’]s|['’])$", "");
        words.add(new Word(bare, new TextSpan(m.start(), m.start() + bare.length())));
      }
    }
    Map<String, TopicHit> hits = new LinkedHashMap<>();
    for (Taxonomy.Trigger trigger : taxonomy.triggers()) {
      if (hits.containsKey(trigger.topic())) {
        continue;
      }
      List<String> evidence = new ArrayList<>();
      for (List<List<TermPattern>> clause : trigger.clauses()) {
        TextSpan found = findChain(words, clause);
        if (found == null) {
          evidence = null;
          break;
        }
        evidence.add(found.cut(text).replaceAll("\\s+", " "));
      }
      if (evidence != null) {
        hits.put(trigger.topic(), new TopicHit(trigger.topic(), String.join(" … ", evidence)));
      }
    }
    List<TopicHit> ordered = new ArrayList<>();
    for (String topic : taxonomy.topics()) {
      if (hits.containsKey(topic)) {
        ordered.add(hits.get(topic));
      }
    }
    return ordered;
  }

  /** The first occurrence of a chain of phrases, each within NEAR words of the previous. */
  private static TextSpan findChain(List<Word> words, List<List<TermPattern>> chain) {
    for (int i = 0; i < words.size(); i++) {
      int end = matchAt(words, chain.get(0), i);
      if (end < 0) {
        continue;
      }
      int lastEnd = end;
      boolean ok = true;
      for (int p = 1; p < chain.size() && ok; p++) {
        ok = false;
        for (int j = lastEnd; j < words.size() && j <= lastEnd + NEAR; j++) {
          int e = matchAt(words, chain.get(p), j);
          if (e >= 0) {
            lastEnd = e;
            ok = true;
            break;
          }
        }
      }
      if (ok) {
        return new TextSpan(words.get(i).span().start(), words.get(lastEnd - 1).span().end());
      }
    }
    return null;
  }

  /** The index after the phrase if it matches at word i, else -1. */
  private static int matchAt(List<Word> words, List<TermPattern> phrase, int i) {
    if (i + phrase.size() > words.size()) {
      return -1;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!phrase.get(k).matches(words.get(i + k).text())) {
        return -1;
      }
    }
    return i + phrase.size();
  }
}

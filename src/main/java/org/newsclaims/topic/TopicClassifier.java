package org.newsclaims.topic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.place.PlaceMatch;
import org.newsclaims.place.Word;

/**
 * Assigns topics to a passage of text from the {@link Taxonomy}: a topic fires when one of its
 * triggers matches outside that topic's masks; the evidence is the matched words as written
 * (phrases of a conjunctive trigger joined by " … "). Only the first matching trigger of a topic
 * is reported. Spans are UTF-16 offsets into {@code text}. Immutable, thread-safe.
 */
public final class TopicClassifier {
  /** How many words may separate two phrases chained with '~'. */
  static final int NEAR = 5;
  /**
   * How many sentences before the content's own sentence may hold the referent: one. Two let a
   * definite "the proposals" pick up topics the nearer sentence did not name (corpus 021, 004).
   */
  static final int REFERENT_SENTENCES = 1;
  private static final List<String> CONTEXT_LABELS = List.of("same sentence", "previous sentence");

  private final Taxonomy taxonomy;

  public TopicClassifier(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Topics of the text covered by the spans (several spans: a discontinuous content). */
  public List<TopicHit> classify(String text, List<TextSpan> spans) {
    return hits(text, Word.split(text, spans));
  }

  /**
   * Topics of a claim's content, falling back on the referent when the content has none of its
   * own and holds a referring expression ({@code @refers} in the taxonomy: "it", "the deal",
   * "such a meeting") outside the {@code @not-refers} phrases ("the exchange of prisoners"): then
   * the topics of the nearest passage before the content that has any, trying the content's own
   * sentence up to the content, then the previous sentence. Such evidence names where it came
   * from ({@code land (previous sentence)}).
   *
   * @param sentences the article's sentence spans in text order
   */
  public List<TopicHit> classify(String text, List<TextSpan> content, List<TextSpan> sentences) {
    List<Word> words = Word.split(text, content);
    List<TopicHit> own = hits(text, words);
    if (!own.isEmpty() || !refersBack(words)) {
      return own;
    }
    int start = content.get(0).start();
    // The first sentence that holds the start or comes after it: the first that ends after it
    // (sentences in text order end in order), found by bisection.
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).end() > start) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int first = lo < sentences.size() ? lo : -1;
    if (first < 0) {
      return own;
    }
    for (int back = 0; back <= REFERENT_SENTENCES && first - back >= 0; back++) {
      TextSpan s = sentences.get(first - back);
      TextSpan passage = back == 0 ? new TextSpan(s.start(), Math.max(s.start(), Math.min(start, s.end()))) : s;
      if (passage.isEmpty()) {
        continue;
      }
      List<TopicHit> found = classify(text, List.of(passage)).stream()
          .filter(h -> taxonomy.referentTopics().contains(h.topic())).toList();
      if (!found.isEmpty()) {
        String where = " (" + CONTEXT_LABELS.get(back) + ")";
        return found.stream().map(h -> new TopicHit(h.topic(), h.evidence() + where)).toList();
      }
    }
    return own;
  }

  private boolean refersBack(List<Word> words) {
    BitSet mask = maskOf(words, taxonomy.notReferring());
    for (Taxonomy.Chain c : taxonomy.referring()) {
      if (findChain(words, c, mask) != null) {
        return true;
      }
    }
    return false;
  }

  private List<TopicHit> hits(String text, List<Word> words) {
    Map<String, BitSet> masked = new HashMap<>();
    for (Taxonomy.Trigger m : taxonomy.masks()) {
      masked.computeIfAbsent(m.topic(), k -> new BitSet()).or(maskOf(words, List.of(m.clauses().get(0))));
    }
    Map<String, TopicHit> hits = new LinkedHashMap<>();
    for (Taxonomy.Trigger trigger : taxonomy.triggers()) {
      if (hits.containsKey(trigger.topic())) {
        continue;
      }
      BitSet mask = masked.getOrDefault(trigger.topic(), new BitSet());
      List<String> evidence = new ArrayList<>();
      for (Taxonomy.Chain clause : trigger.clauses()) {
        TextSpan found = findChain(words, clause, mask);
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

  /** The words inside any match of the chains. */
  private BitSet maskOf(List<Word> words, List<Taxonomy.Chain> chains) {
    BitSet bits = new BitSet();
    for (Taxonomy.Chain chain : chains) {
      for (int i = 0; i < words.size(); i++) {
        int[] r = chainAt(words, chain, i, new BitSet());
        if (r != null) {
          bits.set(r[0], r[1]);
        }
      }
    }
    return bits;
  }

  /** The first occurrence of the chain that touches no masked word. */
  private TextSpan findChain(List<Word> words, Taxonomy.Chain chain, BitSet mask) {
    for (int i = 0; i < words.size(); i++) {
      int[] r = chainAt(words, chain, i, mask);
      if (r != null) {
        return new TextSpan(words.get(r[0]).span().start(), words.get(r[1] - 1).span().end());
      }
    }
    return null;
  }

  /** {first word, end word} of the chain starting at word i, or null; matched words must be unmasked. */
  private int[] chainAt(List<Word> words, Taxonomy.Chain chain, int i, BitSet mask) {
    if (chain.anchored() && i > 0) {
      return null;
    }
    List<List<TermPattern>> phrases = chain.phrases();
    int end = matchAt(words, phrases.get(0), i, mask);
    if (end < 0) {
      return null;
    }
    int lastEnd = end;
    for (int p = 1; p < phrases.size(); p++) {
      int found = -1;
      for (int j = lastEnd; j < words.size() && j <= lastEnd + NEAR && found < 0; j++) {
        found = matchAt(words, phrases.get(p), j, mask);
      }
      if (found < 0) {
        return null;
      }
      lastEnd = found;
    }
    if (chain.anchoredEnd() && lastEnd != words.size()) {
      return null;
    }
    return new int[] {i, lastEnd};
  }

  /** The index after the phrase if it matches at word i without touching a masked word, else -1. */
  private int matchAt(List<Word> words, List<TermPattern> phrase, int i, BitSet mask) {
    int at = i;
    for (TermPattern p : phrase) {
      if (at >= words.size()) {
        return -1;
      }
      if (p.isPlace()) {
        Optional<PlaceMatch> m = taxonomy.places().matchAt(words, at, p.places());
        if (m.isEmpty()) {
          return -1;
        }
        at = m.get().firstWord() + m.get().wordCount();
      } else if (p.matches(words.get(at).text())) {
        at++;
      } else {
        return -1;
      }
    }
    return mask.get(i, at).isEmpty() ? at : -1;
  }
}

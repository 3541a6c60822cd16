package org.newsclaims.pipeline;

import java.util.BitSet;
import java.util.List;
import org.newsclaims.extract.ExtractionChain;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.Token;

/**
 * The sentences worth a dependency parse: those where a reader of trees can use one. A sentence
 * is parsed when
 * <ul>
 *   <li>a finder of the extraction chain says it reads its tree ({@link ExtractionChain#needsTree}):
 *       the finders answer from tokens, tags and entities, e.g. the dependency rules from their
 *       anchor tests, so a new rule or lexicon entry is covered without a change here;</li>
 *   <li>it names a person: speaker resolution reads the tree around every name (titles and
 *       appositions that make "the Adviser" a name; subjects that make "he" a name).</li>
 * </ul>
 * Claims are then the same as when every sentence is parsed (checked on the corpus by
 * {@code ParseOnlyClaimSentencesIT}).
 *
 * <p>Immutable, thread-safe.
 */
public final class ClaimSentences implements SentenceFilter {
  private final ExtractionChain chain;

  private ClaimSentences(ExtractionChain chain) {
    this.chain = chain;
  }

  public static ClaimSentences of(ExtractionChain chain) {
    return new ClaimSentences(chain);
  }

  @Override
  public BitSet select(String text, List<Sentence> sentences) {
    BitSet selected = new BitSet(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (namesPerson(s) || chain.needsTree(s)) {
        selected.set(i);
      }
    }
    return selected;
  }

  private static boolean namesPerson(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }
}

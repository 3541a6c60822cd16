package org.newsclaims.pipeline;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsclaims.extract.Lexicons;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.Token;

/**
 * The sentences worth a dependency parse: those where an extractor can read a tree. The rest of
 * what the extractors read (quotations, headlines, topics, unattributed topic sentences, person
 * names) comes from tokens, tags and text. A sentence is parsed when it has
 * <ul>
 *   <li>a token that can anchor a rule of {@code models/rules/attribution.tsv}: its lemma is in
 *       one of the cue lexicons {@link #CUE_LEXICONS} or is one of the rules' literal anchors
 *       {@link #ANCHOR_LEMMAS}, or its word is one of {@link #ANCHOR_WORDS}. A rule's anchor is
 *       a conjunction of token tests, so a token that fails every lemma and word test named here
 *       anchors no rule;</li>
 *   <li>a colon: speaker turns ("Vladimir Putin: ..."), whose speaker's head is read from the
 *       tree, and a verb's quotation after a colon ("He said: “...”");</li>
 *   <li>a person's name: speaker resolution reads the tree around every name (titles and
 *       appositions that make "the Adviser" a name; subjects that make "he" a name).</li>
 * </ul>
 * Claims are then the same as when every sentence is parsed (checked on the corpus by
 * {@code ParseOnlyClaimSentencesIT}); {@code ClaimSentencesTest} fails when a rule anchors on a
 * lemma or word missing here and says what to add. The rules' anchors are mirrored here because
 * the extract package does not expose them: a rule set with a rule this class does not know
 * ({@link #KNOWN_RULES}) gets {@link SentenceFilter#ALL}, slower but never wrong.
 *
 * <p>Immutable, thread-safe.
 */
public final class ClaimSentences implements SentenceFilter {
  /** The rules whose anchors the lists below cover. */
  static final Set<String> KNOWN_RULES = Set.of("say.csubj.repair", "light.clear.ccomp", "light.stance.for",
      "describe.as", "say.ccomp", "think.ccomp", "belief.adj.ccomp", "commit.xcomp", "say.passive.nosource",
      "say.parataxis", "say.colon.parataxis", "say.obj", "according.to", "think.rest");
  /** Lexicons that rules use as anchors ({@code lemma@NAME}). */
  static final List<String> CUE_LEXICONS = List.of("speech-verbs", "belief-verbs", "light-verbs",
      "belief-adjectives", "commitment-verbs", "speech-obj-verbs");
  /** Literal anchor lemmas of the rules ({@code lemma=a/b}). */
  static final Set<String> ANCHOR_LEMMAS = Set.of(
      "make", "describe", "characterize", "characterise", "say", "state", "repeat", "reiterate", "write");
  /** Literal anchor words of the rules ({@code word~according}), lower-cased. */
  static final Set<String> ANCHOR_WORDS = Set.of("according");

  private final Set<String> lemmas;

  private ClaimSentences(Set<String> lemmas) {
    this.lemmas = Set.copyOf(lemmas);
  }

  /**
   * The filter for the rules and lexicons of a models folder; {@link SentenceFilter#ALL} when
   * the rules include one whose anchor this class does not know.
   */
  public static SentenceFilter of(ExtractionModels models) {
    return KNOWN_RULES.containsAll(models.rules().ids()) ? of(models.lexicons()) : SentenceFilter.ALL;
  }

  static ClaimSentences of(Lexicons lexicons) {
    Set<String> lemmas = new HashSet<>(ANCHOR_LEMMAS);
    for (String name : CUE_LEXICONS) {
      if (lexicons.has(name)) {
        lemmas.addAll(lexicons.get(name));
      }
    }
    return new ClaimSentences(lemmas);
  }

  @Override
  public BitSet select(String text, List<Sentence> sentences) {
    BitSet selected = new BitSet(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      if (needsTree(sentences.get(i))) {
        selected.set(i);
      }
    }
    return selected;
  }

  private boolean needsTree(Sentence s) {
    for (Token t : s.tokens()) {
      if (lemmas.contains(t.lemma()) || t.word().equals(":") || t.ner().equals("PERSON")
          || ANCHOR_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}

package org.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.pipeline.ArticleAnalyzer;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.testing.Parses;
import org.newsclaims.testing.SharedModels;

/**
 * Every entry of the cue lexicons in {@code models/lexicons} makes a claim in the construction
 * its list stands for, on a hand-built sentence: "Officials ENTRY that talks failed" for
 * clause-taking verbs, "Officials ENTRY the plan" for verbs whose object is the content,
 * "Officials ENTRY to leave" for commitments, "Officials ENTRY about/for/... the plan" for
 * prepositional cues, "Trump's ENTRY that talks failed" for claim nouns, "Officials are ENTRY
 * that talks failed" for adjectives of conviction. An
 * entry that makes no claim is listed with the list it is in.
 */
class LexiconEntriesTest {
  private static final ExtractionModels MODELS = SharedModels.models();
  private static final ArticleAnalyzer ANALYZER = Parses.analyzer();
  private static final List<String> PREPOSITIONS = List.of("about", "for", "of", "against", "to", "on");

  private static boolean makesClaim(AnnotatedDocument doc, String cue, String content) {
    String text = doc.text();
    for (Claim c : ANALYZER.claims("test", doc)) {
      if (c.cue().isPresent() && c.cue().get().cut(text).equals(cue)
          && String.join(" ", c.content().stream().map(p -> p.cut(text)).toList()).equals(content)) {
        return true;
      }
    }
    return false;
  }

  private static AnnotatedDocument clause(String verb) {
    return Parses.doc("""
        Officials NNS O 2 nsubj official
        %1$s VBD O 0 root %1$s
        that IN O 5 mark
        talks NNS O 5 nsubj talk
        failed VBD O 2 ccomp fail
        . . O 2 punct
        """.formatted(verb));
  }

  private static AnnotatedDocument object(String verb) {
    return Parses.doc("""
        Officials NNS O 2 nsubj official
        %1$s VBD O 0 root %1$s
        the DT O 4 det
        plan NN O 2 obj
        . . O 2 punct
        """.formatted(verb));
  }

  private static AnnotatedDocument infinitive(String verb) {
    return Parses.doc("""
        Officials NNS O 2 nsubj official
        %1$s VBD O 0 root %1$s
        to TO O 4 mark
        leave VB O 2 xcomp leave
        . . O 2 punct
        """.formatted(verb));
  }

  private static AnnotatedDocument prepositional(String verb, String preposition) {
    return Parses.doc("""
        Officials NNS O 2 nsubj official
        %1$s VBD O 0 root %1$s
        %2$s IN O 5 case %2$s
        the DT O 5 det
        plan NN O 2 obl
        . . O 2 punct
        """.formatted(verb, preposition));
  }

  private static AnnotatedDocument nominal(String noun) {
    return Parses.doc("""
        Trump NNP PERSON 3 nmod:poss
        's POS O 1 case
        %1$s NN O 0 root %1$s
        that IN O 6 mark
        talks NNS O 6 nsubj talk
        failed VBD O 3 acl fail
        . . O 3 punct
        """.formatted(noun));
  }

  private static AnnotatedDocument conviction(String adjective) {
    return Parses.doc("""
        Officials NNS O 3 nsubj official
        are VBP O 3 cop be
        %1$s JJ O 0 root %1$s
        that IN O 6 mark
        talks NNS O 6 nsubj talk
        failed VBD O 3 ccomp fail
        . . O 3 punct
        """.formatted(adjective));
  }

  @Test
  void everyCueLexiconEntryMakesAClaim() {
    List<String> silent = new ArrayList<>();
    int checked = 0;
    for (String verb : union("speech-verbs", "belief-verbs")) {
      if (!verb.contains(" ") && !makesClaim(clause(verb), verb, "talks failed")) {
        silent.add("speech/belief-verbs: " + verb);
      }
      checked++;
    }
    for (String verb : MODELS.lexicons().get("speech-obj-verbs")) {
      if (!makesClaim(object(verb), verb, "the plan")) {
        silent.add("speech-obj-verbs: " + verb);
      }
      checked++;
    }
    for (String verb : MODELS.lexicons().get("commitment-verbs")) {
      if (!makesClaim(infinitive(verb), verb, "to leave")) {
        silent.add("commitment-verbs: " + verb);
      }
      checked++;
    }
    for (String preposition : PREPOSITIONS) {
      for (String verb : MODELS.lexicons().get("prep-" + preposition)) {
        if (!makesClaim(prepositional(verb, preposition), verb + " " + preposition, "the plan")) {
          silent.add("prep-" + preposition + ": " + verb);
        }
        checked++;
      }
    }
    for (String noun : MODELS.lexicons().get("claim-nouns")) {
      if (!makesClaim(nominal(noun), noun, "talks failed")) {
        silent.add("claim-nouns: " + noun);
      }
      checked++;
    }
    for (String adjective : MODELS.lexicons().get("belief-adjectives")) {
      if (!makesClaim(conviction(adjective), "are " + adjective, "talks failed")) {
        silent.add("belief-adjectives: " + adjective);
      }
      checked++;
    }
    assertTrue(silent.isEmpty(), "lexicon entries that make no claim on their example: " + silent);
    assertTrue(checked >= 200, "only " + checked + " lexicon entries checked");
  }

  private static Set<String> union(String... names) {
    Set<String> all = new java.util.TreeSet<>();
    for (String n : names) {
      all.addAll(MODELS.lexicons().get(n));
    }
    return all;
  }
}

package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;

/**
 * Resolves each claim's speaker to a canonical name and a role, cheaply and deterministically
 * (no full coreference):
 * <ul>
 *   <li>a name, with or without a title: the fullest form of that name in the article, the
 *       words before it are the role ("US Secretary of State Marco Rubio" → "Marco Rubio",
 *       "US Secretary of State");</li>
 *   <li>"he", "she": the nearest preceding person who spoke or was the subject of a sentence,
 *       searching the same sentence, then up to {@value #LOOKBACK} sentences back, skipping
 *       headlines;</li>
 *   <li>"I", "me": the speaker of the turn or quotation that contains the claim;</li>
 *   <li>anything else (groups, documents, "they"): the words as written.</li>
 * </ul>
 * Immutable, thread-safe.
 */
public final class SpeakerResolver {
  static final int LOOKBACK = 4;
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me");
  private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an");

  public List<Claim> resolve(AnnotatedDocument doc, List<Claim> claims, List<TextSpan> headlines) {
    PersonIndex persons = PersonIndex.of(doc);
    String text = doc.text();
    // Outer claims (turns, long quotes) first, so inner "I" can take their resolved speaker.
    List<Claim> order = new ArrayList<>(claims);
    order.sort(Comparator.comparingInt((Claim c) -> -c.contentHull().length()));
    Map<Claim, Claim> resolved = new HashMap<>();
    List<Claim> done = new ArrayList<>();
    for (Claim c : order) {
      Claim r = c.speaker().isEmpty() ? c
          : c.withSpeaker(Optional.of(resolveOne(doc, text, persons, c, done, headlines)));
      resolved.put(c, r);
      done.add(r);
    }
    return claims.stream().map(resolved::get).toList();
  }

  private Speaker resolveOne(AnnotatedDocument doc, String text, PersonIndex persons, Claim claim,
      List<Claim> resolvedSoFar, List<TextSpan> headlines) {
    TextSpan span = claim.speaker().orElseThrow().span();
    String written = span.cut(text);
    String lower = written.toLowerCase(Locale.ROOT);
    Optional<PersonIndex.Mention> named = persons.lastWithin(span);
    if (named.isPresent()) {
      PersonIndex.Mention m = named.get();
      String role = role(text, span, m.span());
      return new Speaker(span, persons.canonical(m.name()), role);
    }
    if (FIRST_PERSON.contains(lower)) {
      return enclosingSpeaker(claim, span, resolvedSoFar)
          .map(s -> new Speaker(span, s, ""))
          .orElse(new Speaker(span, written, ""));
    }
    if (THIRD_PERSON.contains(lower)) {
      return antecedent(doc, persons, span, claim, resolvedSoFar, headlines)
          .map(name -> new Speaker(span, name, ""))
          .orElse(new Speaker(span, written, ""));
    }
    return new Speaker(span, written, "");
  }

  /** The words of the speaker phrase before the name, without a leading article. */
  private static String role(String text, TextSpan speaker, TextSpan name) {
    if (name.start() <= speaker.start()) {
      return "";
    }
    String before = text.substring(speaker.start(), name.start()).strip();
    String[] words = before.split("\\s+", 2);
    if (words.length == 2 && LEADING_DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))) {
      before = words[1];
    }
    return before.replaceAll("[\\s,]+$", "");
  }

  private static Optional<String> enclosingSpeaker(Claim claim, TextSpan span, List<Claim> outer) {
    Claim best = null;
    for (Claim o : outer) {
      if (o != claim && o.speaker().isPresent() && o.contentHull().contains(span)
          && (best == null || o.contentHull().length() < best.contentHull().length())) {
        best = o;
      }
    }
    return Optional.ofNullable(best).map(b -> b.speaker().get().canonical());
  }

  private static Optional<String> antecedent(AnnotatedDocument doc, PersonIndex persons,
      TextSpan pronoun, Claim claim, List<Claim> resolvedSoFar, List<TextSpan> headlines) {
    int sentence = claim.sentenceIndex();
    for (int k = sentence; k >= 0 && k >= sentence - LOOKBACK; k--) {
      Sentence s = doc.sentences().get(k);
      if (headlines.stream().anyMatch(h -> h.contains(s.span()))) {
        continue;
      }
      List<PersonIndex.Mention> candidates = new ArrayList<>();
      for (PersonIndex.Mention m : persons.mentions()) {
        if (m.sentence() == s && m.span().end() <= pronoun.start()) {
          candidates.add(m);
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      // Prefer a person who is a subject; within a sentence the last one before the pronoun.
      PersonIndex.Mention subject = null;
      for (PersonIndex.Mention m : candidates) {
        if (s.relation(m.last()).startsWith("nsubj")) {
          subject = m;
        }
      }
      PersonIndex.Mention chosen = subject != null ? subject
          : (k == sentence ? candidates.get(candidates.size() - 1) : candidates.get(0));
      return Optional.of(persons.canonical(chosen.name()));
    }
    return Optional.empty();
  }
}

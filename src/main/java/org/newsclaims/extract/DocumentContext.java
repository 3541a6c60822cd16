package org.newsclaims.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;

/**
 * What every finder and refiner of one article reads, computed once: the annotated document,
 * its quotations and its headline lines. Spans are UTF-16 offsets into {@link #text()}.
 * Immutable.
 *
 * @param docId the article id, copied into every claim
 * @param doc the annotated article (sentences that were not parsed have no tree)
 * @param quotes quotations, each from its opening to its closing mark inclusive, in text order
 * @param headlines titles, headings and pasted related-article headlines, in text order
 */
public record DocumentContext(String docId, AnnotatedDocument doc, List<TextSpan> quotes,
    List<TextSpan> headlines) {

  public DocumentContext {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(doc, "doc");
    quotes = List.copyOf(quotes);
    headlines = List.copyOf(headlines);
  }

  /** The context of a document with its quotations and headlines found by the standard finders. */
  public static DocumentContext of(String docId, AnnotatedDocument doc) {
    String text = doc.text();
    return new DocumentContext(docId, doc, new QuoteFinder().find(text), new HeadlineDetector().find(text));
  }

  public String text() {
    return doc.text();
  }

  public List<Sentence> sentences() {
    return doc.sentences();
  }

  /** The index of the sentence holding this offset, or -1 between sentences. */
  public int sentenceAt(int offset) {
    List<Sentence> all = doc.sentences();
    int lo = 0;
    int hi = all.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextSpan span = all.get(mid).span();
      if (offset < span.start()) {
        hi = mid - 1;
      } else if (offset >= span.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Whether a span lies strictly inside a quotation, away from its marks. */
  public boolean insideQuotation(TextSpan span) {
    return quotes.stream().anyMatch(q -> q.start() < span.start() && span.end() < q.end());
  }

  /** Whether a claim's cue holds a token whose lemma is in {@code lemmas}. */
  public boolean cueHasLemma(Claim claim, Set<String> lemmas) {
    if (claim.cue().isEmpty() || claim.sentenceIndex() < 0 || claim.sentenceIndex() >= doc.sentences().size()) {
      return false;
    }
    TextSpan cue = claim.cue().get();
    return doc.sentences().get(claim.sentenceIndex()).tokens().stream()
        .anyMatch(t -> cue.contains(t.span()) && lemmas.contains(t.lemma()));
  }

  /** Whether the offset lies in a headline line. */
  public boolean inHeadline(int offset) {
    return headlines.stream().anyMatch(h -> h.contains(offset));
  }
}

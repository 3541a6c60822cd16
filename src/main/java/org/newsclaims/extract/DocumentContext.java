package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Sentence;

/**
 * What every finder and refiner of one article reads, computed once: the annotated document,
 * its quotations and its headline lines, with indexes over them so that a lookup per claim or
 * token costs log n, not n. Spans are UTF-16 offsets into {@link #text()}. Immutable (the
 * indexes are built here and only read after), thread-safe.
 */
public final class DocumentContext {
  private final String docId;
  private final AnnotatedDocument doc;
  private final List<TextSpan> quotes;
  private final List<TextSpan> headlines;
  private final SpanIndex quoteIndex;
  private final SpanIndex headlineIndex;
  /** The first quotation (in text order) that starts at each offset. */
  private final Map<Integer, TextSpan> quoteByStart = new HashMap<>();
  private final Set<TextSpan> quoteSet;

  /**
   * @param docId the article id, copied into every claim
   * @param doc the annotated article (sentences that were not parsed have no tree)
   * @param quotes quotations, each from its opening to its closing mark inclusive, in text order
   * @param headlines titles, headings and pasted related-article headlines, in text order
   */
  public DocumentContext(String docId, AnnotatedDocument doc, List<TextSpan> quotes, List<TextSpan> headlines) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.doc = Objects.requireNonNull(doc, "doc");
    this.quotes = List.copyOf(quotes);
    this.headlines = List.copyOf(headlines);
    this.quoteIndex = SpanIndex.of(this.quotes);
    this.headlineIndex = SpanIndex.of(this.headlines);
    for (TextSpan q : this.quotes) {
      quoteByStart.putIfAbsent(q.start(), q);
    }
    this.quoteSet = Set.copyOf(this.quotes);
  }
  /** The context of a document with its quotations and headlines found by the standard finders. */
  public static DocumentContext of(String docId, AnnotatedDocument doc) {
    String text = doc.text();
    return new DocumentContext(docId, doc, new QuoteFinder().find(text), new HeadlineDetector().find(text));
  }

  public String docId() {
    return docId;
  }

  public AnnotatedDocument doc() {
    return doc;
  }

  /** Quotations, each from its opening to its closing mark inclusive, in text order. */
  public List<TextSpan> quotes() {
    return quotes;
  }

  /** Titles, headings and pasted related-article headlines, in text order. */
  public List<TextSpan> headlines() {
    return headlines;
  }

  /**
   * The quotations that touch the offsets of a span (start ≤ its end and end ≥ its start), in
   * text order: every quotation that overlaps, contains, lies inside or abuts it.
   */
  public List<TextSpan> quotesNear(TextSpan span) {
    return quotesNear(span.start(), span.end());
  }

  /** The quotations that touch the offsets [from, to], in text order. */
  public List<TextSpan> quotesNear(int from, int to) {
    int[] ids = quoteIndex.touching(from, to);
    List<TextSpan> near = new ArrayList<>(ids.length);
    for (int id : ids) {
      near.add(quotes.get(id));
    }
    return near;
  }

  /** The first quotation (in text order) that opens at this offset. */
  public Optional<TextSpan> quoteStartingAt(int offset) {
    return Optional.ofNullable(quoteByStart.get(offset));
  }

  /** Whether this span is one of the quotations. */
  public boolean isQuote(TextSpan span) {
    return quoteSet.contains(span);
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
    return quotesNear(span).stream().anyMatch(q -> q.start() < span.start() && span.end() < q.end());
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
    for (int id : headlineIndex.touching(offset, offset)) {
      if (headlines.get(id).contains(offset)) {
        return true;
      }
    }
    return false;
  }
}

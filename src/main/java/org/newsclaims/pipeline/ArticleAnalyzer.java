package org.newsclaims.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsclaims.extract.DocumentContext;
import org.newsclaims.extract.ExtractionChain;
import org.newsclaims.extract.SpeakerResolver;
import org.newsclaims.frame.Frame;
import org.newsclaims.frame.FrameExtractor;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Problem;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Deadline;
import org.newsclaims.nlp.LanguageDetector;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.SentenceLocator;
import org.newsclaims.stance.ModeClassifier;
import org.newsclaims.topic.TopicClassifier;

/**
 * Turns one article into claims: language check, annotation, speaker turns and dependency
 * rules, headline flags, speaker resolution, topics, modes, and unattributed topic statements.
 *
 * <p>Thread-safe: every component is immutable or thread-safe; call {@link #analyze} from as
 * many threads as there are cores. A failure on one article becomes that article's problem.
 */
public final class ArticleAnalyzer {
  static final String UNATTRIBUTED_RULE = "unattributed.topic";
  /** Texts shorter than this (in letters) are too short for a reliable language guess. */
  private static final int MIN_LETTERS_FOR_LANGUAGE = 60;
  private static final double MIN_LANGUAGE_CONFIDENCE = 0.5;

  private final NlpEngine engine;
  private final SentenceFilter parse;
  private final LanguageDetector languages;
  private final ExtractionChain chain;
  private final SpeakerResolver speakers;
  private final TopicClassifier topics;
  private final ModeClassifier modes;
  private final FrameExtractor frames;
  private final Map<String, Set<String>> frameSlots;
  private final ArticleLimits limits;

  public ArticleAnalyzer(NlpEngine engine, LanguageDetector languages, ExtractionModels models) {
    this(engine, languages, models, ClaimSentences.of(models.chain()));
  }

  /** With the sentences to parse chosen by {@code parse} ({@link SentenceFilter#ALL} for every one). */
  public ArticleAnalyzer(NlpEngine engine, LanguageDetector languages, ExtractionModels models, SentenceFilter parse) {
    this(engine, languages, models, parse, ArticleLimits.DEFAULTS);
  }

  /** With other bounds on one article than {@link ArticleLimits#DEFAULTS} (tests). */
  ArticleAnalyzer(NlpEngine engine, LanguageDetector languages, ExtractionModels models, SentenceFilter parse,
      ArticleLimits limits) {
    this.limits = limits;
    this.parse = parse;
    this.engine = engine;
    this.languages = languages;
    this.chain = models.chain();
    this.speakers = new SpeakerResolver(models.speakerAliases(), models.lexicons());
    this.frames = new FrameExtractor(models.frames());
    this.frameSlots = models.frames().slots();
    this.topics = new TopicClassifier(models.taxonomy());
    this.modes = new ModeClassifier(models.modes());
  }

  /**
   * The claims of one article, or the problem that stopped it. Anything thrown while analysing it
   * becomes its {@code analysis-failed} problem, a stack overflow included; only a failure of the
   * whole JVM ({@link OutOfMemoryError}, {@link InternalError}) is rethrown (see {@link ArticleFailure}).
   */
  public ArticleResult analyze(Article article) {
    return analyze(article, Deadline.none());
  }

  /**
   * {@link #analyze(Article)} within a deadline, checked between the engine's steps and sentences
   * and between our own steps (finders, speakers, topics).
   *
   * @throws Deadline.Exceeded when a check finds the time up: the caller, who set the deadline,
   *     reports it
   */
  public ArticleResult analyze(Article article, Deadline deadline) {
    try {
      deadline.check("language", 0, 0, 0);
      Optional<Problem> language = checkLanguage(article);
      if (language.isPresent()) {
        return ArticleResult.failed(article, language.get());
      }
      String text = article.text();
      int analysed = limits.analysedLength(text);
      BitSet unparsed = new BitSet();
      AnnotatedDocument doc = engine.annotate(text.substring(0, analysed),
          limits.withoutLongSentences(parse, unparsed), deadline);
      List<Claim> claims = claims(article.docId(), doc, deadline);
      return new ArticleResult(article, claims.subList(0, Math.min(claims.size(), limits.maxClaims())),
          Optional.empty(), doc.tokenCount(),
          limits.warning(article.docId(), unparsed, text, analysed, claims.size()));
    } catch (Deadline.Exceeded timeUp) {
      throw timeUp;
    } catch (Throwable t) { // the per-article error policy: fatal errors are rethrown
      ArticleFailure.rethrowIfFatal(t);
      return ArticleResult.failed(article, ArticleFailure.problem(article.docId(), t));
    }
  }

  /**
   * The frames of an article's claims (slots of topical claims, {@code models/frames.tsv}); a date
   * without a year takes the article's year when its metadata has a date.
   */
  public List<Frame> frames(Article article, List<Claim> claims) {
    return frames.frames(article.docId(), article.text(), claims, FrameExtractor.yearOf(article.metadata().published()));
  }

  /** The slot names of each topic of the models' {@code frames.tsv}. */
  public Map<String, Set<String>> frameSlots() {
    return frameSlots;
  }

  /** The claims of an annotated document, sorted by offsets. Public for tests on hand-built parses. */
  public List<Claim> claims(String docId, AnnotatedDocument doc) {
    return claims(docId, doc, Deadline.none());
  }

  private List<Claim> claims(String docId, AnnotatedDocument doc, Deadline deadline) {
    String text = doc.text();
    deadline.check("quotations");
    DocumentContext context = DocumentContext.of(docId, doc);
    List<TextSpan> quotes = context.quotes();
    List<TextSpan> headlines = context.headlines();
    List<Claim> found = chain.extract(context, deadline).stream().map(c -> flagHeadline(c, context)).toList();
    deadline.check("speakers");
    found = speakers.resolve(doc, found, headlines);
    deadline.check("topics");
    List<TextSpan> sentences = doc.sentences().stream().map(Sentence::span).toList();
    List<Claim> withTopics = new ArrayList<>();
    for (Claim c : found) {
      withTopics.add(modes.classify(text, c.withTopics(topics.classify(text, c.content(), sentences))));
    }
    deadline.check("unattributed");
    withTopics.addAll(unattributed(docId, doc, withTopics, headlines, quotes));
    withTopics.sort(ORDER);
    return List.copyOf(withTopics);
  }

  /** Deterministic order: by the first offset of any role, then content, then rule id. */
  static final Comparator<Claim> ORDER = Comparator
      .comparingInt(ArticleAnalyzer::firstOffset)
      .thenComparing(Claim::contentHull)
      .thenComparing(c -> c.cue().map(TextSpan::start).orElse(-1))
      .thenComparing(Claim::ruleId);

  private static int firstOffset(Claim c) {
    int first = c.contentHull().start();
    if (c.cue().isPresent()) {
      first = Math.min(first, c.cue().get().start());
    }
    if (c.speaker().isPresent()) {
      first = Math.min(first, c.speaker().get().span().start());
    }
    return first;
  }

  private static Claim flagHeadline(Claim c, DocumentContext context) {
    return c.withInHeadline(context.inHeadline(c.cue().map(TextSpan::start).orElse(c.contentHull().start())));
  }

  /**
   * Author-voice sentences about a tracked topic: sentences that hold no attribution, are not
   * covered by one's content, and are not mostly inside a quotation. Each claim, quotation and
   * headline is looked up among the sentences it touches only, so the pass is linear in the
   * article's size.
   */
  private List<Claim> unattributed(String docId, AnnotatedDocument doc, List<Claim> attributed,
      List<TextSpan> headlines, List<TextSpan> quotes) {
    Set<String> wanted = topics.taxonomy().unattributedTopics();
    Set<Integer> attributedSentences = new HashSet<>();
    for (Claim c : attributed) {
      attributedSentences.add(c.sentenceIndex());
    }
    List<Sentence> sentences = doc.sentences();
    SentenceLocator where = SentenceLocator.of(doc);
    BitSet skip = new BitSet(sentences.size());
    for (Claim c : attributed) {
      for (TextSpan p : c.content()) {
        mark(skip, where, sentences, p, p::contains);
      }
      c.cue().ifPresent(cue -> mark(skip, where, sentences, cue, span -> span.contains(cue)));
    }
    // Inside a quotation is someone's speech, not the author's voice.
    for (TextSpan q : quotes) {
      mark(skip, where, sentences, q, span -> q.overlapLength(span) * 2 > span.length());
    }
    for (TextSpan h : headlines) {
      mark(skip, where, sentences, h, h::overlaps);
    }
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (attributedSentences.contains(s.index()) || skip.get(i)) {
        continue;
      }
      List<TopicHit> hits = topics.classify(doc.text(), List.of(s.span())).stream()
          .filter(h -> wanted.contains(h.topic().toLowerCase(Locale.ROOT)))
          .toList();
      if (!hits.isEmpty()) {
        out.add(Claim.of(docId, ClaimType.UNATTRIBUTED, List.of(s.span()), UNATTRIBUTED_RULE, s.index()).withTopics(hits));
      }
    }
    return out;
  }

  /** Sets the bit of every sentence near {@code near} whose span passes {@code test}. */
  private static void mark(BitSet bits, SentenceLocator where, List<Sentence> sentences, TextSpan near,
      Predicate<TextSpan> test) {
    where.touching(near).filter(i -> test.test(sentences.get(i).span())).forEach(bits::set);
  }

  private Optional<Problem> checkLanguage(Article article) {
    String text = article.text();
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS_FOR_LANGUAGE) {
      return Optional.empty();
    }
    LanguageDetector.DetectedLanguage lang = languages.detect(text);
    if (!lang.iso639_3().equals("eng") && lang.confidence() >= MIN_LANGUAGE_CONFIDENCE) {
      return Optional.of(new Problem(article.docId(), Problem.Kind.NOT_ENGLISH, String.format(Locale.ROOT,
          "detected language %s (confidence %.2f); only English is analysed", lang.iso639_3(), lang.confidence())));
    }
    return Optional.empty();
  }
}

package org.newsclaims.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.Deadline;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.nlp.NlpException;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceFilter;
import org.newsclaims.nlp.Token;

/**
 * Stanford CoreNLP behind our port: tokenize, ssplit, pos, lemma, NER and the neural UD
 * dependency parser, configured by a typed {@link Settings} value; {@link Preset#PRODUCT} is
 * what the product runs, {@link Preset#NAIVE} is CoreNLP's defaults, kept for benchmarks.
 *
 * <p>The annotators run as stages so that {@link #annotate(String, SentenceFilter)} can parse
 * only the sentences a filter selects (parsing dominates the product's annotation time), and so
 * that the time of each stage can be read ({@link #timings()}). Tagging and entities do not
 * depend on which sentences are parsed, and the parser reads one sentence at a time: a parsed
 * sentence gets the same tree whatever else is parsed.
 *
 * <p>Models load once in the constructor (seconds; the parser on a thread of its own, beside the
 * taggers; about 500 MB of heap for the product). {@link #annotate}
 * is thread-safe: CoreNLP's annotators and parser are, and each call has its own Annotation.
 */
public final class CoreNlpEngine implements NlpEngine {

  /** The single-model NER of {@link Ner#ONE_MODEL}. */
  static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Which named-entity recogniser runs. */
  public enum Ner {
    /**
     * CoreNLP's default: three CRF models (3, 4 and 7 classes) combined, fine-grained classes
     * (TokensRegexNER), SUTime, the numeric classifiers and entity mentions.
     */
    DEFAULT,
    /** The three CRF models' coarse classes; no fine-grained classes, SUTime, numbers or mentions. */
    COARSE,
    /**
     * One CRF model, {@code english.all.3class}: PERSON, LOCATION, ORGANIZATION or O. These are
     * exactly the labels {@link #COARSE} gives for these classes (its combiner lets the first
     * model own the classes it knows), without MISC, DATE, MONEY and the other classes of the
     * second and third models, which no rule reads.
     */
    ONE_MODEL
  }

  /** What the dependency parser produces for each parsed sentence. */
  public enum Graphs {
    /**
     * CoreNLP's depparse annotator: the basic tree and four derived graphs (collapsed,
     * CC-processed, enhanced, enhanced++).
     */
    ALL,
    /**
     * The same parser and model, basic tree only: the only graph the rules read. The derived
     * graphs, enhanced++ above all, are conversions of the basic tree; skipping them leaves the
     * tree unchanged.
     */
    BASIC
  }

  /** CoreNLP's default number of precomputed parser features ({@code depparse.numPreComputed}). */
  public static final int DEFAULT_PARSER_CACHE = 20_000;
  /** Every feature the English UD model lists as worth precomputing (it lists 99,990). */
  public static final int FULL_PARSER_CACHE = 100_000;

  /**
   * A CoreNLP configuration. Immutable.
   *
   * @param ner the entity recogniser
   * @param lineEndsSentence a line break always ends a sentence (one line is one paragraph in
   *     the articles we read); otherwise CoreNLP's default (two line breaks end one)
   * @param graphs the dependency graphs built per parsed sentence
   * @param parserCache how many of the parser's most frequent input features have their
   *     hidden-layer products computed once at load ({@code depparse.numPreComputed}); the rest
   *     are computed for every transition. More costs load time and 8 KB of heap per feature
   *     (the hidden layer has 1,000 units), and gives the same trees
   */
  public record Settings(Ner ner, boolean lineEndsSentence, Graphs graphs, int parserCache) {
    public Settings {
      Objects.requireNonNull(ner, "ner");
      Objects.requireNonNull(graphs, "graphs");
      if (parserCache < 0) {
        throw new IllegalArgumentException("parserCache must not be negative, was " + parserCache);
      }
    }

    public Settings withNer(Ner n) {
      return new Settings(n, lineEndsSentence, graphs, parserCache);
    }

    public Settings withLineEndsSentence(boolean b) {
      return new Settings(ner, b, graphs, parserCache);
    }

    public Settings withGraphs(Graphs g) {
      return new Settings(ner, lineEndsSentence, g, parserCache);
    }

    public Settings withParserCache(int features) {
      return new Settings(ner, lineEndsSentence, graphs, features);
    }

    /** A short label such as {@code ner=one-model lines=sentences graphs=basic parser-cache=20000}. */
    public String label() {
      return "ner=" + ner.name().toLowerCase(Locale.ROOT).replace('_', '-')
          + " lines=" + (lineEndsSentence ? "sentences" : "default")
          + " graphs=" + graphs.name().toLowerCase(Locale.ROOT)
          + " parser-cache=" + parserCache;
    }
  }

  /** Named configurations. */
  public enum Preset {
    /**
     * What the product runs: one-model NER, a line break ends a sentence, basic trees only.
     * The parser cache stays at CoreNLP's default: the full cache parses about 7 % faster but
     * takes 640 MB more heap, and the process then needs more than 3 GB.
     */
    PRODUCT(new Settings(Ner.ONE_MODEL, true, Graphs.BASIC, DEFAULT_PARSER_CACHE)),
    /** CoreNLP's defaults for tokenize,ssplit,pos,lemma,ner,depparse: the naive pipeline. */
    NAIVE(new Settings(Ner.DEFAULT, false, Graphs.ALL, DEFAULT_PARSER_CACHE));

    private final Settings settings;

    Preset(Settings settings) {
      this.settings = settings;
    }

    public Settings settings() {
      return settings;
    }
  }

  /** The stages of {@link #annotate(String, SentenceFilter)}, in order. */
  public enum Stage {
    /** CoreNLP tokenize and ssplit. */
    TOKENIZE,
    /** CoreNLP pos. */
    POS,
    /** CoreNLP lemma. */
    LEMMA,
    /** CoreNLP ner. */
    NER,
    /** Ours: building the tagged sentences and asking the filter. */
    SELECT,
    /** CoreNLP depparse, on the selected sentences. */
    DEPPARSE,
    /** Ours: converting CoreNLP's annotations to our document. */
    CONVERT;

    /** Whether the stage runs CoreNLP code (the others are ours). */
    public boolean isCoreNlp() {
      return this != SELECT && this != CONVERT;
    }
  }

  /**
   * Totals since the engine was built, over all threads: documents, sentences, parsed
   * sentences, and nanoseconds per stage (wall time of the calling threads). Immutable.
   */
  public record Timings(long documents, long sentences, long parsedSentences, Map<Stage, Long> nanos) {
    public Timings {
      nanos = Map.copyOf(nanos);
    }

    /** Nanoseconds in CoreNLP's own stages. */
    public long coreNlpNanos() {
      return nanos.entrySet().stream().filter(e -> e.getKey().isCoreNlp()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Nanoseconds in our stages (selection and conversion). */
    public long ownNanos() {
      return nanos.entrySet().stream().filter(e -> !e.getKey().isCoreNlp()).mapToLong(Map.Entry::getValue).sum();
    }
  }

  private static volatile CoreNlpEngine shared;

  private final Settings settings;
  private final StanfordCoreNLP tokenize;
  private final StanfordCoreNLP pos;
  private final StanfordCoreNLP lemma;
  private final StanfordCoreNLP ner;
  /** CoreNLP's depparse annotator, for {@link Graphs#ALL}; null otherwise. */
  private final StanfordCoreNLP depparse;
  /** The parser alone, for {@link Graphs#BASIC}; null otherwise. */
  private final DependencyParser parser;
  private final LongAdder documents = new LongAdder();
  private final LongAdder sentenceCount = new LongAdder();
  private final LongAdder parsedCount = new LongAdder();
  private final Map<Stage, LongAdder> stageNanos = new EnumMap<>(Stage.class);

  /**
   * The process-wide product engine, built on first use: the models load once per JVM however
   * many commands, tests or Spark tasks ask for it.
   */
  public static CoreNlpEngine shared() {
    CoreNlpEngine e = shared;
    if (e == null) {
      synchronized (CoreNlpEngine.class) {
        e = shared;
        if (e == null) {
          e = new CoreNlpEngine(Preset.PRODUCT.settings());
          shared = e;
        }
      }
    }
    return e;
  }

  /** The product configuration. Prefer {@link #shared()}: every instance loads its own models. */
  public CoreNlpEngine() {
    this(Preset.PRODUCT.settings());
  }

  /** Loads the models of a configuration. */
  public CoreNlpEngine(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Properties props = properties(settings);
    for (Stage s : Stage.values()) {
      stageNanos.put(s, new LongAdder());
    }
    // The parser alone loads on its own thread meanwhile: it does not use the annotator pool.
    CompletableFuture<DependencyParser> basicParser = settings.graphs() == Graphs.BASIC
        ? CompletableFuture.supplyAsync(() -> loadParser(props), CoreNlpEngine::loaderThread) : null;
    // CoreNLP's annotator pool is global: build under one lock so stages get this configuration.
    synchronized (CoreNlpEngine.class) {
      tokenize = stage(props, "tokenize,ssplit");
      pos = stage(props, "pos");
      lemma = stage(props, "lemma");
      ner = stage(props, "ner");
      depparse = settings.graphs() == Graphs.ALL ? stage(props, "depparse") : null;
    }
    parser = basicParser == null ? null : join(basicParser);
  }

  /** What CoreNLP's depparse annotator would load: its model with its "depparse." properties. */
  private static DependencyParser loadParser(Properties props) {
    Properties parserProps = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
    return DependencyParser.loadFromModelFile(parserProps.getProperty("model", DependencyParser.DEFAULT_MODEL),
        parserProps);
  }

  private static void loaderThread(Runnable r) {
    Thread t = new Thread(r, "newsclaims-parser-loader");
    t.setDaemon(true);
    t.start();
  }

  private static DependencyParser join(CompletableFuture<DependencyParser> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** The CoreNLP properties of a configuration; built privately, never shared. */
  static Properties properties(Settings settings) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    if (settings.lineEndsSentence()) {
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    }
    if (settings.ner() != Ner.DEFAULT) {
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.buildEntityMentions", "false");
    }
    if (settings.ner() == Ner.ONE_MODEL) {
      p.setProperty("ner.model", THREE_CLASS_MODEL);
    }
    if (settings.parserCache() != DEFAULT_PARSER_CACHE) {
      p.setProperty("depparse.numPreComputed", Integer.toString(settings.parserCache()));
    }
    return p;
  }

  private static StanfordCoreNLP stage(Properties all, String annotators) {
    Properties p = new Properties();
    p.putAll(all);
    p.setProperty("annotators", annotators);
    return new StanfordCoreNLP(p, false);
  }

  public Settings settings() {
    return settings;
  }

  @Override
  public String describe() {
    return "CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner,depparse (" + settings.label() + ")";
  }

  /** Totals so far; see {@link Timings}. */
  public Timings timings() {
    Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    stageNanos.forEach((k, v) -> nanos.put(k, v.sum()));
    return new Timings(documents.sum(), sentenceCount.sum(), parsedCount.sum(), nanos);
  }

  @Override
  public AnnotatedDocument annotate(String text) {
    return annotate(text, SentenceFilter.ALL);
  }

  @Override
  public AnnotatedDocument annotate(String text, SentenceFilter parse) {
    return annotate(text, parse, Deadline.none());
  }

  /**
   * {@inheritDoc} The deadline is checked before each stage and, in the parser (most of the
   * time of an article), before each sentence: a stage over the whole text (tokenizing, tagging,
   * entities, all linear in its length) runs to its end before the check after it.
   */
  @Override
  public AnnotatedDocument annotate(String text, SentenceFilter parse, Deadline deadline) {
    Objects.requireNonNull(parse, "parse");
    Annotation annotation = new Annotation(text);
    long t = System.nanoTime();
    deadline.check(step(Stage.TOKENIZE), 0, 0, 0);
    t = run(tokenize, annotation, Stage.TOKENIZE, t);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    int n = coreSentences.size();
    for (StageAnnotator s : List.of(new StageAnnotator(pos, Stage.POS), new StageAnnotator(lemma, Stage.LEMMA),
        new StageAnnotator(ner, Stage.NER))) {
      deadline.check(step(s.stage()), n, n, text.length());
      t = run(s.annotator(), annotation, s.stage(), t);
    }

    List<List<Token>> tokens = new ArrayList<>(n);
    List<Sentence> tagged = new ArrayList<>(n);
    for (CoreMap s : coreSentences) {
      List<Token> ts = tokens(s, text);
      tokens.add(ts);
      tagged.add(Sentence.unparsed(tagged.size(), ts));
    }
    deadline.check(step(Stage.SELECT), n, n, text.length());
    BitSet selected = parse.select(text, tagged);
    if (selected.length() > tagged.size()) {
      throw new IllegalArgumentException("sentence filter selected sentence " + (selected.length() - 1)
          + " of a document with " + tagged.size());
    }
    t = lap(Stage.SELECT, t);

    if (!selected.isEmpty()) {
      List<CoreMap> subset = new ArrayList<>(selected.cardinality());
      selected.stream().forEach(i -> subset.add(coreSentences.get(i)));
      if (depparse != null) {
        deadline.check(step(Stage.DEPPARSE), n, n, text.length());
        Annotation toParse = annotation;
        if (subset.size() < n) {
          toParse = new Annotation(text);
          toParse.set(CoreAnnotations.SentencesAnnotation.class, subset);
        }
        t = run(depparse, toParse, Stage.DEPPARSE, t);
      } else {
        t = parseBasic(subset, n, deadline, t);
      }
    }

    deadline.check(step(Stage.CONVERT), n, n, text.length());
    List<Sentence> sentences = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sentences.add(selected.get(i) ? parsed(i, coreSentences.get(i), tokens.get(i)) : tagged.get(i));
    }
    lap(Stage.CONVERT, t);
    documents.increment();
    sentenceCount.add(n);
    parsedCount.add(selected.cardinality());
    return new AnnotatedDocument(text, sentences);
  }

  /** One of CoreNLP's whole-text stages with the stage it is timed as. */
  private record StageAnnotator(StanfordCoreNLP annotator, Stage stage) {}

  /** The name of a stage in a {@link Deadline.Reached}. */
  private static String step(Stage stage) {
    return stage.name().toLowerCase(Locale.ROOT);
  }

  private long run(StanfordCoreNLP stage, Annotation annotation, Stage which, long since) {
    try {
      stage.annotate(annotation);
    } catch (RuntimeException | StackOverflowError e) {
      throw new NlpException("CoreNLP " + which.name().toLowerCase(Locale.ROOT) + " failed: " + cause(e), e);
    }
    return lap(which, since);
  }

  /**
   * The parser on each sentence, basic tree only (what depparse stores as BasicDependencies), the
   * deadline checked before each.
   */
  private long parseBasic(List<CoreMap> sentences, int of, Deadline deadline, long since) {
    for (CoreMap s : sentences) {
      int index = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
      deadline.check(step(Stage.DEPPARSE), index, of, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      try {
        GrammaticalStructure gs = parser.predict(s);
        s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
      } catch (RuntimeException | StackOverflowError e) {
        throw new NlpException("CoreNLP depparse failed on sentence " + index + ": " + cause(e), e);
      }
    }
    return lap(Stage.DEPPARSE, since);
  }

  /** A library failure for a message: its message, or its class when it has none (a stack overflow). */
  private static String cause(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private long lap(Stage stage, long since) {
    long now = System.nanoTime();
    stageNanos.get(stage).add(now - since);
    return now;
  }

  private static List<Token> tokens(CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      TextSpan span = new TextSpan(l.beginPosition(), l.endPosition());
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, span.cut(text), lemma.toLowerCase(Locale.ROOT), l.tag(), ner, span));
    }
    return tokens;
  }

  private static Sentence parsed(int index, CoreMap s, List<Token> tokens) {
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return Sentence.unparsed(index, tokens);
    }
    int[] heads = new int[tokens.size()];
    String[] relations = new String[tokens.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "dep");
    for (IndexedWord root : graph.getRoots()) {
      relations[root.index() - 1] = "root";
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      int dep = e.getDependent().index() - 1;
      heads[dep] = e.getGovernor().index() - 1;
      relations[dep] = e.getRelation().toString();
    }
    return new Sentence(index, tokens, heads, relations);
  }
}

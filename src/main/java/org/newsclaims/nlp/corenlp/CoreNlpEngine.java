package org.newsclaims.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.AnnotatedDocument;
import org.newsclaims.nlp.NlpEngine;
import org.newsclaims.nlp.NlpException;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * Stanford CoreNLP behind our port: tokenize, ssplit, pos, lemma, coarse NER (no fine-grained
 * classes, no SUTime, no numeric classifiers: the rules need PERSON and LOCATION only) and the
 * neural UD dependency parser.
 *
 * <p>Models load once in the constructor (several seconds, about 1 GB of heap). {@link
 * #annotate} is thread-safe: CoreNLP's annotators are, and each call has its own Annotation.
 */
public final class CoreNlpEngine implements NlpEngine {

  /** Sentence splitting policy: one line is one paragraph in the articles we read. */
  private static final String NEWLINE_POLICY = "always";

  private static volatile CoreNlpEngine shared;

  private final StanfordCoreNLP pipeline;
  private final Properties properties;

  /**
   * The process-wide engine, built on first use: the models load once per JVM however many
   * commands, tests or Spark tasks ask for it.
   */
  public static CoreNlpEngine shared() {
    CoreNlpEngine e = shared;
    if (e == null) {
      synchronized (CoreNlpEngine.class) {
        e = shared;
        if (e == null) {
          e = new CoreNlpEngine();
          shared = e;
        }
      }
    }
    return e;
  }

  public CoreNlpEngine() {
    properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("ssplit.newlineIsSentenceBreak", NEWLINE_POLICY);
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "false");
    properties.setProperty("depparse.extradependencies", "NONE");
    pipeline = new StanfordCoreNLP(properties);
  }

  @Override
  public String describe() {
    return "CoreNLP 4.5.10 " + properties.getProperty("annotators")
        + " (ner coarse, no SUTime; ssplit.newlineIsSentenceBreak=" + NEWLINE_POLICY + ")";
  }

  @Override
  public AnnotatedDocument annotate(String text) {
    Annotation annotation = new Annotation(text);
    try {
      pipeline.annotate(annotation);
    } catch (RuntimeException e) {
      throw new NlpException("CoreNLP failed: " + e.getMessage(), e);
    }
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (CoreMap s : coreSentences) {
      sentences.add(convert(sentences.size(), s, text));
    }
    return new AnnotatedDocument(text, sentences);
  }

  private static Sentence convert(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      TextSpan span = new TextSpan(l.beginPosition(), l.endPosition());
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, span.cut(text), lemma.toLowerCase(Locale.ROOT), l.tag(), ner, span));
    }
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

package org.newsclaims.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Graphs;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Ner;
import org.newsclaims.nlp.corenlp.CoreNlpEngine.Settings;

/**
 * What the parent ({@link Benchmark}) and a worker JVM ({@link BenchWorker}) exchange, and nothing
 * else: the parent starts {@link #command} (its own Java and class path, the heap given, the
 * worker's main class, then {@link Options#arguments()}: {@code key=value} for every key of
 * {@link Options#KEYS}, nothing else); the worker reads them back with {@link Options#parse},
 * measures, prints {@link #line} (its {@link WorkerResult} as one line of JSON) as the last line of
 * its standard output and exits 0, or exits 1 with the failure on its standard error. The parent
 * takes the result from the worker's standard output with {@link #result}. Stateless and
 * thread-safe.
 */
final class WorkerProtocol {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WorkerProtocol() {}

  /**
   * What a worker measures. Immutable.
   *
   * @param variant the pipeline
   * @param input folder of articles (recursive, every format extract reads)
   * @param models the extraction models folder
   * @param warmupPasses passes run first and not measured (the JIT compiles the hot code)
   * @param passes measured passes, at least 1
   * @param maxArticles use only the first N articles in path order; 0 for all
   * @param scaling also time the project's own code on documents of 1, 2, 4 and 8 copies
   */
  record Options(Variant variant, Path input, Path models, int warmupPasses, int passes,
      int maxArticles, boolean scaling) {
    static final List<String> KEYS = List.of("name", "ner", "lines", "graphs", "parser-cache", "claim-sentences", "threads",
        "in", "models", "warmup", "passes", "articles", "scaling");

    Options {
      Objects.requireNonNull(variant, "variant");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(models, "models");
      if (warmupPasses < 0 || passes < 1 || maxArticles < 0) {
        throw new IllegalArgumentException("need warmup >= 0, passes >= 1, articles >= 0; got "
            + warmupPasses + ", " + passes + ", " + maxArticles);
      }
    }

    /** The arguments that {@link #parse} reads back. */
    List<String> arguments() {
      List<String> args = new ArrayList<>(variant.arguments());
      args.addAll(List.of("in=" + input, "models=" + models, "warmup=" + warmupPasses, "passes=" + passes,
          "articles=" + maxArticles, "scaling=" + scaling));
      return args;
    }

    /** Reads {@code key=value} arguments; every key in {@link #KEYS} is required, no other allowed. */
    static Options parse(List<String> args) {
      Map<String, String> m = new HashMap<>();
      for (String a : args) {
        int eq = a.indexOf('=');
        String key = eq < 0 ? a : a.substring(0, eq);
        if (eq < 0 || !KEYS.contains(key)) {
          throw new IllegalArgumentException("bad worker argument '" + a + "'; expected key=value with key one of " + KEYS);
        }
        if (m.put(key, a.substring(eq + 1)) != null) {
          throw new IllegalArgumentException("worker argument given twice: " + key);
        }
      }
      for (String k : KEYS) {
        if (!m.containsKey(k)) {
          throw new IllegalArgumentException("missing worker argument " + k + "=...");
        }
      }
      Settings settings = new Settings(Ner.valueOf(m.get("ner")), bool(m, "lines"), Graphs.valueOf(m.get("graphs")),
          Integer.parseInt(m.get("parser-cache")));
      Variant v = new Variant(m.get("name"), "", settings, bool(m, "claim-sentences"), Integer.parseInt(m.get("threads")));
      return new Options(v, Path.of(m.get("in")), Path.of(m.get("models")), Integer.parseInt(m.get("warmup")),
          Integer.parseInt(m.get("passes")), Integer.parseInt(m.get("articles")), bool(m, "scaling"));
    }

    private static boolean bool(Map<String, String> m, String key) {
      String v = m.get(key);
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException(key + " must be true or false, was " + v);
      }
      return Boolean.parseBoolean(v);
    }
  }

  /** The worker's command line. */
  static List<String> command(Path java, String heap, String classPath, Options options) {
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-Dfile.encoding=UTF-8",
        "-cp", classPath, BenchWorker.class.getName()));
    cmd.addAll(options.arguments());
    return cmd;
  }

  /** The worker's last line of standard output: the result as JSON, without a line break. */
  static String line(WorkerResult result) throws IOException {
    return JSON.writeValueAsString(result);
  }

  /**
   * The result in a worker's standard output (its last line).
   *
   * @throws IOException when the output does not end with a result
   */
  static WorkerResult result(String out) throws IOException {
    String[] lines = out.strip().split("\r?\n");
    String last = lines[lines.length - 1];
    if (!last.startsWith("{")) {
      throw new IOException("bench worker printed no result; its output ended with: " + tail(out, 500));
    }
    return JSON.readValue(last, WorkerResult.class);
  }

  /** The end of a worker's output, at most {@code max} characters. */
  static String tail(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max);
  }
}

package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsclaims.ingest.ReadObserver;
import org.newsclaims.testing.SharedModels;

/**
 * The fixture of the store scale measurement ({@code src/scripts/store-scale.sh}, docs/store.md):
 * a folder of small generated articles (a headline and four sentences each, a thousand to a
 * sub-folder) and an output folder seeded by one extraction run with the {@link LineEngine} in
 * place of CoreNLP, which would take days on 100,000 articles.
 *
 * <p>The seeded store is what the real tool would have written apart from the claims themselves:
 * a result's key depends on the code version, the models fingerprint and the article, never on
 * the NLP engine, so the packaged tool (same classes, same models folder) takes every seeded
 * result as current. The runs that are measured afterwards are the real tool's.
 *
 * <p>Command line: {@code StoreScale seed ARTICLES WORKDIR} writes {@code WORKDIR/in} and seeds
 * {@code WORKDIR/out}, printing the seeding run's summary; {@code StoreScale write DIR N} writes
 * generated article N as {@code DIR/article-N.txt} (an article added to a seeded folder);
 * {@code StoreScale version} prints the code version the seeded results are keyed with.
 */
public final class StoreScale {
  private static final List<String> PLACES = List.of("Russia", "Ukraine", "Georgia", "Moldova", "Armenia",
      "Azerbaijan", "Belarus", "Finland", "Estonia", "Latvia", "Lithuania", "Poland", "Turkey", "Syria", "Iran");
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
  /** Articles per sub-folder, as a newsroom archive sorted by day would have. */
  static final int PER_FOLDER = 1000;

  private StoreScale() {}

  /** The relative path of generated article {@code n}. */
  static String name(int n) {
    return String.format(Locale.ROOT, "batch-%04d/article-%07d.txt", n / PER_FOLDER, n);
  }

  /** Generated article {@code n}: every one different, each giving the line engine a few claims. */
  static String article(int n) {
    String place = PLACES.get(n % PLACES.size());
    String other = PLACES.get((n / PLACES.size() + 1) % PLACES.size());
    String day = DAYS.get(n % DAYS.size());
    return place + " talks, report " + n + "\n"
        + "The ceasefire along the border between " + place + " and " + other + " was agreed on " + day + ".\n"
        + "Sanctions on " + place + " oil exports will stay in place until " + (2026 + n % 5) + ".\n"
        + "Officials in " + other + " said the territory question was left for talks in week " + (n % 52) + ".\n"
        + "The summit venue for the next round of talks on security is " + other + ", report " + n + " added.\n";
  }

  /** Writes articles {@code first} to {@code first + count - 1} under {@code in}. */
  static void generate(Path in, int first, int count) throws IOException {
    for (int n = first; n < first + count; n++) {
      Path file = in.resolve(name(n));
      Files.createDirectories(file.getParent());
      Files.writeString(file, article(n), StandardCharsets.UTF_8);
    }
  }

  /** One extraction run with the line engine, under the code version the packaged tool has. */
  static RunReport seed(Path in, Path out, int threads) throws IOException, InterruptedException {
    ExtractionModels models = SharedModels.models();
    ExtractionRun run = new ExtractionRun(models, () -> new ArticleAnalyzer(new LineEngine(), LineEngine.ENGLISH,
        models), ReadObserver.NONE, ToolVersion.current());
    return run.run(RunConfig.builder(in, out).threads(threads).build(), ProgressListener.NONE);
  }

  public static void main(String... args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 3 && args[0].equals("seed")) {
      int count = Integer.parseInt(args[1]);
      Path work = Path.of(args[2]);
      long t0 = System.nanoTime();
      generate(work.resolve("in"), 0, count);
      long t1 = System.nanoTime();
      RunReport r = seed(work.resolve("in"), work.resolve("out"), Runtime.getRuntime().availableProcessors());
      long t2 = System.nanoTime();
      out.printf(Locale.ROOT, "generated %d articles in %.1f s; seeded %d articles, %d claims in %.1f s%n", count,
          (t1 - t0) / 1e9, r.articles(), r.claimCount(), (t2 - t1) / 1e9);
    } else if (args.length == 1 && args[0].equals("version")) {
      out.println(ToolVersion.current());
    } else if (args.length == 3 && args[0].equals("write")) {
      int n = Integer.parseInt(args[2]);
      Path file = Path.of(args[1]).resolve(String.format(Locale.ROOT, "article-%07d.txt", n));
      Files.createDirectories(file.getParent());
      Files.writeString(file, article(n), StandardCharsets.UTF_8);
    } else {
      System.err.println("usage: StoreScale seed ARTICLES WORKDIR | StoreScale write DIR N | StoreScale version");
      System.exit(2);
    }
  }
}

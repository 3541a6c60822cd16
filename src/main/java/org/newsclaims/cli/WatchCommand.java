package org.newsclaims.cli;

import org.newsclaims.export.OutputLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsclaims.model.Problem;
import org.newsclaims.pipeline.ExtractionModels;
import org.newsclaims.pipeline.ExtractionRun;
import org.newsclaims.pipeline.NlpWiring;
import org.newsclaims.pipeline.ProgressListener;
import org.newsclaims.pipeline.RunConfig;
import org.newsclaims.pipeline.RunReport;
import org.newsclaims.pipeline.StopSignal;
import org.newsclaims.pipeline.WatchLoop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsclaims watch}: the backlog, then each article as it lands, until Ctrl-C. On Ctrl-C
 * (or SIGTERM) the articles in hand are finished or abandoned, the outputs are committed, and the
 * JVM ends with the status of the signal (130 or 143): a watch has no other normal end.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Keep extracting: the articles under --in, then each one added, changed or deleted, until stopped.",
        "Updates --out after each article, as extract does. Files are read once unchanged for --settle-ms; the "
            + "folder is looked at every --poll-ms. Ctrl-C (or SIGTERM) finishes the articles in hand, writes the "
            + "outputs and stops."})
final class WatchCommand implements Callable<Integer> {

  @Mixin
  RunOptions run = new RunOptions();

  private long pollMillis;
  private long settleMillis;

  @Option(names = "--poll-ms", paramLabel = "MS", defaultValue = "1000",
      description = "How often to look at the folder, in milliseconds (default: ${DEFAULT-VALUE}).")
  void pollMillis(long ms) {
    pollMillis = Positive.atLeast(spec, "--poll-ms", 1, ms);
  }

  @Option(names = "--settle-ms", paramLabel = "MS", defaultValue = "2000",
      description = "How long a file must stay unchanged before it is read, in milliseconds (default: ${DEFAULT-VALUE}).")
  void settleMillis(long ms) {
    settleMillis = Positive.atLeast(spec, "--settle-ms", 0, ms);
  }

  @Spec
  CommandSpec spec;

  /** Exit codes of a watch: it ends only when stopped by a signal, or on an error. */
  static Map<String, String> exitCodes() {
    Map<String, String> codes = ExitCode.help(ExitCode.ERROR, ExitCode.USAGE);
    codes.put("130, 143", "stopped by Ctrl-C (SIGINT) or SIGTERM, after writing the outputs: the normal end");
    return codes;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RunConfig config = run.config();
    Path out = run.output();
    WatchLoop.Settings settings = new WatchLoop.Settings(Duration.ofMillis(pollMillis),
        Duration.ofMillis(settleMillis), WatchLoop.Settings.DEFAULTS.commitEvery(),
        WatchLoop.Settings.DEFAULTS.stopGrace());
    ExtractionModels models = ExtractionModels.load(run.analysis.models);
    ExtractionRun run = new ExtractionRun(models, () -> NlpWiring.analyzer(models));

    StopSignal stop = new StopSignal();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      err.println("newsclaims: stopping: finishing the article in hand, then writing the outputs...");
      err.flush();
      stop.requestStop();
      try {
        finished.await(settings.stopGrace().toSeconds() + 30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsclaims-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      new WatchLoop(run, config, settings, new Printer(err, out), ProgressListener.NONE).run(stop);
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook is what stopped us, and it returns now.
      }
    }
    return ExitCode.OK.code();
  }

  /** Reports each pass on stderr: what was analysed, the totals, problems not reported before. */
  private static final class Printer implements WatchLoop.Listener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private final PrintWriter err;
    private final Path out;
    private Set<Problem> reported = new HashSet<>();

    Printer(PrintWriter err, Path out) {
      this.err = err;
      this.out = out;
    }

    @Override
    public void watching(Path input, WatchLoop.Settings s) {
      err.printf(Locale.ROOT, "newsclaims: watching %s (every %.1f s; files unchanged for %.1f s are read); "
          + "results in %s; Ctrl-C to stop%n", input, s.poll().toMillis() / 1000.0, s.settle().toMillis() / 1000.0, out);
      err.flush();
    }

    @Override
    public void passed(RunReport r, int unsettled) {
      List<String> ids = r.analysedIds();
      String what = ids.isEmpty() ? "nothing to analyse"
          : "analysed " + ids.size() + ": " + Terminal.escape(String.join(", ", ids.subList(0, Math.min(5, ids.size()))))
              + (ids.size() > 5 ? ", ..." : "");
      err.printf(Locale.ROOT, "newsclaims: %s %s%s; %d articles, %d claims, %d problems%s%s%n",
          LocalTime.now().format(TIME), what,
          r.removedArticles() > 0 ? "; " + r.removedArticles() + " removed" : "",
          r.articles(), r.claimCount(), r.problems().size(),
          r.pendingArticles() > 0 ? "; " + r.pendingArticles() + " pending" : "",
          unsettled > 0 ? "; " + unsettled + " files still being written" : "");
      Set<Problem> now = new HashSet<>(r.problems());
      ExtractCommand.printProblems(err, r.problems().stream().filter(p -> !reported.contains(p)).toList());
      reported = now;
      r.reviewWarnings().forEach(w -> err.printf(Locale.ROOT, "  warning: %s%n", Terminal.escape(w)));
      err.flush();
    }

    @Override
    public void stopped(RunReport last) {
      if (last == null) {
        err.println("newsclaims: stopped before the first pass; outputs unchanged");
      } else {
        err.printf(Locale.ROOT, "newsclaims: stopped; %s holds %d articles%s%n", out.resolve(OutputLayout.CLAIMS_FILE),
            last.articles(), last.pendingArticles() > 0
                ? " (" + last.pendingArticles() + " not analysed yet: the next extract or watch does them)" : "");
      }
      err.flush();
    }
  }
}

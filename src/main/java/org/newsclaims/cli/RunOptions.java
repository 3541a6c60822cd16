package org.newsclaims.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.newsclaims.ingest.IngestOptions;
import org.newsclaims.pipeline.ArticleBudget;
import org.newsclaims.pipeline.RunConfig;
import org.newsclaims.text.InvalidUtf8Policy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of an extraction run, shared by extract and watch: where from and to, the
 * analysis, what to redo and how to read inputs. A picocli mixin; {@link #config()} turns them
 * into the typed {@link RunConfig}. A new run option is one field here and one builder call in
 * {@link #config()}.
 */
final class RunOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Mixin
  InputOption in = new InputOption();

  @Mixin
  OutputOption out = new OutputOption();

  @Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  @Option(names = "--force",
      description = "Analyse every article again, ignoring earlier results (watch: on its first pass).")
  boolean force;

  @Option(names = "--retry-failed", description = "Analyse again the articles whose analysis failed or ran out of "
      + "time in an earlier run; otherwise they are tried again only when their text, the tool or the time budget "
      + "changes (watch: on its first pass).")
  boolean retryFailed;

  private Optional<ArticleBudget> budget = Optional.of(ArticleBudget.DEFAULT);

  @Option(names = "--article-timeout", paramLabel = "DURATION", defaultValue = ArticleTimeout.AUTO,
      description = ArticleTimeout.DESCRIPTION)
  void articleTimeout(String value) {
    budget = ArticleTimeout.parse(command, value);
  }

  private long maxBytes = IngestOptions.DEFAULT_MAX_ARTICLE_BYTES;
  private long maxFileBytes = IngestOptions.DEFAULT_MAX_FILE_BYTES;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + IngestOptions.DEFAULT_MAX_ARTICLE_BYTES,
      description = "Articles larger than this are reported (too-large), not read (default: ${DEFAULT-VALUE}).")
  void maxBytes(long n) {
    maxBytes = Positive.atLeast(command, "--max-bytes", 1, n);
  }

  @Option(names = "--max-file-bytes", paramLabel = "BYTES", defaultValue = "" + IngestOptions.DEFAULT_MAX_FILE_BYTES,
      description = "HTML pages and JSON exports larger than this are reported, not read (default: ${DEFAULT-VALUE}).")
  void maxFileBytes(long n) {
    maxFileBytes = Positive.atLeast(command, "--max-file-bytes", 1, n);
  }

  @Option(names = "--invalid-utf8", paramLabel = "POLICY", defaultValue = "skip",
      converter = Choices.InvalidUtf8.class, completionCandidates = Choices.InvalidUtf8.class,
      description = "Bytes that are not UTF-8, one of ${COMPLETION-CANDIDATES}: skip the article (report only), "
          + "or replace them with U+FFFD, analyse and report (default: ${DEFAULT-VALUE}).")
  InvalidUtf8Policy invalidUtf8;

  Path input() {
    return in.folder;
  }

  Path output() {
    return out.folder;
  }

  /** The typed configuration; a value the core refuses (the output folder is the input) is a usage error. */
  RunConfig config() {
    try {
      RunConfig.Reanalyse reanalyse = force ? RunConfig.Reanalyse.ALL
          : retryFailed ? RunConfig.Reanalyse.FAILED : RunConfig.Reanalyse.CHANGED;
      return RunConfig.builder(in.folder, out.folder).threads(analysis.threads()).maxBytes(maxBytes)
          .maxFileBytes(maxFileBytes).invalidUtf8(invalidUtf8).reanalyse(reanalyse).build().withBudget(budget);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), Terminal.escape(e.getMessage()));
    }
  }
}

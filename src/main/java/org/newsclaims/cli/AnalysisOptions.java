package org.newsclaims.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.pipeline.ArticleBudget;
import org.newsclaims.pipeline.RunConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of the analysis of each article, shared by extract and watch: its time budget, retries. */
final class AnalysisOptions {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
  /** Longer is no limit in practice: say off. */
  private static final Duration LONGEST = Duration.ofHours(24);

  @Option(names = "--article-timeout", paramLabel = "DURATION", defaultValue = "auto",
      description = {"Time one article's analysis may take, e.g. 30s, 2m, 1h; past it the article is one "
          + "analysis-timeout problem and the run goes on. auto: " + ArticleBudget.DEFAULT_BASE_SECONDS + " s + "
          + ArticleBudget.DEFAULT_SECONDS_PER_THOUSAND_TOKENS + " s per 1,000 tokens; off: no limit "
          + "(default: ${DEFAULT-VALUE})."})
  String articleTimeout;

  @Option(names = "--retry-failed", description = "Analyse again the articles whose analysis failed or ran out of "
      + "time in an earlier run (otherwise only when their text, the tool or the time budget changes).")
  boolean retryFailed;

  /** {@code config} with this time budget and, unless it analyses everything, the failed articles again. */
  RunConfig applyTo(RunConfig config, CommandSpec spec) {
    RunConfig budgeted = config.withBudget(budget(spec));
    return retryFailed && !config.force() ? budgeted.withReanalyse(RunConfig.Reanalyse.FAILED) : budgeted;
  }

  /** The budget of {@code --article-timeout}; a value that is no duration is a usage error. */
  private Optional<ArticleBudget> budget(CommandSpec spec) {
    String value = articleTimeout.trim().toLowerCase(Locale.ROOT);
    if (value.equals("auto")) {
      return Optional.of(ArticleBudget.DEFAULT);
    }
    if (value.equals("off")) {
      return Optional.empty();
    }
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "--article-timeout must be a duration such as 500ms, 30s, "
          + "2m or 1h, or auto or off, was '" + Terminal.escape(articleTimeout) + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
    if (d.isZero() || d.compareTo(LONGEST) > 0) {
      throw new ParameterException(spec.commandLine(), "--article-timeout must be more than 0 and at most 24h "
          + "(off for no limit), was '" + Terminal.escape(articleTimeout) + "'");
    }
    return Optional.of(ArticleBudget.fixed(d));
  }
}

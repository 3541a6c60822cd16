package org.newsclaims.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.pipeline.ArticleBudget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The values of {@code --article-timeout}: {@code auto} (the size rule of
 * {@link ArticleBudget#DEFAULT}), {@code off} (no limit), or one duration for every article, a
 * whole number with its unit ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}).
 */
final class ArticleTimeout {
  static final String AUTO = "auto";
  static final String OFF = "off";
  /** The help text of the option, naming the default rule. */
  static final String DESCRIPTION = "Time one article's analysis may take, e.g. 90s, 2m, 1h; past it the article is "
      + "one analysis-timeout problem and the run goes on. " + AUTO + ": " + ArticleBudget.DEFAULT_BASE_SECONDS
      + " s + " + ArticleBudget.DEFAULT_SECONDS_PER_THOUSAND_TOKENS + " s per 1,000 tokens; " + OFF
      + ": no limit (default: ${DEFAULT-VALUE}).";
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
  /** Longer is no limit in practice: say off. */
  private static final Duration LONGEST = Duration.ofHours(24);

  private ArticleTimeout() {}

  /** The budget a value asks for (empty: no limit); a value that is none of the above is a usage error. */
  static Optional<ArticleBudget> parse(CommandSpec command, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals(AUTO)) {
      return Optional.of(ArticleBudget.DEFAULT);
    }
    if (v.equals(OFF)) {
      return Optional.empty();
    }
    Matcher m = DURATION.matcher(v);
    if (!m.matches()) {
      throw usage(command, "must be a duration such as 500ms, 30s, 2m or 1h, or " + AUTO + " or " + OFF, value);
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
    if (d.isZero() || d.compareTo(LONGEST) > 0) {
      throw usage(command, "must be more than 0 and at most 24h (" + OFF + " for no limit)", value);
    }
    return Optional.of(ArticleBudget.fixed(d));
  }

  private static ParameterException usage(CommandSpec command, String what, String value) {
    return new ParameterException(command.commandLine(),
        "--article-timeout " + what + ", was '" + Terminal.escape(value) + "'");
  }
}

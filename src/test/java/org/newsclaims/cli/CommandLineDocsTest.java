package org.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclaims.testing.SharedModels;
import org.newsclaims.text.InvalidUtf8Policy;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line and its documentation agree: the README's command table is {@code --help}'s
 * command list, every option of every command is in a usage block of that command, every exit
 * code of every {@code --help} is in the README; and the command line itself keeps its promises
 * (a command list without a command, the build's version, --verbose anywhere, typed values).
 */
class CommandLineDocsTest {
  private static final Pattern COMMAND_ROW = Pattern.compile("^\\| `([a-z]+)` \\| (.+) \\|$");
  private static final Pattern EXIT_ROW = Pattern.compile("^\\| `(\\d+)`(?:, `(\\d+)`)* \\|");
  private static final Pattern CODE = Pattern.compile("`(\\d+)`");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z0-9][a-z0-9-]*");

  private static Path root() {
    return SharedModels.root();
  }

  private static String readme() throws IOException {
    Path readme = root().resolve("README.md");
    assertTrue(Files.isRegularFile(readme), "missing " + readme);
    return Files.readString(readme, StandardCharsets.UTF_8);
  }

  /** README.md and every page of docs/, which must exist. */
  private static List<String> docs() throws IOException {
    List<String> texts = new ArrayList<>(List.of(readme()));
    try (Stream<Path> pages = Files.list(root().resolve("docs"))) {
      for (Path p : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertTrue(texts.size() >= 10, "README and only " + (texts.size() - 1) + " pages of docs/");
    return texts;
  }

  /** The lines of a section of the README: after its heading, up to the next heading of that level. */
  private static List<String> section(String text, String heading) {
    List<String> lines = List.of(text.split("\n"));
    int start = lines.indexOf(heading);
    assertTrue(start >= 0, "README has no '" + heading + "'");
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      out.add(line);
    }
    return out;
  }

  private static CommandLine commandLine() {
    return Main.commandLine(new Main());
  }

  private static Map<String, CommandSpec> commands() {
    Map<String, CommandSpec> m = new LinkedHashMap<>();
    commandLine().getSubcommands().forEach((name, cl) -> m.put(name, cl.getCommandSpec()));
    assertTrue(m.size() >= 6, "only " + m.keySet());
    return m;
  }

  @Test
  void theReadmeCommandTableIsTheCommandListOfHelp() throws IOException {
    Map<String, String> readme = new LinkedHashMap<>();
    for (String line : section(readme(), "## Commands")) {
      Matcher m = COMMAND_ROW.matcher(line);
      if (m.matches()) {
        readme.put(m.group(1), m.group(2));
      }
    }
    Map<String, String> help = new LinkedHashMap<>();
    commands().forEach((name, spec) -> help.put(name, spec.usageMessage().description()[0]));
    assertEquals(help, readme, "README 'Commands' table against each command's first --help line");
    String usage = commandLine().getUsageMessage();
    help.keySet().forEach(name -> assertTrue(usage.contains("  " + name + " "), () -> name + " not in:\n" + usage));
  }

  /**
   * The usage blocks of a command in the docs: lines of code blocks that start with
   * {@code ./newsclaims COMMAND}, with their indented continuation lines, comments dropped.
   */
  private static String usageBlocks(List<String> docs, String command) {
    StringBuilder b = new StringBuilder();
    for (String doc : docs) {
      boolean inCode = false;
      boolean inBlock = false;
      for (String line : doc.split("\n")) {
        if (line.startsWith("```")) {
          inCode = !inCode;
          inBlock = false;
          continue;
        }
        if (!inCode) {
          continue;
        }
        if (line.startsWith("./newsclaims " + command + " ") || line.equals("./newsclaims " + command)) {
          inBlock = true;
        } else if (!(inBlock && line.startsWith(" "))) {
          inBlock = false;
        }
        if (inBlock) {
          b.append(line.replaceFirst("\\s#\\s.*$", "")).append('\n');
        }
      }
    }
    return b.toString();
  }

  @Test
  void everyOptionOfEveryCommandIsInAUsageBlockOfThatCommandAndNoOther() throws IOException {
    List<String> docs = docs();
    commands().forEach((name, spec) -> {
      String blocks = usageBlocks(docs, name);
      assertFalse(blocks.isEmpty(), "no usage line './newsclaims " + name + " ...' in README.md or docs/");
      Set<String> declared = new TreeSet<>();
      for (OptionSpec o : spec.options()) {
        if (!o.usageHelp() && !o.versionHelp()) {
          declared.add(o.longestName());
        }
      }
      Set<String> documented = new TreeSet<>();
      Matcher m = OPTION.matcher(blocks);
      while (m.find()) {
        documented.add(m.group());
      }
      Set<String> missing = new TreeSet<>(declared);
      missing.removeAll(documented);
      assertEquals(Set.of(), missing, name + ": options of --help missing from its usage blocks:\n" + blocks);
      Set<String> stale = new TreeSet<>(documented);
      stale.removeAll(declared);
      stale.removeAll(Set.of("--help", "--version"));
      assertEquals(Set.of(), stale, name + ": options in the docs that --help does not have:\n" + blocks);
    });
  }

  @Test
  void theExitCodesOfEveryHelpAreTheReadmes() throws IOException {
    Set<String> readme = new TreeSet<>();
    for (String line : section(readme(), "## Exit codes")) {
      if (EXIT_ROW.matcher(line).find()) {
        Matcher m = CODE.matcher(line.substring(0, line.indexOf(" |", 2)));
        while (m.find()) {
          readme.add(m.group(1));
        }
      }
    }
    Set<String> help = new TreeSet<>();
    CommandLine cli = commandLine();
    List<CommandSpec> all = new ArrayList<>(List.of(cli.getCommandSpec()));
    all.addAll(commands().values());
    for (CommandSpec spec : all) {
      Map<String, String> codes = spec.usageMessage().exitCodeList();
      assertFalse(codes.isEmpty(), spec.qualifiedName() + " --help lists no exit codes");
      codes.keySet().forEach(k -> help.addAll(Arrays.asList(k.split(",\\s*"))));
    }
    assertEquals(help, readme, "exit codes of --help against the README's table");
    assertEquals(Set.of("1", "2", "130, 143"),
        commands().get("watch").usageMessage().exitCodeList().keySet().stream().collect(java.util.stream.Collectors.toSet()),
        "a watch ends by a signal or an error, never with 0");
  }

  /** Runs the command line with stdout and stderr captured; returns the exit code. */
  private static int run(StringBuilder out, StringBuilder err, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      return Main.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      out.append(o.toString(StandardCharsets.UTF_8));
      err.append(e.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void withoutACommandEveryCommandIsListed() {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    assertEquals(ExitCode.USAGE.code(), run(out, err));
    assertContains("newsclaims: a command is required: " + String.join(", ", commands().keySet()), err.toString());
    for (String name : commands().keySet()) {
      assertContains("\n  " + name + " ", err.toString());
    }
  }

  @Test
  void theVersionIsTheBuildsVersion() throws IOException {
    String pom = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<artifactId>newsclaims</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(m.find(), "no project version in pom.xml");
    StringBuilder out = new StringBuilder();
    assertEquals(ExitCode.OK.code(), run(out, new StringBuilder(), "--version"));
    assertEquals("newsclaims " + m.group(1), out.toString().lines().findFirst().orElse(""), out.toString());
    assertContains("code newsclaims+", out.toString());
  }

  @Test
  void verboseIsTakenOnEveryCommandBeforeOrAfterIt() {
    for (String name : commands().keySet()) {
      for (String[] args : List.of(new String[] {name, "--verbose"}, new String[] {"--verbose", name})) {
        Main main = new Main();
        Main.commandLine(main).parseArgs(args);
        assertTrue(main.verbose(), () -> "--verbose not seen in " + List.of(args));
      }
      Main quiet = new Main();
      Main.commandLine(quiet).parseArgs(name);
      assertFalse(quiet.verbose(), name + " is verbose without --verbose");
    }
  }

  @Test
  void invalidUtf8TakesTheValuesItListsAndNothingElse() {
    CommandLine cli = commandLine();
    cli.parseArgs("extract", "--invalid-utf8", "replace");
    ExtractCommand extract = cli.getSubcommands().get("extract").getCommand();
    assertEquals(InvalidUtf8Policy.REPLACE, extract.run.invalidUtf8);
    CommandLine defaults = commandLine();
    defaults.parseArgs("watch");
    WatchCommand watch = defaults.getSubcommands().get("watch").getCommand();
    assertEquals(InvalidUtf8Policy.SKIP, watch.run.invalidUtf8, "the default");
    assertContains("one of replace, skip", cli.getSubcommands().get("extract").getUsageMessage());
    StringBuilder err = new StringBuilder();
    assertEquals(ExitCode.USAGE.code(), run(new StringBuilder(), err, "extract", "--invalid-utf8", "drop"));
    assertContains("expected one of replace, skip, was 'drop'", err.toString());
  }

  @Test
  void defaultsAreTheProjectsFoldersAndTypedPathsAreLeftAlone() {
    String before = System.getProperty(ProjectHome.PROPERTY);
    try {
      System.setProperty(ProjectHome.PROPERTY, "/opt/newsclaims");
      CommandLine cli = commandLine();
      cli.parseArgs("extract");
      ExtractCommand extract = cli.getSubcommands().get("extract").getCommand();
      assertEquals(Path.of("/opt/newsclaims/corpus"), extract.run.input());
      assertEquals(Path.of("/opt/newsclaims/output"), extract.run.output());
      assertEquals(Path.of("/opt/newsclaims/models"), extract.run.analysis.models);
      CommandLine typed = commandLine();
      typed.parseArgs("extract", "--in", "./articles", "--out", "o");
      ExtractCommand own = typed.getSubcommands().get("extract").getCommand();
      assertEquals(Path.of("./articles"), own.run.input(), "relative: the caller's directory");
      assertEquals(Path.of("o"), own.run.output());
    } finally {
      if (before == null) {
        System.clearProperty(ProjectHome.PROPERTY);
      } else {
        System.setProperty(ProjectHome.PROPERTY, before);
      }
    }
  }

  @Test
  void theMaxBytesDefaultIsTheIngestConstant() {
    OptionSpec maxBytes = commands().get("extract").findOption("--max-bytes");
    assertEquals(Long.toString(org.newsclaims.ingest.IngestOptions.DEFAULT_MAX_ARTICLE_BYTES), maxBytes.defaultValue());
  }
}

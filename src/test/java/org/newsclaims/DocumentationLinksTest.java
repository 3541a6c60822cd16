package org.newsclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclaims.testing.SharedModels;

/**
 * The documentation holds together: every relative link in README.md, docs/ and models/README.md
 * leads to a file, and an {@code #anchor} into a Markdown page to one of its headings (as GitHub
 * names them); every page of docs/ is linked from the README, so a newcomer finds it.
 */
class DocumentationLinksTest {
  /** The pages the README promises, by task. */
  private static final Set<String> PAGES = Set.of("output.md", "store.md", "ingest.md", "extraction.md", "review.md",
      "evaluation.md", "benchmark.md", "spark.md", "architecture.md", "testing.md");
  private static final Pattern LINK = Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

  private static Path root() {
    return SharedModels.root();
  }

  private static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(root().resolve("README.md"), root().resolve("models/README.md")));
    try (Stream<Path> pages = Files.list(root().resolve("docs"))) {
      docs.addAll(pages.filter(p -> p.toString().endsWith(".md")).sorted().toList());
    }
    docs.forEach(d -> assertTrue(Files.isRegularFile(d), "missing " + d));
    Set<String> names = new TreeSet<>();
    docs.stream().filter(d -> d.getParent().endsWith("docs")).forEach(d -> names.add(d.getFileName().toString()));
    assertEquals(new TreeSet<>(PAGES), names, "the pages of docs/");
    return docs;
  }

  /** The link targets of a Markdown text, outside code blocks and code spans. */
  static List<String> links(String markdown) {
    List<String> out = new ArrayList<>();
    boolean code = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      if (code) {
        continue;
      }
      Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
  static Set<String> anchors(String markdown) {
    Set<String> out = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean code = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        code = !code;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (!code && m.matches()) {
        String slug = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
        int n = seen.merge(slug, 1, Integer::sum);
        out.add(n == 1 ? slug : slug + "-" + (n - 1));
      }
    }
    return out;
  }

  @Test
  void githubAnchorsAsGithubMakesThem() {
    assertEquals(Set.of("framestsv-frame-slots", "a-filtered-claimscsv-newsclaims-export", "tests", "tests-1"),
        anchors("## `frames.tsv`: frame slots\n## A filtered claims.csv: `newsclaims export`\n## Tests\n### Tests\n"));
    assertEquals(List.of("docs/output.md", "#tests"),
        links("See [output](docs/output.md), `[not](a-link.md)`, ![img](x.png) and [here](#tests).\n```\n[no](b.md)\n```"));
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndAHeading() throws IOException {
    int checked = 0;
    List<String> broken = new ArrayList<>();
    for (Path doc : documents()) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      for (String link : links(text)) {
        if (link.matches("^[a-z]+:.*")) {
          continue; // https:, mailto:
        }
        checked++;
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
          broken.add(root().relativize(doc) + ": " + link + " (no such file)");
        } else if (hash >= 0 && target.toString().endsWith(".md")
            && !anchors(Files.readString(target, StandardCharsets.UTF_8)).contains(link.substring(hash + 1))) {
          broken.add(root().relativize(doc) + ": " + link + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(checked >= 40, "only " + checked + " relative links checked");
  }

  @Test
  void everyPageOfDocsIsLinkedFromTheReadme() throws IOException {
    documents();
    Set<String> linked = new TreeSet<>();
    for (String link : links(Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8))) {
      if (link.startsWith("docs/")) {
        linked.add(link.substring("docs/".length()).replaceFirst("#.*", ""));
      }
    }
    Set<String> unlinked = new TreeSet<>(PAGES);
    unlinked.removeAll(linked);
    assertEquals(Set.of(), unlinked, "pages of docs/ the README does not link");
  }
}

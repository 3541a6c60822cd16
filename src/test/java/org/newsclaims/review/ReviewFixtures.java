package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.model.TopicHit;
import org.newsclaims.testing.ClaimAssertions;

/**
 * A small article with an emoji before every claim (so code points and UTF-16 differ), curly
 * quotes and a bullet line, its hand-made claims, and claims tables rendered by the real
 * {@link ClaimsCsv}.
 */
final class ReviewFixtures {
  static final String DOC = "a.txt";
  static final String TEXT = "Peace talks \uD83D\uDD4A\uFE0F resume\n"
      + "Vladimir Putin said that the territory of Donbass is “not negotiable” today.\n"
      + "Officials reportedly said the talks would move to Riyadh. Zelensky said that sanctions must stay.\n"
      + "- The summit is scheduled for Friday in Geneva.\n";

  /** Claim 0: Putin, mixed, territory. */
  static final Claim PUTIN = claim(ClaimType.MIXED, "Vladimir Putin", "said",
      "the territory of Donbass is “not negotiable” today", 0, "territory", "say.ccomp");
  /** Claim 1: Officials, hedged, venue. */
  static final Claim OFFICIALS = claim(ClaimType.INDIRECT, "Officials", "reportedly said",
      "the talks would move to Riyadh", 0, "venue", "say.ccomp");
  /** Claim 2: Zelensky, sanctions. */
  static final Claim ZELENSKY = claim(ClaimType.INDIRECT, "Zelensky", "said", "sanctions must stay", 0,
      "sanctions", "think.ccomp");
  /** Claim 3: an unattributed venue statement on a bullet line (starts with '-'). */
  static final Claim SUMMIT = new Claim(DOC, ClaimType.UNATTRIBUTED, Optional.empty(), Optional.empty(),
      List.of(span("- The summit is scheduled for Friday in Geneva.", 0)), List.of(new TopicHit("venue", "summit")),
      false, false, false, false, "unattributed.topic", 4);
  static final List<Claim> ALL = List.of(PUTIN, OFFICIALS, ZELENSKY, SUMMIT);

  private ReviewFixtures() {}

  static TextSpan span(String covered, int occurrence) {
    return span(TEXT, covered, occurrence);
  }

  static TextSpan span(String text, String covered, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(covered, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException("'" + covered + "' not in the text");
    }
    return new TextSpan(at, at + covered.length());
  }

  static Claim claim(ClaimType type, String speaker, String cue, String content, int occurrence, String topic,
      String rule) {
    TextSpan s = span(speaker, 0);
    TextSpan c = span(TEXT.substring(s.end()), cue, occurrence);
    c = new TextSpan(c.start() + s.end(), c.end() + s.end());
    return new Claim(DOC, type, Optional.of(new Speaker(s, speaker, "")), Optional.of(c),
        List.of(span(content, 0)), List.of(new TopicHit(topic, topic)), cue.startsWith("reportedly"), false,
        false, false, rule, 1);
  }

  /** claims.csv text for claims of {@link #TEXT}, as the extractor writes it. */
  static String csv(List<Claim> claims) {
    return csv(TEXT, claims);
  }

  static String csv(String text, List<Claim> claims) {
    return ClaimsCsv.header() + ClaimsCsv.records(new ClaimsCsv.Rows(text, claims));
  }

  static ClaimsTable table(List<Claim> claims) {
    return ClaimsTable.parse(csv(claims));
  }

  /** An input folder holding the article, and an empty output folder beside it. */
  static Path inputFolder(Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve(DOC), TEXT, StandardCharsets.UTF_8);
    Files.createDirectories(tmp.resolve("out"));
    return in;
  }

  /** The table with review cells set on the row of a claim id. */
  static ClaimsTable review(ClaimsTable t, String id, Map<String, String> cells) {
    List<ClaimsTable.Row> rows = new ArrayList<>();
    boolean found = false;
    for (ClaimsTable.Row r : t.rows()) {
      if (r.id().equals(id)) {
        rows.add(r.with(cells));
        found = true;
      } else {
        rows.add(r);
      }
    }
    assertTrue(found, "no row " + id);
    return t.withRows(rows);
  }

  static String id(ClaimsTable t, int index) {
    return t.rows().get(index).id();
  }

  static ClaimsTable.Row row(ClaimsTable t, String id) {
    return t.rows().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id + " in " + t.rows()));
  }

  private static final String[] TOPICS = {"territory", "sanctions", "venue", "ceasefire", "security"};

  /**
   * A large output for scale tests: {@code articles} articles of {@code perArticle} claims each,
   * speakers from a pool of 300, five topics; writes the texts under {@code in} and
   * {@code out/claims.csv}; returns the number of claims.
   */
  static int largeOutput(Path in, Path out, int articles, int perArticle) throws IOException {
    Files.createDirectories(in);
    Files.createDirectories(out);
    StringBuilder csv = new StringBuilder(ClaimsCsv.header());
    int n = 0;
    for (int a = 0; a < articles; a++) {
      String doc = String.format(java.util.Locale.ROOT, "bulk/%04d.txt", a);
      StringBuilder text = new StringBuilder("Article " + a + " \uD83D\uDCF0 headline\n");
      List<Claim> claims = new ArrayList<>();
      for (int k = 0; k < perArticle; k++) {
        String speaker = "Speaker" + ((a * 7 + k * 13) % 300);
        String topic = TOPICS[(a + k) % TOPICS.length];
        int s = text.length();
        text.append(speaker).append(" said that the ").append(topic).append(" question ").append(k)
            .append(" matters “a lot” to them.\n");
        int cue = s + speaker.length() + 1;
        int content = cue + "said that ".length();
        int end = text.length() - 2;
        claims.add(new Claim(doc, k % 3 == 0 ? ClaimType.MIXED : ClaimType.INDIRECT,
            Optional.of(new Speaker(new TextSpan(s, s + speaker.length()), speaker, "")),
            Optional.of(new TextSpan(cue, cue + 4)), List.of(new TextSpan(content, end)),
            List.of(new TopicHit(topic, topic)), k % 4 == 0, false, false, false, "say.ccomp", k + 1));
      }
      Path file = in.resolve(doc);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
      csv.append(ClaimsCsv.records(new ClaimsCsv.Rows(text.toString(), claims)));
      n += claims.size();
    }
    Files.writeString(out.resolve("claims.csv"), csv.toString(), StandardCharsets.UTF_8);
    return n;
  }

  /** The provenance invariant over every row of a table (through the project's one assertion). */
  static void assertProvenance(ClaimsTable t, String text) throws IOException {
    int n = ClaimAssertions.assertProvenance(ClaimAssertions.parse(t.format()), DOC, text);
    assertEquals(t.rows().size(), n, "rows of other articles");
  }
}

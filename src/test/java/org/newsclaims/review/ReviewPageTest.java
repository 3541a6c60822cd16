package org.newsclaims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;

/** The page is one self-contained file, articles cannot inject markup, and it scales. */
class ReviewPageTest {
  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"data\">(.*?)</script>", Pattern.DOTALL);

  @TempDir
  Path tmp;

  /** The data embedded in a page. */
  static JsonNode data(String page) throws Exception {
    Matcher m = DATA.matcher(page);
    assertTrue(m.find(), "embedded data");
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void thePageIsSelfContainedAndCarriesCodePointOffsets() throws Exception {
    Path in = ReviewFixtures.inputFolder(tmp);
    String page = ReviewPage.render(ReviewFixtures.table(ReviewFixtures.ALL), PageFrames.NONE, 2,
        new ArticleTexts(in, tmp.resolve("out")), "claims.csv");
    assertFalse(Pattern.compile("<script[^>]+src|<link|<iframe|<img|@import|url\\(", Pattern.CASE_INSENSITIVE)
        .matcher(page).find(), "nothing is fetched");
    assertFalse(page.contains("http://") || page.contains("https://"), "no address at all");
    JsonNode d = data(page);
    assertEquals(ReviewFixtures.TEXT, d.get("articles").get(0).get("text").asText());
    assertEquals(4, d.get("articles").get(0).get("n").asInt());
    assertEquals(2, d.get("orphans").asInt());
    JsonNode putin = d.get("claims").get(0);
    int start = ReviewFixtures.TEXT.codePointCount(0, ReviewFixtures.TEXT.indexOf("Vladimir Putin"));
    assertEquals(start, putin.get("sp").get(0).get(0).asInt(), "code points: the emoji counts once");
    assertEquals(start + "Vladimir Putin".length(), putin.get("sp").get(0).get(1).asInt());
    assertEquals("territory", putin.get("topics").get(0).asText());
  }

  @Test
  void anArticleCannotCloseTheScriptOrInjectMarkup() throws Exception {
    String text = "Evil said that </script><script>alert(1)</script> & <b>bold</b> is fine.\n";
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve(ReviewFixtures.DOC), text, StandardCharsets.UTF_8);
    TextSpan speaker = new TextSpan(0, 4);
    TextSpan cue = new TextSpan(5, 9);
    TextSpan content = new TextSpan(15, text.indexOf(" is fine"));
    Claim c = new Claim(ReviewFixtures.DOC, ClaimType.INDIRECT, Optional.of(new Speaker(speaker, "Evil", "")),
        Optional.of(cue), List.of(content), List.of(), false, false, false, false, "say.ccomp", 0);
    String page = ReviewPage.render(ClaimsTable.parse(ReviewFixtures.csv(text, List.of(c))), PageFrames.NONE, 0,
        new ArticleTexts(in, tmp.resolve("out")), "claims.csv");
    assertFalse(page.contains("<script>alert"), "the article's markup is data, not markup");
    assertEquals(2, page.split("</script>", -1).length - 1, "only the page's own two scripts close");
    assertEquals(text, data(page).get("articles").get(0).get("text").asText());
  }

  @Test
  void tenThousandClaimsMakeAPageQuickly() throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    int n = ReviewFixtures.largeOutput(in, out, 500, 20);
    assertEquals(10_000, n);
    long t0 = System.nanoTime();
    ReviewRun.Outcome o = new ReviewRun().run(new ReviewRun.Config(in, out, in, false));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(10_000, o.merge().claims().rows().size());
    assertEquals(500, o.articles());
    long size = Files.size(o.page());
    System.out.println("ReviewPageTest: review of 10,000 claims in " + millis + " ms, page of " + size + " bytes");
    assertTrue(millis < 60_000, "review of 10,000 claims took " + millis + " ms (a guard against quadratic work, not a benchmark)");
    assertTrue(size < 20L * 1024 * 1024, "page of " + size + " bytes");
    assertTrue(o.rewritten().isEmpty(), "nothing to rewrite without reviews: " + o.rewritten());
  }
}

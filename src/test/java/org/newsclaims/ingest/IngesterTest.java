package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.testing.TextAssertions.assertContains;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Problem;
import org.newsclaims.text.InvalidUtf8Policy;

/** Reading files of every format, and every way a file can be bad. */
class IngesterTest {
  private static final IngestOptions SMALL = new IngestOptions(1000, 4000, InvalidUtf8Policy.SKIP);

  private static IngestedFile ingest(Path dir, String name, byte[] bytes, IngestOptions options) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return new Ingester(options).ingest(f, name);
  }

  private static Problem onlyFailure(IngestedFile f) {
    assertEquals(1, f.items().size(), f.items().toString());
    return ((IngestedFile.FailedItem) f.items().get(0)).problem();
  }

  @Test
  void plainTextKeepsLineEndingsAndDropsTheBom(@TempDir Path tmp) throws Exception {
    byte[] body = "Title\r\nHe said “yes” 😀.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    IngestedFile f = ingest(tmp, "a.txt", bom, SMALL);
    IngestedFile.ArticleItem a = f.articles().get(0);
    assertEquals("Title\r\nHe said “yes” 😀.\r\n", a.article().text());
    assertEquals("a.txt", a.article().docId());
    assertFalse(a.derivedText(), "a .txt article is its own text, not a derived one");
    assertEquals(bom.length, f.stamp().orElseThrow().size());
  }

  @Test
  void everyBadTextIsAProblemWithItsReason(@TempDir Path tmp) throws Exception {
    assertEquals(Problem.Kind.EMPTY, onlyFailure(ingest(tmp, "e.txt", new byte[0], SMALL)).kind());
    Problem blank = onlyFailure(ingest(tmp, "w.txt", " \n\t\r\n".getBytes(StandardCharsets.UTF_8), SMALL));
    assertEquals(Problem.Kind.EMPTY, blank.kind());
    assertTrue(blank.detail().startsWith("white space only"));
    Problem nul = onlyFailure(ingest(tmp, "b.txt", new byte[] {'a', 'b', 0, 'c'}, SMALL));
    assertEquals(Problem.Kind.BINARY, nul.kind());
    assertTrue(nul.detail().contains("offset 2"), nul.detail());
    assertEquals(Problem.Kind.BINARY, onlyFailure(ingest(tmp, "p.txt", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), SMALL)).kind());
    Problem utf16 = onlyFailure(ingest(tmp, "u.txt", "\uFEFFhi".getBytes(StandardCharsets.UTF_16LE), SMALL));
    assertEquals(Problem.Kind.INVALID_UTF8, utf16.kind());
    assertContains("UTF-16", utf16.detail());
    Problem large = onlyFailure(ingest(tmp, "l.txt", "x".repeat(1001).getBytes(StandardCharsets.US_ASCII), SMALL));
    assertEquals(Problem.Kind.TOO_LARGE, large.kind());
    assertTrue(large.detail().contains("1001 bytes"), large.detail());
  }

  @Test
  void invalidUtf8IsSkippedOrReplacedAsConfiguredWithTheByteOffset(@TempDir Path tmp) throws Exception {
    byte[] bytes = {'S', 'h', 'e', ' ', 's', 'a', 'i', 'd', (byte) 0xC3, '.', (byte) 0xFF};
    Problem skipped = onlyFailure(ingest(tmp, "s.txt", bytes, SMALL));
    assertEquals(Problem.Kind.INVALID_UTF8, skipped.kind());
    assertTrue(skipped.detail().contains("at byte 8 (2 invalid sequences"), skipped.detail());
    assertTrue(skipped.detail().contains("skipped"), skipped.detail());

    IngestedFile replaced = ingest(tmp, "r.txt", bytes,
        new IngestOptions(1000, 4000, InvalidUtf8Policy.REPLACE));
    IngestedFile.ArticleItem a = replaced.articles().get(0);
    assertEquals("She said\uFFFD.\uFFFD", a.article().text());
    assertTrue(a.derivedText(), "a replaced text must be saved: it is not what the file says");
    assertEquals(Problem.Kind.INVALID_UTF8, a.warnings().get(0).kind());
    assertTrue(a.warnings().get(0).detail().contains("at byte 8"), a.warnings().get(0).detail());
  }

  @Test
  void aHugeSingleLineIsRefusedWithoutReadingIt(@TempDir Path tmp) throws Exception {
    Path big = tmp.resolve("big.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] chunk = "word ".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 100; i++) {
        out.write(chunk); // 10 MB, no line break
      }
    }
    Problem p = onlyFailure(new Ingester(IngestOptions.DEFAULTS).ingest(big, "big.txt"));
    assertEquals(Problem.Kind.TOO_LARGE, p.kind());
    assertTrue(p.detail().contains("10000000 bytes, over the limit of 2097152"), p.detail());
  }

  @Test
  void aFileDeletedWhileBeingReadIsReported(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("d.txt");
    Files.writeString(f, "text");
    Ingester ingester = new Ingester(SMALL, (file, attempt) -> {
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    Problem p = onlyFailure(ingester.ingest(f, "d.txt"));
    assertEquals(Problem.Kind.CHANGED_WHILE_READING, p.kind());
    assertTrue(p.detail().contains("deleted while being read"), p.detail());
  }

  @Test
  void aFileReplacedWhileBeingReadIsReadAgainAndOneThatKeepsChangingIsReported(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("r.txt");
    Files.writeString(f, "old text");
    Ingester once = new Ingester(SMALL, (file, attempt) -> {
      if (attempt == 1) {
        replace(file, "new text, longer");
      }
    });
    IngestedFile read = once.ingest(f, "r.txt");
    assertEquals("new text, longer", read.articles().get(0).article().text(), "never a mix of versions");

    Ingester always = new Ingester(SMALL, (file, attempt) -> replace(file, "version " + attempt + "!".repeat(attempt)));
    Problem p = onlyFailure(always.ingest(f, "r.txt"));
    assertEquals(Problem.Kind.CHANGED_WHILE_READING, p.kind());
    assertTrue(p.detail().contains("kept changing"), p.detail());
  }

  private static void replace(Path file, String text) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".new");
      Files.writeString(tmp, text);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPageGivesItsArticleTextAndMetadata(@TempDir Path tmp) throws Exception {
    String html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks | Wire</title>
        <meta property="og:title" content="Talks stall">
        <meta property="og:site_name" content="Wire">
        <link rel="canonical" href="https://wire.example/talks">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Talks stall (LD)","datePublished":"2025-08-14T10:00:00Z","publisher":{"name":"Wire Inc"}}</script>
        <script>document.write("He said nothing")</script><style>p{}</style>
        </head><body><header><a href="/">Home</a></header><nav>Menu said</nav>
        <main><article><h1>Talks stall</h1>
        <p>The minister said on Monday that the  talks
        had stalled.</p><ul><li>First point</li></ul>
        <figure><img src="x.jpg"><figcaption>Caption said</figcaption></figure>
        <aside>Read more said</aside><div class="social-share">Share</div>
        <blockquote><p>“We will not give up land,” she said.</p></blockquote>
        <p>Line one<br>line two</p></article></main>
        <footer>Footer said</footer></body></html>""";
    IngestedFile f = ingest(tmp, "p.html", html.getBytes(StandardCharsets.UTF_8), SMALL);
    IngestedFile.ArticleItem a = f.articles().get(0);
    assertEquals("Talks stall\nThe minister said on Monday that the talks had stalled.\nFirst point\n"
        + "“We will not give up land,” she said.\nLine one\nline two", a.article().text());
    assertEquals("Talks stall", a.article().metadata().title());
    assertEquals("https://wire.example/talks", a.article().metadata().url());
    assertEquals("2025-08-14T10:00:00Z", a.article().metadata().published());
    assertEquals("Wire", a.article().metadata().outlet());
    assertTrue(a.derivedText());
    assertEquals(List.of(), a.warnings());
  }

  @Test
  void aPageWithoutArticleMarkupUsesTheBodyAndTheTitleLine(@TempDir Path tmp) throws Exception {
    String html = "<html><head><title>Border row</title><meta http-equiv=Content-Type content='text/html; "
        + "charset=iso-8859-1'></head><body><div>Le pr\u00e9sident said it.</div><div>Second.</div></body></html>";
    IngestedFile f = ingest(tmp, "p.htm", html.getBytes(StandardCharsets.ISO_8859_1), SMALL);
    assertEquals("Border row\nLe pr\u00e9sident said it.\nSecond.", f.articles().get(0).article().text(),
        "decoded in the declared charset");
  }

  @Test
  void malformedHtmlIsRecoveredAndReportedAndAnEmptyPageIsAFailure(@TempDir Path tmp) throws Exception {
    IngestedFile f = ingest(tmp, "m.html", "<html><body><p>The envoy said <b>talks <div>resume</p></span><p>Next"
        .getBytes(StandardCharsets.UTF_8), SMALL);
    IngestedFile.ArticleItem a = f.articles().get(0);
    assertTrue(a.article().text().contains("The envoy said talks"), a.article().text());
    assertEquals(Problem.Kind.MALFORMED_HTML, a.warnings().get(0).kind());
    assertTrue(a.warnings().get(0).detail().contains("repairs, the first at 1:"), a.warnings().get(0).detail());

    Problem empty = onlyFailure(ingest(tmp, "n.html", "<html><body><nav>Home</nav><script>x()</script></body></html>"
        .getBytes(StandardCharsets.UTF_8), SMALL));
    assertEquals(Problem.Kind.NO_TEXT, empty.kind());
  }

  @Test
  void exportsGiveOneArticlePerObjectWithIdsMetadataAndProblems(@TempDir Path tmp) throws Exception {
    String jsonl = """
        {"id": "a-1", "title": "Oil curbs", "body": "The EU said it would widen sanctions.", "publishedAt": "2025-01-02", "source": {"id": "w", "name": "Wire"}, "url": "https://w.example/1"}

        {"id": "a-2", "headline": "No body", "url": "https://w.example/2"}
        {"id": "a-3", broken
        {"id": "a-4", "content": "<p>Kyiv said <b>no</b>.</p><p>Second.</p>", "outlet": "Daily"}
        ["not", "an", "object"]
        """;
    IngestedFile f = ingest(tmp, "feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), SMALL);
    assertEquals(5, f.items().size());
    IngestedFile.ArticleItem first = f.articles().get(0);
    assertEquals("feed.jsonl#a-1", first.article().docId());
    assertEquals("Oil curbs\nThe EU said it would widen sanctions.", first.article().text());
    assertEquals("Wire", first.article().metadata().outlet());
    assertEquals("2025-01-02", first.article().metadata().published());
    assertEquals("https://w.example/1", first.article().metadata().url());
    assertEquals(1, first.position());
    IngestedFile.ArticleItem html = f.articles().get(1);
    assertEquals("feed.jsonl#a-4", html.article().docId());
    assertEquals("Kyiv said no.\nSecond.", html.article().text());
    List<Problem> failures = f.failures().stream().map(IngestedFile.FailedItem::problem).toList();
    assertEquals(List.of("feed.jsonl#a-2", "feed.jsonl#4", "feed.jsonl#6"), failures.stream().map(Problem::docId).toList());
    assertEquals(List.of(Problem.Kind.NO_TEXT, Problem.Kind.MALFORMED_JSON, Problem.Kind.NO_TEXT),
        failures.stream().map(Problem::kind).toList());
    assertTrue(failures.get(1).detail().contains("line 4, column"), failures.get(1).detail());
  }

  @Test
  void jsonArraysWrappersAndPositionsWhenIdsAreMissingOrRepeated(@TempDir Path tmp) throws Exception {
    String api = """
        {"status": "ok", "articles": [
          {"title": "A", "content": "Alpha said one."},
          {"title": "B", "description": "only a summary"},
          {"title": "C", "text": ["Para one.", "Para two."], "date": "2025-03-04"}]}""";
    IngestedFile f = ingest(tmp, "api.json", api.getBytes(StandardCharsets.UTF_8), SMALL);
    assertEquals(List.of("api.json#1", "api.json#3"), f.articles().stream().map(a -> a.article().docId()).toList());
    assertEquals("C\nPara one.\nPara two.", f.articles().get(1).article().text());
    assertEquals("api.json#2", f.failures().get(0).problem().docId());

    String guardian = """
        {"response": {"status": "ok", "results": [
          {"id": "world/2025/x", "webTitle": "G", "webUrl": "https://g.example/x", "webPublicationDate": "2025-01-01T00:00:00Z",
           "fields": {"bodyText": "The prime minister said no."}}]}}""";
    IngestedFile g = ingest(tmp, "g.json", guardian.getBytes(StandardCharsets.UTF_8), SMALL);
    IngestedFile.ArticleItem ga = g.articles().get(0);
    assertEquals("g.json#1", ga.article().docId(), "an id with a slash is not a safe id: positions");
    assertEquals("G\nThe prime minister said no.", ga.article().text());
    assertEquals("2025-01-01T00:00:00Z", ga.article().metadata().published());

    Problem malformed = onlyFailure(ingest(tmp, "bad.json", "{\"title\": \"x\",".getBytes(StandardCharsets.UTF_8), SMALL));
    assertEquals(Problem.Kind.MALFORMED_JSON, malformed.kind());
    Problem twoValues = onlyFailure(ingest(tmp, "two.json", "{\"text\":\"a\"}\n{\"text\":\"b\"}".getBytes(StandardCharsets.UTF_8), SMALL));
    assertTrue(twoValues.detail().contains(".jsonl"), twoValues.detail());

    IngestedFile other = ingest(tmp, "settings.json", "{\"threshold\": 3}".getBytes(StandardCharsets.UTF_8), SMALL);
    assertEquals(List.of(), other.items());
    assertEquals(Problem.Kind.NO_TEXT, other.warnings().get(0).kind());
    assertContains("not a news export", other.warnings().get(0).detail());
  }

  @Test
  void loneSurrogateEscapesAreReplacedAndReported(@TempDir Path tmp) throws Exception {
    IngestedFile f = ingest(tmp, "s.json", "{\"text\": \"Bad \\ud800 escape said.\"}".getBytes(StandardCharsets.UTF_8), SMALL);
    IngestedFile.ArticleItem a = f.articles().get(0);
    assertEquals("Bad \uFFFD escape said.", a.article().text());
    assertEquals(Problem.Kind.INVALID_UTF8, a.warnings().get(0).kind());
  }
}

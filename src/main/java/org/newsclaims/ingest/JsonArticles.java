package org.newsclaims.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsclaims.model.Article;
import org.newsclaims.model.Problem;

/**
 * Articles from news-API and scraper exports: {@code .json} (one article object, an array of
 * them, or a response object wrapping the array) and {@code .jsonl} (one object per line).
 *
 * <p>Where the articles are in a {@code .json} file: the top-level array; else the first array
 * under {@code articles}, {@code results}, {@code items}, {@code data}, {@code documents},
 * {@code docs}, {@code posts}, {@code news}, {@code stories}, {@code response.results},
 * {@code response.docs}; else the top-level object is one article.
 *
 * <p>Fields of an article object, the first non-empty one wins; each is also looked up inside
 * a {@code fields} or {@code _source} object (Guardian, Elasticsearch exports):
 * <ul>
 *   <li>text: {@link #TEXT_FIELDS}; a string, or an array of strings (paragraphs, one per line);
 *       HTML markup in it is reduced to text, one line per block
 *   <li>title: {@link #TITLE_FIELDS} (a string, or an object with {@code main}/{@code name})
 *   <li>url: {@link #URL_FIELDS}
 *   <li>published: {@link #DATE_FIELDS}, as written
 *   <li>outlet: {@link #SOURCE_FIELDS} (a string, or an object with {@code name})
 *   <li>id: {@link #ID_FIELDS}
 * </ul>
 * The article text is the title, a line break, then the body (the title is not repeated when
 * the body starts with it).
 *
 * <p>Article ids: {@code file#id} when every article of the file has an id of letters, digits,
 * {@code . _ -} (at most 100) and no two share one; otherwise {@code file#N} for all of them,
 * N being the 1-based position in the array or the line number in a JSONL file. Thread-safe.
 */
public final class JsonArticles {
  public static final List<String> TEXT_FIELDS = List.of("text", "body", "content", "full_text",
      "fulltext", "article_text", "articleBody", "bodyText", "body_text", "maintext");
  public static final List<String> TITLE_FIELDS = List.of("title", "headline", "webTitle");
  public static final List<String> URL_FIELDS = List.of("url", "link", "webUrl", "web_url", "canonical_url");
  public static final List<String> DATE_FIELDS = List.of("published", "published_at", "publishedAt",
      "published_date", "date", "pubDate", "pub_date", "datePublished", "date_publish", "webPublicationDate");
  public static final List<String> SOURCE_FIELDS = List.of("source", "outlet", "publisher",
      "source_name", "source_domain", "site_name");
  public static final List<String> ID_FIELDS = List.of("id", "_id");
  static final List<String> WRAPPERS = List.of("articles", "results", "items", "data", "documents",
      "docs", "posts", "news", "stories");

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final ObjectMapper json = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final HtmlArticleExtractor html;
  private final long maxArticleBytes;

  public JsonArticles(HtmlArticleExtractor html, long maxArticleBytes) {
    this.html = html;
    this.maxArticleBytes = maxArticleBytes;
  }

  /** A parsed record before ids are assigned. */
  private record Record(int position, JsonNode node, Optional<Problem.Kind> failure, String detail) {}

  /** What a file held: articles and failed records, and warnings about the file as a whole. */
  public record Parsed(List<IngestedFile.Item> items, List<Problem> warnings) {
    public Parsed {
      items = List.copyOf(items);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The items of a decoded {@code .json} or {@code .jsonl} file, in file order. A {@code .json}
   * file holding one object with none of the recognised fields is not taken for an article
   * without text but for some other JSON document (a settings or results file that happens to
   * lie in the folder): it gets a warning, not a failure.
   */
  public Parsed parse(String fileId, String text, Format format) {
    List<Record> records = format == Format.JSONL ? lines(text) : document(text);
    if (records.isEmpty()) {
      return new Parsed(List.of(new IngestedFile.FailedItem(new Problem(fileId, Problem.Kind.NO_TEXT,
          "no article objects in the file; skipped"), 0)), List.of());
    }
    if (format == Format.JSON && records.size() == 1 && records.get(0).failure.isEmpty()
        && !hasAnyArticleField(records.get(0).node)) {
      return new Parsed(List.of(), List.of(new Problem(fileId, Problem.Kind.NO_TEXT,
          "not a news export: an object with none of the recognised article fields (" + String.join(", ",
              TEXT_FIELDS) + ", " + String.join(", ", TITLE_FIELDS) + ", " + String.join(", ", URL_FIELDS)
              + "); ignored")));
    }
    boolean useIds = useIds(records);
    List<IngestedFile.Item> items = new ArrayList<>();
    for (Record r : records) {
      String docId = r.position == 0 ? fileId
          : fileId + "#" + (useIds && r.failure.isEmpty() ? id(r.node) : Integer.toString(r.position));
      if (r.failure.isPresent()) {
        items.add(new IngestedFile.FailedItem(new Problem(docId, r.failure.get(), r.detail), r.position));
      } else {
        items.add(article(docId, r));
      }
    }
    return new Parsed(items, List.of());
  }

  private static boolean hasAnyArticleField(JsonNode n) {
    for (List<String> names : List.of(TEXT_FIELDS, TITLE_FIELDS, URL_FIELDS, DATE_FIELDS, SOURCE_FIELDS)) {
      if (!field(n, names, " ").isBlank()) {
        return true;
      }
    }
    return false;
  }

  private List<Record> document(String text) {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      String hint = e.getOriginalMessage().contains("Trailing token")
          ? " (more than one JSON value: if this is JSON Lines, name it .jsonl)" : "";
      return List.of(new Record(0, null, Optional.of(Problem.Kind.MALFORMED_JSON), where(e, 0) + hint + "; skipped"));
    }
    if (root == null || root.isMissingNode()) {
      return List.of();
    }
    JsonNode list = articleArray(root);
    List<Record> out = new ArrayList<>();
    if (list == null) {
      out.add(record(1, root));
    } else {
      int i = 0;
      for (JsonNode n : list) {
        out.add(record(++i, n));
      }
    }
    return out;
  }

  private static JsonNode articleArray(JsonNode root) {
    if (root.isArray()) {
      return root;
    }
    if (!root.isObject()) {
      return null;
    }
    for (String w : WRAPPERS) {
      if (root.path(w).isArray()) {
        return root.get(w);
      }
    }
    JsonNode response = root.path("response");
    for (String w : List.of("results", "docs")) {
      if (response.path(w).isArray()) {
        return response.get(w);
      }
    }
    return null;
  }

  private List<Record> lines(String text) {
    List<Record> out = new ArrayList<>();
    int lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNo++;
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(record(lineNo, json.readTree(line)));
      } catch (JsonProcessingException e) {
        out.add(new Record(lineNo, null, Optional.of(Problem.Kind.MALFORMED_JSON),
            where(e, lineNo) + "; this line skipped"));
      }
    }
    return out;
  }

  private static Record record(int position, JsonNode node) {
    if (!node.isObject()) {
      return new Record(position, node, Optional.of(Problem.Kind.NO_TEXT),
          "record " + position + " is " + kind(node) + ", not an object; skipped");
    }
    return new Record(position, node, Optional.empty(), "");
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "not an object";
    };
  }

  private static boolean useIds(List<Record> records) {
    Set<String> seen = new HashSet<>();
    for (Record r : records) {
      if (r.failure.isPresent()) {
        continue;
      }
      String id = id(r.node);
      if (!SAFE_ID.matcher(id).matches() || !seen.add(id)) {
        return false;
      }
    }
    return !seen.isEmpty();
  }

  private static String id(JsonNode node) {
    for (String f : ID_FIELDS) {
      JsonNode v = node.get(f);
      if (v != null && (v.isTextual() || v.isIntegralNumber())) {
        String s = v.asText().strip();
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return "";
  }

  private IngestedFile.Item article(String docId, Record r) {
    JsonNode n = r.node;
    String body = field(n, TEXT_FIELDS, "\n");
    if (body.isBlank()) {
      return new IngestedFile.FailedItem(new Problem(docId, Problem.Kind.NO_TEXT,
          "no article text (looked for " + String.join(", ", TEXT_FIELDS) + "); skipped"), r.position);
    }
    if (HtmlArticleExtractor.looksLikeHtml(body)) {
      body = html.fragmentText(body);
    }
    body = body.strip();
    String title = HtmlArticleExtractor.collapse(field(n, TITLE_FIELDS, " "));
    String text = title.isEmpty() || body.startsWith(title) ? body : title + "\n" + body;
    if (body.isEmpty()) {
      return new IngestedFile.FailedItem(new Problem(docId, Problem.Kind.NO_TEXT,
          "the text field holds markup but no text; skipped"), r.position);
    }
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxArticleBytes) {
      return new IngestedFile.FailedItem(new Problem(docId, Problem.Kind.TOO_LARGE, "article text of "
          + bytes + " bytes, over the limit of " + maxArticleBytes + " bytes (--max-bytes); skipped"), r.position);
    }
    List<Problem> warnings = new ArrayList<>();
    String clean = replaceInvalid(text);
    if (!clean.equals(text)) {
      warnings.add(new Problem(docId, Problem.Kind.INVALID_UTF8, "lone UTF-16 surrogate or NUL escape in the"
          + " text; replaced with U+FFFD and analysed, offsets point into the saved text (text_file)"));
    }
    Article.Metadata meta = new Article.Metadata(title,
        HtmlArticleExtractor.collapse(field(n, URL_FIELDS, " ")),
        HtmlArticleExtractor.collapse(field(n, DATE_FIELDS, " ")),
        HtmlArticleExtractor.collapse(field(n, SOURCE_FIELDS, " ")));
    return new IngestedFile.ArticleItem(new Article(docId, clean, meta), r.position, true, warnings);
  }

  /** The first non-empty value of the fields, looked up in the object, then in fields/_source. */
  private static String field(JsonNode n, List<String> names, String joiner) {
    for (JsonNode scope : List.of(n, n.path("fields"), n.path("_source"))) {
      if (!scope.isObject()) {
        continue;
      }
      for (String name : names) {
        String v = string(scope.get(name), joiner);
        if (!v.isBlank()) {
          return v;
        }
      }
    }
    return "";
  }

  private static String string(JsonNode v, String joiner) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isTextual() || v.isNumber()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        if (e.isTextual() && !e.asText().isBlank()) {
          parts.add(e.asText().strip());
        }
      }
      return String.join(joiner, parts);
    }
    if (v.isObject()) {
      for (String key : List.of("main", "name", "title", "text", "value")) {
        if (v.path(key).isTextual()) {
          return v.get(key).asText();
        }
      }
    }
    return "";
  }

  /** Lone surrogates (from {@code \\uD800} escapes) and NULs become U+FFFD: they are not text. */
  private static String replaceInvalid(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!bad) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        bad = Character.isLowSurrogate(c) || c == 0;
      }
      if (bad && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(bad ? '\uFFFD' : c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Where and why parsing failed; {@code lineNo} > 0 for one line of a JSONL file. */
  private static String where(JsonProcessingException e, int lineNo) {
    JsonLocation loc = e.getLocation();
    String msg = e.getOriginalMessage();
    int cut = msg.indexOf('\n');
    if (cut > 0) {
      msg = msg.substring(0, cut);
    }
    if (msg.length() > 160) {
      msg = msg.substring(0, 160) + "…";
    }
    if (loc == null) {
      return "malformed JSON" + (lineNo > 0 ? " on line " + lineNo : "") + ": " + msg;
    }
    return "malformed JSON at line " + (lineNo > 0 ? lineNo : loc.getLineNr()) + ", column "
        + loc.getColumnNr() + ": " + msg;
  }
}

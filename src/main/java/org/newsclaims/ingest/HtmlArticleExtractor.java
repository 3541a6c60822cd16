package org.newsclaims.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsclaims.model.Article;

/**
 * The main text and metadata of a news web page, by jsoup.
 *
 * <p>Text: navigation, scripts, styles, forms, asides, figures, footers, the page header and
 * page furniture (elements whose class or id says share, related, comments, newsletter,
 * advert, cookie, breadcrumb, sidebar, menu, ...) are dropped; the article is the {@code
 * <article>} with the most text, else {@code <main>}, else the body. Each heading, paragraph,
 * list item or other block becomes one line (white space collapsed, {@code <br>} starts a new
 * line), in document order, lines joined by {@code \n}: the layout of our plain-text articles,
 * where one line is one paragraph. When the article holds no {@code <h1>}, the page title is
 * the first line.
 *
 * <p>Metadata: title from {@code og:title}, {@code twitter:title}, JSON-LD {@code headline},
 * the first {@code <h1>}, {@code <title>}; URL from {@code <link rel=canonical>}, {@code og:url},
 * JSON-LD {@code url}; date from {@code article:published_time}, {@code itemprop=datePublished},
 * JSON-LD {@code datePublished}, the {@code date}/{@code pubdate}/{@code dc.date} meta names, the
 * first {@code <time datetime>}; outlet from {@code og:site_name}, JSON-LD {@code publisher.name},
 * {@code application-name}. Values are as written, white space collapsed.
 *
 * <p>jsoup repairs any HTML; the repairs it had to make (character-reference slips aside) are
 * counted so that a malformed page can be reported. Thread-safe: each call has its own parser.
 */
public final class HtmlArticleExtractor {
  /** Repairs recorded per page; more are not needed to say that a page is malformed. */
  private static final int MAX_TRACKED_ERRORS = 100;

  private static final String DROP = String.join(",", "script", "style", "noscript", "template",
      "iframe", "object", "embed", "svg", "canvas", "form", "button", "select", "textarea", "input",
      "nav", "aside", "footer", "figure", "dialog", "[hidden]", "[aria-hidden=true]",
      "[role=navigation]", "[role=complementary]", "[role=contentinfo]", "[role=search]");

  /** Class and id words that mark page furniture (matched as whole words). */
  private static final Set<String> FURNITURE = Set.of("share", "sharing", "social", "related",
      "recommended", "comments", "comment", "newsletter", "subscribe", "promo", "advert",
      "advertisement", "ad", "ads", "sponsored", "cookie", "cookies", "breadcrumb", "breadcrumbs",
      "sidebar", "menu", "nav", "navigation", "footer", "paywall", "popup", "modal");

  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote",
      "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "thead", "tfoot", "tr", "td", "th", "ul", "caption", "body");

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A page's article text and metadata, and the repairs the parser made. */
  public record Page(String text, Article.Metadata metadata, int repairs, String firstRepair) {}

  /** Extracts the article of a whole page. */
  public Page page(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(MAX_TRACKED_ERRORS);
    Document doc = Jsoup.parse(html, "", parser);
    int repairs = 0;
    String first = "";
    for (ParseError e : parser.getErrors()) {
      if (e.getErrorMessage().startsWith("Invalid character reference")) {
        continue;
      }
      if (repairs++ == 0) {
        first = "at " + e.getCursorPos() + ": " + e.getErrorMessage();
      }
    }
    List<JsonNode> ld = jsonLd(doc);
    Article.Metadata meta = new Article.Metadata(
        first(metaContent(doc, "og:title"), metaContent(doc, "twitter:title"), ldText(ld, "headline"),
            text(doc.selectFirst("h1")), collapse(doc.title())),
        first(attr(doc.selectFirst("link[rel=canonical][href]"), "href"), metaContent(doc, "og:url"),
            ldText(ld, "url")),
        first(metaContent(doc, "article:published_time"), attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
            attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"), ldText(ld, "datePublished"),
            metaContent(doc, "date"), metaContent(doc, "pubdate"), metaContent(doc, "publishdate"),
            metaContent(doc, "dc.date"), metaContent(doc, "dc.date.issued"), metaContent(doc, "dcterms.date"),
            attr(doc.selectFirst("time[datetime]"), "datetime")),
        first(metaContent(doc, "og:site_name"), ldPublisher(ld), metaContent(doc, "application-name")));
    Element root = articleRoot(doc);
    List<String> lines = lines(root);
    if (!meta.title().isEmpty() && root.selectFirst("h1") == null
        && (lines.isEmpty() || !lines.get(0).equals(meta.title()))) {
      lines.add(0, meta.title());
    }
    return new Page(String.join("\n", lines), meta, repairs, first);
  }

  /** The text of an HTML fragment (an export's HTML body): one line per block, no metadata. */
  public String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(DROP).remove();
    return String.join("\n", lines(doc.body()));
  }

  /** Whether a string field of an export holds HTML markup rather than plain text. */
  public static boolean looksLikeHtml(String s) {
    return HTML_HINT.matcher(s).find();
  }

  private static final Pattern HTML_HINT = Pattern.compile(
      "<(p|br|div|h[1-6]|ul|ol|li|blockquote|span|a|strong|em|b|i|figure|section|article)(\\s[^>]*)?/?>|</(p|div|h[1-6]|li|a|span)>",
      Pattern.CASE_INSENSITIVE);

  /**
   * The charset a page declares in a {@code <meta>} tag within its first 4 KiB, if Java knows
   * it. Latin-1 and ASCII labels mean windows-1252, as in browsers.
   */
  public static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
      label = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(label));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // an unknown label: decode as UTF-8, as the default says
    }
  }

  private static Element articleRoot(Document doc) {
    Element body = doc.body();
    Elements articles = body.select("article");
    Element best = null;
    int bestLength = 0;
    for (Element a : articles) {
      int length = a.text().length();
      if (length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    Element root = best != null ? best : body.selectFirst("main, [role=main]");
    if (root == null) {
      root = body;
    }
    clean(root, root != body);
    if (root.text().isBlank() && root != body) {
      root = body;
      clean(root, false);
    }
    return root;
  }

  /** Drops non-article elements under the root; the root itself is kept. */
  private static void clean(Element root, boolean insideArticle) {
    root.select(DROP).remove();
    if (!insideArticle) {
      root.select("header, [role=banner]").remove();
    }
    int total = root.text().length();
    List<Element> furniture = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      // A container holding most of the text, or the article itself, is never furniture,
      // whatever its class says ("page sidebar-layout").
      if (e != root && isFurniture(e) && e.text().length() * 2 < total
          && e.selectFirst("article, main, h1, [itemprop=articleBody]") == null) {
        furniture.add(e);
      }
    }
    furniture.forEach(Element::remove);
  }

  private static boolean isFurniture(Element e) {
    String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (words.isBlank()) {
      return false;
    }
    for (String w : words.split("[^a-z0-9]+")) {
      if (FURNITURE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** One line per block of text under the root, in document order. */
  private static List<String> lines(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.getWholeText());
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) {
            flush(line, lines);
          } else if (BLOCKS.contains(e.normalName())) {
            flush(line, lines);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(line, lines);
        }
      }
    }, root);
    flush(line, lines);
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String s = collapse(line.toString());
    if (!s.isEmpty()) {
      lines.add(s);
    }
    line.setLength(0);
  }

  /** White space runs (no-break spaces included) to one space, trimmed. */
  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String metaContent(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String v = collapse(m.attr("content"));
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return "";
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : collapse(e.attr(name));
  }

  private static String text(Element e) {
    return e == null ? "" : collapse(e.text());
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /** The JSON-LD objects of the page that describe an article, outermost first. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode node;
      try {
        node = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue; // broken structured data is common and only costs us metadata; the text is unaffected
      }
      collectArticles(node, found, 0);
    }
    return found;
  }

  private static void collectArticles(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectArticles(n, out, depth + 1));
    } else if (node.isObject()) {
      if (isArticleType(node.get("@type"))) {
        out.add(node);
      }
      collectArticles(node.get("@graph"), out, depth + 1);
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting") || t.equals("Report");
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isValueNode()) {
        String s = collapse(v.asText());
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return "";
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.get("publisher");
      if (p != null && p.isArray() && !p.isEmpty()) {
        p = p.get(0);
      }
      if (p != null && p.isObject() && p.hasNonNull("name")) {
        String s = collapse(p.get("name").asText());
        if (!s.isEmpty()) {
          return s;
        }
      } else if (p != null && p.isTextual()) {
        return collapse(p.asText());
      }
    }
    return "";
  }
}

package org.newsclaims.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.text.CodePointIndex;

/**
 * The review page: one self-contained static HTML file (styles, script and data inline; no
 * server, no network) showing each article's text with every claim's speaker, cue and content
 * highlighted in their own colours, the claims beside it (topics, hedging, rule, review status),
 * filters by topic, speaker, type and review status kept in the URL hash
 * ({@code review.html#topic=territory&status=accepted}), and a summary table of claims per speaker
 * per topic at the top. The slots of each claim's frame (frames.csv) are highlighted inside its
 * content, one colour per slot kind ({@link SlotLegend}, listed in a legend), the topic, slot and
 * normalised value in their tooltip ({@code title}) and listed on the claim's card.
 *
 * <p>It stays usable on large outputs: the data is parsed once, the page renders the articles in
 * pages of 20 (more as the reader scrolls), the summary shows the top 25 speakers until asked for
 * all. Text goes into the page through the DOM ({@code textContent}), never as markup, so an
 * article cannot inject HTML. Highlights carry {@code data-k="CLAIM_ID:role"} and
 * {@code data-cp} (the code point offset where the highlighted piece starts), for tests; a slot
 * value inside one is a {@code span.slot} with {@code data-f="CLAIM_ID:topic:slot:START"} and its own
 * {@code data-cp}.
 * A row whose cells do not match its article at its offsets is listed without highlights.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReviewPage {
  public static final String FILE = "review.html";
  private static final String DATA_MARK = "/*DATA*/";
  private static final String SCRIPT_MARK = "/*SCRIPT*/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewPage() {}

  /**
   * Writes the page for a claims table.
   *
   * @param frames the claims' frame slots, each highlighted inside its claim's content in its slot's colour
   * @param orphans how many reviews are kept in review-orphans.csv (mentioned at the top)
   * @param source what the claims were read from, shown at the top
   */
  public static void write(Writer out, ClaimsTable claims, PageFrames frames, int orphans, ArticleTexts texts,
      String source)
      throws IOException {
    out.write(render(claims, frames, orphans, texts, source));
    out.flush();
  }

  static String render(ClaimsTable claims, PageFrames frames, int orphans, ArticleTexts texts,
      String source) {
    String template = resource("review-page.html");
    String script = resource("review-page.js");
    int d = template.indexOf(DATA_MARK);
    int s = template.indexOf(SCRIPT_MARK);
    if (d < 0 || s < d) {
      throw new IllegalStateException("review-page.html lacks its data and script markers");
    }
    return template.substring(0, d) + json(data(claims, frames, orphans, texts, source))
        + template.substring(d + DATA_MARK.length(), s) + script.replace("</", "<\\/")
        + template.substring(s + SCRIPT_MARK.length());
  }

  private static Map<String, Object> data(ClaimsTable claims, PageFrames frames, int orphans, ArticleTexts texts,
      String source) {
    Map<String, Integer> articleIndex = new LinkedHashMap<>();
    List<Map<String, Object>> articles = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, CodePointIndex> indexes = new LinkedHashMap<>();
    Set<String> slotKinds = new TreeSet<>();
    for (ClaimsTable.Row r : claims.rows()) {
      Integer a = articleIndex.get(r.docId());
      Optional<String> text = texts.text(r);
      if (a == null) {
        a = articles.size();
        articleIndex.put(r.docId(), a);
        Map<String, Object> art = new LinkedHashMap<>();
        art.put("id", r.docId());
        art.put("title", r.get(ClaimsColumn.TITLE.header()));
        art.put("url", r.get(ClaimsColumn.URL.header()));
        art.put("published", r.get(ClaimsColumn.PUBLISHED.header()));
        art.put("outlet", r.get(ClaimsColumn.OUTLET.header()));
        art.put("text", text.orElse(null));
        art.put("problem", text.isPresent() ? "" : texts.problem(r.docId(), r.get(ArticleTexts.TEXT_FILE)));
        art.put("n", 0);
        articles.add(art);
        text.ifPresent(t -> indexes.put(r.docId(), new CodePointIndex(t)));
      }
      Map<String, Object> art = articles.get(a);
      art.put("n", (Integer) art.get("n") + 1);
      Map<String, Object> c = claim(r, a, text, indexes.get(r.docId()));
      c.put("fr", slots(frames.of(r.id()), text, indexes.get(r.docId()), slotKinds));
      rows.add(c);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("orphans", orphans);
    root.put("articles", articles);
    root.put("claims", rows);
    root.put("slots", SlotLegend.of(slotKinds).stream().map(e -> Map.of("slot", e.slot(), "fill", e.fill(),
        "line", e.line())).toList());
    return root;
  }

  private static Map<String, Object> claim(ClaimsTable.Row r, int a, Optional<String> text, CodePointIndex cp) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", r.id());
    c.put("a", a);
    c.put("type", r.get(ClaimsColumn.TYPE.header()));
    c.put("speaker", r.get(ClaimsColumn.SPEAKER.header()));
    c.put("canon", r.get(ClaimsColumn.SPEAKER_CANONICAL.header()));
    c.put("role", r.get(ClaimsColumn.SPEAKER_ROLE.header()));
    c.put("cue", r.get(ClaimsColumn.CUE.header()));
    c.put("content", r.get(ClaimsColumn.CONTENT.header()));
    List<String> topics = new ArrayList<>();
    for (String t : r.get(ClaimsColumn.TOPICS.header()).split("\\|")) {
      if (!t.isBlank()) {
        topics.add(t.strip());
      }
    }
    c.put("topics", topics);
    c.put("evidence", r.get(ClaimsColumn.TOPIC_EVIDENCE.header()));
    c.put("hedged", r.get(ClaimsColumn.HEDGED.header()).equalsIgnoreCase("true"));
    c.put("negated", r.get(ClaimsColumn.NEGATED.header()).equalsIgnoreCase("true"));
    c.put("modal", r.get(ClaimsColumn.MODAL.header()).equalsIgnoreCase("true"));
    c.put("headline", r.get(ClaimsColumn.IN_HEADLINE.header()).equalsIgnoreCase("true"));
    c.put("rule", r.get(ClaimsColumn.RULE_ID.header()));
    c.put("status", r.get(ReviewMerge.REVIEW_STATUS).strip());
    c.put("note", r.get(ReviewMerge.REVIEW_NOTE));
    for (Role role : Role.values()) {
      String key = switch (role) {
        case SPEAKER -> "sp";
        case CUE -> "cu";
        case CONTENT -> "co";
      };
      boolean ok = cp != null && RowSpans.verifies(r, role, text.orElseThrow(), cp);
      c.put(key, ok ? RowSpans.codePoints(r, role, cp) : List.of());
    }
    return c;
  }

  /**
   * A claim's frame slots for the page: code point offsets, topic, slot, value and normalised
   * value; a slot whose value is not the article's text at its offsets (or whose article text is
   * missing) is left out. Adds the slot kinds shown to {@code kinds}.
   */
  private static List<Map<String, Object>> slots(List<PageFrames.Slot> slots, Optional<String> text,
      CodePointIndex cp, Set<String> kinds) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (cp == null) {
      return out;
    }
    for (PageFrames.Slot s : slots) {
      Optional<int[]> at = s.at(text.orElseThrow(), cp);
      if (at.isPresent()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", at.get()[0]);
        m.put("e", at.get()[1]);
        m.put("topic", s.topic());
        m.put("slot", s.slot());
        m.put("value", s.value());
        m.put("norm", s.normalized());
        out.add(m);
        kinds.add(s.slot());
      }
    }
    return out;
  }

  /** JSON that is safe inside a script element: no {@code <}, {@code >} or {@code &} literally. */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
          .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings always serialise", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/newsclaims/review/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}

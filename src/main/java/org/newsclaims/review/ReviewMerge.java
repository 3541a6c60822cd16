package org.newsclaims.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.ClaimIds;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimType;
import org.newsclaims.model.Speaker;
import org.newsclaims.model.TextSpan;
import org.newsclaims.text.CodePointIndex;

/**
 * Keeps reviewers' work across re-runs. Given freshly extracted rows, the previous (reviewed)
 * {@code claims.csv} and {@code review-orphans.csv}, it produces the rows to write and the orphans
 * to keep:
 * <ul>
 *   <li>a fresh row whose {@code claim_id} has a review (a non-empty {@code review_status} or
 *       {@code review_note}) gets it; a {@code corrected} row also keeps the reviewer's
 *       speaker, cue and content cells (and type, canonical name, role, topics), their offsets
 *       recomputed from the edited text ({@link SpanResolver});</li>
 *   <li>a review whose claim is no longer extracted goes to the orphans with its reason
 *       ({@code claim-gone}, {@code article-changed}, {@code article-gone}); an orphan whose claim
 *       comes back is re-attached; a correction that cannot be located stays an orphan
 *       ({@code unresolvable: ...}) while its claim is written as extracted, without review;</li>
 *   <li>when the same claim has a review in claims.csv and in the orphans, claims.csv (the newer)
 *       wins.</li>
 * </ul>
 * Every row written to claims.csv satisfies the provenance invariant ({@code text[start:end]} is
 * the cell); with {@code verifyFresh} (the review command, where the "fresh" rows are the
 * reviewer's file itself) a non-corrected row whose text cells were edited is restored from its
 * offsets, with a warning. No review is ever dropped: it is on a claims.csv row or an orphan.
 *
 * <p>Not thread-safe (holds a text cache); one instance per merge.
 */
public final class ReviewMerge {
  public static final String REVIEW_STATUS = ClaimsColumn.REVIEW_STATUS.header();
  public static final String REVIEW_NOTE = ClaimsColumn.REVIEW_NOTE.header();
  public static final List<String> REVIEW_COLUMNS = List.of(REVIEW_STATUS, REVIEW_NOTE);
  public static final String ORPHANS_FILE = OutputLayout.ORPHANS_FILE;
  public static final String ORPHAN_REASON = "orphan_reason";
  public static final String CLAIMS_FILE = OutputLayout.CLAIMS_FILE;

  /** Reasons in the orphan_reason column. */
  public static final String CLAIM_GONE = "claim-gone";
  public static final String ARTICLE_CHANGED = "article-changed";
  public static final String ARTICLE_GONE = "article-gone";
  public static final String UNRESOLVABLE = "unresolvable";
  public static final String DUPLICATE = "duplicate-claim-id";
  public static final String BAD_OFFSETS = "bad-offsets";

  /** The cells a corrected row keeps from the reviewer (the rest come from the extractor). */
  public static final List<String> CORRECTABLE = ClaimsColumn.headers(ClaimsColumn.Owner.CORRECTABLE);

  /** What the merge did, for the summary. */
  public record Counts(int reviewed, int resolved, int unresolvable, int newOrphans, int keptOrphans,
      int reattached, int restored) {}

  /** The rows to write, the orphans to keep, and warnings naming claim ids. */
  public record Result(ClaimsTable claims, ClaimsTable orphans, List<String> warnings, Counts counts) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private final ArticleTexts texts;
  private final boolean verifyFresh;
  private final List<String> warnings = new ArrayList<>();
  private final Set<String> warnedDocs = new HashSet<>();
  private final Map<String, CodePointIndex> indexes = new IdentityHashMap<>();
  private int resolved;
  private int unresolvable;
  private int restored;

  /**
   * @param texts where the articles are
   * @param verifyFresh whether fresh rows may carry edited cells (the review command) and must be
   *     checked against their article; false when they come straight from the extractor
   */
  public ReviewMerge(ArticleTexts texts, boolean verifyFresh) {
    this.texts = texts;
    this.verifyFresh = verifyFresh;
  }

  /** Whether a row carries a review value. */
  public static boolean hasReview(ClaimsTable.Row r) {
    return !r.get(REVIEW_STATUS).isBlank() || !r.get(REVIEW_NOTE).isBlank();
  }

  /** Merges; see the class comment. */
  public Result merge(ClaimsTable fresh, Optional<ClaimsTable> reviewed, Optional<ClaimsTable> orphans) {
    ClaimsTable base = fresh.withColumns(REVIEW_COLUMNS);
    List<String> orphanHeader = new ArrayList<>(base.header());
    orphans.ifPresent(o -> o.header().stream().filter(h -> !orphanHeader.contains(h) && !h.equals(ORPHAN_REASON))
        .forEach(orphanHeader::add));
    orphanHeader.remove(ORPHAN_REASON);
    orphanHeader.add(ORPHAN_REASON);

    Map<String, ClaimsTable.Row> decisions = new LinkedHashMap<>();
    Set<String> fromOrphans = new HashSet<>();
    List<ClaimsTable.Row> newOrphans = new ArrayList<>();
    int keptOrphans = 0;
    if (reviewed.isPresent()) {
      for (ClaimsTable.Row r : reviewed.get().rows()) {
        if (!hasReview(r)) {
          continue;
        }
        if (decisions.putIfAbsent(r.id(), r) != null) {
          newOrphans.add(r.with(ORPHAN_REASON, DUPLICATE));
          warn(r, "appears twice in claims.csv; the second row's review is kept in " + ORPHANS_FILE);
        }
      }
    }
    int reviewedCount = decisions.size();
    if (orphans.isPresent()) {
      for (ClaimsTable.Row r : orphans.get().rows()) {
        if (!hasReview(r)) {
          continue;
        }
        if (decisions.containsKey(r.id())) {
          if (r.get(ORPHAN_REASON).equals(DUPLICATE)) {
            newOrphans.add(r);
          }
          continue; // claims.csv is newer
        }
        decisions.put(r.id(), r);
        fromOrphans.add(r.id());
      }
    }

    Set<String> freshDocs = new HashSet<>();
    base.rows().forEach(r -> freshDocs.add(r.docId()));
    List<ClaimsTable.Row> out = new ArrayList<>();
    int reattached = 0;
    for (ClaimsTable.Row f : base.rows()) {
      ClaimsTable.Row d = decisions.remove(f.id());
      if (d == null) {
        ClaimsTable.Row clean = verifyFresh ? verifyOrRestore(f, "", true) : f;
        if (clean != null) {
          out.add(clean);
        } else {
          newOrphans.add(f.with(ORPHAN_REASON, BAD_OFFSETS));
        }
        continue;
      }
      if (fromOrphans.contains(f.id())) {
        reattached++;
      }
      Applied a = apply(f, d);
      if (a.row() != null) {
        out.add(a.row());
      }
      if (a.orphan() != null) {
        newOrphans.add(a.orphan());
      }
    }
    for (ClaimsTable.Row d : decisions.values()) {
      String reason = goneReason(d, freshDocs);
      if (fromOrphans.contains(d.id())) {
        keptOrphans++;
      } else {
        warn(d, "is no longer extracted (" + reason + "); its review is kept in " + ORPHANS_FILE);
      }
      newOrphans.add(d.with(ORPHAN_REASON, reason));
    }
    newOrphans.sort(Comparator.comparing((ClaimsTable.Row r) -> r.docId())
        .thenComparingInt(r -> firstOffset(r.get(ClaimsColumn.CONTENT_START.header())))
        .thenComparing(ClaimsTable.Row::id));
    int brandNew = newOrphans.size() - keptOrphans;
    return new Result(base.withRows(out), new ClaimsTable(orphanHeader, newOrphans), warnings,
        new Counts(reviewedCount, resolved, unresolvable, brandNew, keptOrphans, reattached, restored));
  }

  /** A merged row (or none) and an orphan (or none). */
  private record Applied(ClaimsTable.Row row, ClaimsTable.Row orphan) {}

  private Applied apply(ClaimsTable.Row fresh, ClaimsTable.Row decision) {
    String statusCell = decision.get(REVIEW_STATUS);
    Optional<ReviewStatus> status = ReviewStatus.parse(statusCell);
    if (status.isEmpty()) {
      warn(decision, "review_status '" + statusCell.strip() + "' is not one of accepted, rejected, corrected (kept as typed)");
    }
    ClaimsTable.Row row = fresh.with(REVIEW_STATUS, status.map(ReviewStatus::label).orElse(statusCell))
        .with(REVIEW_NOTE, decision.get(REVIEW_NOTE));
    if (status.orElse(ReviewStatus.NONE) != ReviewStatus.CORRECTED) {
      if (!verifyFresh) {
        return new Applied(row, null);
      }
      ClaimsTable.Row clean = verifyOrRestore(row, status.map(ReviewStatus::label).orElse(statusCell), true);
      return clean != null ? new Applied(clean, null) : new Applied(null, decision.with(ORPHAN_REASON, BAD_OFFSETS));
    }
    Map<String, String> edits = new LinkedHashMap<>();
    for (String c : CORRECTABLE) {
      if (decision.cells().containsKey(c)) {
        edits.put(c, decision.get(c));
      }
    }
    row = row.with(edits);
    Optional<String> text = texts.text(fresh);
    if (text.isEmpty()) {
      warn(decision, "correction not checked: " + texts.problem(fresh.docId(), fresh.get(ArticleTexts.TEXT_FILE)));
      return new Applied(row, null);
    }
    String problem = null;
    ClaimsTable.Row corrected = row;
    CodePointIndex cp = index(text.get());
    Map<Role, List<TextSpan>> anchors = new HashMap<>();
    List<TextSpan> all = new ArrayList<>();
    for (Role role : Role.values()) {
      List<TextSpan> a = anchor(fresh, role, cp);
      if (a.isEmpty()) {
        a = anchor(decision, role, cp);
      }
      anchors.put(role, a);
      all.addAll(a);
    }
    TextSpan window = SpanResolver.window(text.get(), all);
    int fallback = all.stream().mapToInt(TextSpan::start).min().orElse(0);
    boolean changed = false;
    for (Role role : Role.values()) {
      if (RowSpans.verifies(corrected, role, text.get(), cp)) {
        continue;
      }
      SpanResolver.Resolution res = SpanResolver.resolve(text.get(), corrected.get(role.cell()), anchors.get(role),
          fallback, window);
      if (res.spans().isEmpty()) {
        problem = role.cell() + ": " + res.problem();
        break;
      }
      corrected = corrected.with(RowSpans.cells(role, res.spans().get(), text.get(), cp));
      changed = true;
    }
    if (problem == null && corrected.get(Role.CONTENT.cell()).isEmpty()) {
      problem = "content is empty";
    }
    if (problem != null) {
      unresolvable++;
      warn(decision, "correction cannot be located (" + problem + "); the claim is written as extracted and the "
          + "correction kept in " + ORPHANS_FILE + ": fix its text there");
      ClaimsTable.Row plain = fresh.with(REVIEW_STATUS, "").with(REVIEW_NOTE, "");
      ClaimsTable.Row clean = verifyFresh ? verifyOrRestore(plain, "", false) : plain;
      return new Applied(clean, decision.with(ORPHAN_REASON, UNRESOLVABLE + ": " + problem));
    }
    if (changed) {
      resolved++;
    }
    return new Applied(corrected, null);
  }

  private static List<TextSpan> anchor(ClaimsTable.Row row, Role role, CodePointIndex cp) {
    try {
      return RowSpans.parse(row, role, cp);
    } catch (RowSpans.BadOffsetsException e) {
      return List.of();
    }
  }

  /**
   * The row with every cell cut from its offsets (restoring edited cells, with a warning if
   * {@code report}), the row
   * itself when its article cannot be read, or null when its offsets do not fit the article.
   */
  private ClaimsTable.Row verifyOrRestore(ClaimsTable.Row row, String status, boolean report) {
    Optional<String> text = texts.text(row);
    if (text.isEmpty()) {
      if (warnedDocs.add(row.docId())) {
        warnings.add(row.docId() + ": rows not checked: " + texts.problem(row.docId(), row.get(ArticleTexts.TEXT_FILE)));
      }
      return row;
    }
    CodePointIndex cp = index(text.get());
    if (RowSpans.verifies(row, text.get(), cp)) {
      return row;
    }
    if (!idFits(row, text.get(), cp)) {
      if (warnedDocs.add(row.docId())) {
        warnings.add(row.docId() + ": the article changed since it was extracted; its rows are left as they are "
            + "(run ./newsclaims extract)");
      }
      return row;
    }
    ClaimsTable.Row out = row;
    for (Role role : Role.values()) {
      if (RowSpans.verifies(out, role, text.get(), cp)) {
        continue;
      }
      try {
        out = out.with(RowSpans.cells(role, RowSpans.parse(out, role, cp), text.get(), cp));
        if (report) {
          restored++;
          warn(row, role.cell() + " cell differs from the article at its offsets"
              + (status.isEmpty() ? "" : " but the status is '" + status + "' (only corrected rows keep edits)")
              + "; restored from the article");
        }
      } catch (RowSpans.BadOffsetsException e) {
        warn(row, e.getMessage() + "; the row is kept in " + ORPHANS_FILE);
        return null;
      }
    }
    return out;
  }

  /**
   * Whether the row's claim id is the id of its spans in this text (under any claim type, since a
   * reviewer may have edited the type cell): false when the article changed since extraction.
   */
  static boolean idFits(ClaimsTable.Row row, String text, CodePointIndex cp) {
    try {
      List<TextSpan> speaker = RowSpans.parse(row, Role.SPEAKER, cp);
      List<TextSpan> cue = RowSpans.parse(row, Role.CUE, cp);
      List<TextSpan> content = RowSpans.parse(row, Role.CONTENT, cp);
      if (content.isEmpty() || speaker.size() > 1 || cue.size() > 1) {
        return false;
      }
      for (ClaimType type : ClaimType.values()) {
        Claim c = new Claim(row.docId(), type,
            speaker.stream().findFirst().map(s -> new Speaker(s, "", "")), cue.stream().findFirst(), content,
            List.of(), false, false, false, false, "", 0);
        if (ClaimIds.of(c, text).equals(row.id())) {
          return true;
        }
      }
      return false;
    } catch (RowSpans.BadOffsetsException e) {
      return false;
    }
  }

  private String goneReason(ClaimsTable.Row d, Set<String> freshDocs) {
    if (!freshDocs.contains(d.docId())) {
      return ARTICLE_GONE;
    }
    if (ReviewStatus.parse(d.get(REVIEW_STATUS)).orElse(ReviewStatus.NONE) == ReviewStatus.CORRECTED) {
      return CLAIM_GONE;
    }
    Optional<String> text = texts.text(d);
    if (text.isPresent() && !RowSpans.verifies(d, text.get(), index(text.get()))) {
      return ARTICLE_CHANGED;
    }
    return CLAIM_GONE;
  }

  /** One index per article text (the texts are cached, so the same instance comes back). */
  private CodePointIndex index(String text) {
    return indexes.computeIfAbsent(text, CodePointIndex::new);
  }

  private void warn(ClaimsTable.Row r, String message) {
    warnings.add(r.id() + " (" + r.docId() + "): " + message);
  }

  private static int firstOffset(String starts) {
    try {
      return ClaimsColumn.parseOffsets(starts).stream().findFirst().orElseThrow(() -> new NumberFormatException("empty"));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}

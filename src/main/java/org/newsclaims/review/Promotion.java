package org.newsclaims.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.eval.BratReader;
import org.newsclaims.eval.BratWriter;
import org.newsclaims.eval.GoldAttribution;
import org.newsclaims.eval.GoldDocument;
import org.newsclaims.eval.Negatives;
import org.newsclaims.eval.SlotLabels;
import org.newsclaims.eval.SpanSet;
import org.newsclaims.export.AtomicFile;
import org.newsclaims.model.ClaimMode;
import org.newsclaims.model.TextSpan;
import org.newsclaims.text.TextDecoder;
import org.newsclaims.text.CodePointIndex;

/**
 * Turns reviewed rows into gold: {@code accepted} and {@code corrected} rows become BRAT
 * attributions (or unattributed topic statements) in {@code NAME.ann} beside the article's text
 * in the gold folder, merged with the gold already there and never duplicated
 * ({@link BratWriter}); {@code rejected} rows become explicit negatives in
 * {@code NAME.negatives.tsv} ({@link Negatives}). An attribution's mode (the {@code mode} cell) and
 * its frame slots ({@code frames.csv}, when given) go with it. The evaluation then includes the article.
 *
 * <p>The gold text is {@code GOLD/DOC_ID} for a {@code .txt} article (copied there when the gold
 * folder is not the input folder) and {@code GOLD/DOC_ID.txt} (characters other than letters,
 * digits, {@code . _ - /} replaced by {@code _}) for a text extracted from HTML or JSON; an
 * existing gold text must be identical to the article, or the article is skipped. An article that
 * had no gold before its first promotion gets scope {@code reviewed}: the evaluation then scores
 * only reviewed claims there (see {@link Negatives}). Rows whose cells do not match their article,
 * orphans other than {@code claim-gone}, statements without topic and agentless statements with a
 * speaker are skipped with a message. Writes each file atomically.
 *
 * <p>Not thread-safe; one instance per command.
 */
public final class Promotion {
  /** What a promotion did. */
  public record Report(int articles, int added, int alreadyGold, int conflicts, int negativesAdded,
      int negativesKnown, int negativesWithdrawn, int skipped, List<String> messages) {
    public Report {
      messages = List.copyOf(messages);
    }
  }

  private final ArticleTexts texts;
  private final Path in;
  private final Path gold;
  private final FramesTable frames;

  /**
   * @param texts where the articles' texts are
   * @param in the input folder (where {@code .txt} articles are)
   * @param gold the gold folder to write into
   */
  public Promotion(ArticleTexts texts, Path in, Path gold) {
    this(texts, in, gold, FramesTable.NONE);
  }

  /**
   * Promotes the {@code mode} of each attribution row too, and the slots {@code frames} has for its
   * claim id that still lie inside its (possibly corrected) content and belong to its topics.
   */
  public Promotion(ArticleTexts texts, Path in, Path gold, FramesTable frames) {
    this.texts = texts;
    this.in = in;
    this.gold = gold;
    this.frames = frames;
  }

  /** Promotes the reviewed rows of claims.csv and the {@code claim-gone} orphans. */
  public Report promote(ClaimsTable claims, Optional<ClaimsTable> orphans) throws IOException {
    List<String> messages = new ArrayList<>();
    Map<String, List<ClaimsTable.Row>> byDoc = new LinkedHashMap<>();
    int skipped = 0;
    List<ClaimsTable.Row> rows = new ArrayList<>(claims.rows());
    if (orphans.isPresent()) {
      for (ClaimsTable.Row o : orphans.get().rows()) {
        if (o.get(ReviewMerge.ORPHAN_REASON).equals(ReviewMerge.CLAIM_GONE)) {
          rows.add(o);
        } else if (statusOf(o).filter(s -> s != ReviewStatus.NONE).isPresent()) {
          skipped++;
          messages.add(o.id() + " (" + o.docId() + "): orphan not promoted (" + o.get(ReviewMerge.ORPHAN_REASON) + ")");
        }
      }
    }
    for (ClaimsTable.Row r : rows) {
      Optional<ReviewStatus> s = statusOf(r);
      if (s.isPresent() && s.get() != ReviewStatus.NONE) {
        byDoc.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
      }
    }
    int articles = 0;
    int added = 0;
    int already = 0;
    int conflicts = 0;
    int negAdded = 0;
    int negKnown = 0;
    int negWithdrawn = 0;
    for (var e : byDoc.entrySet()) {
      String docId = e.getKey();
      ClaimsTable.Row first = e.getValue().get(0);
      Optional<String> text = texts.text(first);
      if (text.isEmpty()) {
        skipped += e.getValue().size();
        messages.add(docId + ": not promoted: " + texts.problem(docId, first.get(ArticleTexts.TEXT_FILE)));
        continue;
      }
      Optional<Path> goldText = goldTextFile(docId, first.get(ArticleTexts.TEXT_FILE));
      if (goldText.isEmpty()) {
        skipped += e.getValue().size();
        messages.add(docId + ": not promoted: the id is not a relative path inside the gold folder");
        continue;
      }
      Path ann = annotationOf(goldText.get());
      Path negFile = Negatives.fileFor(goldText.get());
      boolean hadGold = Files.isRegularFile(ann);
      if (Files.isRegularFile(goldText.get())) {
        String existing;
        try {
          existing = TextDecoder.strict(Files.readAllBytes(goldText.get()));
        } catch (TextDecoder.RejectedException x) {
          existing = null;
        }
        if (!text.get().equals(existing)) {
          skipped += e.getValue().size();
          messages.add(docId + ": not promoted: " + goldText.get() + " exists with another text");
          continue;
        }
      } else {
        Files.createDirectories(goldText.get().toAbsolutePath().getParent());
        Files.writeString(goldText.get(), text.get(), StandardCharsets.UTF_8);
      }
      String t = text.get();
      CodePointIndex cp = new CodePointIndex(t);
      List<String> annLines = hadGold ? Files.readAllLines(ann, StandardCharsets.UTF_8) : List.of();
      GoldDocument existingGold;
      Negatives negatives;
      try {
        existingGold = new BratReader().read(docId, t, annLines);
        negatives = Files.isRegularFile(negFile)
            ? Negatives.read(docId, t, Files.readAllLines(negFile, StandardCharsets.UTF_8))
            : new Negatives(hadGold ? Negatives.Scope.ALL : Negatives.Scope.REVIEWED, List.of());
      } catch (BratReader.GoldFormatException x) {
        skipped += e.getValue().size();
        messages.add(docId + ": not promoted: existing gold does not fit the article: " + x.getMessage());
        continue;
      }
      List<BratWriter.Annotation> annotations = new ArrayList<>();
      List<ClaimsTable.Row> annotationRows = new ArrayList<>();
      List<Negatives.Negative> negs = new ArrayList<>(negatives.items());
      // A new review-only gold article needs the file for its scope; hand gold needs it only for negatives.
      boolean negativesChanged = !hadGold && !Files.isRegularFile(negFile);
      for (ClaimsTable.Row r : e.getValue()) {
        ReviewStatus status = statusOf(r).orElseThrow();
        Spans s;
        try {
          s = spans(r, t, cp);
        } catch (RowSpans.BadOffsetsException x) {
          skipped++;
          messages.add(r.id() + " (" + docId + "): not promoted: " + x.getMessage());
          continue;
        }
        if (!RowSpans.verifies(r, t, cp)) {
          skipped++;
          messages.add(r.id() + " (" + docId + "): not promoted: its cells do not match the article at their offsets "
              + "(run ./newsclaims review to resolve corrections)");
          continue;
        }
        if (s.content().isEmpty()) {
          skipped++;
          messages.add(r.id() + " (" + docId + "): not promoted: no content");
          continue;
        }
        Negatives.Negative asNegative = new Negatives.Negative(r.id(), s.source(), s.cue(), s.content().get(),
            r.get(ReviewMerge.REVIEW_NOTE));
        if (status == ReviewStatus.REJECTED) {
          Optional<GoldAttribution> same = existingGold.attributions().stream().filter(g ->
              g.source().equals(s.source()) && s.cue().isPresent() && g.cue().equals(s.cue().get())
                  && g.content().equals(s.content().get())).findFirst();
          if (same.isPresent() || (s.cue().isEmpty() && existingGold.statements().stream()
              .anyMatch(g -> g.content().equals(s.content().get())))) {
            conflicts++;
            messages.add(r.id() + " (" + docId + "): rejected, but it is gold in " + ann
                + same.map(g -> " (" + g.id() + ")").orElse("") + ": edit the .ann by hand if the gold is wrong");
          } else if (negs.stream().anyMatch(n -> n.sameSpans(asNegative))) {
            negKnown++;
          } else {
            negs.add(asNegative);
            negativesChanged = true;
            negAdded++;
          }
          continue;
        }
        if (s.cue().isEmpty() && s.source().isPresent()) {
          skipped++;
          messages.add(r.id() + " (" + docId + "): not promoted: a speaker without a cue");
          continue;
        }
        Set<String> topics = topics(r);
        if (s.cue().isEmpty() && topics.isEmpty()) {
          skipped++;
          messages.add(r.id() + " (" + docId + "): not promoted: an unattributed statement needs a topic");
          continue;
        }
        if (negs.removeIf(n -> n.sameSpans(asNegative))) {
          negativesChanged = true;
          negWithdrawn++;
          messages.add(r.id() + " (" + docId + "): now " + status.label() + ", no longer an explicit negative");
        }
        String note = "newsclaims review: " + status.label() + " " + r.id()
            + (r.get(ReviewMerge.REVIEW_NOTE).isBlank() ? "" : ": " + r.get(ReviewMerge.REVIEW_NOTE));
        boolean attribution = s.cue().isPresent();
        annotations.add(new BratWriter.Annotation(s.source(), s.cue(), s.content().get(), topics,
            r.get(ClaimsColumn.SPEAKER_CANONICAL.header()).strip(), note,
            attribution ? mode(r, docId, messages) : Optional.empty(),
            attribution ? slots(r, docId, s.content().get(), topics, t, cp, messages) : List.of()));
        annotationRows.add(r);
      }
      BratWriter.Merge merge = new BratWriter().merge(docId, t, annLines, annotations);
      for (int i = 0; i < annotations.size(); i++) {
        switch (merge.outcomes().get(i)) {
          case ADDED -> added++;
          case ALREADY_GOLD -> already++;
          case CONFLICT -> {
            conflicts++;
            messages.add(annotationRows.get(i).id() + " (" + docId + "): not promoted: it overlaps gold "
                + merge.details().get(i) + " in " + ann + " (same cue and content region, other spans)");
          }
        }
      }
      if (merge.count(BratWriter.Outcome.ADDED) > 0 || !hadGold) {
        AtomicFile.write(ann, w -> w.write(String.join("\n", merge.lines()) + (merge.lines().isEmpty() ? "" : "\n")));
      }
      if (negativesChanged) {
        Negatives updated = new Negatives(negatives.scope(), negs);
        AtomicFile.write(negFile, w -> w.write(String.join("\n", updated.format(t)) + "\n"));
      }
      articles++;
    }
    return new Report(articles, added, already, conflicts, negAdded, negKnown, negWithdrawn, skipped, messages);
  }

  /** The row's mode, or none (with a message) when its mode cell is empty or not a mode. */
  private static Optional<ClaimMode> mode(ClaimsTable.Row r, String docId, List<String> messages) {
    String cell = r.get(ClaimsColumn.MODE.header()).strip();
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ClaimMode.of(cell));
    } catch (IllegalArgumentException x) {
      messages.add(r.id() + " (" + docId + "): mode not promoted: " + x.getMessage());
      return Optional.empty();
    }
  }

  /** The claim's frame slots that fit the promoted annotation; each one left out gets a message. */
  private List<BratWriter.Slot> slots(ClaimsTable.Row r, String docId, SpanSet content, Set<String> topics,
      String text, CodePointIndex cp, List<String> messages) {
    List<BratWriter.Slot> out = new ArrayList<>();
    for (FramesTable.Slot f : frames.of(r.id())) {
      String what = r.id() + " (" + docId + "): slot " + f.topic() + " " + f.slot() + " '" + f.value() + "' not promoted: ";
      if (f.start() < 0 || f.end() < f.start() || f.end() > cp.codePointLength()) {
        messages.add(what + "its offsets are outside the article");
        continue;
      }
      TextSpan span = cp.fromCodePoints(f.start(), f.end());
      if (!span.cut(text).equals(f.value())) {
        messages.add(what + "the article has '" + span.cut(text) + "' at its offsets");
      } else if (SlotLabels.GUIDELINE.of(SlotLabels.type(f.topic(), f.slot())).isEmpty()) {
        messages.add(what + "not a slot of the guideline");
      } else if (!topics.contains(f.topic()) || content.pieces().stream().noneMatch(p -> p.contains(span))) {
        messages.add(what + "not inside the promoted content of its topic");
      } else {
        out.add(new BratWriter.Slot(f.topic(), f.slot(), span,
            f.normalized().isBlank() ? Optional.empty() : Optional.of(f.normalized().strip())));
      }
    }
    return out;
  }

  private record Spans(Optional<SpanSet> source, Optional<SpanSet> cue, Optional<SpanSet> content) {}

  private static Spans spans(ClaimsTable.Row r, String text, CodePointIndex cp) throws RowSpans.BadOffsetsException {
    return new Spans(set(RowSpans.parse(r, Role.SPEAKER, cp)), set(RowSpans.parse(r, Role.CUE, cp)),
        set(RowSpans.parse(r, Role.CONTENT, cp)));
  }

  private static Optional<SpanSet> set(List<TextSpan> spans) {
    List<TextSpan> nonEmpty = spans.stream().filter(s -> !s.isEmpty()).toList();
    return nonEmpty.isEmpty() ? Optional.empty() : Optional.of(new SpanSet(nonEmpty));
  }

  private static Set<String> topics(ClaimsTable.Row r) {
    Set<String> out = new TreeSet<>();
    for (String t : r.get(ClaimsColumn.TOPICS.header()).split("\\|")) {
      if (!t.isBlank()) {
        out.add(t.strip().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Optional<ReviewStatus> statusOf(ClaimsTable.Row r) {
    return ReviewStatus.parse(r.get(ReviewMerge.REVIEW_STATUS));
  }

  /** Where an article's gold text goes. */
  Optional<Path> goldTextFile(String docId, String textFileCell) {
    if (textFileCell.isBlank() && docId.endsWith(".txt")) {
      Optional<Path> local = ArticleTexts.safeResolve(in, docId);
      if (local.isEmpty()) {
        return Optional.empty();
      }
      return ArticleTexts.safeResolve(gold, docId).filter(this::staysInGold);
    }
    String safe = docId.replaceAll("[^A-Za-z0-9._/-]", "_");
    return ArticleTexts.safeResolve(gold, safe + ".txt").filter(this::staysInGold);
  }

  /**
   * Whether a path under the gold folder stays there once links are followed: the nearest part
   * of it that exists resolves inside the gold folder's real path (a linked subfolder or a linked
   * file would make the promotion write somewhere else).
   */
  private boolean staysInGold(Path target) {
    if (!Files.exists(gold)) {
      return true; // nothing under a gold folder that does not exist yet can lead elsewhere
    }
    try {
      Path goldReal = gold.toAbsolutePath().toRealPath();
      Path existing = target.toAbsolutePath();
      while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      return existing != null && existing.toRealPath().startsWith(goldReal)
          && !Files.isSymbolicLink(target);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path annotationOf(Path text) {
    String name = text.getFileName().toString();
    return text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".ann");
  }
}

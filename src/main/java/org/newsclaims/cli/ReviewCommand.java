package org.newsclaims.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsclaims.review.Promotion;
import org.newsclaims.review.ReviewMerge;
import org.newsclaims.review.ReviewRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsclaims review}: reconciles reviewers' edits, writes review.html, promotes to gold. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Check reviewers' edits in --out/claims.csv and write the review page --out/review.html.",
        "Corrected spans are found again in the article text, reviews whose claim is gone are kept in "
            + "review-orphans.csv. With --promote, accepted and corrected rows become BRAT gold (.ann) and "
            + "rejected rows explicit negatives (.negatives.tsv) beside the articles."})
final class ReviewCommand implements Callable<Integer> {
  private static final int SHOWN = 20;

  @Mixin
  InputOption in = new InputOption();

  @Mixin
  OutputOption out = new OutputOption();

  @Option(names = "--promote", description = "Write reviewed rows as gold (.ann) and explicit negatives (.negatives.tsv).")
  boolean promote;

  @Option(names = "--gold", paramLabel = "DIR", description = "Where promoted gold goes (default: the --in folder).")
  Path gold;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ReviewRun.Outcome o = new ReviewRun().run(new ReviewRun.Config(in.folder, out.folder, goldFolder(), promote));
    ReviewMerge.Counts k = o.merge().counts();
    err.printf("newsclaims review: %d claims in %d articles; wrote %s%n", o.merge().claims().rows().size(),
        o.articles(), o.page());
    StringBuilder s = new StringBuilder();
    o.statuses().forEach((status, n) -> s.append(s.length() == 0 ? "" : ", ").append(status).append(' ').append(n));
    err.printf("  review status: %s%n", s.length() == 0 ? "-" : s);
    err.printf("  corrections resolved %d, unresolvable %d; orphans: %d new, %d kept, %d re-attached; cells restored %d%n",
        k.resolved(), k.unresolvable(), k.newOrphans(), k.keptOrphans(), k.reattached(), k.restored());
    o.notes().forEach(n -> err.printf("  claims.csv: %s%n", n));
    o.rewritten().forEach(p -> err.printf("  rewrote %s%n", p));
    list(err, "warning", o.merge().warnings());
    if (!o.formulaCells().isEmpty()) {
      err.printf("  %d cells start with =, +, -, @ (kept verbatim; open claims.csv as text, see docs/review.md): %s%n",
          o.formulaCells().size(), String.join(", ", o.formulaCells().stream().limit(5).toList())
              + (o.formulaCells().size() > 5 ? ", ..." : ""));
    }
    if (o.promotion().isPresent()) {
      Promotion.Report p = o.promotion().get();
      err.printf("  promoted into %s: articles %d; gold added %d, already gold %d, conflicts %d; negatives added %d, "
              + "known %d, withdrawn %d; rows skipped %d%n", goldFolder(), p.articles(), p.added(),
          p.alreadyGold(), p.conflicts(), p.negativesAdded(), p.negativesKnown(), p.negativesWithdrawn(), p.skipped());
      list(err, "promotion", p.messages());
    }
    err.flush();
    return ExitCode.OK.code();
  }

  private Path goldFolder() {
    return gold != null ? gold : in.folder;
  }

  private static void list(PrintWriter err, String kind, List<String> lines) {
    lines.stream().limit(SHOWN).forEach(l -> err.printf("  %s: %s%n", kind, l));
    if (lines.size() > SHOWN) {
      err.printf("  ... and %d more %s messages%n", lines.size() - SHOWN, kind);
    }
  }
}

package org.newsclaims.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.newsclaims.export.ClaimsColumn;
import org.newsclaims.export.ClaimsCsv;
import org.newsclaims.export.OutputLayout;
import org.newsclaims.store.PublishedRows;
import org.newsclaims.store.RunStore;
import org.newsclaims.store.StoredReviews;

/**
 * A claims CSV of some articles of an output folder, written from its database (the
 * {@code export} command): the columns, order and encoding of claims.csv, review status and note
 * as last stored (the cells a reviewer corrected are in claims.csv only). Streamed: any size.
 */
public final class ClaimsExport {
  private static final int CLAIM_ID = ClaimsCsv.STORED_COLUMNS.indexOf(ClaimsColumn.CLAIM_ID.header());

  private ClaimsExport() {}

  /**
   * Writes the claims of the articles {@code include} accepts; returns how many articles that was.
   *
   * @throws IOException naming the database when the folder has none
   */
  public static int write(Writer out, Path outputFolder, Predicate<PublishedRows.ArticleRow> include)
      throws IOException {
    AtomicInteger articles = new AtomicInteger();
    try (RunStore store = RunStore.openExisting(new OutputLayout(outputFolder).database())) {
      Map<String, StoredReviews.Review> reviews = new HashMap<>();
      store.reviews().all().stream().filter(r -> !r.orphan()).forEach(r -> reviews.put(r.claimId(), r));
      store.rows().write(out, ClaimsCsv.header(), PublishedRows.Table.CLAIMS, DocOrder.INSTANCE,
          a -> include.test(a) && articles.incrementAndGet() > 0, (b, article, rows) -> {
            for (java.util.List<String> row : rows) {
              StoredReviews.Review r = reviews.get(row.get(CLAIM_ID));
              ClaimsCsv.appendRecord(b, row, r == null ? "" : r.status(), r == null ? "" : r.note());
            }
          });
    }
    return articles.get();
  }
}

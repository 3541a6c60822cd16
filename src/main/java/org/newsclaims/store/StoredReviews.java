package org.newsclaims.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code reviews} table: every review held by claims.csv (orphan reason empty) or by
 * review-orphans.csv, with the row as written there, so that the reviews can be carried into the
 * next claims.csv, shown and promoted without reading the files back while they are untouched.
 *
 * <p>Thread-safe: every read holds the store's lock.
 */
public final class StoredReviews {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> CELLS = new TypeReference<>() {};

  /**
   * A review.
   *
   * @param orphanReason empty for a review on a claims.csv row
   * @param cells the row as written in claims.csv or review-orphans.csv, column to cell, in column
   *     order; empty when the database was written by an older version
   */
  public record Review(String claimId, String docId, String status, String note, String orphanReason,
      Map<String, String> cells) {
    public Review {
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(orphanReason, "orphanReason");
      cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public boolean orphan() {
      return !orphanReason.isEmpty();
    }
  }

  private final RunStore store;

  StoredReviews(RunStore store) {
    this.store = store;
  }

  /** Every review, those on claims.csv rows first, each group by claim id. */
  public List<Review> all() throws IOException {
    synchronized (store) {
      List<Review> out = new ArrayList<>();
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT claim_id, doc_id, status, note, orphan_reason, cells FROM reviews"
              + " ORDER BY orphan_reason <> '', claim_id")) {
        while (r.next()) {
          out.add(new Review(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              cells(r.getString(6))));
        }
      } catch (SQLException e) {
        throw Database.failure("cannot read the reviews", e);
      }
      return out;
    }
  }

  /** Replaces every review; the caller holds a transaction. */
  static void replace(Connection c, List<Review> reviews, String now) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM reviews");
    }
    try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO reviews"
        + " (claim_id, doc_id, status, note, orphan_reason, updated, cells) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Review r : reviews) {
        p.setString(1, r.claimId());
        p.setString(2, r.docId());
        p.setString(3, r.status());
        p.setString(4, r.note());
        p.setString(5, r.orphanReason());
        p.setString(6, now);
        p.setString(7, json(r.cells()));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static String json(Map<String, String> cells) {
    try {
      return JSON.writeValueAsString(cells);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  private static Map<String, String> cells(String json) throws SQLException {
    if (json.isEmpty()) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, CELLS);
    } catch (JsonProcessingException e) {
      throw new SQLException("a review's cells are not a JSON object: " + e.getOriginalMessage(), e);
    }
  }
}

package org.newsclaims.review;

import java.util.List;
import org.newsclaims.export.ClaimsColumn;

/** The three span roles of a claims row and their columns. */
public enum Role {
  SPEAKER(ClaimsColumn.SPEAKER, ClaimsColumn.SPEAKER_START, ClaimsColumn.SPEAKER_END),
  CUE(ClaimsColumn.CUE, ClaimsColumn.CUE_START, ClaimsColumn.CUE_END),
  CONTENT(ClaimsColumn.CONTENT, ClaimsColumn.CONTENT_START, ClaimsColumn.CONTENT_END);

  private final ClaimsColumn cell;
  private final ClaimsColumn start;
  private final ClaimsColumn end;

  Role(ClaimsColumn cell, ClaimsColumn start, ClaimsColumn end) {
    this.cell = cell;
    this.start = start;
    this.end = end;
  }

  /** The text cell. */
  public String cell() {
    return cell.header();
  }

  /** The start offsets cell (code points, {@code ;}-separated). */
  public String startColumn() {
    return start.header();
  }

  /** The end offsets cell (code points, exclusive, {@code ;}-separated). */
  public String endColumn() {
    return end.header();
  }

  /** The three columns. */
  public List<String> columns() {
    return List.of(cell(), startColumn(), endColumn());
  }
}

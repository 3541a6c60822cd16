package org.newsclaims.review;

import java.util.List;

/** The three span roles of a claims row and their columns. */
public enum Role {
  SPEAKER("speaker"),
  CUE("cue"),
  CONTENT("content");

  private final String cell;

  Role(String cell) {
    this.cell = cell;
  }

  /** The text cell. */
  public String cell() {
    return cell;
  }

  /** The start offsets cell (code points, {@code ;}-separated). */
  public String startColumn() {
    return cell + "_start";
  }

  /** The end offsets cell (code points, exclusive, {@code ;}-separated). */
  public String endColumn() {
    return cell + "_end";
  }

  /** The three columns. */
  public List<String> columns() {
    return List.of(cell, startColumn(), endColumn());
  }
}

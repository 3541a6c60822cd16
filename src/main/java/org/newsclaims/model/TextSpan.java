package org.newsclaims.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into an article's text.
 *
 * <p>Inside Java every span is in UTF-16 units, as {@link String#substring} counts; what a user
 * sees (CSV, BRAT, JSON) is converted to Unicode code points in exactly one place,
 * {@code org.newsclaims.text.CodePointIndex}.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** The text this span covers; fails if the span does not fit the text. */
  public String cut(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") beyond text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  public int overlapLength(TextSpan other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  /** The smallest span covering both. */
  public TextSpan union(TextSpan other) {
    return new TextSpan(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(TextSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}

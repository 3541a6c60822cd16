package org.newsclaims.cli;

/**
 * Text for the terminal: a file name or cell is printed as data, never as control sequences. Control
 * characters (C0, DEL, C1, which start escape sequences that clear the screen or retitle the
 * terminal) and the bidirectional overrides and isolates (which reorder what follows) are written as
 * {@code \\uXXXX}, tab and line breaks as {@code \\t}, {@code \\n}, {@code \\r}, a backslash as
 * itself.
 */
final class Terminal {
  private Terminal() {}

  static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> isUnsafe(c) ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}

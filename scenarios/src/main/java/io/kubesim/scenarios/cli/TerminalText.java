package io.kubesim.scenarios.cli;

/**
 * Text from scenario files made safe for a terminal. Names and messages may hold any character
 * a YAML string can, including ESC (ANSI and OSC sequences that recolour, retitle or hyperlink a
 * terminal), BEL and other control characters; kubesim prints none of them raw. Every C0 control
 * (line feeds and tabs included: kubesim prints such text on one line), DEL, every C1 control and
 * the Unicode bidirectional overrides and isolates are written as escapes ({@code \x1b},
 * {@code \u202e}).
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code s} with every control character escaped. */
  static String clean(String s) {
    int i = 0;
    while (i < s.length() && !isControl(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        sb.append(c);
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}

package uk.gov.cme.rules.text;

/**
 * What any text a person enters may contain, wherever it arrives (a Tasklist form, {@code submit-form},
 * {@code /api}): no control characters (NUL, BEL, escape ...) and no invisible formatting or direction
 * characters (such as the right-to-left override, which can make a name read differently from what is
 * stored); line breaks and tabs only in text that may have several lines. Applied to a form's fields
 * as they are submitted ({@code FormContract}) and by the case register to every text it is given
 * ({@code casework.Faults}), so an intake refuses such text however it arrives. Plain Java.
 */
public final class TextRules {

  private TextRules() {
  }

  /**
   * The text without the spaces, tabs and line breaks around it (Unicode white space), and nothing
   * else: a control character at either end stays, so that {@link #fault} finds it, where
   * {@link String#trim()} would drop it silently. Null stays null.
   */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= ' ' && Character.isWhitespace(c));
  }

  /** Why the text is not accepted, or null when it is. */
  public static String fault(String text, boolean multiline) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      if (lineBreak && multiline) {
        continue;
      }
      int type = Character.getType(c);
      if (lineBreak || type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || c == 0x2028 || c == 0x2029) {
        return multiline ? "contains a character that is not allowed (a control or formatting character)"
            : "contains a character that is not allowed (a line break, control or formatting character)";
      }
    }
    return null;
  }
}

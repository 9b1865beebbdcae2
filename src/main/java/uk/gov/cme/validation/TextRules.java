package uk.gov.cme.validation;

/**
 * What any text a person enters may contain, wherever it arrives (a Tasklist form, {@code submit-form},
 * {@code /api}): no control characters (NUL, BEL, escape ...) and no invisible formatting or direction
 * characters (such as the right-to-left override, which can make a name read differently from what is
 * stored); line breaks and tabs only in text that may have several lines.
 */
public final class TextRules {

  private TextRules() {
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

package fr.fejdoc.write.docx;

/** The character formatting a run inherits from its enclosing inlines and its row or label. */
record Marks(
    boolean bold,
    boolean italic,
    boolean underline,
    boolean superscript,
    String charStyle,
    boolean subscript) {

  static final Marks NONE = new Marks(false, false, false, false, null);
  static final Marks BOLD = NONE.withBold();

  Marks(boolean bold, boolean italic, boolean underline, boolean superscript, String charStyle) {
    this(bold, italic, underline, superscript, charStyle, false);
  }

  Marks withBold() {
    return new Marks(true, italic, underline, superscript, charStyle, subscript);
  }

  Marks withItalic() {
    return new Marks(bold, true, underline, superscript, charStyle, subscript);
  }

  Marks withUnderline() {
    return new Marks(bold, italic, true, superscript, charStyle, subscript);
  }

  Marks withSuperscript() {
    return new Marks(bold, italic, underline, true, charStyle, false);
  }

  Marks withSubscript() {
    return new Marks(bold, italic, underline, false, charStyle, true);
  }

  /** A character style; a link's style wins over inline code inside it. */
  Marks withStyle(String style) {
    if (DocxStyles.HYPERLINK.equals(charStyle)) return this;
    return new Marks(bold, italic, underline, superscript, style, subscript);
  }

  boolean plain() {
    return !bold && !italic && !underline && !superscript && !subscript && charStyle == null;
  }
}

package fr.fejdoc.document;

import java.util.List;

/**
 * A whole document, format-neutral: metadata, page settings and content. One FEJ document is
 * assembled into a {@code Doc} once; each writer renders the same {@code Doc}.
 */
public record Doc(Meta meta, Page page, List<Block> blocks) {

  /** Document properties (title, author = porteur, subject, keywords, language). */
  public record Meta(
      String title, String author, String subject, List<String> keywords, String lang) {}

  /**
   * Page-level settings: orientation, running header and footer texts ({@code {page}} and {@code
   * {pages}} stand for the page numbers), and whether the first page is a cover without them.
   */
  public record Page(boolean landscape, String header, String footer, boolean coverPage) {}
}

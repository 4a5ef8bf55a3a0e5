package fr.fejdoc.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole document, format-neutral: metadata, page settings and content. One FEJ document is
 * assembled into a {@code Doc} once; each writer renders the same {@code Doc}. A document of a
 * project with errors is a {@link Draft}: every writer marks each of its pages (or sheets) with
 * {@link Draft#mark()}, and its last part lists the findings (see {@code Drafts} in the assembler).
 */
public record Doc(Meta meta, Page page, List<Block> blocks, Draft draft) {

  /** A document to publish (not a draft). */
  public Doc(Meta meta, Page page, List<Block> blocks) {
    this(meta, page, blocks, null);
  }

  /** Whether this is a draft, marked on every page. */
  public boolean isDraft() {
    return draft != null;
  }

  /** The same document as a draft: {@code appendix} (the findings) added after its blocks. */
  public Doc asDraft(Draft d, List<Block> appendix) {
    List<Block> all = new ArrayList<>(blocks == null ? List.of() : blocks);
    all.addAll(appendix);
    return new Doc(meta, page, List.copyOf(all), d);
  }

  /** Document properties (title, author = porteur, subject, keywords, language). */
  public record Meta(
      String title, String author, String subject, List<String> keywords, String lang) {}

  /**
   * Page-level settings: orientation, running header and footer texts ({@code {page}} and {@code
   * {pages}} stand for the page numbers), and whether the first page is a cover without them.
   */
  public record Page(boolean landscape, String header, String footer, boolean coverPage) {}

  /**
   * The document of a project with {@code errors} errors (at least one): not conforming, never
   * stamped nor linked by the catalogue.
   */
  public record Draft(int errors) {
    /** The word every page of a draft carries. */
    public static final String WORD = "BROUILLON";

    /** "BROUILLON — non conforme — 3 erreurs" (the document is French whatever --lang says). */
    public String mark() {
      return WORD + " — non conforme — " + errors + (errors > 1 ? " erreurs" : " erreur");
    }
  }
}

package fr.fejdoc.write.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;

/** The bookmarks panel: one entry per section with a heading, nested by section level. */
final class Outlines {
  private record Open(int level, PdfOutline outline) {}

  private final PdfOutline root;
  private final Deque<Open> stack = new ArrayDeque<>();

  Outlines(PdfOutline root) {
    this.root = root;
  }

  /** An entry for a section of {@code level} whose heading carries {@code destination}. */
  void add(int level, String title, String destination) {
    while (!stack.isEmpty() && stack.peek().level() >= level) stack.pop();
    PdfOutline parent = stack.isEmpty() ? root : stack.peek().outline();
    PdfOutline o =
        new PdfOutline(
            parent,
            PdfAction.gotoLocalPage(destination, false),
            new PdfString(title, PdfString.TEXT_UNICODE),
            level <= 1);
    stack.push(new Open(level, o));
  }
}

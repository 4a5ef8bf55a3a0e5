package fr.fejdoc.model;

import fr.fejdoc.model.form.FormRegistry;
import java.util.List;

/**
 * The sections a form requires, in its order, with the form's numbering and wording. Checks use it
 * to match the holder's headings; document assembly uses it to print the whole plan. The plans
 * themselves are written in the form registry ({@link FormRegistry#plan}).
 */
public record FormPlan(DocumentKind kind, List<Item> items) {

  public FormPlan {
    items = List.copyOf(items);
  }

  /**
   * One item of the plan. {@code depth} 1 is a top-level part; a {@code container} only groups the
   * items below it; {@code required} items must get narrative from the holder; {@code aliases} are
   * other titles holders use for it.
   */
  public record Item(
      String id,
      String number,
      String title,
      int depth,
      boolean container,
      boolean required,
      List<String> aliases) {
    public Item {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * The plan of a form. (No static constant holds a plan here: the registry builds them, and a
   * constant read while the registry initialises would stay null.)
   */
  public static FormPlan of(DocumentKind kind) {
    return FormRegistry.plan(kind);
  }

  public Item item(String id) {
    for (Item i : items) if (i.id().equals(id)) return i;
    return null;
  }
}

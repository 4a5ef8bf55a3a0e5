package fr.fejdoc.check;

import fr.fejdoc.model.Loc;
import java.util.List;

/**
 * One thing {@code check} found: a stable code, where it is, and the values its message names. The
 * text itself is produced in the user's language by {@link Messages}.
 */
public record Finding(Code code, Loc loc, List<Object> args) implements Comparable<Finding> {

  public Finding {
    args = List.copyOf(args);
  }

  public static Finding of(Code code, Loc loc, Object... args) {
    return new Finding(code, loc, List.of(args));
  }

  public Severity severity() {
    return code.severity();
  }

  @Override
  public int compareTo(Finding o) {
    int c = loc.compareTo(o.loc);
    return c != 0 ? c : code.compareTo(o.code);
  }
}

package fr.fejdoc.model.finding;

import fr.fejdoc.model.Loc;
import java.util.List;

/**
 * One thing {@code check} found: a stable code, where it is, and the values its message names. The
 * text itself is produced in the user's language by the check package's Messages. {@code
 * acknowledgement} is the holder's reason when the finding is accepted in experiment.yaml ({@code
 * constats_acceptes}), null otherwise: an acknowledged finding is still reported but does not count
 * (see {@link #counts()}).
 */
public record Finding(Code code, Loc loc, List<Object> args, String acknowledgement)
    implements Comparable<Finding> {

  public Finding {
    args = List.copyOf(args);
  }

  public Finding(Code code, Loc loc, List<Object> args) {
    this(code, loc, args, null);
  }

  public static Finding of(Code code, Loc loc, Object... args) {
    return new Finding(code, loc, List.of(args));
  }

  /** The severity of its code, acknowledged or not. */
  public Severity severity() {
    return code.severity();
  }

  /** Whether the holder accepted it (with a reason). */
  public boolean acknowledged() {
    return acknowledgement != null;
  }

  /** Whether it counts towards errors and warnings (not when acknowledged). */
  public boolean counts() {
    return acknowledgement == null;
  }

  /** The same finding, accepted for {@code reason}. */
  public Finding acknowledge(String reason) {
    return new Finding(code, loc, args, reason == null ? "" : reason);
  }

  @Override
  public int compareTo(Finding o) {
    int c = loc.compareTo(o.loc);
    return c != 0 ? c : code.compareTo(o.code);
  }
}

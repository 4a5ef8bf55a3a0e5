package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The catalogue that build makes runs as a command line inside build's: its internal failure must
 * reach build's own handler (one line with a reference), never have picocli print a trace.
 */
class NestedCommandTest {

  @CommandLine.Command(name = "inner")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("inner failure");
    }
  }

  @CommandLine.Command(name = "inner")
  static final class Passing implements Callable<Integer> {
    @Override
    public Integer call() {
      return 1;
    }
  }

  @Test
  void anInternalFailureIsThrownAgainWithoutATrace() {
    CommandLine line = new CommandLine(new Failing());
    StringWriter err = new StringWriter();
    line.setErr(new PrintWriter(err, true));
    assertThatThrownBy(() -> BuildCommand.nested(line, new String[0]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inner failure");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theExitCodeOfACommandThatEndsIsKept() {
    assertThat(BuildCommand.nested(new CommandLine(new Passing()), new String[0])).isEqualTo(1);
  }

  @Test
  void withoutTheHandlerPicocliWouldPrintTheTrace() {
    // what the test above guards against: picocli's own handling of a failure prints its trace
    CommandLine line = new CommandLine(new Failing());
    StringWriter err = new StringWriter();
    line.setErr(new PrintWriter(err, true));
    line.execute();
    assertThat(err.toString()).contains("inner failure").contains("\tat ");
  }
}

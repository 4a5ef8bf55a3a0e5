package fr.fejdoc.document.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Assembly fails in one way only: a {@link fr.fejdoc.model.finding.FindingException} (a finding in
 * both languages, located in the template) or a spent deadline. No checked exception is declared: a
 * former one ({@code TemplateEngine.TemplateFailure}, « échec du modèle » in French only) was never
 * thrown any more, and every caller kept a dead catch of it.
 */
class AssemblerFailuresTest {
  @Test
  void publicMethodsDeclareNoCheckedException() {
    List<String> declaring = new ArrayList<>();
    for (Class<?> c : List.of(Assembler.class, TemplateEngine.class))
      for (Method m : c.getDeclaredMethods())
        if (Modifier.isPublic(m.getModifiers()))
          for (Class<?> e : m.getExceptionTypes())
            if (!RuntimeException.class.isAssignableFrom(e) && !Error.class.isAssignableFrom(e))
              declaring.add(c.getSimpleName() + "." + m.getName() + " throws " + e.getSimpleName());
    assertThat(declaring).isEmpty();
  }
}

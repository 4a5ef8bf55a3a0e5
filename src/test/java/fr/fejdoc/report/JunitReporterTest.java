package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.ap1027;
import static fr.fejdoc.report.ReportFixtures.checked;
import static fr.fejdoc.report.ReportFixtures.girls;
import static fr.fejdoc.report.ReportFixtures.missingIntroduction;
import static fr.fejdoc.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

class JunitReporterTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(
        new DefaultHandler() {
          @Override
          public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
          }
        });
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
    return out;
  }

  @Test
  void wellFormedWithOneFailurePerFileWithErrors() throws Exception {
    Checker.Checked other =
        checked(
            "AP1_140",
            Finding.of(
                Code.NOTE_BEFORE_START,
                new Loc("projects/AP1_140/note.md", 3, 5),
                "2009-10-20",
                "2009-10-20"),
            Finding.of(Code.CERTIFICATE_NO_SIGNATORY, new Loc("projects/AP1_140/note.md", 5, 1)),
            Finding.of(
                Code.DATE_ORDER,
                new Loc("projects/AP1_140/experiment.yaml", 17, 3),
                "calendrier.fin",
                "calendrier.demarrage"));
    Document doc = parse(render("junit", List.of(ap1027(), other, checked("AP1_393"))));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("3");

    List<Element> suites = elements(root, "testsuite");
    assertThat(suites)
        .extracting(s -> s.getAttribute("name"))
        .containsExactly("AP1_027", "AP1_140", "AP1_393");

    Element ap1027 = suites.get(0);
    assertThat(ap1027.getAttribute("tests")).isEqualTo("2");
    assertThat(ap1027.getAttribute("failures")).isEqualTo("1");
    List<Element> cases = elements(ap1027, "testcase");
    assertThat(cases)
        .extracting(c -> c.getAttribute("name"))
        .containsExactly(
            "projects/AP1_027/experiment.yaml", "projects/AP1_027/restitution-finale.md");
    List<Element> yamlFailures = elements(cases.get(0), "failure");
    assertThat(yamlFailures).hasSize(1);
    assertThat(yamlFailures.get(0).getTextContent())
        .contains("FEJ106")
        .contains(Messages.of(Messages.Lang.FR).format(girls()))
        .doesNotContain("FEJ301", "FEJ110");
    assertThat(elements(cases.get(0), "system-out").get(0).getTextContent())
        .contains("FEJ301", "FEJ110");
    assertThat(elements(cases.get(1), "failure")).isEmpty();
    assertThat(elements(cases.get(1), "system-out").get(0).getTextContent()).contains("FEJ042");

    Element ap1140 = suites.get(1);
    assertThat(ap1140.getAttribute("failures")).isEqualTo("2");
    for (Element c : elements(ap1140, "testcase")) {
      assertThat(elements(c, "failure")).hasSize(1);
    }
    Element note =
        elements(ap1140, "testcase").stream()
            .filter(c -> c.getAttribute("name").endsWith("note.md"))
            .findFirst()
            .orElseThrow();
    assertThat(elements(note, "failure").get(0).getTextContent()).contains("FEJ046", "FEJ047");

    Element clean = suites.get(2);
    assertThat(clean.getAttribute("tests")).isEqualTo("1");
    assertThat(clean.getAttribute("failures")).isEqualTo("0");
    assertThat(elements(clean, "testcase").get(0).getChildNodes().getLength()).isZero();
  }

  @Test
  void strictMakesWarningsFail() throws Exception {
    Document doc =
        parse(
            render(
                "junit",
                List.of(checked("AP1_027", missingIntroduction())),
                Messages.Lang.FR,
                true));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    Document lax = parse(render("junit", List.of(checked("AP1_027", missingIntroduction()))));
    assertThat(lax.getDocumentElement().getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void markupAndControlCharactersStayWellFormed() throws Exception {
    String nasty = "<b>\"x\" & 'y'</b> ]]> \u0001\u0007 fin\nligne";
    Finding f =
        Finding.of(
            Code.YAML_SYNTAX,
            new Loc("projects/a&b<\"c\">/experiment.yaml", 1, 1),
            new Localized(nasty, nasty));
    Document doc = parse(render("junit", List.of(checked("a&b<\"c\">", f))));
    Element suite = elements(doc.getDocumentElement(), "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("a&b<\"c\">");
    Element failure = elements(suite, "failure").get(0);
    assertThat(failure.getTextContent()).contains("<b>\"x\" & 'y'</b> ]]>", " fin\nligne");
    assertThat(failure.getAttribute("message"))
        .startsWith("projects/a&b<\"c\">/experiment.yaml:1:1 FEJ003");
  }

  @Test
  void emptyRunIsWellFormed() throws Exception {
    Document doc = parse(render("junit", List.of()));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("0");
  }
}

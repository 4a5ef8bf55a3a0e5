package fr.fejdoc.write.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import fr.fejdoc.document.Inline;
import fr.fejdoc.document.TableGrid;
import fr.fejdoc.edition.Tools;
import fr.fejdoc.write.docx.ExampleDocs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.w3c.dom.Element;

/**
 * LibreOffice recalculates every formula of the annexes' ODS to the figure the documents show. So
 * that the check cannot pass on the cached values, every formula cell's cached value is first
 * replaced by a wrong one (987654321, or « poison » for a blank); LibreOffice is told to
 * recalculate on load, converts each file to XLSX, and the XLSX's cached results (read with POI)
 * are compared with the tree's figures. Needs LibreOffice (soffice): without it the test fails,
 * unless {@code -Dfejdoc.libreofficeTests=off} skips it.
 */
class OdsLibreOfficeTest {
  private static final Pattern FORMULA_CELL =
      Pattern.compile("<table:table-cell [^>]*table:formula=\"[^\"]*\"[^>]*>");

  @Test
  void libreOfficeRecalculatesEveryFormulaToTheFiguresShown(@TempDir Path tmp) throws Exception {
    Assumptions.assumeFalse(
        "off".equals(System.getProperty("fejdoc.libreofficeTests")),
        "LibreOffice conversion switched off by -Dfejdoc.libreofficeTests=off");
    String soffice = Tools.executable("soffice", "/usr/lib/libreoffice/program/soffice");
    if (soffice == null)
      fail(
          "LibreOffice (soffice) is missing: apt-get install -y libreoffice-calc-nogui, or skip"
              + " with -Dfejdoc.libreofficeTests=off");
    List<ExampleDocs.Example> docs = new ArrayList<>();
    for (ExampleDocs.Example e : ExampleDocs.all()) if (e.name().equals("annexes")) docs.add(e);
    docs.addAll(
        ExampleDocs.of(ExampleDocs.withBudget(Files.createDirectories(tmp.resolve("budget"))))
            .stream()
            .filter(e -> e.name().equals("annexes"))
            .toList());
    docs.add(ExampleDocs.example("AP1_027", "restitution-finale")); // its financing shares
    assertThat(docs).hasSizeGreaterThan(3);

    Path in = Files.createDirectories(tmp.resolve("in"));
    Map<Path, ExampleDocs.Example> files = new LinkedHashMap<>();
    Map<Path, byte[]> originals = new LinkedHashMap<>();
    int n = 0;
    for (ExampleDocs.Example e : docs) {
      byte[] ods = new OdsWriter().write(e.doc(), e.resources());
      Path p = in.resolve((n++) + "-" + e.project() + "-" + e.name() + ".ods");
      Files.write(p, poisoned(ods));
      files.put(p, e);
      originals.put(p, ods);
    }
    Path profile = tmp.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(
        profile.resolve("user/registrymodifications.xcu"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
        xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
        <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """);
    Path out = Files.createDirectories(tmp.resolve("out"));
    List<String> command = new ArrayList<>();
    command.add(soffice);
    command.add("-env:UserInstallation=" + profile.toUri());
    command.add("--headless");
    command.add("--convert-to");
    command.add("xlsx");
    command.add("--outdir");
    command.add(out.toString());
    for (Path p : files.keySet()) command.add(p.toString());
    String log = Tools.run(command, 600, false);

    int formulas = 0;
    for (Map.Entry<Path, ExampleDocs.Example> f : files.entrySet()) {
      String name = f.getKey().getFileName().toString();
      Path xlsx = out.resolve(name.replace(".ods", ".xlsx"));
      assertThat(xlsx).as("XLSX of %s (LibreOffice said: %s)", name, log).exists();
      formulas += compare(name, originals.get(f.getKey()), f.getValue(), xlsx);
    }
    System.out.println("OdsLibreOfficeTest: " + formulas + " formulas recalculated by LibreOffice");
    assertThat(formulas).isGreaterThan(20);
  }

  /** Compares every formula cell; returns how many. */
  private static int compare(String name, byte[] ods, ExampleDocs.Example e, Path xlsx)
      throws Exception {
    int formulas = 0;
    var tables = OdsWriterTest.tables(e.doc());
    try (OdfSpreadsheetDocument doc = OdsWriterTest.open(ods);
        XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      List<OdfTable> sheets = doc.getTableList(false);
      assertThat(sheets).hasSize(tables.size());
      assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size());
      for (int k = 0; k < tables.size(); k++) {
        TableGrid grid = TableGrid.of(tables.get(k));
        List<List<Element>> cells = OdsWriterTest.grid(sheets.get(k));
        XSSFSheet sheet = wb.getSheetAt(k);
        for (int i = 0; i < grid.rows.size(); i++) {
          for (TableGrid.Slot slot : grid.rows.get(i)) {
            if (slot.cell() == null) continue;
            Element cell = cells.get(OdsBook.TOP + i).get(slot.column());
            if (OdsWriterTest.formula(cell) == null) continue;
            formulas++;
            Row r = sheet.getRow(OdsBook.TOP + i);
            Cell x = r == null ? null : r.getCell(slot.column());
            String where =
                name + " " + sheet.getSheetName() + "!" + (x == null ? "?" : x.getAddress());
            assertThat(x).as(where).isNotNull();
            assertThat(x.getCellType()).as(where).isEqualTo(CellType.FORMULA);
            Inline.Num expected = OdsWriterTest.figure(slot);
            if (expected == null) {
              assertThat(x.getCachedFormulaResultType()).as(where).isEqualTo(CellType.STRING);
              assertThat(x.getStringCellValue()).as(where).isEmpty();
            } else {
              assertThat(x.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
              double tolerance =
                  Math.pow(10, -OdsTable.decimals(expected))
                      / 2
                      / (expected.kind() == fr.fejdoc.text.FigureKind.PERCENT ? 100 : 1);
              assertThat(x.getNumericCellValue())
                  .as("%s = %s", where, OdsWriterTest.formula(cell))
                  .isCloseTo(OdsTable.number(expected).doubleValue(), within(tolerance + 1e-9));
              // and the cached value fejdoc wrote is LibreOffice's result
              assertThat(OdsWriterTest.value(cell))
                  .as(where)
                  .isCloseTo(x.getNumericCellValue(), within(1e-9));
            }
          }
        }
      }
    }
    return formulas;
  }

  /** The package with every formula cell's cached value made wrong. */
  static byte[] poisoned(byte[] ods) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(ods));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        byte[] data = zin.readAllBytes();
        if (e.getName().equals("content.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          Matcher m = FORMULA_CELL.matcher(xml);
          StringBuilder b = new StringBuilder();
          int poisoned = 0;
          while (m.find()) {
            String tag =
                m.group()
                    .replaceAll("office:value=\"[^\"]*\"", "office:value=\"987654321\"")
                    .replace("office:string-value=\"\"", "office:string-value=\"poison\"");
            poisoned++;
            m.appendReplacement(b, Matcher.quoteReplacement(tag));
          }
          m.appendTail(b);
          assertThat(poisoned).isPositive();
          data = b.toString().getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        if (e.getName().equals("mimetype")) {
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(data.length);
          CRC32 crc = new CRC32();
          crc.update(data);
          copy.setCrc(crc.getValue());
        }
        z.putNextEntry(copy);
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}

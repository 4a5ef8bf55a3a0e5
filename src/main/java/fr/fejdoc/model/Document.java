package fr.fejdoc.model;

import java.util.List;

/** A document file of a project: front matter facts and narrative sections. */
public sealed interface Document
    permits Document.ProgressNote, Document.FinalReport, Document.ExperienceSheet {

  SourceText source();

  DocumentKind kind();

  Certificate certificate();

  /** Note d'étape. */
  record ProgressNote(
      SourceText source,
      DateValue asOf,
      Text writtenBy,
      DateValue formEdition,
      Certificate certificate,
      Distribution distribution)
      implements Document {
    /** Without the form edition (the holder did not name one). */
    public ProgressNote(
        SourceText source,
        DateValue asOf,
        Text writtenBy,
        Certificate certificate,
        Distribution distribution) {
      this(source, asOf, writtenBy, null, certificate, distribution);
    }

    @Override
    public DocumentKind kind() {
      return DocumentKind.NOTE_ETAPE;
    }
  }

  /** Note de restitution finale. */
  record FinalReport(
      SourceText source,
      DateValue submitted,
      Text writtenBy,
      DateValue formEdition,
      Certificate certificate)
      implements Document {
    /** Without the form edition (the holder did not name one). */
    public FinalReport(
        SourceText source, DateValue submitted, Text writtenBy, Certificate certificate) {
      this(source, submitted, writtenBy, null, certificate);
    }

    @Override
    public DocumentKind kind() {
      return DocumentKind.RESTITUTION_FINALE;
    }
  }

  /** Fiche d'expérience. */
  record ExperienceSheet(
      SourceText source,
      Count number,
      DateValue date,
      Text series,
      Text territory,
      Text theme,
      Text title,
      Text lead,
      SheetIdentity identity,
      List<Quote> quotes,
      List<KeyFigure> keyFigures,
      DateValue updated,
      List<Resource> reports,
      List<Resource> technicalDocs,
      List<Resource> sites,
      List<Contact> contacts,
      Contact publisher,
      Certificate certificate)
      implements Document {
    @Override
    public DocumentKind kind() {
      return DocumentKind.FICHE_EXPERIENCE;
    }
  }

  /** FICHE D'IDENTITÉ SYNTHÉTIQUE DE L'ACTION (each field overrides experiment.yaml). */
  record SheetIdentity(
      Text actionName, Text targetPublic, Text duration, Text steering, Text funding) {}

  /** A pull quote. */
  record Quote(Text text, Text author, Loc loc) {}

  /** A key figure: "245" "JEUNES ont été inclus...". */
  record KeyFigure(Text value, Text caption, Loc loc) {}

  /** A resource: report, technical document or web site. */
  record Resource(Text title, Text date, Text pages, Text link, Loc loc) {}

  /** A contact block (organisation, phone, e-mail, address, web site, description). */
  record Contact(
      Text organisation,
      Text phone,
      Text email,
      Text address,
      Text site,
      Text description,
      Loc loc) {}
}

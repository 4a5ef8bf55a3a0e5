package fr.fejdoc.model;

/**
 * The narrative of one section of a form: the holder's heading (null when the section has no
 * heading of its own) and the Markdown below it, up to the next section. {@code firstLine} is the
 * file line where {@code markdown} starts.
 */
public record Section(String id, Text heading, String markdown, int firstLine, Loc loc) {}

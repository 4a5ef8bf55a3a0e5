package fr.fejdoc.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One experiment's folder as loaded: the facts (null when experiment.yaml could not be read) and
 * its documents, each read independently so one broken file hides nothing else.
 */
public record Project(String name, Path dir, Experiment experiment, List<Document> documents) {}

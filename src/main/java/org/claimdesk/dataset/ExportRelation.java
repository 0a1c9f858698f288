package org.claimdesk.dataset;

/** A relation in an export, between the local ids of two spans of the same document. */
public record ExportRelation(String id, String type, String from, String to) {
}

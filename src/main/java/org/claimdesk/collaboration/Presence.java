package org.claimdesk.collaboration;

/** One open annotation view of a document: who, and which view (a random key). */
public record Presence(long documentId, String username, String viewKey) {
}

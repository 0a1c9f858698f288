package org.claimdesk.project;

public enum LabelKind {
    SPAN, RELATION
}

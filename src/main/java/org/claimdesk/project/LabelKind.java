package org.claimdesk.project;

public enum LabelKind {
    SPAN, RELATION,
    /** A role of an event: a link from the event's trigger span to one of its arguments (brat's E lines). */
    ROLE
}

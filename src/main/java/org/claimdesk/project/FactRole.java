package org.claimdesk.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a label means to the fact-check features, whatever it is called: the claims table,
 * verdicts, provenance and the claim exports find claims, their sources and their denials by
 * these roles, never by a label's name.
 */
public enum FactRole {
    CLAIM(true, false, true),
    ATTRIBUTION(true, false, true),
    SOURCE(true, false, true),
    CUE(true, false, true),
    DENIAL(true, false, true),
    /** A relation from a claim to who said it. */
    ATTRIBUTED_TO(false, true, false),
    /** A relation from a denial to the claim it denies. */
    DENIES(false, true, false);

    private final boolean span;
    private final boolean relation;
    private final boolean eventRole;

    FactRole(boolean span, boolean relation, boolean eventRole) {
        this.span = span;
        this.relation = relation;
        this.eventRole = eventRole;
    }

    public boolean fits(LabelKind kind) {
        return switch (kind) {
            case SPAN -> span;
            case RELATION -> relation;
            case ROLE -> eventRole;
        };
    }

    /** The JSON name: "claim", "attributed-to". */
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FactRole> fromJson(String value) {
        String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst();
    }
}

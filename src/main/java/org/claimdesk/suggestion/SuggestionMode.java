package org.claimdesk.suggestion;

/**
 * Which suggestions a project's members get. AUTO, the default, serves the learned model once it
 * beats the rules on the hold-out (or the rules do not fit the schema), else the rules.
 */
public enum SuggestionMode {
    AUTO, RULES, LEARNED, OFF
}

package org.claimdesk.suggestion.tagger;

import java.util.List;

/** A training text for one label: its tokens, their features and their gold BIO tags. */
record TaggedText(TokenizedText text, List<String[]> features, String[] tags) {
}

/**
 * What happened to verdicts and comments, as past-tense records published inside the writing
 * transaction. The review module keeps its own history from them; other modules may listen.
 */
@NamedInterface("event")
@NullMarked
package org.claimdesk.review.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/**
 * What happened to annotation layers, as past-tense records published inside the writing
 * transaction. Other modules listen to these instead of being called by the annotation services.
 */
@NamedInterface("event")
@NullMarked
package org.claimdesk.annotation.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

@NullMarked
package org.claimdesk;

import org.jspecify.annotations.NullMarked;

package org.claimdesk.base;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nothing under /api/ is ever the UI: a path no endpoint has is a 404 problem, not the index page
 * that Vaadin serves for unknown paths. More specific mappings always win over this one.
 */
@RestController
class UnknownApiPath {
    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("There is no API endpoint at " + request.getRequestURI()
                + "; the endpoints are listed in the README under \"REST API\".");
    }
}

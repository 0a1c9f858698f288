package org.claimdesk.base;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit fails while the request is parsed, before any controller is chosen, so
 * this advice applies to every request rather than to ClaimDesk's controllers only.
 */
@RestControllerAdvice
class UploadTooLargeHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ApiErrorHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
                "The upload is larger than this server accepts (claimdesk.import.max-upload-bytes); split it or zip it.");
    }
}

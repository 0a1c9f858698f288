package org.claimdesk.base;

import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Requests of the wrong shape (method, content type, a missing parameter or upload field, broken
 * multipart) get a problem with a sentence a person can act on, instead of Spring's bare default.
 */
@RestControllerAdvice(basePackages = "org.claimdesk")
// before ApiErrorHandler and UploadTooLargeHandler, so a multipart failure is judged here whole
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestShapeErrors {

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedHttpMethods() == null ? "another method"
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        return ApiErrorHandler.problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                e.getMethod() + " is not allowed here; this address takes " + allowed + ".");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        String wanted = e.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                : e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(" or "));
        return ApiErrorHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "The body was sent as " + (e.getContentType() == null ? "no content type" : e.getContentType())
                        + "; send it as " + wanted + ".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail parameter(MissingServletRequestParameterException e) {
        return ApiErrorHandler.problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "The query parameter '" + e.getParameterName() + "' is required.");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail part(MissingServletRequestPartException e) {
        return ApiErrorHandler.problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "The upload needs a multipart/form-data field named '" + e.getRequestPartName() + "'.");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return new UploadTooLargeHandler().tooLarge(tooLarge);
        }
        return ApiErrorHandler.problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "The request is not a readable multipart/form-data upload; send the file in a field named 'file'.");
    }
}

package org.claimdesk.base;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/** Turns the domain's exceptions into RFC 9457 problem responses (application/problem+json). */
@RestControllerAdvice(basePackages = "org.claimdesk")
class ApiErrorHandler {
    private final DatabaseHealth health;

    ApiErrorHandler(DatabaseHealth health) {
        this.health = health;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withField(problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage()), e.field(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JacksonException j ? JsonPaths.of(j) : null;
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request body is not valid JSON of the expected shape.");
        }
        String detail = "Field '" + field + "' is not of the expected type (offsets and ids are integers; texts are strings).";
        return withField(problem(HttpStatus.BAD_REQUEST, "Invalid input", detail), field, detail);
    }

    /** PostgreSQL refuses NUL in text; a value that slipped past the validators gets a 400, never SQL. */
    @ExceptionHandler({DataAccessException.class, TransactionSystemException.class})
    ProblemDetail dataAccess(RuntimeException e) {
        if (NulRefusal.isCause(e)) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", NulRefusal.MESSAGE);
        }
        throw e;
    }

    /** The RFC 9457 extension member that names the field: {@code errors: [{"field", "message"}]}. */
    private static ProblemDetail withField(ProblemDetail problem, @Nullable String field, @Nullable String message) {
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", String.valueOf(message))));
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "Parameter '" + e.getName() + "' has an invalid value.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail notValid(MethodArgumentNotValidException e) {
        var first = e.getBindingResult().getFieldErrors().stream().findFirst();
        String detail = first.map(f -> f.getField() + ": " + f.getDefaultMessage())
                .orElse("The request is not valid.");
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", detail);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such API path.");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail stale(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Somebody else changed this item first; reload and try again.");
    }

    /** The database is down or unreachable: nothing was stored, and the client may retry. */
    @ExceptionHandler({DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        health.report(e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", DatabaseHealth.UNAVAILABLE));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}

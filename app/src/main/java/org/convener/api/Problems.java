package org.convener.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors as RFC 9457 problem details, naming the field at fault and the reason in words written
 * for people (never an exception's own message unless the domain wrote it for people).
 */
@RestControllerAdvice(basePackageClasses = Problems.class)
@io.swagger.v3.oas.annotations.responses.ApiResponse(
        responseCode = "401",
        description = "the token is missing where one is needed, or unknown, expired or revoked",
        content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
@io.swagger.v3.oas.annotations.responses.ApiResponse(
        responseCode = "403",
        description = "the token's scopes or its owner's role do not allow this",
        content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
@io.swagger.v3.oas.annotations.responses.ApiResponse(
        responseCode = "429",
        description = "too many requests from this token or address this minute; see Retry-After",
        content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
class Problems {

    /** A bad value of a named field. */
    static final class BadField extends RuntimeException {
        final String field;

        BadField(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    /** Something that is not there, or not there for this caller. */
    static final class NotFound extends RuntimeException {
        NotFound(String what) {
            super(what);
        }
    }

    /** A change the rules refuse now (a move the lifecycle does not allow). */
    static final class Conflict extends RuntimeException {
        Conflict(String reason) {
            super(reason);
        }
    }

    @ExceptionHandler(BadField.class)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "400",
            description = "a bad value: the problem's field and reason say which and why",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/problem+json",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProblemDetail.class)))
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail badField(BadField e) {
        return field(e.field, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "a value" : kind(e.getRequiredType());
        return field(e.getName(), "must be " + type + ", not \"" + e.getValue() + "\"");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return field(e.getParameterName(), "is required");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return field("body", "must be a JSON object as the API documentation describes");
    }

    @ExceptionHandler(NotFound.class)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "404",
            description = "nothing there, or nothing there you may see",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/problem+json",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProblemDetail.class)))
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(NotFound e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "409",
            description = "the change is not allowed now (an ask's lifecycle)",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/problem+json",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProblemDetail.class)))
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail conflict(Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    @ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.METHOD_NOT_ALLOWED, "this address does not take " + e.getMethod());
    }

    static ProblemDetail field(String field, String reason) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + " " + reason);
        problem.setTitle("Bad request");
        problem.setProperty("field", field);
        problem.setProperty("reason", reason);
        return problem;
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }
}

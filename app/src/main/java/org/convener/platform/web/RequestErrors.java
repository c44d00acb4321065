package org.convener.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests the pages cannot take, answered in the user's words: which field, what was given and
 * what was expected, never the framework's account of Java types. The error page shows the words.
 */
@ControllerAdvice
class RequestErrors {

    /** Short names in parameters, said in full. */
    private static final Map<String, String> WORDS =
            Map.of("min", "minimum", "max", "maximum", "sims", "simulations", "id", "number", "ruk", "Reform UK");

    private final DataSize largestFile;

    RequestErrors(@Value("${spring.servlet.multipart.max-file-size:16MB}") DataSize largestFile) {
        this.largestFile = largestFile;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.sendError(HttpStatus.NOT_FOUND.value(), "There is no page at this address.");
            return;
        }
        String given = e.getValue() == null ? "" : String.valueOf(e.getValue());
        if (given.length() > 40) {
            given = given.substring(0, 40) + "…";
        }
        response.sendError(
                HttpStatus.BAD_REQUEST.value(),
                capitalised(field(e.getName())) + " must be " + expected(e.getRequiredType()) + ", not \"" + given
                        + "\". Change it and try again.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missing(MissingServletRequestParameterException e, HttpServletResponse response) throws IOException {
        response.sendError(
                HttpStatus.BAD_REQUEST.value(),
                capitalised(field(e.getParameterName())) + " is missing: "
                        + expected(e.getMethodParameter().getParameterType()) + " is needed.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(
                HttpStatus.PAYLOAD_TOO_LARGE.value(),
                "The file is larger than the " + largestFile.toMegabytes()
                        + " MB the server reads. Split it into smaller files, or leave out columns Convener does not read.");
    }

    @ExceptionHandler(MultipartException.class)
    void unreadableUpload(HttpServletResponse response) throws IOException {
        response.sendError(
                HttpStatus.BAD_REQUEST.value(),
                "The upload could not be read: it may have been cut off. Please choose the file and send it again.");
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "a value this page understands";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number (such as 12.5)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number (such as 20000)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "yes or no (true or false)";
        }
        if (type == LocalDate.class) {
            return "a date (such as 2025-05-31)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "));
        }
        return "a value this page understands";
    }

    /** "minMajority" as "the minimum majority". */
    static String field(String parameter) {
        String words = Arrays.stream(parameter.split("(?<=[a-z0-9])(?=[A-Z])|[_-]"))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .map(w -> WORDS.getOrDefault(w, w))
                .collect(Collectors.joining(" "));
        return "the " + words;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

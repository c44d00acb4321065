package org.convener.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** How a page refuses: what is not there (404), not for this user (403) or not askable as sent (400), said in the user's words. */
public final class Refusals {

    private Refusals() {}

    public static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }

    public static ResponseStatusException forbidden(String why) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, why);
    }

    /** A request the page cannot answer as asked (400), saying what to change. */
    public static ResponseStatusException badRequest(String what) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, what);
    }
}

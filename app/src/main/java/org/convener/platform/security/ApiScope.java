package org.convener.platform.security;

import java.util.Locale;

/** What a personal API token may be used for; each is further limited by its owner's role. */
public enum ApiScope {
    SEATS_READ("seats:read", "Read seats, seat sets, polls, projections and sweeps"),
    ORGANISING_READ("organising:read", "Read the groups, people, vacancies and asks your role lets you see"),
    ASKS_WRITE("asks:write", "Move asks your role lets you move");

    private final String code;
    private final String description;

    ApiScope(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The authority a request made with a token of this scope holds. */
    public String authority() {
        return "SCOPE_" + code;
    }

    public static ApiScope ofCode(String code) {
        for (ApiScope scope : values()) {
            if (scope.code.equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return scope;
            }
        }
        throw new IllegalArgumentException("\"" + code + "\" is not a scope");
    }
}

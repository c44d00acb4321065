package org.convener;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code RouteAccessTest} checks: for each route, a request and the status each kind of
 * visitor must get. Each module adds its own routes through a {@link RouteChecks}.
 */
public final class RouteTable {

    public enum Visitor {
        ANONYMOUS,
        MEMBER,
        ORGANISER,
        OFFICER,
        ADMIN
    }

    /** Sent anonymous visitors to sign in. */
    public static final int LOGIN = -302;

    /**
     * One row.
     *
     * @param csrf whether the route must refuse a write without a CSRF token
     * @param token whether the route is reached with a personal API token (each visitor's, with
     *     every scope) rather than a session; {@code params} then holds a JSON body under "json"
     */
    public record Check(
            String route,
            String method,
            String path,
            Map<String, String> params,
            Map<Visitor, Integer> expected,
            boolean csrf,
            boolean token) {}

    private final List<Check> checks = new ArrayList<>();

    /** A GET of {@code path}, served as {@code route}; statuses for anonymous, member, organiser, officer, admin. */
    public void reading(String route, String path, int... statuses) {
        add("GET " + route, "GET", path, Map.of(), statuses);
    }

    /** A POST with {@code params}; statuses as for {@link #reading}. */
    public void writing(String route, String path, Map<String, String> params, int... statuses) {
        add("POST " + route, "POST", path, params, statuses);
    }

    /**
     * A POST that must work without a CSRF token, because its own secret in the address is the
     * credential (a mail program's one-click unsubscribe); statuses as for {@link #reading}.
     */
    public void writingWithoutCsrf(String route, String path, Map<String, String> params, int... statuses) {
        add("POST " + route, "POST", path, params, false, statuses);
    }

    /**
     * Any request: {@code method} is an HTTP method, or {@code UPLOAD} for a multipart POST of an
     * empty file named {@code file}.
     */
    public void add(String route, String method, String path, Map<String, String> params, int... statuses) {
        add(route, method, path, params, true, statuses);
    }

    private void add(
            String route, String method, String path, Map<String, String> params, boolean csrf, int... statuses) {
        if (statuses.length != Visitor.values().length) {
            throw new IllegalArgumentException(route + ": one status per visitor");
        }
        var expected = new EnumMap<Visitor, Integer>(Visitor.class);
        for (Visitor visitor : Visitor.values()) {
            expected.put(visitor, statuses[visitor.ordinal()]);
        }
        checks.add(new Check(route, method, path, params, expected, csrf, false));
    }

    /**
     * An API request made with each visitor's personal token (none for anonymous visitors);
     * {@code json} is the body of a POST, or {@code null}.
     */
    public void api(String method, String route, String path, String json, int... statuses) {
        if (statuses.length != Visitor.values().length) {
            throw new IllegalArgumentException(route + ": one status per visitor");
        }
        var expected = new EnumMap<Visitor, Integer>(Visitor.class);
        for (Visitor visitor : Visitor.values()) {
            expected.put(visitor, statuses[visitor.ordinal()]);
        }
        checks.add(new Check(
                method + " " + route,
                method,
                path,
                json == null ? Map.of() : Map.of("json", json),
                expected,
                false,
                true));
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }
}

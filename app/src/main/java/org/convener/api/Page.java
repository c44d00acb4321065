package org.convener.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in a stable order; {@code next} is the cursor of the following page, absent
 * on the last. A cursor names the last item of its page, so pages stay right while one reads.
 */
record Page<T>(
        List<T> items,

        @Schema(description = "pass as `cursor` for the next page; absent on the last page", nullable = true)
        String next) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** The page after {@code cursor} of a list already in its stable order, keyed by {@code key}. */
    static <T> Page<T> of(List<T> all, Function<T, String> key, String cursor, Integer limit) {
        int size = limit(limit);
        int start = 0;
        if (cursor != null && !cursor.isBlank()) {
            String after = decode(cursor);
            start = -1;
            for (int i = 0; i < all.size(); i++) {
                if (key.apply(all.get(i)).equals(after)) {
                    start = i + 1;
                    break;
                }
            }
            if (start < 0) {
                throw new Problems.BadField("cursor", "does not name an item of this list (start again without it)");
            }
        }
        int end = Math.min(all.size(), start + size);
        var items = all.subList(start, end);
        String next = end < all.size() ? encode(key.apply(all.get(end - 1))) : null;
        return new Page<>(List.copyOf(items), next);
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new Problems.BadField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Problems.BadField("cursor", "is not a cursor this API gave");
        }
    }
}

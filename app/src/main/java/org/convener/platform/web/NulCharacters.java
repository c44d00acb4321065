package org.convener.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request with a NUL character in any field: no field of Convener's takes one, and
 * PostgreSQL cannot store one in text, so it would otherwise fail deep inside as a server error.
 */
@Component
class NulCharacters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if ((query != null && query.toLowerCase().contains("%00")) || hasNul(request.getParameterMap())) {
            response.sendError(
                    HttpStatus.BAD_REQUEST.value(),
                    "A field holds a NUL character (a zero byte, %00), which Convener does not accept in any field."
                            + " Remove it and try again.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNul(Map<String, String[]> parameters) {
        for (var entry : parameters.entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}

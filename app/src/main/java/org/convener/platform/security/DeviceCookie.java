package org.convener.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.http.ResponseCookie;

/**
 * The cookie by which a client an account has signed in from is known again: a random token,
 * sent only to the sign-in form, never readable by scripts.
 */
final class DeviceCookie {

    static final String NAME = "convener-device";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCookie() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token, boolean secure) {
        var cookie = ResponseCookie.from(NAME, token)
                .path("/login")
                .httpOnly(true)
                .secure(secure || request.isSecure())
                .sameSite("Lax")
                .maxAge(SignInThrottle.DEVICE_KEPT)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}

package org.convener.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.convener.platform.CurrentUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page template its {@link PageContext} as the model attribute {@code context}. */
@ControllerAdvice
class PageContextAdvice {

    @ModelAttribute("context")
    PageContext context(HttpServletRequest request) {
        var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new PageContext(
                request.getRequestURI(),
                token == null ? "X-CSRF-TOKEN" : token.getHeaderName(),
                token == null ? "_csrf" : token.getParameterName(),
                token == null ? "" : token.getToken(),
                CurrentUser.get().orElse(null));
    }
}

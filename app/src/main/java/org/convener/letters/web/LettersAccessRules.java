package org.convener.letters.web;

import org.convener.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Letters are worked on signed in; a published letter is for everyone. */
@Component
class LettersAccessRules implements AccessRules {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/open-letters",
                        "/open-letters/{id}",
                        "/open-letters/{id}/letter.pdf",
                        "/open-letters/{id}/signatories.csv")
                .permitAll();
        routes.requestMatchers("/letters", "/letters/**").authenticated();
    }
}

package org.convener.platform.security;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions kept in the database (Spring Session JDBC, set up by Spring Boot), so that a user stays
 * signed in whichever instance answers. Each session is indexed by its account ("account 12"),
 * never by an email, so that a closed account's sessions can be found and ended at once, and the
 * cookie keeps the name and attributes the servlet container's own sessions had.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
class SessionStore {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsByAccount() {
        return repository -> repository.setIndexResolver(new ByAccount());
    }

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseBase64Encoding(false);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure);
        return cookie;
    }

    /** The account a session is signed in with, as the principal-name index. */
    static final class ByAccount implements IndexResolver<Session> {

        @Override
        public Map<String, String> resolveIndexesFor(Session session) {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security
                    && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof SignedInUser user) {
                return Map.of(
                        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                        principal(user.user().accountId()));
            }
            return Map.of();
        }
    }

    static String principal(long accountId) {
        return "account " + accountId;
    }
}

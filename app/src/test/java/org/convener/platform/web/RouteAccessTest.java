package org.convener.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.TreeSet;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, with what each visitor may do there. A route added without
 * an entry here fails the build, so no route goes untested.
 */
@ConvenerTest
class RouteAccessTest {

    /** Route pattern → an example path and the status an anonymous visitor gets for GET. */
    static final Map<String, Example> ROUTES = Map.ofEntries(
            Map.entry("GET /", new Example("/", 200)),
            Map.entry("GET /seats", new Example("/seats", 200)),
            Map.entry("GET /seats.csv", new Example("/seats.csv", 200)),
            Map.entry("GET /seats/{code}", new Example("/seats/E14001079", 200)),
            Map.entry("GET /seats/runner-up", new Example("/seats/runner-up", 200)),
            Map.entry("GET /map", new Example("/map", 200)),
            Map.entry("GET /sources", new Example("/sources", 200)),
            Map.entry("GET /css/parties.css", new Example("/css/parties.css", 200)),
            Map.entry("GET /polls", new Example("/polls", 200)),
            Map.entry("GET /projection", new Example("/projection", 200)),
            Map.entry("GET /projection/seats/{code}", new Example("/projection/seats/E14001079", 200)),
            Map.entry("GET /sets", new Example("/sets", 200)),
            Map.entry("GET /sets/{name}", new Example("/sets/redwall", 200)),
            Map.entry("* /error", new Example("/error", 500)));

    record Example(String path, int anonymousStatus) {}

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Test
    void everyRouteHasAnAccessRuleAndAnEntryHere() {
        var served = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    served.add("* " + pattern);
                }
                methods.forEach(method -> served.add(method.name() + " " + pattern));
            }
        });
        assertThat(served).as("routes served").containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    }

    @Test
    void anonymousVisitorsGetWhatTheTableSays() throws Exception {
        OfficialData.imported(imports);
        for (var entry : ROUTES.entrySet()) {
            var example = entry.getValue();
            int status = mvc.perform(get(example.path())).andReturn().getResponse().getStatus();
            assertThat(status).as(entry.getKey()).isEqualTo(example.anonymousStatus());
        }
    }

    @Test
    void writesToPublicPagesAreRefused() throws Exception {
        for (var entry : ROUTES.entrySet()) {
            String path = entry.getValue().path();
            assertThat(mvc.perform(post(path)).andReturn().getResponse().getStatus())
                    .as("POST without CSRF token to " + path).isEqualTo(403);
            if (!path.equals("/error")) {
                assertThat(mvc.perform(post(path).with(csrf())).andReturn().getResponse().getStatus())
                        .as("POST with CSRF token to " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void unknownPathsAreRefused() throws Exception {
        assertThat(mvc.perform(get("/admin")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/seats/E14001079/edit")).andReturn().getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        var response = mvc.perform(get("/seats")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }
}

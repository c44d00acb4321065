package org.convener.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.security.ApiScope;
import org.convener.platform.security.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document, generated from the code in the build (and written to
 * {@code target/openapi.json}), lists every route under {@code /api/v1}, and every route it lists
 * answers as it documents for a sample request.
 */
@ConvenerTest
class ApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    CommandLineInterface cli;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Asks asks;

    @Autowired
    Caucuses caucuses;

    /** A sample value for each path variable the API takes. */
    private Map<String, String> samples() {
        long caucus = caucuses.find(Demo.RED_WALL).orElseThrow().id();
        long ask = asks.of(Set.of(caucus), null).get(0).id();
        return Map.of("{code}", "E14001079", "{name}", "redwall", "{id}", Long.toString(ask), "{slug}", Demo.RED_WALL);
    }

    /** A sample body for each route that takes one: valid for the projection, refused by the lifecycle for a move. */
    private static final Map<String, String> BODIES = Map.of(
            "/api/v1/projections",
            "{\"shares\":{\"Con\":18,\"Lab\":22,\"LD\":12,\"RUK\":30,\"Green\":10,\"SNP\":2.5,\"PC\":0.7},\"sims\":1000}",
            "/api/v1/asks/{id}/moves",
            "{\"to\":\"DRAFTED\",\"reason\":\"a sample\"}");

    /** Sample parameters a route needs. */
    private static final Map<String, String> QUERIES = Map.of("/api/v1/sweeps", "?set=redwall&from=20&to=30&step=5");

    @Test
    void everyApiRouteIsDocumentedAndAnswersAsDocumented() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
        var response = mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        Path out = Path.of("target", "openapi.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        JsonNode document = new ObjectMapper().readTree(text);
        assertThat(document.get("openapi").asText()).startsWith("3.");

        var served = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
                }
            }
        });
        var documented = new TreeSet<String>();
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(documented).as("documented routes").isEqualTo(served);

        long account = accounts.find(DemoData.CONVENER).orElseThrow().id();
        String token = AuditActor.as(
                "test",
                () -> tokens.create(
                                account,
                                "document " + System.nanoTime(),
                                EnumSet.allOf(ApiScope.class),
                                Instant.now().plusSeconds(600))
                        .secret());
        var samples = samples();
        var wrong = new ArrayList<String>();
        for (String route : documented) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            String path = pattern;
            for (var sample : samples.entrySet()) {
                path = path.replace(sample.getKey(), sample.getValue());
            }
            path += QUERIES.getOrDefault(pattern, "");
            var request = method.equals("GET") ? get(path) : post(path);
            request.header("Authorization", "Bearer " + token);
            if (BODIES.containsKey(pattern)) {
                request.contentType("application/json").content(BODIES.get(pattern));
            }
            var answer = mvc.perform(request).andReturn().getResponse();
            JsonNode responses =
                    document.at("/paths/" + pattern.replace("/", "~1") + "/" + method.toLowerCase() + "/responses");
            List<String> statuses = new ArrayList<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            String status = Integer.toString(answer.getStatus());
            if (!statuses.contains(status)) {
                wrong.add(route + " answered " + status + ", documented " + statuses);
            } else if (status.startsWith("2")) {
                var content = responses.at("/" + status + "/content");
                if (content.isMissingNode() || !answer.getContentType().startsWith("application/json")) {
                    wrong.add(route + " answered " + answer.getContentType() + ", documented " + content);
                }
            }
        }
        assertThat(wrong).as("routes answering otherwise than documented").isEmpty();
    }

    @Test
    void theInteractivePageLoadsItsScriptFromFilesUnderTheSitesPolicy() throws Exception {
        var page = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(page.getStatus()).isIn(200, 302);
    }
}

package org.convener.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.security.ApiScope;
import org.convener.platform.security.ApiTokens;
import org.convener.seats.SeatIntelligence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The API as a script would use it: tokens, scopes, roles, pages, ETags and problems. */
@ConvenerTest
class ApiTest {

    @Autowired
    MockMvc mvc;

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
    SeatIntelligence seats;

    @Autowired
    Asks asks;

    @Autowired
    Caucuses caucuses;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void demo() throws Exception {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    private String token(String email, Set<ApiScope> scopes, Duration lasting) {
        long id = accounts.find(email).orElseThrow().id();
        return AuditActor.as(
                "test",
                () -> tokens.create(
                                id,
                                "api test " + System.nanoTime(),
                                scopes,
                                Instant.now().plus(lasting))
                        .secret());
    }

    private String token(String email, Set<ApiScope> scopes) {
        return token(email, scopes, Duration.ofHours(1));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private long redWallAsk(AskStatus status) {
        long caucus = caucuses.find(Demo.RED_WALL).orElseThrow().id();
        return asks.of(Set.of(caucus), null).stream()
                .filter(a -> a.status() == status)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void pagingWalksEverySeatExactlyOnce() throws Exception {
        var codes = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var request = get("/api/v1/seats").param("limit", "200").param("sort", "-majority");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            JsonNode page = body(send(request, null));
            page.get("items").forEach(item -> codes.add(item.get("code").asText()));
            cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo((seats.seats().size() + 199) / 200);
        assertThat(codes).hasSize(seats.seats().size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(codes))
                .isEqualTo(seats.seats().stream().map(s -> s.code()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void filtersAreThoseOfTheSeatList() throws Exception {
        JsonNode page = body(send(
                get("/api/v1/seats")
                        .param("winner", "Lab")
                        .param("second", "RUK")
                        .param("limit", "200"),
                null));
        long expected = seats.seats().stream()
                .filter(s ->
                        s.winner().code().equals("Lab") && s.second().code().equals("RUK"))
                .count();
        int counted = 0;
        String cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
        counted += page.get("items").size();
        while (cursor != null) {
            page = body(send(
                    get("/api/v1/seats")
                            .param("winner", "Lab")
                            .param("second", "RUK")
                            .param("limit", "200")
                            .param("cursor", cursor),
                    null));
            counted += page.get("items").size();
            cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
        }
        assertThat(counted).isEqualTo(expected).isPositive();
    }

    @Test
    void seatDataCarriesAnEtagAndAnswersNotModified() throws Exception {
        var first = send(get("/api/v1/seats/E14001079"), null);
        assertThat(first.getStatus()).isEqualTo(200);
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(body(first).at("/general2024/candidates").size()).isPositive();
        var again = send(get("/api/v1/seats/E14001079").header("If-None-Match", etag), null);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        var other = send(get("/api/v1/seats").header("If-None-Match", etag), null);
        assertThat(other.getStatus()).isEqualTo(200);
    }

    @Test
    void problemsNameTheFieldAndTheReason() throws Exception {
        for (var c : List.of(
                new String[] {"/api/v1/seats?minMajority=abc", "minMajority"},
                new String[] {"/api/v1/seats?winner=XYZ", "winner"},
                new String[] {"/api/v1/seats?area=Atlantis", "area"},
                new String[] {"/api/v1/seats?limit=0", "limit"},
                new String[] {"/api/v1/seats?cursor=bm90LWEtc2VhdA", "cursor"},
                new String[] {"/api/v1/seats?sort=height", "sort"},
                new String[] {"/api/v1/seats/E99", "code"})) {
            var response = send(get(c[0]), null);
            assertThat(response.getStatus()).as(c[0]).isEqualTo(400);
            assertThat(response.getContentType()).as(c[0]).startsWith("application/problem+json");
            JsonNode problem = body(response);
            assertThat(problem.get("field").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(problem.get("reason").asText()).as(c[0]).isNotBlank();
            assertThat(problem.get("status").asInt()).isEqualTo(400);
        }
        var projection = send(
                post("/api/v1/projections")
                        .contentType("application/json")
                        .content("{\"shares\":{\"RUK\":30},\"sims\":5}"),
                null);
        assertThat(projection.getStatus()).isEqualTo(400);
        assertThat(body(projection).get("field").asText()).isEqualTo("sims");
    }

    @Test
    void aProjectionGivesTotalsAndEverySeatsChances() throws Exception {
        var response = send(
                post("/api/v1/projections")
                        .contentType("application/json")
                        .content(
                                "{\"shares\":{\"Con\":18,\"Lab\":22,\"LD\":12,\"RUK\":30,\"Green\":10,\"SNP\":2.5,\"PC\":0.7},"
                                        + "\"sims\":2000,\"seed\":7}"),
                null);
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode run = body(response);
        assertThat(run.get("sims").asInt()).isEqualTo(2000);
        assertThat(run.get("seats").size()).isEqualTo(631);
        double totalMean = 0;
        for (JsonNode total : run.get("totals")) {
            totalMean += total.get("mean").asDouble();
        }
        assertThat(totalMean).isCloseTo(631, org.assertj.core.data.Offset.offset(0.01));
        for (JsonNode seat : run.get("seats")) {
            double sum = 0;
            for (JsonNode p : seat.get("probabilities")) {
                sum += p.asDouble();
            }
            assertThat(sum).as(seat.get("code").asText()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aTokenWithoutTheScopeIsRefused() throws Exception {
        String seatsOnly = token(DemoData.CONVENER, EnumSet.of(ApiScope.SEATS_READ));
        assertThat(send(get("/api/v1/asks"), seatsOnly).getStatus()).isEqualTo(403);
        assertThat(send(get("/api/v1/seats/E14001079"), seatsOnly).getStatus()).isEqualTo(200);
        String organising = token(DemoData.CONVENER, EnumSet.of(ApiScope.ORGANISING_READ));
        assertThat(send(get("/api/v1/asks"), organising).getStatus()).isEqualTo(200);
        assertThat(send(get("/api/v1/seats/E14001079"), organising).getStatus())
                .as("seat data with a token lacking the seats scope")
                .isEqualTo(403);
        long ask = redWallAsk(AskStatus.DRAFTED);
        var move = post("/api/v1/asks/" + ask + "/moves")
                .contentType("application/json")
                .content("{\"to\":\"RAISED\",\"reason\":\"by script\"}");
        assertThat(send(move, organising).getStatus()).isEqualTo(403);
        assertThat(asks.find(ask).orElseThrow().status()).isEqualTo(AskStatus.DRAFTED);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String secret = token(DemoData.CONVENER, EnumSet.allOf(ApiScope.class));
        jdbc.update(
                "update platform.api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second' where token_hash = ?",
                sha256(secret));
        var response = send(get("/api/v1/asks"), secret);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(body(response).get("detail").asText()).contains("expired");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        String secret = token(DemoData.CONVENER, EnumSet.allOf(ApiScope.class));
        assertThat(send(get("/api/v1/asks"), secret).getStatus()).isEqualTo(200);
        long account = accounts.find(DemoData.CONVENER).orElseThrow().id();
        long id = tokens.of(account).stream()
                .filter(t -> t.revokedAt() == null)
                .filter(t -> jdbc.queryForObject(
                                "select token_hash from platform.api_token where id = ?", String.class, t.id())
                        .equals(sha256(secret)))
                .findFirst()
                .orElseThrow()
                .id();
        AuditActor.as("test", () -> tokens.revoke(account, id));
        assertThat(send(get("/api/v1/asks"), secret).getStatus()).isEqualTo(401);
    }

    @Test
    void tokensAreStoredHashedOnly() throws Exception {
        String secret = token(DemoData.MEMBER, EnumSet.of(ApiScope.SEATS_READ));
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.api_token where token_hash = ?", Integer.class, sha256(secret)))
                .isEqualTo(1);
        // the secret is in no column of the table, in any form but its hash
        String random = secret.substring(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.api_token t where t::text like ?",
                        Integer.class,
                        "%" + random + "%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.api_token t where t::text like ?",
                        Integer.class,
                        "%" + random.substring(0, 12) + "%"))
                .isZero();
    }

    @Test
    void aTokenNeverGrantsMoreThanItsOwnersRole() throws Exception {
        // an MP in the caucus, holding every scope, may read the caucus's asks but not move them
        String member = token(DemoData.MEMBER_MP, EnumSet.allOf(ApiScope.class));
        long ask = redWallAsk(AskStatus.DRAFTED);
        assertThat(send(get("/api/v1/asks/" + ask), member).getStatus()).isEqualTo(200);
        var move = post("/api/v1/asks/" + ask + "/moves")
                .contentType("application/json")
                .content("{\"to\":\"RAISED\",\"reason\":\"by script\"}");
        var refused = send(move, member);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(asks.find(ask).orElseThrow().status()).isEqualTo(AskStatus.DRAFTED);
        // an organiser of a local group sees no caucus's asks at all
        String organiser = token(DemoData.ORGANISER, EnumSet.allOf(ApiScope.class));
        assertThat(send(get("/api/v1/asks/" + ask), organiser).getStatus()).isEqualTo(404);
        JsonNode list = body(send(get("/api/v1/asks").param("limit", "200"), organiser));
        assertThat(list.get("items").size()).isZero();
    }

    @Test
    void aMoveThroughTheApiFollowsTheLifecycleAndIsAuditedWithTheTokensName() throws Exception {
        long account = accounts.find(DemoData.CONVENER).orElseThrow().id();
        String name = "lifecycle " + System.nanoTime();
        String secret = AuditActor.as(
                "test",
                () -> tokens.create(
                                account,
                                name,
                                EnumSet.allOf(ApiScope.class),
                                Instant.now().plusSeconds(3600))
                        .secret());
        long ask = redWallAsk(AskStatus.DRAFTED);
        var jump = send(
                post("/api/v1/asks/" + ask + "/moves")
                        .contentType("application/json")
                        .content("{\"to\":\"DELIVERED\",\"reason\":\"skipping ahead\"}"),
                secret);
        assertThat(jump.getStatus()).isEqualTo(409);
        var moved = send(
                post("/api/v1/asks/" + ask + "/moves")
                        .contentType("application/json")
                        .content("{\"to\":\"RAISED\",\"reason\":\"raised with the whips by script\"}"),
                secret);
        assertThat(moved.getStatus()).isEqualTo(201);
        assertThat(body(moved).at("/ask/status").asText()).isEqualTo("RAISED");
        assertThat(asks.find(ask).orElseThrow().status()).isEqualTo(AskStatus.RAISED);
        var entry = audit.search("ask", null, null, null, null, 0).stream()
                .filter(e ->
                        e.entityId().equals(Long.toString(ask)) && e.action().equals("moved"))
                .findFirst()
                .orElseThrow();
        // the owner's account (shown by its email when read), and the token's name
        assertThat(entry.actor()).isEqualTo(DemoData.CONVENER);
        assertThat(entry.after()).containsEntry("api token", name).containsEntry("status", "RAISED");
        var missing = send(
                post("/api/v1/asks/" + ask + "/moves")
                        .contentType("application/json")
                        .content("{\"to\":\"ACKNOWLEDGED\"}"),
                secret);
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(body(missing).get("field").asText()).isEqualTo("reason");
    }

    @Test
    void aSessionCookieAuthenticatesNothingInTheApi() throws Exception {
        var session = DemoData.signIn(mvc, DemoData.CONVENER);
        assertThat(mvc.perform(get("/api/v1/asks").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        long ask = redWallAsk(AskStatus.DRAFTED);
        var write = mvc.perform(
                        post("/api/v1/asks/" + ask + "/moves")
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .contentType("application/json")
                                .content("{\"to\":\"RAISED\",\"reason\":\"from a browser\"}"))
                .andReturn()
                .getResponse();
        assertThat(write.getStatus()).isEqualTo(401);
        assertThat(asks.find(ask).orElseThrow().status()).isEqualTo(AskStatus.DRAFTED);
        // and the API makes no session of its own
        var request = mvc.perform(get("/api/v1/seats")
                        .header("Authorization", "Bearer " + token(DemoData.MEMBER, EnumSet.of(ApiScope.SEATS_READ))))
                .andReturn();
        assertThat(request.getRequest().getSession(false)).isNull();
        assertThat(request.getResponse().getCookies()).isEmpty();
    }

    @Test
    void aBadTokenIsRefusedWithAProblem() throws Exception {
        var response = send(get("/api/v1/seats"), "cvn_not-a-token");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var basic = mvc.perform(get("/api/v1/seats").header("Authorization", "Basic eDp5"))
                .andReturn()
                .getResponse();
        assertThat(basic.getStatus()).isEqualTo(401);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

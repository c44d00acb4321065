package org.convener;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code ./convener} as a separate process, through the real {@code main}: help and usage errors
 * answer without starting Spring or a database, and a command runs on the database it is given.
 */
@ConvenerTest
class CommandLineProcessTest {

    @TempDir
    Path home;

    @Autowired
    HikariDataSource database;

    @Autowired
    DatasetImports imports;

    record Run(int exit, String out, String err) {}

    /** Runs the command line with its own home and var directory, and the given environment. */
    Run convener(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dconvener.home=" + home,
                // the test class path says "temporary"; a start would make a cluster under var/
                "-Dconvener.db.embedded=persistent",
                ConvenerApplication.class.getName()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command);
        process.environment().keySet().removeIf(name -> name.startsWith("CONVENER_"));
        process.environment().put("CONVENER_VAR_DIR", home.resolve("var").toString());
        process.environment().putAll(environment);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process running =
                process.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!running.waitFor(3, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            throw new AssertionError("convener " + String.join(" ", args) + " did not finish");
        }
        return new Run(
                running.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndUsageErrorsAnswerWithoutStartingAnything() throws Exception {
        Run help = convener(Map.of(), "--help");
        assertThat(help.exit()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: convener", "Commands:", "simulate", "sweep");

        // the description with a percentage that once broke picocli's formatting
        Run project = convener(Map.of(), "project", "--help");
        assertThat(project.exit()).isZero();
        assertThat(project.out()).contains("5%–95% range");

        Run serve = convener(Map.of(), "serve", "--help");
        assertThat(serve.exit()).isZero();
        assertThat(serve.out()).contains("Usage: convener serve", "Starts the web application.");

        Run usage = convener(Map.of(), "simulate", "--shares", "Con=60,Lab=50");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Invalid value for option '--shares': shares add up to 110%");

        for (Run run : List.of(help, project, serve)) {
            assertThat(run.err()).isEmpty();
        }
        assertThat(usage.out()).isEmpty();
        // nothing started: no database cluster, and nothing else, was made under the var directory
        assertThat(home.resolve("var")).doesNotExist();
    }

    @Test
    void aCommandThatCannotReachItsDatabaseFailsWithOne() throws Exception {
        Run run = convener(Map.of("CONVENER_DB_URL", "jdbc:postgresql://127.0.0.1:9/nowhere"), "seats", "summary");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: Convener could not start");
    }

    @Test
    void aCommandRunsOnTheDatabaseItIsGiven() throws Exception {
        OfficialData.imported(imports);
        var environment = new java.util.HashMap<String, String>();
        environment.put("CONVENER_DB_URL", database.getJdbcUrl());
        environment.put("CONVENER_DB_USER", database.getUsername());
        if (database.getPassword() != null) {
            environment.put("CONVENER_DB_PASSWORD", database.getPassword());
        }

        Run run = convener(environment, "seats", "summary", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        var summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.at("/seats/Lab").asInt()).isEqualTo(411);
        assertThat(summary.at("/runnerUp/RUK/total").asInt()).isEqualTo(98);
        try (Stream<Path> made = Files.list(home)) {
            assertThat(made.map(p -> p.getFileName().toString())).noneMatch("var"::equals);
        }
    }
}

package org.convener.polls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.imports.DatasetImports;
import org.convener.polls.ProjectionSettings;
import org.convener.polls.Projections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** One limit on simulations for pages and the command line, and a few runs at a time for visitors. */
@ConvenerTest
class SimulationLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Projections projections;

    @Autowired
    SimulationGate gate;

    @Autowired
    CommandLineInterface cli;

    @Test
    void theOneLimitHoldsOnThePageAndOnTheCommandLine() throws Exception {
        OfficialData.imported(imports);
        int max = projections.settings().maxSims();
        var tooMany = mvc.perform(get("/projection").param("sims", String.valueOf(max + 1000)))
                .andReturn()
                .getResponse();
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(tooMany.getContentAsString())
                .contains(String.format("The number of simulations must be between 1,000 and %,d", max))
                .contains("max=\"" + max + "\"");

        var err = new StringWriter();
        int exit = cli.execute(
                new String[] {"simulate", "--shares", "Lab=30,RUK=30,Con=20", "--sims", String.valueOf(max + 1)},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains(String.format("between 1,000 and %,d", max));
    }

    @Test
    void whenEveryTurnAndTheQueueAreTakenAVisitorIsAskedToComeBack() throws Exception {
        OfficialData.imported(imports);
        ProjectionSettings settings = projections.settings();
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(settings.concurrentRuns());
        var holders = new ArrayList<Thread>();
        for (int i = 0; i < settings.concurrentRuns() + settings.queuedRuns(); i++) {
            var holder = new Thread(() -> gate.run(() -> {
                started.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    return false;
                }
            }));
            holder.start();
            holders.add(holder);
        }
        try {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // the rest are queued behind them
            var busy = mvc.perform(get("/projection?source=custom&con=20&lab=25&ld=12&ruk=28&green=9&sims=3000"))
                    .andReturn()
                    .getResponse();
            assertThat(busy.getStatus()).isEqualTo(429);
            assertThat(busy.getHeader("Retry-After")).isEqualTo("10");
            assertThat(busy.getContentAsString()).contains("The server is busy with other projections");
            assertThatThrownBy(() -> gate.run(() -> 1)).isInstanceOf(SimulationGate.Busy.class);
        } finally {
            release.countDown();
            for (Thread holder : holders) {
                holder.join(30_000);
            }
        }
        // with the turns free again the same request runs
        assertThat(mvc.perform(get("/projection?source=custom&con=20&lab=25&ld=12&ruk=28&green=9&sims=3000"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}

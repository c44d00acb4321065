package org.convener.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.convener.ConvenerApplication;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of Convener on one database, as when it runs behind a load balancer: when the
 * weekly job fires on both at the same moment, the database lock lets one of them run it.
 */
@ConvenerTest
class WeeklyBulletinsTest {

    @Autowired
    WeeklyBulletins job;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Bulletins bulletins;

    @Test
    void runsOnceAcrossTwoApplicationContextsOnOneDatabase() throws Exception {
        OfficialData.imported(imports);
        var hikari = (HikariDataSource) dataSource;
        // a second instance: the whole application again, on the same database as this one
        try (var other = new SpringApplicationBuilder(ConvenerApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "convener.db.url=" + hikari.getJdbcUrl(),
                        "convener.db.user=" + hikari.getUsername(),
                        "convener.db.password=" + hikari.getPassword(),
                        "spring.main.banner-mode=off")
                .run()) {
            WeeklyBulletins otherJob = other.getBean(WeeklyBulletins.class);
            assertThat(otherJob).isNotSameAs(job);
            jdbc.sql("delete from platform.shedlock where name = ?")
                    .param(WeeklyBulletins.JOB)
                    .update();
            int before = runs();

            var start = new CountDownLatch(1);
            var first = CompletableFuture.runAsync(() -> await(start, job));
            var second = CompletableFuture.runAsync(() -> await(start, otherJob));
            start.countDown();
            CompletableFuture.allOf(first, second).get();

            assertThat(runs()).isEqualTo(before + 1);
            // and again later in the week: still held, so neither runs it a second time
            job.run();
            otherJob.run();
            assertThat(runs()).isEqualTo(before + 1);
        }
        var last = bulletins.runs().get(0);
        assertThat(last.outcome()).isEqualTo("OK");
        assertThat(last.detail()).contains("drafted");
    }

    int runs() {
        return jdbc.sql("select count(*) from bulletins.job_run where job = 'weekly-bulletins'")
                .query(Integer.class)
                .single();
    }

    static void await(CountDownLatch start, WeeklyBulletins job) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        job.run();
    }
}

package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@link Main#main} returns instead of calling System.exit only when no other thread would keep the JVM running. */
class MainTest {
    @Test
    void aNonDaemonThreadStillRunningMeansSystemExit() throws InterruptedException {
        boolean before = Main.nothingElseRunning();
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        try {
            assertThat(Main.nothingElseRunning()).isFalse();
        } finally {
            release.countDown();
            worker.join();
        }
        assertThat(Main.nothingElseRunning()).isEqualTo(before);
    }

    @Test
    void aDaemonThreadDoesNotKeepTheJvmRunning() throws InterruptedException {
        boolean before = Main.nothingElseRunning();
        CountDownLatch release = new CountDownLatch(1);
        Thread daemon = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        daemon.setDaemon(true);
        daemon.start();
        try {
            assertThat(Main.nothingElseRunning()).isEqualTo(before);
        } finally {
            release.countDown();
            daemon.join();
        }
    }
}

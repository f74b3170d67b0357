package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@link Main#main} returns instead of calling System.exit only when no other thread would keep the JVM running. */
class MainTest {
    @Test
    void onlyANonDaemonThreadStillRunningMeansSystemExit() throws InterruptedException {
        boolean before = Main.nothingElseRunning();
        assertThat(whileAnotherThreadRuns(false)).isFalse();
        assertThat(whileAnotherThreadRuns(true)).isEqualTo(before);
        assertThat(Main.nothingElseRunning()).isEqualTo(before);
    }

    /** {@link Main#nothingElseRunning} while a thread (a daemon or not) waits, asked before it is released. */
    private static boolean whileAnotherThreadRuns(boolean daemon) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(daemon);
        t.start();
        try {
            return Main.nothingElseRunning();
        } finally {
            release.countDown();
            t.join();
        }
    }
}

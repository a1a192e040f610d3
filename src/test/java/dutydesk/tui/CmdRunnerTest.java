package dutydesk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CmdRunnerTest {

    record Result(String value) implements Msg {
    }

    @Test
    void onlyTheNewestOfTheKeyedCommandsWaitingIsRun() throws Exception {
        BlockingQueue<CmdRunner.Outcome> outcomes = new LinkedBlockingQueue<>();
        CountDownLatch release = new CountDownLatch(1);
        try (CmdRunner runner = new CmdRunner("t")) {
            runner.submit(() -> {
                release.await();
                return new Result("blocker");
            }, Throwable::getMessage, outcomes::add);
            for (String v : List.of("s", "sm", "smi", "smit")) {
                runner.submit(Cmd.latest("filter", () -> new Result(v)), Throwable::getMessage, outcomes::add);
            }
            release.countDown();
            assertEquals(new Result("blocker"), take(outcomes).msg());
            assertNull(take(outcomes).msg(), "superseded: skipped");
            assertNull(take(outcomes).msg());
            assertNull(take(outcomes).msg());
            assertEquals(new Result("smit"), take(outcomes).msg(), "every submission is accounted for, once");
        }
    }

    @Test
    void aThrowingCommandBecomesAFailureMessage() throws Exception {
        BlockingQueue<CmdRunner.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (CmdRunner runner = new CmdRunner("t")) {
            Cmd bad = () -> {
                throw new IllegalStateException("nope");
            };
            runner.submit(bad, t -> "said: " + t.getMessage(), outcomes::add);
            CmdFailed f = assertInstanceOf(CmdFailed.class, take(outcomes).msg());
            assertEquals("said: nope", f.message());
            assertEquals(bad, f.source());
        }
    }

    private static CmdRunner.Outcome take(BlockingQueue<CmdRunner.Outcome> q) throws InterruptedException {
        CmdRunner.Outcome o = q.poll(10, TimeUnit.SECONDS);
        if (o == null) {
            throw new AssertionError("no outcome within 10 s");
        }
        return o;
    }
}

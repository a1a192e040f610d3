package dutydesk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock the test moves by hand, in London time, starting at {@link TestDb#CLOCK}'s instant
 * (Monday 23 November 2026, 10:00). Safe to read from several threads.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    public TestClock() {
        this.now = TestDb.CLOCK.instant();
    }

    /** Moves to {@code time} on {@link TestDb#TODAY}. */
    public TestClock at(LocalTime time) {
        now = TestDb.TODAY.atTime(time).atZone(TestDb.LONDON).toInstant();
        return this;
    }

    /** Moves to {@code time} on {@code day}. */
    public TestClock on(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(TestDb.LONDON).toInstant();
        return this;
    }

    @Override
    public ZoneId getZone() {
        return TestDb.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in London time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}

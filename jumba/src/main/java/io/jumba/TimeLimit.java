package io.jumba;

import io.jumba.diag.KernelRuntimeError;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A time limit on one call: an alarm interrupts the calling thread when the limit passes, which the kernel's
 * cancellation checks turn into an error; that error is reported as Python's TimeoutError.
 */
final class TimeLimit {
    private TimeLimit() {}

    /** One daemon thread rings every alarm; it only interrupts, so one is plenty. */
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jumba-time-limit");
        t.setDaemon(true);
        return t;
    });

    /** What one call's alarm and the call agree on, under its lock: an alarm after the call ends does nothing. */
    private static final class Alarm {
        boolean callEnded;
        boolean rang;
    }

    /** body's value, or a TimeoutError when it runs past limit. */
    static <T> T run(Duration limit, Supplier<T> body) {
        Thread caller = Thread.currentThread();
        Alarm alarm = new Alarm();
        ScheduledFuture<?> scheduled = ALARMS.schedule(() -> {
            synchronized (alarm) {
                if (alarm.callEnded) return;
                alarm.rang = true;
                caller.interrupt();
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return body.get();
        } catch (KernelRuntimeError e) {
            if (!e.pythonName().equals("KeyboardInterrupt") || !rang(alarm)) throw e;
            throw new KernelRuntimeError("TimeoutError", e.pos(), "the call ran past its time limit of "
                    + limit.toMillis() + " ms");
        } finally {
            scheduled.cancel(false);
            synchronized (alarm) {
                alarm.callEnded = true;
            }
            if (alarm.rang) Thread.interrupted(); // our own interrupt: the caller's thread goes on unmarked
        }
    }

    private static boolean rang(Alarm alarm) {
        synchronized (alarm) {
            return alarm.rang;
        }
    }
}

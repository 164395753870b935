package io.jumba.dispatch;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Run by {@link CacheProcessTest} in a fresh JVM: calls add with the cache in args[0], prints result and compiles. */
public final class CacheProbe {
    private CacheProbe() {}

    public static void main(String[] args) {
        AtomicInteger compiles = new AtomicInteger();
        Dispatcher d = CacheTests.dispatcher(CacheTests.SOURCE, "add", compiles, CacheTests.policy(Path.of(args[0])));
        Object result = d.call(20L, 22L);
        System.out.println("result " + result + ", compiles " + compiles.get());
    }
}

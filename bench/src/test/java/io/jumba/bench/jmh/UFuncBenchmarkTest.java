package io.jumba.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every UFuncBenchmark implementation agrees with the plain loop (prepare checks it), tails included. */
class UFuncBenchmarkTest {
    private static final String[] METHODS = {"plainJava", "vectorApi", "ufunc"};

    @Test
    void everyOpAndMethodAgreesWithThePlainLoop() {
        for (UFuncOp op : UFuncOp.values()) {
            for (String size : new String[] {"small", "1001", "3"}) {
                for (String method : METHODS) {
                    UFuncBenchmark b = new UFuncBenchmark();
                    b.op = op.name().toLowerCase();
                    b.size = size;
                    b.prepare(method);
                }
            }
        }
    }

    @Test
    void sizesAndOpsParse() {
        assertEquals(4096, UFuncBenchmark.elements("small"));
        assertEquals(1 << 20, UFuncBenchmark.elements("large"));
        assertEquals(77, UFuncBenchmark.elements("77"));
        assertEquals(UFuncOp.FLUENT_ADD, UFuncOp.of("fluent_add"));
        UFuncBenchmark b = new UFuncBenchmark();
        b.op = "add";
        b.size = "8";
        assertThrows(IllegalArgumentException.class, () -> b.prepare("nope"));
    }
}

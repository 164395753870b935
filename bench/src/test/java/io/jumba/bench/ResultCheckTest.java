package io.jumba.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResultCheckTest {
    @Test
    void relativeToTheLargestReferenceMagnitude() {
        assertEquals(0.1, ResultCheck.relErr(new double[] {10, 1}, new double[] {10, 2}), 1e-15);
        assertEquals(0.5, ResultCheck.relErr(new double[] {0, 0}, new double[] {0, 0.5}), "all-zero reference scales by 1");
        assertEquals(Double.POSITIVE_INFINITY, ResultCheck.relErr(new double[] {1}, new double[] {Double.NaN}));
    }

    @Test
    void requireFailsAboveTolerance() {
        assertThrows(IllegalStateException.class, () -> ResultCheck.require("x", 1e-9, 1e-12));
        assertThrows(IllegalStateException.class, () -> ResultCheck.require("x", Double.NaN, 1e-12));
        assertDoesNotThrow(() -> ResultCheck.require("x", 0.0, 0.0));
    }
}

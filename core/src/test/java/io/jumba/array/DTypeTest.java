package io.jumba.array;

import org.junit.jupiter.api.Test;

import static io.jumba.array.DType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DTypeTest {
    @Test
    void promotionFollowsNumpy() {
        // Values from numpy.promote_types.
        assertEquals(FLOAT64, promote(INT32, FLOAT32));
        assertEquals(FLOAT32, promote(INT16, FLOAT32));
        assertEquals(INT16, promote(UINT8, INT8));
        assertEquals(INT64, promote(UINT8, INT64));
        assertEquals(INT32, promote(BOOL, INT32));
        assertEquals(FLOAT64, promote(FLOAT32, FLOAT64));
        assertEquals(UINT8, promote(BOOL, UINT8));
    }

    @Test
    void namesResolve() {
        assertEquals(FLOAT64, byName("float64"));
        assertEquals(INT64, byName("i8"));
        assertEquals(BOOL, byName("bool_"));
    }
}

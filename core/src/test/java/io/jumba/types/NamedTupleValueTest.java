package io.jumba.types;

import io.jumba.array.DType;
import io.jumba.array.PythonRepr;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A returned namedtuple shown as Python's repr; a plain tuple stays an Object[]. */
class NamedTupleValueTest {
    @Test
    void namedTuplesPrintTheirFieldsAndUnsignedValues() {
        Type.Tuple point = new Type.Tuple(List.of(Type.INT64, Type.FLOAT64), "Point", List.of("x", "y"));
        assertEquals("Point(x=1, y=2.5)", PythonRepr.of(UnsignedDisplay.of(new Object[] {1L, 2.5}, point)));
        Type.Tuple outer = new Type.Tuple(List.of(point, Type.scalar(DType.UINT64)));
        assertEquals("(Point(x=-3, y=0.5), 18446744073709551615)",
                PythonRepr.of(UnsignedDisplay.of(new Object[] {new Object[] {-3L, 0.5}, -1L}, outer)));
        Object[] plain = (Object[]) UnsignedDisplay.of(new Object[] {1L, 2.5}, new Type.Tuple(List.of(Type.INT64, Type.FLOAT64)));
        assertArrayEquals(new Object[] {1L, 2.5}, plain);
    }
}

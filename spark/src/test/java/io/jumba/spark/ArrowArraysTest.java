package io.jumba.spark;

import io.jumba.array.NDArray;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.Float8Vector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A batch's numeric columns reach kernels as views of Spark's Arrow vectors, and its outputs are written in place. */
class ArrowArraysTest {
    @Test
    void anInputColumnIsAViewOfItsVectorsBuffer() {
        try (BufferAllocator allocator = new RootAllocator(); Float8Vector v = new Float8Vector("x", allocator)) {
            v.allocateNew(3);
            for (int i = 0; i < 3; i++) v.set(i, 1.5 * i);
            v.setValueCount(3);
            NDArray a = ArrowArrays.input(v, "x", 3);
            assertEquals(v.getDataBuffer().memoryAddress(), a.segment().address(), "the array's storage is the vector's");
            assertEquals(3.0, a.getDouble(2));
            a.setDouble(7.0, 1);
            assertEquals(7.0, v.get(1), "a write through the array lands in the vector: nothing was copied");
        }
    }

    @Test
    void anOutputColumnIsFreshZerosWrittenInPlace() {
        try (BufferAllocator allocator = new RootAllocator(); Float8Vector v = new Float8Vector("out", allocator)) {
            v.allocateNew(2);
            v.set(0, 9.0);
            v.setValueCount(1);
            NDArray out = ArrowArrays.output(v, 4);
            assertEquals(4, v.getValueCount());
            assertEquals(0, v.getNullCount());
            assertEquals(0.0, out.getDouble(0), "an earlier batch's value does not survive");
            out.setDouble(2.5, 3);
            assertEquals(2.5, v.get(3));
        }
    }

    @Test
    void aBoolColumnIsCopiedAndANullIsRefused() {
        try (BufferAllocator allocator = new RootAllocator(); BitVector b = new BitVector("flag", allocator);
             Float8Vector v = new Float8Vector("x", allocator)) {
            b.allocateNew(2);
            b.set(0, 1);
            b.set(1, 0);
            b.setValueCount(2);
            NDArray flags = ArrowArrays.input(b, "flag", 2);
            assertTrue(flags.getBoolean(0));
            assertFalse(flags.getBoolean(1));
            assertNull(ArrowArrays.output(b, 2), "a bool output is filled from an array after the call");
            v.allocateNew(2);
            v.set(0, 1.0);
            v.setNull(1);
            v.setValueCount(2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.input(v, "x", 2));
            assertTrue(e.getMessage().startsWith("column x has 1 null(s)"), e.getMessage());
        }
    }
}

package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MemoryExtents#mayShareMemory}: views of one storage whose spans meet may share; others do not. */
class MemoryExtentsTest {
    private static boolean share(NDArray a, NDArray b) {
        return MemoryExtents.mayShareMemory(a, b, SourcePos.NONE) && MemoryExtents.mayShareMemory(b, a, SourcePos.NONE);
    }

    private static boolean apart(NDArray a, NDArray b) {
        return !MemoryExtents.mayShareMemory(a, b, SourcePos.NONE) && !MemoryExtents.mayShareMemory(b, a, SourcePos.NONE);
    }

    @Test
    void viewsOfOneArray() {
        NDArray a = NDArray.zeros(DType.FLOAT64, 10);
        assertTrue(share(a, a));
        assertTrue(share(a.view(1, new int[] {9}, new int[] {1}), a.view(0, new int[] {9}, new int[] {1})), "a[1:] and a[:-1]");
        assertTrue(apart(a.view(0, new int[] {5}, new int[] {1}), a.view(5, new int[] {5}, new int[] {1})), "a[:5] and a[5:]");
        assertTrue(share(a.view(9, new int[] {5}, new int[] {-1}), a.view(5, new int[] {5}, new int[] {1})), "a[9:4:-1] and a[5:]");
        assertTrue(apart(a.view(4, new int[] {5}, new int[] {-1}), a.view(5, new int[] {5}, new int[] {1})), "a[4::-1] and a[5:]");
        assertTrue(share(a.view(0, new int[] {5}, new int[] {2}), a.view(1, new int[] {5}, new int[] {2})),
                "a[::2] and a[1::2]: interleaved spans count as sharing");
        assertTrue(apart(a.view(0, new int[] {0}, new int[] {1}), a), "an empty view shares nothing");
    }

    @Test
    void distinctArraysAndMatrices() {
        assertTrue(apart(NDArray.zeros(DType.FLOAT64, 4), NDArray.zeros(DType.FLOAT64, 4)));
        NDArray m = NDArray.zeros(DType.INT64, 3, 4);
        assertTrue(apart(m.view(0, new int[] {4}, new int[] {1}), m.view(4, new int[] {4}, new int[] {1})), "rows 0 and 1");
        assertTrue(share(m.view(1, new int[] {3}, new int[] {4}), m.view(4, new int[] {4}, new int[] {1})), "column 1 and row 1");
    }

    @Test
    void aComplexElementTakesTwoSlots() {
        NDArray z = NDArray.zeros(DType.COMPLEX128, 4);
        assertTrue(apart(z.view(0, new int[] {2}, new int[] {1}), z.view(2, new int[] {2}, new int[] {1})));
        assertTrue(share(z.view(0, new int[] {3}, new int[] {1}), z.view(2, new int[] {2}, new int[] {1})));
    }
}

package io.jumba.array;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static io.jumba.array.DType.*;
import static org.junit.jupiter.api.Assertions.*;

/** Writing then reading gives the same array, for views of every kind and every dtype. */
class NpyRoundTripTest {
    @TempDir
    Path tmp;

    private NDArray roundTrip(NDArray a) throws IOException {
        Path file = tmp.resolve("a.npy");
        Npy.write(file, a);
        NDArray back = Npy.read(file);
        assertTrue(back.contentEquals(a), () -> back + " vs " + a);
        return back;
    }

    @Test
    void nonContiguousViewsAreWrittenInCOrder() throws IOException {
        NDArray b = NDArray.arange(24).reshape(2, 3, 4);
        roundTrip(b.transpose());
        roundTrip(b.slice(2, null, null, -2));
        roundTrip(b.index(1, 2));
        roundTrip(b.slice(0, 1, 2, 1));
        roundTrip(NDArray.of(new double[] {1, 2, 3}).broadcastTo(4, 3));
        roundTrip(b.copy('F'));
    }

    @Test
    void everyDtypeAndShape() throws IOException {
        for (DType d : DType.values()) {
            roundTrip(NDArray.arange(-3, 9, 1).astype(d).reshape(3, 4));
            roundTrip(NDArray.full(d, 1L));
            roundTrip(NDArray.zeros(d, 0, 5));
        }
    }

    @Test
    void fortranFilesReadAsFortranViews() {
        NDArray f = GoldenFiles.read("float64_fortran.npy");
        assertArrayEquals(new int[] {1, 3}, f.strides());
        assertEquals(6.0, f.getDouble(1, 2)); // np.arange(12.).reshape(3, 4)[1, 2]
        NDArray g = GoldenFiles.read("int32_be_fortran.npy");
        assertEquals(INT32, g.dtype());
        assertArrayEquals(new int[] {1, 2, 6}, g.strides());
        assertEquals(23, g.getLong(1, 2, 3));
    }
}

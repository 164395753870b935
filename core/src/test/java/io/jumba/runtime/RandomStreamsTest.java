package io.jumba.runtime;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The generators behind np.random and Python's random: NumPy's and CPython's first numbers after a seed (values
 * printed by NumPy 2.4 and CPython 3.11), and one state per thread, apart for the two modules.
 */
class RandomStreamsTest {
    @Test
    void numpySeedGivesNumpysStream() {
        NumpyRandom.seed(0);
        assertEquals(0.5488135039273248, NumpyRandom.random());
        assertEquals(0.7151893663724195, NumpyRandom.random());
        assertEquals(0.6027633760716439, NumpyRandom.random());
        NumpyRandom.seed(7);
        assertEquals(1.690525703800356, NumpyRandom.standardNormal());
    }

    @Test
    void pythonSeedGivesCPythonsStreamForNegativeAndTwoWordSeeds() {
        PythonRandom.seed(0);
        assertEquals(0.8444218515250481, PythonRandom.random());
        PythonRandom.seed(-5);
        assertEquals(0.6229016948897019, PythonRandom.random());
        PythonRandom.seed((1L << 40) + 3);
        assertEquals(0.21978710637116716, PythonRandom.random());
    }

    @Test
    void theTwoModulesKeepSeparateStates() {
        NumpyRandom.seed(0);
        PythonRandom.seed(0);
        assertEquals(0.8444218515250481, PythonRandom.random());
        assertEquals(0.5488135039273248, NumpyRandom.random(), "drawing from random does not advance np.random");
    }

    @Test
    void eachThreadHasItsOwnState() throws Exception {
        CyclicBarrier bothSeeded = new CyclicBarrier(2);
        AtomicReference<double[]> other = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                NumpyRandom.seed(0);
                bothSeeded.await();
                other.set(new double[] {NumpyRandom.random(), NumpyRandom.random()});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        NumpyRandom.seed(1);
        bothSeeded.await();
        double mine = NumpyRandom.random();
        t.join();
        assertEquals(0.417022004702574, mine, "seed(1) on this thread, whatever the other thread draws");
        assertArrayEquals(new double[] {0.5488135039273248, 0.7151893663724195}, other.get());
    }

    @Test
    void aThreadThatNeverSeedsStartsFromEntropy() throws Exception {
        NumpyRandom.seed(0);
        AtomicReference<Double> fresh = new AtomicReference<>();
        Thread t = new Thread(() -> fresh.set(NumpyRandom.random()));
        t.start();
        t.join();
        assertNotEquals(0.5488135039273248, fresh.get());
        assertTrue(fresh.get() >= 0.0 && fresh.get() < 1.0);
    }
}

package io.jumba.runtime;

/**
 * The Mersenne Twister MT19937 as NumPy's legacy {@code RandomState} and CPython's {@code random} module run it:
 * the same 624-word state, tempering and 53-bit doubles, so that a kernel seeded like them draws their numbers.
 * Not thread-safe: each thread draws from its own instance ({@link NumpyRandom}, {@link PythonRandom}).
 */
public final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;

    /** A generator seeded from fresh entropy, as Numba seeds each thread's state at start. */
    Mt19937() {
        java.util.concurrent.ThreadLocalRandom entropy = java.util.concurrent.ThreadLocalRandom.current();
        seedByArray(new int[] {entropy.nextInt(), entropy.nextInt(), entropy.nextInt(), entropy.nextInt()});
    }

    /** Knuth's initialization of the reference {@code init_genrand}: NumPy's {@code RandomState.seed(int)}. */
    void seed(int seed) {
        key[0] = seed;
        for (int i = 1; i < N; i++) key[i] = 1812433253 * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
        pos = N;
    }

    /** The reference {@code init_by_array}: CPython's {@code random.seed(int)} with the int's 32-bit words. */
    void seedByArray(int[] init) {
        seed(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, init.length); k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1664525)) + init[j] + j;
            i++;
            j++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
            if (j >= init.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
        }
        key[0] = 0x80000000;
        pos = N;
    }

    /** The next tempered 32-bit output, as an int holding the unsigned bits. */
    int next32() {
        if (pos >= N) generate();
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** The next 32 bits as a non-negative long. */
    long nextUint32() { return next32() & 0xffffffffL; }

    /** 64 bits from two outputs, the first one high, as NumPy's {@code next_uint64}. */
    long next64() {
        long high = nextUint32();
        return high << 32 | nextUint32();
    }

    /** A double in [0, 1) from 53 random bits: {@code (a >> 5) * 2^26 + (b >> 6)} over {@code 2^53}. */
    double nextDouble() {
        long a = nextUint32() >>> 5, b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    private void generate() {
        int k = 0;
        for (; k < N - M; k++) key[k] = twist(key[k + M], key[k], key[k + 1]);
        for (; k < N - 1; k++) key[k] = twist(key[k + M - N], key[k], key[k + 1]);
        key[N - 1] = twist(key[M - 1], key[N - 1], key[0]);
        pos = 0;
    }

    private static int twist(int far, int current, int next) {
        int y = (current & UPPER_MASK) | (next & LOWER_MASK);
        return far ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }
}

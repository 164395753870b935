package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.Triad;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code triad} case: out = a + scalar * b, with a copy of the same bytes as the memory-speed reference. */
public class TriadBenchmark extends CaseBenchmark {
    private NDArray aArr, bArr, outArr;
    private double[] a, b, out;
    private double scalar;

    @Override protected String caseName() { return "triad"; }
    @Override protected void bind() {
        aArr = array(0); bArr = array(1); outArr = array(3);
        a = (double[]) aArr.data(); b = (double[]) bArr.data(); out = (double[]) outArr.data();
        scalar = (Double) args[2];
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { Triad.plain(a, b, scalar, out); }
    @Benchmark public void vectorApi() { Triad.vector(a, b, scalar, out); }
    @Benchmark public void vectorCopy() { Triad.copy(a, b, out); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(aArr, bArr, scalar, outArr); }
}

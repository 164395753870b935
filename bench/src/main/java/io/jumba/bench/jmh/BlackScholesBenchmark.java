package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.BlackScholes;
import org.openjdk.jmh.annotations.Benchmark;

/** The {@code black_scholes} case: call and put prices with log, exp, sqrt and erf. */
public class BlackScholesBenchmark extends CaseBenchmark {
    private NDArray priceArr, strikeArr, yearsArr, callArr, putArr;
    private double[] price, strike, years, call, put;

    @Override protected String caseName() { return "black_scholes"; }
    @Override protected void bind() {
        priceArr = array(0); strikeArr = array(1); yearsArr = array(2); callArr = array(3); putArr = array(4);
        price = (double[]) priceArr.data(); strike = (double[]) strikeArr.data(); years = (double[]) yearsArr.data();
        call = (double[]) callArr.data(); put = (double[]) putArr.data();
    }
    @Override protected Object runPlain() { plainJava(); return null; }

    @Benchmark public void plainJava() { BlackScholes.plain(price, strike, years, call, put); }
    @Benchmark public void vectorApi() { BlackScholes.vector(price, strike, years, call, put); }
    @Benchmark public void jumba() throws Throwable { handle.invokeExact(priceArr, strikeArr, yearsArr, callArr, putArr); }
}

package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.BenchCase;
import io.jumba.bench.ResultCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks one implementation of a case against the plain Java loop on the same arguments: the scalar result and
 * every output array within the case's rtol ({@link ResultCheck}), throwing with the case, size and implementation
 * otherwise.
 */
final class Agreement {
    private Agreement() {}

    static void check(BenchCase c, String size, Impl impl, Object[] args, Workload plain, Workload candidate) throws Throwable {
        String what = c.name() + "/" + size + " " + impl.id() + " against java";
        clearOutputs(c, args);
        double ref = plain.run();
        List<double[]> refOut = outputs(c, args);
        clearOutputs(c, args);
        double got = candidate.run();
        if (c.returns() != null) ResultCheck.require(what, ResultCheck.relErr(ref, got), c.rtol());
        List<double[]> gotOut = outputs(c, args);
        List<Integer> indices = c.outputIndices();
        for (int k = 0; k < indices.size(); k++) {
            ResultCheck.require(what + " (output " + c.args().get(indices.get(k)).name() + ")",
                    ResultCheck.relErr(refOut.get(k), gotOut.get(k)), c.rtol());
        }
    }

    private static List<double[]> outputs(BenchCase c, Object[] args) {
        List<double[]> out = new ArrayList<>();
        for (int i : c.outputIndices()) out.add(ResultCheck.toDoubles((NDArray) args[i]));
        return out;
    }

    private static void clearOutputs(BenchCase c, Object[] args) {
        for (int i : c.outputIndices()) {
            NDArray a = (NDArray) args[i];
            for (int p = 0; p < a.size(); p++) a.writeLong(a.offset() + p, 0);
        }
    }
}

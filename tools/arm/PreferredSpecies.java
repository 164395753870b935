import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;

/**
 * Prints the Vector API's preferred species of each element type: what the JIT reports as its widest vector on this
 * CPU, so the line shows which SIMD width a run under emulation really got.
 */
public final class PreferredSpecies {
    private PreferredSpecies() {}

    public static void main(String[] args) {
        System.out.println(String.join(" ", "arch=" + System.getProperty("os.arch"),
                "double=" + DoubleVector.SPECIES_PREFERRED, "float=" + FloatVector.SPECIES_PREFERRED,
                "long=" + LongVector.SPECIES_PREFERRED, "int=" + IntVector.SPECIES_PREFERRED,
                "byte=" + ByteVector.SPECIES_PREFERRED));
    }
}

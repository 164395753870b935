package io.jumba.bench;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One case of cases.json: which kernel to run, on which arguments, at which sizes, and how closely results must
 * agree. {@link #inputs(String)} builds the arguments with the case's distributions from the suite's fixed seed.
 *
 * @param dir      the kernel suite's folder ({@link BenchKernels#dir()})
 * @param name     case name, e.g. "dot_f32"
 * @param file     kernel file name inside {@code dir}
 * @param function the {@code @njit} function to call
 * @param parallel true for prange kernels
 * @param returns  the scalar result dtype, or null when the kernel writes outputs
 * @param sizes    size name ("small", "large") to size parameters (e.g. n=4096)
 * @param args     arguments in call order
 * @param rtol     allowed max|got-ref| / max|ref|
 * @param seed     the suite's random seed
 */
public record BenchCase(Path dir, String name, String file, String function, boolean parallel, DType returns,
                        Map<String, Map<String, Integer>> sizes, List<CaseArg> args, double rtol, long seed) {

    public BenchCase {
        sizes = Map.copyOf(sizes);
        args = List.copyOf(args);
    }

    /** The case called {@code name} in {@code dir/cases.json}. */
    public static BenchCase load(Path dir, String name) {
        return all(dir).stream().filter(c -> c.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case '" + name + "' in " + dir.resolve("cases.json")));
    }

    /** The case called {@code name} in the suite's default folder ({@link BenchKernels#dir()}). */
    public static BenchCase load(String name) {
        return load(BenchKernels.dir(), name);
    }

    /** Every case of {@code dir/cases.json}, in file order. */
    public static List<BenchCase> all(Path dir) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(dir.resolve("cases.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("cases.json"), e);
        }
        long seed = root.get("seed").asLong();
        List<BenchCase> cases = new ArrayList<>();
        for (JsonNode c : root.get("cases")) cases.add(parse(dir, c, seed));
        return cases;
    }

    private static BenchCase parse(Path dir, JsonNode c, long seed) {
        Map<String, Map<String, Integer>> sizes = new LinkedHashMap<>();
        c.get("sizes").properties().forEach(size -> {
            Map<String, Integer> params = new LinkedHashMap<>();
            size.getValue().properties().forEach(p -> params.put(p.getKey(), p.getValue().asInt()));
            sizes.put(size.getKey(), params);
        });
        List<CaseArg> args = new ArrayList<>();
        for (JsonNode a : c.get("args")) args.add(parseArg(a));
        JsonNode returns = c.get("returns");
        return new BenchCase(dir, c.get("name").asText(), c.get("file").asText(), c.get("function").asText(),
                c.get("parallel").asBoolean(), returns == null || returns.isNull() ? null : dtype(returns.asText()),
                sizes, args, c.get("rtol").asDouble(), seed);
    }

    private static CaseArg parseArg(JsonNode a) {
        DType dtype = dtype(a.get("dtype").asText());
        if (a.get("kind").asText().equals("scalar")) {
            return new CaseArg(a.get("name").asText(), false, dtype, List.of(), null, 0, 0, a.get("value").asDouble(), false);
        }
        List<Object> shape = new ArrayList<>();
        for (JsonNode s : a.get("shape")) shape.add(s.isTextual() ? s.asText() : (Object) s.asInt());
        JsonNode init = a.get("init");
        String dist = init.get("dist").asText();
        double p1 = switch (dist) {
            case "uniform" -> init.get("low").asDouble();
            case "normal" -> init.get("mean").asDouble();
            default -> 0;
        };
        double p2 = switch (dist) {
            case "uniform" -> init.get("high").asDouble();
            case "normal" -> init.get("std").asDouble();
            default -> 0;
        };
        return new CaseArg(a.get("name").asText(), true, dtype, shape, dist, p1, p2, 0, a.path("output").asBoolean(false));
    }

    private static DType dtype(String name) {
        DType d = DType.byName(name);
        if (d == null) throw new IllegalArgumentException("unknown dtype " + name + " in cases.json");
        return d;
    }

    /** The kernel file. */
    public Path path() {
        return dir.resolve(file);
    }

    /** The shape of argument {@code arg} at {@code size}. */
    public int[] shape(CaseArg arg, String size) {
        Map<String, Integer> params = sizeParams(size);
        return arg.shape().stream().mapToInt(s -> s instanceof String p ? params.get(p) : (Integer) s).toArray();
    }

    /**
     * The size parameters (e.g. n=4096) of {@code size}: a size named in cases.json ("small", "large"), or explicit
     * parameters "name:value[;name:value]" (e.g. "n:4194304") for sizes the suite does not list, such as the
     * 4M-element memory-bound triad.
     */
    public Map<String, Integer> sizeParams(String size) {
        if (size.contains(":")) return explicitSize(size);
        Map<String, Integer> params = sizes.get(size);
        if (params == null) throw new IllegalArgumentException("case " + name + " has no size '" + size + "'");
        return params;
    }

    private Map<String, Integer> explicitSize(String size) {
        Map<String, Integer> params = new LinkedHashMap<>(sizes.getOrDefault("small", sizes.values().iterator().next()));
        for (String part : size.split(";")) {
            String[] kv = part.split(":", 2);
            if (kv.length != 2 || !params.containsKey(kv[0])) {
                throw new IllegalArgumentException("case " + name + ": bad size parameter '" + part + "', expected one of "
                        + params.keySet() + " as name:value");
            }
            params.put(kv[0], Integer.parseInt(kv[1]));
        }
        return params;
    }

    /**
     * Fresh arguments for {@code size} in call order: C-contiguous {@link NDArray}s drawn from the case's
     * distributions (those of bench/kernels/numba_timings.py, another generator), boxed scalars by Jumba's
     * conventions (int64 as Long, float64 as Double, float32 as Float, int32 as Integer).
     */
    public Object[] inputs(String size) {
        SplittableRandom rng = new SplittableRandom(seed);
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            CaseArg a = args.get(i);
            values[i] = a.array() ? array(a, shape(a, size), rng) : scalar(a);
        }
        return values;
    }

    private static Object scalar(CaseArg a) {
        return switch (a.dtype()) {
            case INT64 -> (long) a.value();
            case INT32 -> (int) a.value();
            case FLOAT32 -> (float) a.value();
            case FLOAT64 -> a.value();
            case BOOL -> a.value() != 0;
            case INT8, UINT8, INT16, UINT16, UINT32, UINT64, COMPLEX64, COMPLEX128 -> throw new IllegalArgumentException("no scalar of dtype " + a.dtype() + " in the suite");
        };
    }

    private static NDArray array(CaseArg a, int[] shape, SplittableRandom rng) {
        NDArray out = NDArray.zeros(a.dtype(), shape);
        int n = out.size();
        switch (a.dist()) {
            case "uniform" -> { for (int p = 0; p < n; p++) out.writeDouble(p, a.p1() + (a.p2() - a.p1()) * rng.nextDouble()); }
            case "normal" -> { for (int p = 0; p < n; p++) out.writeDouble(p, a.p1() + a.p2() * gaussian(rng)); }
            case "zeros" -> { }
            default -> throw new IllegalArgumentException("unknown distribution " + a.dist() + " for " + a.name());
        }
        return out;
    }

    /** A standard normal draw (Box-Muller; SplittableRandom has no nextGaussian of its own state). */
    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * rng.nextDouble());
    }

    /** Indices of the arguments the kernel writes. */
    public List<Integer> outputIndices() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) if (args.get(i).output()) out.add(i);
        return out;
    }

    /**
     * The Numba signature string of this case's arguments, e.g. {@code float64(float64[::1], float64[::1])}:
     * C-contiguous arrays (as Numba's typeof reports them), {@code void} when nothing is returned.
     */
    public String numbaSignature() {
        StringBuilder sb = new StringBuilder(returns == null ? "void" : returns.numpyName()).append('(');
        for (int i = 0; i < args.size(); i++) {
            CaseArg a = args.get(i);
            if (i > 0) sb.append(", ");
            sb.append(a.dtype().numpyName());
            if (a.array()) sb.append('[').append(":, ".repeat(a.shape().size() - 1)).append("::1]");
        }
        return sb.append(')').toString();
    }
}

package io.jumba.testing;

import io.jumba.array.DType;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's benchmark kernel suite, {@code bench/kernels}, as core's tests read it: core has no JSON
 * library, so the cases come out of cases.json's fixed layout by pattern, and a case the pattern misses is an error.
 * The folder is found from the working directory upwards; without it the tests fail rather than skip.
 */
public final class BenchSuite {
    private static final Path IN_REPO = Path.of("bench", "kernels");
    private static final Pattern CASE = Pattern.compile(
            "\"file\": \"([^\"]+)\",\\s*\"function\": \"([^\"]+)\".*?\"returns\": (null|\"[a-z0-9]+\").*?\"args\": \\[(.*?)\\n   \\]",
            Pattern.DOTALL);
    private static final Pattern ARG = Pattern.compile(
            "\"kind\": \"(array|scalar)\", \"dtype\": \"([a-z0-9]+)\"(?:, \"shape\": \\[([^\\]]*)\\])?(?:, \"value\": ([-0-9.e]+))?");

    private BenchSuite() {}

    /**
     * One argument of a case.
     *
     * @param array true for an array, false for a scalar
     * @param dtype element or scalar type
     * @param rank  number of dimensions (0 for a scalar)
     * @param value the scalar's value (0 for an array)
     */
    public record Arg(boolean array, DType dtype, int rank, double value) {
        /** The frontend type of this argument: a C-contiguous array or a scalar. */
        public Type type() {
            return array ? Type.array(dtype, rank, Layout.C) : Type.scalar(dtype);
        }
    }

    /**
     * One case of cases.json.
     *
     * @param file     kernel file name inside the suite folder
     * @param function the {@code @njit} function the case calls
     * @param returns  the declared scalar result dtype name, or "none"
     * @param args     the arguments in call order
     */
    public record Case(String file, String function, String returns, List<Arg> args) {
        public Case {
            args = List.copyOf(args);
        }

        /** The argument types in call order. */
        public List<Type> types() {
            return args.stream().map(Arg::type).toList();
        }

        /** The kernel file's source text. */
        public String source() throws IOException {
            return Files.readString(dir().resolve(file));
        }
    }

    /** {@code bench/kernels} in the nearest folder at or above the working directory that holds its cases.json. */
    public static Path dir() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve(IN_REPO);
            if (Files.isRegularFile(candidate.resolve("cases.json"))) return candidate;
        }
        throw new IllegalStateException("no " + IN_REPO.resolve("cases.json") + " at or above " + start);
    }

    /** Every case of cases.json, in file order. */
    public static List<Case> cases() throws IOException {
        String json = Files.readString(dir().resolve("cases.json"));
        List<Case> cases = new ArrayList<>();
        Matcher m = CASE.matcher(json);
        while (m.find()) {
            List<Arg> args = new ArrayList<>();
            Matcher a = ARG.matcher(m.group(4));
            while (a.find()) {
                boolean array = a.group(1).equals("array");
                args.add(new Arg(array, DType.byName(a.group(2)), array ? a.group(3).split(",").length : 0,
                        array ? 0 : Double.parseDouble(a.group(4))));
            }
            int declaredArgs = m.group(4).split("\"kind\": ", -1).length - 1;
            if (args.size() != declaredArgs) {
                throw new IllegalStateException(m.group(2) + ": read " + args.size() + " of its " + declaredArgs + " arguments");
            }
            cases.add(new Case(m.group(1), m.group(2), m.group(3).replace("\"", "").replace("null", "none"), args));
        }
        int declared = json.split("\"file\": ", -1).length - 1;
        if (cases.size() != declared) {
            throw new IllegalStateException("read " + cases.size() + " of the " + declared + " cases of cases.json");
        }
        return cases;
    }
}

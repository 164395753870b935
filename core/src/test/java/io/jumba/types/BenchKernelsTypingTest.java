package io.jumba.types;

import io.jumba.array.DType;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every case of the shared benchmark suite type-checks with its argument types and the return type it declares. */
class BenchKernelsTypingTest {
    private static final Pattern CASE = Pattern.compile(
            "\"file\": \"([^\"]+)\",\\s*\"function\": \"([^\"]+)\".*?\"returns\": (null|\"[a-z0-9]+\").*?\"args\": \\[(.*?)\\n   \\]",
            Pattern.DOTALL);
    private static final Pattern ARG = Pattern.compile(
            "\"kind\": \"(array|scalar)\", \"dtype\": \"([a-z0-9]+)\"(?:, \"shape\": \\[([^\\]]*)\\])?");

    static Path benchKernels() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("bench-kernels");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }

    @Test
    void everyCaseTypes() throws IOException {
        Path dir = benchKernels();
        assumeTrue(dir != null, "shared/bench-kernels not found");
        Matcher m = CASE.matcher(Files.readString(dir.resolve("cases.json")));
        int cases = 0;
        while (m.find()) {
            String file = m.group(1), function = m.group(2);
            List<Type> args = new ArrayList<>();
            Matcher a = ARG.matcher(m.group(4));
            while (a.find()) {
                DType d = DType.byName(a.group(2));
                args.add(a.group(1).equals("array") ? Type.array(d, a.group(3).split(",").length, Layout.C) : Type.scalar(d));
            }
            Program p = TypeInference.specialize(Parser.parse(Files.readString(dir.resolve(file)), file), function, args);
            String returns = m.group(3).replace("\"", "");
            assertEquals(returns.equals("null") ? "none" : returns, p.entry().returnType().toString(), file + ": " + function);
            cases++;
        }
        assertTrue(cases >= 19, "found " + cases + " cases");
    }
}

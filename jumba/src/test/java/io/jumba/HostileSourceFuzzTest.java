package io.jumba;

import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Malformed and hostile kernel sources from a seeded generator: random tokens, nesting past every limit, huge
 * literals, Java keywords and class names as identifiers, backslash-u escapes, NUL bytes, very long names. Every one
 * must compile and run, or end in a JumbaException with a position; never in any other Throwable. The seed and the
 * count come from -Djumba.fuzz.seed and -Djumba.fuzz.count (docs/reliability.md) for long runs.
 */
class HostileSourceFuzzTest {
    static final String[] TOKENS = {
            "x", "y", "f", "(", ")", "[", "]", ":", ",", "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|",
            "^", "~", "not", "and", "or", "if", "else", "elif", "for", "in", "range", "while", "return", "=", "==",
            "<", ">", "1", "0", "2.5", "1e308", "-1", "True", "None", "lambda", "def", "import", "class", "\n",
            "\n    ", "\n        ", "\t", "\\", "\\u000a", "\\u0022", "\0", "'", "\"", "#", "@", "np", "np.zeros",
            "public", "static", "void", "java", "System", "Runtime", "getClass", "new", "synchronized", "goto",
            "x_", "x$", "__import__", "99999999999999999999999", "0x" + "f".repeat(40), "é", "\u2028", "\r",
    };

    @Test
    void everyHostileSourceCompilesOrEndsInAPositionedJumbaError() {
        long seed = Long.getLong("jumba.fuzz.seed", 15L);
        int count = Integer.getInteger("jumba.fuzz.count", 200);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String source = source(random);
            try {
                Jumba.jit(source, "fuzz.py").function("f").call(1L);
            } catch (KernelRuntimeError e) {
                // a fault while running (IndexError, RecursionError, ...): Python's answer too
            } catch (JumbaException e) {
                if (e.pos() == SourcePos.NONE) failures.add("no position: " + e.getMessage() + "\n" + source);
            } catch (Throwable t) {
                failures.add(t + "\n" + source);
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + " of " + count + " (seed " + seed + "):\n" + failures.getFirst());
    }

    /** def f(x): and a body made by one of the generators. */
    private static String source(Random r) {
        String body = switch (r.nextInt(6)) {
            case 0 -> "    return " + tokens(r, 1 + r.nextInt(12)) + "\n";
            case 1 -> tokens(r, 1 + r.nextInt(40));
            case 2 -> "    return " + "(".repeat(r.nextInt(400)) + "x" + ")".repeat(r.nextInt(400)) + "\n";
            case 3 -> "    return " + String.join(" " + TOKENS[9 + r.nextInt(4)] + " ",
                    java.util.Collections.nCopies(chainLength(r), "x")) + "\n";
            case 4 -> {
                StringBuilder b = new StringBuilder();
                int depth = 1 + r.nextInt(150);
                for (int i = 0; i < depth; i++) b.append("    ".repeat(i + 1)).append(r.nextBoolean() ? "if x:\n" : "for i in range(2):\n");
                yield b.append("    ".repeat(depth + 1)).append("x = 1\n    return x\n").toString();
            }
            default -> "    " + name(r) + " = " + literal(r) + "\n    return " + tokens(r, 3) + "\n";
        };
        return "def f(x):\n" + body;
    }

    /** Chains of any length up to twice the parser's limit of 1000 terms. */
    private static int chainLength(Random r) {
        return 1 + r.nextInt(2000);
    }

    private static String tokens(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(TOKENS[r.nextInt(TOKENS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        return b.toString();
    }

    private static String name(Random r) {
        String[] names = {"class", "public", "x".repeat(70_000), "a\\u0041", "System", "é" + "_".repeat(r.nextInt(9)), "x\0"};
        return names[r.nextInt(names.length)];
    }

    private static String literal(Random r) {
        String[] literals = {"9".repeat(400), "1e999", "0b" + "1".repeat(100), "'" + "\\u000a".repeat(3) + "'", "1_000_",
                "0o777777777777777777777777", ".5e-400", "-0.0"};
        return literals[r.nextInt(literals.length)];
    }

    @Test
    void theGeneratorMakesDistinctSources() {
        Random r = new Random(1);
        assertNotEquals(source(r), source(r));
    }
}

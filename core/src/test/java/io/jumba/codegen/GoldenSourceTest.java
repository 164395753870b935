package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.jumba.interp.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** The generated source of a small kernel, compared with a reviewed copy (update the file when codegen changes). */
class GoldenSourceTest {

    /** def saxpy(a, x, y): for i in range(x.shape[0]): y[i] = a * x[i] + y[i]; return y[-1] */
    static Program saxpy() {
        Var a = var("a", F64), x = var("x", arr(DType.FLOAT64, 1)), y = var("y", arr(DType.FLOAT64, 1)), i = var("i", I64);
        return program(fn("saxpy", List.of(a, x, y), F64,
                loop(i, i64(0), new Expr.Dim(l(x), 0), i64(1),
                        store(l(y), bin(BinOp.ADD, bin(BinOp.MUL, l(a), load(l(x), 3, l(i))), load(l(y), 3, l(i))), 3, l(i))),
                ret(load(l(y), 4, i64(-1)))));
    }

    @Test
    void saxpySourceMatchesTheGoldenFile() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/codegen/golden/Saxpy.java.txt")) {
            assertNotNull(in, "golden file missing");
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, JavaSourceGenerator.generate(saxpy(), "Saxpy"));
    }
}

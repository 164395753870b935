package io.jumba.ir;

import io.jumba.frontend.Parser;
import io.jumba.types.Signature;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden tests of the printed IR: each {@code types/golden/NAME.py} starts with {@code # entry: f(types...)} and
 * its expected print is {@code NAME.ir}. Run with {@code -Djumba.updateGolden=true} to rewrite the .ir files
 * after an intended change (then review the diff).
 */
class IrPrinterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/types/golden");

    @ParameterizedTest
    @ValueSource(strings = {"fib", "axpy", "stats", "lifecycle"})
    void matchesGolden(String name) throws IOException {
        String source = Files.readString(GOLDEN.resolve(name + ".py"));
        String entry = source.lines().findFirst().orElseThrow().replace("# entry: ", "");
        String function = entry.substring(0, entry.indexOf('('));
        Signature sig = Signature.parse(entry.substring(function.length()));
        String printed = IrPrinter.print(TypeInference.specialize(Parser.parse(source, name + ".py"), function, sig.args()));
        Path expected = GOLDEN.resolve(name + ".ir");
        if (Boolean.getBoolean("jumba.updateGolden")) Files.writeString(expected, printed);
        assertEquals(Files.readString(expected), printed);
    }

    @Test
    void printsConstantsWithTheirDtypeAndParenthesizes() {
        Expr sum = new Expr.Binary(BinOp.ADD, new Expr.Const(1L, io.jumba.types.Type.scalar(io.jumba.array.DType.INT32)),
                new Expr.Local(new Var("x", io.jumba.types.Type.scalar(io.jumba.array.DType.INT32))),
                io.jumba.types.Type.scalar(io.jumba.array.DType.INT32), io.jumba.source.SourcePos.NONE);
        Stmt.Assign assign = new Stmt.Assign(new Var("y", sum.type()), sum);
        Function f = new Function("g", "g", List.of(new Var("x", sum.type())), io.jumba.types.Type.NONE,
                List.of(assign, new Stmt.Return(null)), io.jumba.frontend.KernelOptions.DEFAULT, io.jumba.source.SourcePos.NONE);
        assertEquals("def g(x: int32) -> none:\n  y: int32 = (1:int32 + x)\n  return\n", IrPrinter.print(f));
    }
}

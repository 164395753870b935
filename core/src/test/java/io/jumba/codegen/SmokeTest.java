package io.jumba.codegen;

import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.interp.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

class SmokeTest {
    @Test
    void countingLoop() {
        Var n = var("n", I64), i = var("i", I64), s = var("s", I64);
        Program p = program(fn("f", List.of(n), I64,
                set(s, i64(0)),
                loop(i, i64(0), l(n), i64(1),
                        when(cmp(CmpOp.EQ, bin(BinOp.MOD, l(i), i64(3)), i64(0)), List.of(new Stmt.Continue()), List.of()),
                        when(cmp(CmpOp.GT, l(i), i64(10)), List.of(new Stmt.Break()), List.of()),
                        set(s, bin(BinOp.ADD, l(s), l(i)))),
                ret(bin(BinOp.ADD, l(s), bin(BinOp.MUL, l(i), i64(1000))))));
        System.out.println(JavaSourceGenerator.generate(p, "K"));
        assertEquals(37L + 11000, Differential.run(p, 100L));
    }
}

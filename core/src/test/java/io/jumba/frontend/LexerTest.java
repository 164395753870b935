package io.jumba.frontend;

import io.jumba.diag.KernelSyntaxError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Token streams: layout tokens, line joining, literals and operators. */
class LexerTest {
    /** Tokens as {@code KIND} or {@code KIND:text}, layout tokens without text. */
    private static List<String> tokens(String source) {
        return Lexer.tokenize(source, "l.py").stream()
                .map(t -> t.text().isEmpty() ? t.kind().name() : t.kind().name() + ":" + t.text())
                .toList();
    }

    @Test
    void indentationProducesIndentAndDedent() {
        assertEquals(List.of("KEYWORD:if", "NAME:a", "OP::", "NEWLINE", "INDENT", "KEYWORD:if", "NAME:b", "OP::", "NEWLINE",
                        "INDENT", "NAME:x", "NEWLINE", "DEDENT", "DEDENT", "NAME:y", "NEWLINE", "END"),
                tokens("if a:\n    if b:\n        x\n\n  # comment at any indent\ny\n"));
        assertEquals(List.of("KEYWORD:if", "NAME:a", "OP::", "NEWLINE", "INDENT", "NAME:x", "NEWLINE", "DEDENT", "END"),
                tokens("if a:\n\tx"));
    }

    @Test
    void bracketsAndBackslashesJoinLines() {
        assertEquals(List.of("NAME:f", "OP:(", "NAME:a", "OP:,", "NAME:b", "OP:)", "NEWLINE", "NAME:c", "NEWLINE", "END"),
                tokens("f(a,\n\n      # comment\n b)\nc\n"));
        assertEquals(List.of("NAME:x", "OP:=", "NAME:a", "OP:+", "NAME:b", "NEWLINE", "END"), tokens("x = a + \\\n    b\n"));
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals(List.of("NAME:a", "OP:**=", "NAME:b", "OP://", "NAME:c", "OP:>>=", "NAME:d", "OP:!=", "NAME:e",
                "OP:->", "OP:<=", "OP:<<", "OP:@", "NEWLINE", "END"), tokens("a **= b // c >>= d != e -> <= << @\n"));
    }

    @Test
    void numbersAndStringsKeepTheirSpelling() {
        assertEquals(List.of("NUMBER:1_000", "NUMBER:0x1F", "NUMBER:1.5", "NUMBER:.5", "NUMBER:5.", "NUMBER:1e-3",
                "NUMBER:1E+3", "NAME:inf", "NEWLINE", "END"), tokens("1_000 0x1F 1.5 .5 5. 1e-3 1E+3 inf\n"));
        assertEquals(List.of("STRING:'a'", "STRING:r\"\\d\"", "STRING:'''x\ny'''", "NAME:z", "NEWLINE", "END"),
                tokens("'a' r\"\\d\" '''x\ny''' z\n"));
    }

    @Test
    void positionsAreOneBasedAndCarryTheLine() {
        List<Token> ts = Lexer.tokenize("x = 1\n  # c\nif y:\n    z\n", "l.py");
        Token z = ts.stream().filter(t -> t.text().equals("z")).findFirst().orElseThrow();
        assertEquals(new SourcePos("l.py", 4, 5, "    z"), z.pos());
        Token y = ts.stream().filter(t -> t.text().equals("y")).findFirst().orElseThrow();
        assertEquals(new SourcePos("l.py", 3, 4, "if y:"), y.pos());
        Token afterString = Lexer.tokenize("s = '''a\nb''' + t\n", "l.py").get(4);
        assertEquals("t", afterString.text());
        assertEquals(new SourcePos("l.py", 2, 8, "b''' + t"), afterString.pos());
    }

    @Test
    void layoutErrors() {
        KernelSyntaxError e = assertThrows(KernelSyntaxError.class, () -> Lexer.tokenize("if a:\n    x\n  y\n", "l.py"));
        assertEquals("unindent does not match any outer indentation level", e.detail());
        assertEquals(new SourcePos("l.py", 3, 3, "  y"), e.pos());
        e = assertThrows(KernelSyntaxError.class, () -> Lexer.tokenize("f(a,\n  [b\n", "l.py"));
        assertEquals("'[' was never closed", e.detail());
        assertEquals(2, e.pos().line());
        e = assertThrows(KernelSyntaxError.class, () -> Lexer.tokenize("if a:\n        x\n\ty\n", "l.py"));
        assertEquals("inconsistent use of tabs and spaces in indentation", e.detail());
    }
}

package io.jumba.types;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.TypingError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SignatureTest {

    @Test
    void parsesNumbaSyntax() {
        Signature s = Signature.parse("float64(float64[:], int64)");
        assertEquals(Type.FLOAT64, s.returnType());
        assertEquals(List.of(Type.array(DType.FLOAT64, 1, Layout.A), Type.INT64), s.args());

        Signature v = Signature.parse("void(float32[:, :], float32)");
        assertEquals(Type.NONE, v.returnType());
        assertEquals(Type.array(DType.FLOAT32, 2, Layout.A), v.args().getFirst());

        Signature noReturn = Signature.parse("(float64[::1], int64)");
        assertNull(noReturn.returnType());
        assertEquals(Type.array(DType.FLOAT64, 1, Layout.C), noReturn.args().getFirst());

        // A one-argument tuple as Python writes it: "(float64[::1],)" and "(int64, )".
        assertEquals(List.of(Type.array(DType.FLOAT64, 1, Layout.C)), Signature.parse("(float64[::1],)").args());
        assertEquals(List.of(Type.INT64), Signature.parse("float64(int64, )").args());
        assertThrows(TypingError.class, () -> Signature.parse("(,)"));
    }

    @Test
    void optionalTypesAsNumbaSpellsThem() {
        Signature s = Signature.parse("OptionalType(int64)(optional(float64[::1]))");
        assertEquals(new Type.Optional(Type.INT64), s.returnType());
        assertEquals(List.of(new Type.Optional(Type.array(DType.FLOAT64, 1, Layout.C))), s.args());
        assertEquals(s, Signature.parse(s.toString()));
        assertThrows(TypingError.class, () -> Signature.parse("optional(none)(int64)"));
        // None as an argument, as Numba prints the signature of f(2, None) or f(2) with b=None left out.
        Signature none = Signature.parse("int64(int64, none)");
        assertEquals(List.of(Type.INT64, Type.NONE), none.args());
        assertEquals(none, Signature.parse(none.toString()));
        assertThrows(TypingError.class, () -> Signature.parse("int64(void)"));
    }

    @Test
    void layoutsAndAliases() {
        assertEquals(Type.array(DType.FLOAT64, 2, Layout.C), Signature.parseType("float64[:, ::1]"));
        assertEquals(Type.array(DType.FLOAT64, 2, Layout.F), Signature.parseType("float64[::1, :]"));
        assertEquals(Type.array(DType.INT32, 1, Layout.A), Signature.parseType("int32[:]"));
        assertEquals(Type.BOOL, Signature.parseType("boolean"));
        assertEquals(Type.BOOL, Signature.parseType("b1"));
        assertEquals(Type.INT64, Signature.parseType("intp"));
        assertEquals(Type.FLOAT64, Signature.parseType("f8"));
        assertEquals(new Type.Tuple(List.of(Type.FLOAT64, Type.FLOAT64)), Signature.parseType("UniTuple(float64, 2)"));
        assertEquals(new Type.Tuple(List.of(Type.INT64, Type.FLOAT64)), Signature.parseType("Tuple(int64, float64)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(float64[::1], int64)", "float64(float64[::1], int64)", "none(int32[:, :])",
            "(float32[::1, :], bool)", "int64()"})
    void roundTrips(String text) {
        assertEquals(text, Signature.parse(text).toString());
    }

    @Test
    void badStringsPointAtTheProblem() {
        TypingError e = assertThrows(TypingError.class, () -> Signature.parse("float64(flot64, int64)"));
        assertEquals("<signature>", e.pos().file());
        assertEquals(9, e.pos().col());
        assertTrue(e.detail().contains("unknown type 'flot64'"), e.detail());
        assertEquals("float64(flot64, int64)", e.pos().lineText());
        assertThrows(TypingError.class, () -> Signature.parse("float64(int64"));
        assertThrows(TypingError.class, () -> Signature.parse("(float64[::2])"));
        assertThrows(TypingError.class, () -> Signature.parse("(void)"));
    }

    @Test
    void ofRuntimeValues() {
        NDArray c = NDArray.zeros(DType.FLOAT32, 2, 3);
        Signature s = Signature.of(1L, 2, (short) 3, (byte) 4, 1.0, 2f, true, c, c.transpose());
        assertEquals("(int64, int64, int64, int64, float64, float32, bool, float32[:, ::1], float32[::1, :])", s.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Signature.of("x"));
        assertTrue(e.getMessage().contains("java.lang.String"));
    }

    @Test
    void listAndDictTypesReadBackAsTheyPrint() {
        Type list = new Type.ListOf(Type.scalar(DType.INT32));
        Type dict = new Type.DictOf(Type.INT64, Type.FLOAT64);
        assertEquals("list(int32)", list.toString());
        assertEquals("DictType[int64,float64]", dict.toString());
        Signature s = new Signature(List.of(list, dict), new Type.Tuple(List.of(Type.INT64, list)));
        assertEquals(s, Signature.parse(s.toString()));
        assertEquals(list, Signature.parseType("ListType[int32]"));
        assertEquals(new Type.ListOf(Type.array(DType.FLOAT64, 1, io.jumba.types.Layout.A)), Signature.parseType("list(float64[:])"));
        Type tuples = new Type.ListOf(new Type.Tuple(List.of(Type.INT64, Type.FLOAT64)));
        assertEquals(tuples, Signature.parseType(tuples.toString()));
        assertThrows(io.jumba.diag.TypingError.class, () -> Signature.parseType("list(complex128)"));
        assertThrows(io.jumba.diag.TypingError.class, () -> Signature.parseType("list(DictType[int64,int64])"));
    }
}

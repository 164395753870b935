package io.jumba.dispatch;

import io.jumba.array.DType;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every kind of kernel type survives the trip through a cache entry; bytes that are no type are refused. */
class TypeCodecTest {
    private static Type roundTrip(Type t) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TypeCodec.write(new DataOutputStream(bytes), t);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        Type back = TypeCodec.read(in);
        assertEquals(0, in.available());
        return back;
    }

    @Test
    void everyKindRoundTrips() throws IOException {
        List<Type> types = List.of(Type.NONE, Type.BOOL, Type.scalar(DType.UINT8), Type.scalar(DType.FLOAT32),
                new Type.Array(DType.INT16, 0, Layout.C), new Type.Array(DType.FLOAT64, 3, Layout.F),
                new Type.Array(DType.INT8, 2, Layout.A),
                new Type.Tuple(List.of(Type.INT64, new Type.Tuple(List.of(Type.NONE, new Type.Array(DType.BOOL, 1, Layout.C))))),
                new Type.Tuple(List.of()), new Type.Optional(Type.INT64),
                new Type.Tuple(List.of(Type.INT64, new Type.Tuple(List.of(Type.BOOL), "Inner", List.of("flag"))), "Point", List.of("x", "y")),
                new Type.Optional(new Type.Tuple(List.of(Type.FLOAT64, new Type.Array(DType.FLOAT64, 1, Layout.C)))),
                new Type.DTypeValue(DType.COMPLEX64), new Type.Tuple(List.of(new Type.DTypeValue(DType.UINT8))));
        for (Type t : types) assertEquals(t, roundTrip(t));
    }

    @Test
    void unknownTagsAndNamesAreRefused() {
        assertThrows(IOException.class, () -> TypeCodec.read(new DataInputStream(new ByteArrayInputStream(new byte[] {9}))));
        assertThrows(IOException.class, () -> TypeCodec.read(new DataInputStream(new ByteArrayInputStream(
                new byte[] {0, 0, 5, 'Q', 'U', 'A', 'D', 'S'}))));
        byte[] deep = new byte[5 * 100 + 1];
        for (int i = 0; i + 5 <= deep.length; i += 5) {
            deep[i] = 2; // a tuple of one ...
            deep[i + 4] = 1;
        }
        deep[deep.length - 1] = 3; // ... None, 100 tuples deep
        IOException e = assertThrows(IOException.class,
                () -> TypeCodec.read(new DataInputStream(new ByteArrayInputStream(deep))));
        assertTrue(e.getMessage().contains("too deep"), e.getMessage());
    }
}

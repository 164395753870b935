package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * One typed inner loop of a ufunc, e.g. {@code "dd->d"} with its body. Type strings use NumPy's character codes
 * {@code ? b B h i l f d} (bool, int8, uint8, int16, int32, int64, float32, float64). The body is built from
 * {@link Inputs} each time the loop is applied to new argument types, so inputs of other dtypes are cast to the
 * loop's types inside the one fused expression. Loops compare by identity (a compiled-kernel cache key).
 */
public final class Loop {
    /** A loop body: the output value from the inputs. */
    @FunctionalInterface
    public interface Body {
        UExpr apply(Inputs x);
    }

    /** The loop's inputs as values of the loop's input types. */
    public record Inputs(List<UExpr> values) {
        public Inputs { values = List.copyOf(values); }

        public UExpr get(int k) { return values.get(k); }
    }

    private final String types;
    private final List<DType> in;
    private final DType out;
    private final Body body;
    private final List<Function> functions;

    private Loop(String types, List<DType> in, DType out, Body body, List<Function> functions) {
        this.types = types;
        this.in = List.copyOf(in);
        this.out = out;
        this.body = body;
        this.functions = List.copyOf(functions);
    }

    /** A loop from its NumPy type string; the body is checked once here on the loop's own types. */
    public static Loop of(String types, Body body) {
        return of(types, body, List.of());
    }

    /**
     * A loop whose body calls typed IR functions ({@link Expr.Call} of their names), e.g. a Python
     * {@code @vectorize} function specialized for the loop's types; they join the applying program's functions.
     */
    public static Loop of(String types, Body body, List<Function> functions) {
        int arrow = types.indexOf("->");
        if (arrow < 0 || types.length() != arrow + 3) {
            throw new IllegalArgumentException("loop types must look like \"dd->d\" (one output): " + types);
        }
        List<DType> in = new ArrayList<>();
        for (char c : types.substring(0, arrow).toCharArray()) in.add(dtype(c));
        Loop loop = new Loop(types, in, dtype(types.charAt(arrow + 2)), body, functions);
        loop.body(in);
        return loop;
    }

    /** The dtype of a NumPy type character. */
    public static DType dtype(char c) {
        return switch (c) {
            case '?' -> DType.BOOL;
            case 'b' -> DType.INT8;
            case 'B' -> DType.UINT8;
            case 'h' -> DType.INT16;
            case 'i' -> DType.INT32;
            case 'l', 'q' -> DType.INT64;
            case 'f' -> DType.FLOAT32;
            case 'd' -> DType.FLOAT64;
            default -> throw new IllegalArgumentException("unsupported type character '" + c + "'");
        };
    }

    public String types() { return types; }

    public List<DType> inputTypes() { return in; }

    public DType outputType() { return out; }

    public int nin() { return in.size(); }

    /** The IR functions the body calls (empty for the built-ins). */
    public List<Function> functions() { return functions; }

    /**
     * The body's IR for inputs of the given element dtypes ({@code Element(k)} of dtype {@code actual[k]}, cast
     * to the loop's input type), cast to the loop's output type.
     */
    Expr body(List<DType> actual) {
        List<UExpr> values = new ArrayList<>();
        for (int k = 0; k < in.size(); k++) {
            UExpr element = UExpr.wrap(new Expr.Element(k, Type.scalar(actual.get(k))));
            values.add(actual.get(k) == in.get(k) ? element : UExpr.wrap(element.as(in.get(k))));
        }
        return body.apply(new Inputs(values)).as(out);
    }

    @Override public String toString() { return types; }
}

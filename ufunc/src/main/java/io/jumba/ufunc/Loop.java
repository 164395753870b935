package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * One typed inner loop of a ufunc: its {@link LoopType} (e.g. float64, float64 to float64, NumPy's {@code "dd->d"})
 * with its body. The body is built from
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

    private final LoopType type;
    private final Body body;
    private final List<Function> functions;

    private Loop(LoopType type, Body body, List<Function> functions) {
        this.type = type;
        this.body = body;
        this.functions = List.copyOf(functions);
    }

    /** A loop of the given types; the body is checked once here on the loop's own types. */
    public static Loop of(LoopType type, Body body) {
        return of(type, body, List.of());
    }

    /**
     * A loop whose body calls typed IR functions ({@link Expr.Call} of their names), e.g. a Python
     * {@code @vectorize} function specialized for the loop's types; they join the applying program's functions.
     */
    static Loop of(LoopType type, Body body, List<Function> functions) {
        Loop loop = new Loop(type, body, functions);
        loop.body(type.inputs());
        return loop;
    }

    /** A loop from its NumPy type string ({@link LoopType#parse}), e.g. {@code "dd->d"}. */
    public static Loop of(String types, Body body) {
        return of(LoopType.parse(types), body);
    }

    /** A loop from its NumPy type string whose body calls typed IR functions (see above). */
    static Loop of(String types, Body body, List<Function> functions) {
        return of(LoopType.parse(types), body, functions);
    }

    public LoopType type() { return type; }

    /** NumPy's type string of the loop, e.g. {@code "dd->d"}. */
    public String types() { return type.code(); }

    public List<DType> inputTypes() { return type.inputs(); }

    public DType outputType() { return type.output(); }

    public int nin() { return type.inputs().size(); }

    /** The IR functions the body calls (empty for the built-ins). */
    List<Function> functions() { return functions; }

    /**
     * The body's IR for inputs of the given element dtypes ({@code Element(k)} of dtype {@code actual[k]}, cast
     * to the loop's input type), cast to the loop's output type.
     */
    Expr body(List<DType> actual) {
        List<Expr> elements = new ArrayList<>();
        for (int k = 0; k < actual.size(); k++) elements.add(new Expr.Element(k, Type.scalar(actual.get(k))));
        return apply(elements);
    }

    /**
     * The body's IR on scalar input expressions (elements, or a reduction's accumulator and a load), each cast to
     * the loop's input type, cast to the loop's output type.
     */
    Expr apply(List<Expr> inputs) {
        List<UExpr> values = new ArrayList<>();
        List<DType> in = type.inputs();
        for (int k = 0; k < in.size(); k++) {
            UExpr value = UExpr.wrap(inputs.get(k));
            values.add(((Type.Scalar) inputs.get(k).type()).dtype() == in.get(k) ? value : UExpr.wrap(value.as(in.get(k))));
        }
        return body.apply(new Inputs(values)).as(type.output());
    }

    @Override public String toString() { return type.code(); }
}

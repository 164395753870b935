package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * The IR program that applies one loop to one combination of argument types:
 * {@code def kernel(in0, ..., out[, where]): out[...] = Elementwise(inputs, body)}, where with a mask the body is
 * {@code body if where else out} so unmasked elements keep their value. Division by zero follows NumPy's error
 * model (0 for ints, IEEE for floats).
 *
 * @param paramTypes input parameter types, then the output array type, then the mask type when masked
 */
record KernelProgram(Loop loop, List<Type> paramTypes, boolean masked) implements KernelKey {
    /** Numba's error model for ufunc loops: integer division by zero gives 0, floats follow IEEE. */
    static final KernelOptions NUMPY_ERRORS = new KernelOptions(false, false, "numpy", false, false, false);

    @Override
    public Program build(String ufunc) {
        SourcePos pos = new SourcePos("<ufunc " + ufunc + ">", 1, 1, ufunc);
        int nin = loop.nin();
        List<Var> params = new ArrayList<>();
        List<Expr> inputs = new ArrayList<>();
        List<DType> elementTypes = new ArrayList<>();
        int ndim = 0;
        for (int k = 0; k < nin; k++) {
            Type t = paramTypes.get(k);
            Var v = new Var("in" + k, t);
            params.add(v);
            inputs.add(new Expr.Local(v));
            elementTypes.add(t instanceof Type.Array a ? a.dtype() : ((Type.Scalar) t).dtype());
            if (t instanceof Type.Array a) ndim = Math.max(ndim, a.ndim());
        }
        Type.Array outType = (Type.Array) paramTypes.get(nin);
        Var out = new Var("out", outType);
        params.add(out);
        Type.Scalar outElement = Type.scalar(outType.dtype());
        Expr body = loop.body(elementTypes);
        if (body.type() instanceof Type.Scalar s && s.dtype() != outType.dtype()) body = new Expr.Cast(body, outElement);
        if (masked) {
            Var where = new Var("where", paramTypes.get(nin + 1));
            params.add(where);
            inputs.add(new Expr.Local(where));
            inputs.add(new Expr.Local(out));
            ndim = outType.ndim();
            body = new Expr.Select(new Expr.Element(nin, Type.BOOL), body, new Expr.Element(nin + 1, outElement), outElement);
        }
        Expr value = new Expr.Elementwise(inputs, body, Type.array(outType.dtype(), ndim, Layout.C), pos);
        List<Stmt> stmts = List.of(new Stmt.ArrayStore(new Expr.Local(out), value, pos), new Stmt.Return(null));
        Function entry = new Function(ufunc, ufunc, params, Type.NONE, stmts, NUMPY_ERRORS, pos);
        return new Program(entry, loop.functions());
    }

    /** Element-wise kernels may vectorize float sums freely: each element is computed on its own. */
    @Override
    public boolean sequential() { return false; }
}

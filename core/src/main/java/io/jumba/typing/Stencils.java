package io.jumba.typing;

import io.jumba.diag.JumbaException;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.Decorators;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.frontend.ast.UnaryOperator;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numba's {@code @stencil}, lowered to functions the rest of the compiler already handles, as Numba itself does:
 * for a stencil {@code k(a, ...)} the module gains a kernel function {@code k__stencil_kernel(a, ..., i0, i1)} (the
 * body with {@code a[di, dj]} read as {@code a[i0 + di, i1 + dj]}), and a call of {@code k} runs a wrapper that
 * fills the output with cval (0 unless given) and loops over the interior, where every relative access is in
 * bounds, storing the kernel's value. {@code k(a, out=o)} writes into o instead, setting it to cval first only when
 * cval is given. The kernel is small and inlined into the loop, which then vectorizes like any other.
 */
final class Stencils {
    private static final String NUMPY = "__jumba_numpy";
    private static final String OUT = "out";

    /** What a stencil's wrapper needs: its kernel function and the extent of its neighborhood per dimension. */
    record Kernel(FunctionDef kernel, int arity, List<Extent> neighborhood, PyExpr cval) {}

    /** The lowest and highest relative index a kernel reads in one dimension. */
    record Extent(long low, long high) {}

    private final Module module;
    private final Map<String, Kernel> kernels = new LinkedHashMap<>();
    private final Map<String, JumbaException> refused = new LinkedHashMap<>();

    Stencils(Module original) {
        List<FunctionDef> functions = new ArrayList<>(original.functions());
        for (FunctionDef f : original.functions()) {
            if (!Decorators.isStencil(original, f)) continue;
            try {
                Kernel k = analyze(original, f);
                kernels.put(f.name(), k);
                functions.add(k.kernel());
            } catch (JumbaException e) {
                refused.put(f.name(), e); // reported when the stencil is used, not for unrelated functions
            }
        }
        Map<String, String> imports = new LinkedHashMap<>(original.imports());
        imports.put(NUMPY, "numpy");
        this.module = kernels.isEmpty() && refused.isEmpty() ? original
                : new Module(original.file(), imports, original.constants(), List.copyOf(functions), original.source());
    }

    /** The module with the kernel functions of its stencils added. */
    Module module() { return module; }

    boolean isStencil(FunctionDef def) { return kernels.containsKey(def.name()) || refused.containsKey(def.name()); }

    /** The stencil's signature with {@code out} appended, for a call that passes {@code out=}. */
    FunctionDef withOut(FunctionDef stencil) {
        List<FunctionDef.Param> params = new ArrayList<>(stencil.params());
        params.add(new FunctionDef.Param(OUT, null, stencil.pos()));
        return new FunctionDef(stencil.name(), List.copyOf(params), List.of(), stencil.body(), stencil.pos());
    }

    Kernel kernel(FunctionDef stencil) {
        JumbaException e = refused.get(stencil.name());
        if (e != null) throw e;
        return kernels.get(stencil.name());
    }

    /**
     * The function a call of the stencil runs, its output of dtype {@code dtype} (the kernel's return type);
     * {@code def} is the stencil or its {@link #withOut} form.
     */
    FunctionDef wrapper(FunctionDef def, String dtype) {
        Kernel k = kernel(def);
        SourcePos at = def.pos();
        boolean given = def.params().size() > k.arity();
        PyExpr first = name(def.params().getFirst().name(), at);
        PyExpr.Name out = name(OUT, at);
        PyExpr cval = k.cval() == null ? new PyExpr.IntLit(0, at) : k.cval();
        List<PyStmt> body = new ArrayList<>();
        if (!given) {
            PyExpr full = new PyExpr.Attribute(name(NUMPY, at), "full", at);
            body.add(assign(out, new PyExpr.Call(full, List.of(attr(first, "shape"), cval),
                    List.of(new PyExpr.Keyword("dtype", new PyExpr.StrLit(dtype, at), at)), at)));
        } else if (k.cval() != null) {
            body.add(assign(new PyExpr.Subscript(out, new PyExpr.Slice(null, null, null, at), at), cval));
        }
        StencilIndexing indexing = new StencilIndexing(Set.of(), k.neighborhood().size(), at);
        List<PyExpr> args = new ArrayList<>();
        for (FunctionDef.Param p : def.params().subList(0, k.arity())) args.add(name(p.name(), at));
        List<PyExpr> point = new ArrayList<>();
        for (int d = 0; d < k.neighborhood().size(); d++) point.add(indexing.indexVar(d));
        args.addAll(point);
        PyExpr target = new PyExpr.Subscript(out, point.size() == 1 ? point.getFirst() : new PyExpr.Tuple(point, at), at);
        List<PyStmt> loop = List.of(assign(target, new PyExpr.Call(name(k.kernel().name(), at), List.copyOf(args), List.of(), at)));
        for (int d = k.neighborhood().size() - 1; d >= 0; d--) {
            long lo = -Math.min(0, k.neighborhood().get(d).low()), hi = Math.max(0, k.neighborhood().get(d).high());
            PyExpr extent = new PyExpr.Subscript(attr(first, "shape"), new PyExpr.IntLit(d, at), at);
            PyExpr range = new PyExpr.Call(name("range", at), List.of(new PyExpr.IntLit(lo, at),
                    new PyExpr.BinOp(BinaryOp.SUB, extent, new PyExpr.IntLit(hi, at), at)), List.of(), at);
            loop = List.of(new PyStmt.For(indexing.indexVar(d), range, loop, at));
        }
        body.addAll(loop);
        body.add(new PyStmt.Return(out, at));
        return new FunctionDef(def.name(), def.params(), List.of(), List.copyOf(body), at);
    }

    private static Kernel analyze(Module module, FunctionDef f) {
        if (f.params().isEmpty()) {
            throw new TypingError(f.pos(), "The first argument to a stencil kernel must be the primary input array.");
        }
        for (FunctionDef.Param p : f.params()) {
            if (p.name().equals(OUT)) throw new TypingError(p.pos(), "Cannot use the reserved word 'out' in stencil kernels.");
        }
        Optional<PyExpr> neighborhoodOption = Decorators.stencilKeyword(module, f, "neighborhood");
        List<Extent> given = neighborhoodOption.map(Stencils::neighborhood).orElse(null);
        Set<String> relative = new HashSet<>();
        for (FunctionDef.Param p : f.params()) relative.add(p.name());
        Decorators.stencilKeyword(module, f, "standard_indexing").ifPresent(s -> relative.removeAll(names(s)));
        StencilIndexing indexing = new StencilIndexing(relative, given == null ? -1 : given.size(), f.pos());
        List<PyStmt> body = indexing.body(f.body());
        if (indexing.accesses().isEmpty()) {
            throw new TypingError(f.pos(), "Stencil kernel with no accesses to relatively indexed arrays.");
        }
        List<Extent> extent = given != null ? given : measured(indexing);
        List<FunctionDef.Param> params = new ArrayList<>(f.params());
        for (int d = 0; d < indexing.ndim(); d++) params.add(new FunctionDef.Param(indexing.indexVar(d).id(), null, f.pos()));
        FunctionDef kernel = new FunctionDef(f.name() + "__stencil_kernel", List.copyOf(params), List.of(), body, f.pos());
        return new Kernel(kernel, f.params().size(), extent, Decorators.stencilKeyword(module, f, "cval").orElse(null));
    }

    /** Numba's extent: per dimension, the least and greatest constant offset, and 0. */
    private static List<Extent> measured(StencilIndexing indexing) {
        long[] low = new long[indexing.ndim()], high = new long[indexing.ndim()];
        for (List<PyExpr> access : indexing.accesses()) {
            for (int d = 0; d < access.size(); d++) {
                Long offset = constant(access.get(d));
                if (offset == null) {
                    throw new TypingError(access.get(d).pos(), "stencil kernel index is not constant, 'neighborhood' option required");
                }
                low[d] = Math.min(low[d], offset);
                high[d] = Math.max(high[d], offset);
            }
        }
        List<Extent> extent = new ArrayList<>();
        for (int d = 0; d < low.length; d++) extent.add(new Extent(low[d], high[d]));
        return List.copyOf(extent);
    }

    /** {@code ((-1, 1), (-2, 0))}: one (lowest, highest) pair of integer constants per dimension. */
    private static List<Extent> neighborhood(PyExpr option) {
        List<Extent> extent = new ArrayList<>();
        if (option instanceof PyExpr.Tuple dims) {
            for (PyExpr dim : dims.elements()) {
                if (!(dim instanceof PyExpr.Tuple pair) || pair.elements().size() != 2) break;
                Long lo = constant(pair.elements().get(0)), hi = constant(pair.elements().get(1));
                if (lo == null || hi == null) break;
                extent.add(new Extent(lo, hi));
            }
            if (extent.size() == dims.elements().size() && !extent.isEmpty()) return List.copyOf(extent);
        }
        throw new UnsupportedError(option.pos(), "neighborhood must be a tuple of (low, high) integer pairs, one per dimension");
    }

    private static Set<String> names(PyExpr option) {
        List<PyExpr> items = option instanceof PyExpr.Tuple t ? t.elements() : List.of(option);
        Set<String> names = new HashSet<>();
        for (PyExpr item : items) {
            if (!(item instanceof PyExpr.StrLit s)) throw new UnsupportedError(item.pos(), "standard_indexing must name arrays as strings");
            names.add(s.value());
        }
        return names;
    }

    private static Long constant(PyExpr e) {
        return switch (e) {
            case PyExpr.IntLit i -> i.value();
            case PyExpr.UnaryOp(UnaryOperator op, PyExpr.IntLit i, _) when op == UnaryOperator.NEG -> -i.value();
            case PyExpr.UnaryOp(UnaryOperator op, PyExpr.IntLit i, _) when op == UnaryOperator.POS -> i.value();
            default -> null;
        };
    }

    private static PyExpr.Name name(String id, SourcePos at) { return new PyExpr.Name(id, at); }

    private static PyExpr attr(PyExpr value, String attr) { return new PyExpr.Attribute(value, attr, value.pos()); }

    private static PyStmt assign(PyExpr target, PyExpr value) { return new PyStmt.Assign(List.of(target), value, target.pos()); }
}

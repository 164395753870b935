package io.jumba.frontend;

import io.jumba.diag.KernelSyntaxError;
import io.jumba.frontend.ast.PyExpr;

/** Checks that an expression may stand left of {@code =}, {@code op=} or {@code :}, with Python's messages. */
final class Targets {
    private Targets() {}

    /** Names, subscripts, attributes and (nested) tuples of them. */
    static void checkAssignable(PyExpr target) {
        switch (target) {
            case PyExpr.Name _ -> { }
            case PyExpr.Subscript _ -> { }
            case PyExpr.Attribute _ -> { }
            case PyExpr.Tuple t -> t.elements().forEach(Targets::checkAssignable);
            default -> throw new KernelSyntaxError(target.pos(), "cannot assign to " + describe(target));
        }
    }

    /** {@code x op= v}: a single name, subscript or attribute. */
    static void checkAugmentable(PyExpr target) {
        switch (target) {
            case PyExpr.Name _ -> { }
            case PyExpr.Subscript _ -> { }
            case PyExpr.Attribute _ -> { }
            default -> throw new KernelSyntaxError(target.pos(),
                    "'" + describe(target) + "' is an illegal expression for augmented assignment");
        }
    }

    /** {@code x: T = v}: one target only. */
    static void checkAnnotatable(PyExpr target) {
        if (target instanceof PyExpr.Tuple) {
            throw new KernelSyntaxError(target.pos(), "only single target (not tuple) can be annotated");
        }
        checkAssignable(target);
    }

    private static String describe(PyExpr e) {
        return switch (e) {
            case PyExpr.Call _ -> "function call";
            case PyExpr.IntLit _ -> "literal";
            case PyExpr.FloatLit _ -> "literal";
            case PyExpr.ImagLit _ -> "literal";
            case PyExpr.StrLit _ -> "literal";
            case PyExpr.BoolLit b -> b.value() ? "True" : "False";
            case PyExpr.NoneLit _ -> "None";
            case PyExpr.EllipsisLit _ -> "Ellipsis";
            case PyExpr.IfExp _ -> "conditional expression";
            case PyExpr.Compare _ -> "comparison";
            case PyExpr.BoolOp _ -> "expression";
            case PyExpr.BinOp _ -> "expression";
            case PyExpr.UnaryOp _ -> "expression";
            case PyExpr.Tuple _ -> "tuple";
            case PyExpr.ListLit _ -> "list display";
            case PyExpr.ListComp _ -> "list comprehension";
            case PyExpr.Slice _ -> "slice";
            case PyExpr.Name _ -> "name";
            case PyExpr.Subscript _ -> "subscript";
            case PyExpr.Attribute _ -> "attribute";
        };
    }
}

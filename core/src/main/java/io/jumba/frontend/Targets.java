package io.jumba.frontend;

import io.jumba.error.KernelSyntaxError;
import io.jumba.frontend.ast.Expr;

/** Checks that an expression may stand left of {@code =}, {@code op=} or {@code :}, with Python's messages. */
final class Targets {
    private Targets() {}

    /** Names, subscripts, attributes and (nested) tuples of them. */
    static void checkAssignable(Expr target) {
        switch (target) {
            case Expr.Name _ -> { }
            case Expr.Subscript _ -> { }
            case Expr.Attribute _ -> { }
            case Expr.Tuple t -> t.elements().forEach(Targets::checkAssignable);
            default -> throw new KernelSyntaxError(target.pos(), "cannot assign to " + describe(target));
        }
    }

    /** {@code x op= v}: a single name, subscript or attribute. */
    static void checkAugmentable(Expr target) {
        switch (target) {
            case Expr.Name _ -> { }
            case Expr.Subscript _ -> { }
            case Expr.Attribute _ -> { }
            default -> throw new KernelSyntaxError(target.pos(),
                    "'" + describe(target) + "' is an illegal expression for augmented assignment");
        }
    }

    /** {@code x: T = v}: one target only. */
    static void checkAnnotatable(Expr target) {
        if (target instanceof Expr.Tuple) {
            throw new KernelSyntaxError(target.pos(), "only single target (not tuple) can be annotated");
        }
        checkAssignable(target);
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Call _ -> "function call";
            case Expr.IntLit _ -> "literal";
            case Expr.FloatLit _ -> "literal";
            case Expr.StrLit _ -> "literal";
            case Expr.BoolLit b -> b.value() ? "True" : "False";
            case Expr.NoneLit _ -> "None";
            case Expr.IfExp _ -> "conditional expression";
            case Expr.Compare _ -> "comparison";
            case Expr.BoolOp _ -> "expression";
            case Expr.BinOp _ -> "expression";
            case Expr.UnaryOp _ -> "expression";
            case Expr.Tuple _ -> "tuple";
            case Expr.Slice _ -> "slice";
            case Expr.Name _ -> "name";
            case Expr.Subscript _ -> "subscript";
            case Expr.Attribute _ -> "attribute";
        };
    }
}

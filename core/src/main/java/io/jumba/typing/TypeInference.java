package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Numba-style type inference: specializes one function of a module for concrete argument types and lowers it,
 * with every function it calls, to the typed IR.
 */
public final class TypeInference {
    private TypeInference() {}

    /**
     * Infers types for {@code function} called with {@code argTypes} and builds its {@link Program}.
     * {@link Program#entry()} is the entry specialization; {@link Program#functions()} holds the specializations
     * it calls (directly or transitively), not the entry itself.
     *
     * @throws io.jumba.diag.TypingError      for type errors, with the position of the offending code
     * @throws io.jumba.diag.UnsupportedError for Python outside Jumba's subset
     * @throws io.jumba.diag.TypingError      also when the number of arguments is wrong, worded as Python words it
     * @throws IllegalArgumentException        when the module has no such function
     */
    public static Program specialize(Module module, String function, List<Type> argTypes) {
        FunctionDef def = module.function(function);
        if (def == null) throw new IllegalArgumentException("no function '" + function + "' in " + module.file());
        if (def.params().size() != argTypes.size()) throw arity(def, argTypes.size());
        return new Specializer(module).program(def, argTypes);
    }

    /** Python's TypeError for a call with the wrong number of arguments, as a TypingError at the def. */
    private static TypingError arity(FunctionDef def, int given) {
        int takes = def.params().size();
        if (given > takes) {
            return new TypingError(def.pos(), def.name() + "() takes " + takes + " positional argument"
                    + (takes == 1 ? "" : "s") + " but " + given + (given == 1 ? " was" : " were") + " given");
        }
        List<String> missing = def.params().subList(given, takes).stream().map(p -> "'" + p.name() + "'").toList();
        String names = missing.size() == 1 ? missing.getFirst()
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast();
        return new TypingError(def.pos(), def.name() + "() missing " + missing.size() + " required positional argument"
                + (missing.size() == 1 ? "" : "s") + ": " + names);
    }

    /**
     * As {@link #specialize(Module, String, List)}, with the entry's results converted to the return type a
     * signature declares ({@code @njit("int32(float64)")}), as Numba casts them; declaredReturn null keeps the
     * inferred one.
     *
     * @throws io.jumba.diag.TypingError also when the inferred return type cannot convert to declaredReturn
     */
    public static Program specialize(Module module, String function, List<Type> argTypes, Type declaredReturn) {
        Program program = specialize(module, function, argTypes);
        return declaredReturn == null ? program : DeclaredReturn.apply(program, declaredReturn);
    }

    /**
     * The default values of {@code function}'s parameters after the first {@code given}, for an entry call that
     * omits them (Numba fills omitted trailing arguments with their defaults): Long, Double, Boolean or null (None) each.
     *
     * @throws io.jumba.diag.TypingError when an omitted parameter has no default or its default is not a number
     * @throws IllegalArgumentException   when the module has no such function
     */
    public static List<Object> defaults(Module module, String function, int given) {
        FunctionDef def = module.function(function);
        if (def == null) throw new IllegalArgumentException("no function '" + function + "' in " + module.file());
        if (given >= def.params().size()) return List.of(); // too many arguments: specialize() reports it
        Specializer specializer = new Specializer(module);
        List<Object> values = new ArrayList<>();
        for (FunctionDef.Param p : def.params().subList(given, def.params().size())) {
            if (p.defaultValue() == null) {
                throw new TypingError(p.pos(), function + "() missing required argument '" + p.name() + "'");
            }
            switch (specializer.moduleConstant(p.defaultValue())) {
                case Expr.Const c -> values.add(c.value());
                case Expr.NoneValue n -> values.add(null);
                default -> throw new TypingError(p.defaultValue().pos(), "the default of '" + p.name()
                        + "' must be a number, bool or None to be omitted at the entry");
            }
        }
        return values;
    }
}

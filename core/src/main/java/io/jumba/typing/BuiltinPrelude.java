package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Built-ins and math functions that Jumba compiles from Python source ({@code builtins_prelude.py}, e.g.
 * {@code math.gcd}, {@code math.comb}, {@code pow(a, b, m)}): their functions are added to every module under
 * names no kernel uses ({@code __jumba_gcd}), and calls are typed and specialized like calls of the module's own.
 */
final class BuiltinPrelude {
    private static final String FILE = "builtins_prelude.py";
    private static final String PRELUDE_FILE = "<jumba " + FILE + ">";
    private static final Module PRELUDE = load();

    private BuiltinPrelude() {}

    /** The module with the prelude's functions, and the {@code math} alias they use, added. */
    static Module addTo(Module module) {
        List<FunctionDef> functions = new ArrayList<>(module.functions());
        functions.addAll(PRELUDE.functions());
        Map<String, String> imports = new LinkedHashMap<>(module.imports());
        imports.putAll(PRELUDE.imports());
        return new Module(module.file(), imports, module.constants(), List.copyOf(functions), module.source());
    }

    /**
     * Whether def is one of the prelude's functions: their local names are their own, even where the user's module has
     * a function or a global of the same name.
     */
    static boolean defines(FunctionDef def) {
        return PRELUDE.function(def.name()) == def;
    }

    /** The prelude function implementing {@code name} ("gcd" → {@code __jumba_gcd}). */
    static FunctionDef function(String name) {
        FunctionDef f = PRELUDE.function("__jumba_" + name);
        if (f == null) throw new IllegalArgumentException("no prelude function " + name);
        return f;
    }

    /** A call of the prelude function implementing name, specialized for the arguments' types. */
    static Expr call(FunctionTyping f, String name, List<Expr> args, SourcePos pos) {
        Specializer.Spec spec;
        try {
            spec = f.specializer.request(function(name), args.stream().map(Expr::type).toList());
        } catch (TypingError e) {
            // the prelude's own lines mean nothing to the user: the kernel's call reports it (CallLowering)
            if (!e.pos().file().equals(PRELUDE_FILE) || f.isPrelude()) throw e;
            throw new RefusedOperands(e.detail());
        }
        return new Expr.Call(spec.name, args, Specializer.returnTypeOf(spec, pos), pos);
    }

    /** Whether e is a call of the prelude function implementing name, as {@link #call} makes it. */
    static boolean isCall(Expr e, String name) {
        return e instanceof Expr.Call c
                && c.function().equals(Specializer.mangle("__jumba_" + name, c.args().stream().map(Expr::type).toList()));
    }

    private static Module load() {
        try (InputStream in = BuiltinPrelude.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing from the Jumba jar");
            String source = "import math as __jumba_math\nimport numpy as __jumba_np\nimport random as __jumba_random\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Module module = Parser.parse(source, PRELUDE_FILE);
            // A second def of a name would silently replace the first (np.isclose's once replaced math.isclose's).
            Set<String> names = new HashSet<>();
            for (FunctionDef def : module.functions()) {
                if (!names.add(def.name())) throw new IllegalStateException(FILE + " defines " + def.name() + " twice");
            }
            return module;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

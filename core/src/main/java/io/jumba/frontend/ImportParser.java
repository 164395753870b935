package io.jumba.frontend;

import java.util.Map;
import java.util.Set;

import static io.jumba.frontend.TokenCursor.unsupported;

/**
 * Parses {@code import ...} and {@code from ... import ...} at module level into alias → qualified name
 * entries ({@code np → numpy}, {@code sqrt → math.sqrt}, {@code njit → numba.njit}). Only numpy, math, cmath, random and
 * numba (and their submodules) may be imported, and {@code collections} for its namedtuple; {@code from __future__ import ...} is accepted and ignored.
 */
final class ImportParser {
    private static final Set<String> MODULES = Set.of("numpy", "math", "cmath", "random", "numba", "collections");

    private final TokenCursor in;
    private final Map<String, String> imports;

    ImportParser(TokenCursor in, Map<String, String> imports) {
        this.in = in;
        this.imports = imports;
    }

    void parse() {
        if (in.acceptKeyword("import")) {
            plainImport();
        } else {
            in.expectKeyword("from", "");
            fromImport();
        }
        in.expectNewline("the import");
    }

    /** {@code import a.b [as c], d}: without 'as', the first component is bound, as in Python. */
    private void plainImport() {
        do {
            Token start = in.peek();
            String module = dottedName();
            checkModule(start, module);
            if (in.acceptKeyword("as")) {
                imports.put(in.expectName("after 'as'").text(), module);
            } else {
                String top = module.split("\\.")[0];
                imports.put(top, top);
            }
        } while (in.acceptOp(","));
    }

    private void fromImport() {
        Token start = in.peek();
        if (start.isOp(".") || start.isOp("...")) throw unsupported(start, "relative imports are not supported");
        String module = dottedName();
        in.expectKeyword("import", "after the module name in 'from ... import'");
        boolean future = module.equals("__future__");
        if (!future) checkModule(start, module);
        if (in.atOp("*")) throw unsupported(in.peek(), "'from " + module + " import *' is not supported; import the names you use");
        boolean parenthesized = in.acceptOp("(");
        do {
            if (parenthesized && in.atOp(")")) break;
            Token name = in.expectName("to import");
            if (module.equals("collections") && !name.text().equals("namedtuple")) {
                throw unsupported(name, "'collections." + name.text() + "' is not supported; Jumba supports collections.namedtuple");
            }
            String alias = in.acceptKeyword("as") ? in.expectName("after 'as'").text() : name.text();
            if (!future) imports.put(alias, module + "." + name.text());
        } while (in.acceptOp(","));
        if (parenthesized) in.expectOp(")", "to close the imported names");
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(in.expectName("after 'import'").text());
        while (in.acceptOp(".")) name.append('.').append(in.expectName("after '.'").text());
        return name.toString();
    }

    private static void checkModule(Token at, String module) {
        String top = module.split("\\.")[0];
        if (!MODULES.contains(top)) {
            throw unsupported(at, "module '" + module + "' is not supported; Jumba supports imports of numpy, math, cmath, random, numba and"
                    + " collections (for namedtuple)");
        }
    }
}

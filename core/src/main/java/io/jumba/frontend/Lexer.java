package io.jumba.frontend;

import io.jumba.diag.KernelSyntaxError;
import io.jumba.source.SourcePos;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Turns Python source into tokens, as CPython's tokenizer does: NEWLINE ends a logical line, INDENT/DEDENT
 * follow the indentation of the first token on each line, lines are joined inside brackets and after a
 * backslash, and blank or comment-only lines produce nothing.
 */
final class Lexer {
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private static final List<String> OPERATORS = List.of(
            "**=", "//=", ">>=", "<<=", "...",
            "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "@=", ":=",
            "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":",
            ".", ";", "=");

    private final String src;
    private final String file;
    private final String[] lines;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    /** Indentation levels as {width with tabs to multiples of 8, width with tabs as 1}, innermost first. */
    private final Deque<int[]> indents = new ArrayDeque<>();
    private int i;
    private int line = 1;
    private int lineStart;

    private Lexer(String source, String file) {
        this.src = source.replace("\r\n", "\n").replace('\r', '\n');
        this.file = file;
        this.lines = src.split("\n", -1);
    }

    /** The tokens of {@code source}, ending with NEWLINE (if any code), DEDENTs back to column 0, and END. */
    static List<Token> tokenize(String source, String file) {
        return new Lexer(source, file).run();
    }

    private List<Token> run() {
        indents.push(new int[] {0, 0});
        while (i < src.length()) {
            int width8 = 0, width1 = 0, j = i;
            for (; j < src.length(); j++) {
                char c = src.charAt(j);
                if (c == ' ') { width8++; width1++; }
                else if (c == '\t') { width8 = (width8 / 8 + 1) * 8; width1++; }
                else if (c != '\f') break;
            }
            if (j >= src.length()) { i = j; break; }
            char first = src.charAt(j);
            if (first == '#' || first == '\n') {
                i = j;
                skipToNextLine();
                continue;
            }
            indent(width8, width1, pos(j));
            i = j;
            logicalLine();
        }
        // Errors at end of file point just after the last code rather than at an empty last line.
        SourcePos end = tokens.isEmpty() ? pos(i) : tokens.getLast().pos();
        while (indents.size() > 1) {
            indents.pop();
            tokens.add(new Token(Token.Kind.DEDENT, "", end));
        }
        tokens.add(new Token(Token.Kind.END, "", end));
        return tokens;
    }

    private void indent(int width8, int width1, SourcePos at) {
        int[] top = indents.peek();
        if (width8 > top[0]) {
            if (width1 <= top[1]) throw inconsistentTabs(at);
            if (indents.size() >= NestingLimits.INDENTATION) throw new KernelSyntaxError(at, "too many levels of indentation");
            indents.push(new int[] {width8, width1});
            tokens.add(new Token(Token.Kind.INDENT, "", at));
            return;
        }
        while (width8 < indents.peek()[0]) {
            indents.pop();
            tokens.add(new Token(Token.Kind.DEDENT, "", at));
        }
        if (width8 != indents.peek()[0])
            throw new KernelSyntaxError(at, "unindent does not match any outer indentation level");
        if (width1 != indents.peek()[1]) throw inconsistentTabs(at);
    }

    private static KernelSyntaxError inconsistentTabs(SourcePos at) {
        return new KernelSyntaxError(at, "inconsistent use of tabs and spaces in indentation");
    }

    /** Tokens up to and including the NEWLINE that ends the logical line starting at {@code i}. */
    private void logicalLine() {
        while (true) {
            if (i >= src.length()) {
                if (!openBrackets.isEmpty()) throw neverClosed(openBrackets.peek());
                tokens.add(new Token(Token.Kind.NEWLINE, "", pos(i)));
                return;
            }
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') i++;
            } else if (c == '\n') {
                SourcePos at = pos(i);
                skipToNextLine();
                if (openBrackets.isEmpty()) {
                    tokens.add(new Token(Token.Kind.NEWLINE, "", at));
                    return;
                }
            } else if (c == '\\') {
                if (i + 1 >= src.length())
                    throw new KernelSyntaxError(pos(i), "unexpected end of file after line continuation character");
                if (src.charAt(i + 1) != '\n')
                    throw new KernelSyntaxError(pos(i + 1), "unexpected character after line continuation character");
                i++;
                skipToNextLine();
            } else if (Character.isDigit(c) || c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1))) {
                number();
            } else if (isNameStart(c)) {
                nameOrString();
            } else if (c == '"' || c == '\'') {
                string(i);
            } else {
                operator();
            }
        }
    }

    private void skipToNextLine() {
        while (i < src.length() && src.charAt(i) != '\n') i++;
        if (i < src.length()) {
            newLineAt(i);
            i++;
        }
    }

    private void newLineAt(int newlineIndex) {
        line++;
        lineStart = newlineIndex + 1;
    }

    private void nameOrString() {
        int start = i;
        while (i < src.length() && isNamePart(src.charAt(i))) i++;
        String word = src.substring(start, i);
        if (i < src.length() && (src.charAt(i) == '"' || src.charAt(i) == '\'') && isStringPrefix(word)) {
            string(start);
            return;
        }
        Token.Kind kind = KEYWORDS.contains(word) ? Token.Kind.KEYWORD : Token.Kind.NAME;
        tokens.add(new Token(kind, word, pos(start)));
    }

    private static boolean isStringPrefix(String word) {
        return word.length() <= 2 && word.toLowerCase().chars().allMatch(ch -> "rubf".indexOf(ch) >= 0);
    }

    /** A string literal whose prefix (if any) starts at {@code start} and whose opening quote is at {@code i}. */
    private void string(int start) {
        SourcePos at = pos(start);
        int startLine = line;
        char quote = src.charAt(i);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), i);
        i += triple ? 3 : 1;
        while (true) {
            if (i >= src.length()) {
                throw new KernelSyntaxError(at, (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                        + " (detected at line " + line + ")");
            }
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) {
                if (src.charAt(i + 1) == '\n') newLineAt(i + 1);
                i += 2;
            } else if (c == '\n') {
                if (!triple) throw new KernelSyntaxError(at, "unterminated string literal (detected at line " + startLine + ")");
                newLineAt(i);
                i++;
            } else if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), i))) {
                i += triple ? 3 : 1;
                break;
            } else {
                i++;
            }
        }
        tokens.add(new Token(Token.Kind.STRING, src.substring(start, i), at));
    }

    /** Consumes a numeric literal generously; {@link NumberLiteral} validates its spelling. */
    private void number() {
        int start = i;
        if (src.charAt(i) == '0' && i + 1 < src.length() && "xXoObB".indexOf(src.charAt(i + 1)) >= 0) {
            i += 2;
        } else {
            skipDigits();
            if (i < src.length() && src.charAt(i) == '.') {
                i++;
                skipDigits();
            }
            if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
                int sign = i + 1 < src.length() && (src.charAt(i + 1) == '+' || src.charAt(i + 1) == '-') ? 1 : 0;
                if (i + 1 + sign < src.length() && Character.isDigit(src.charAt(i + 1 + sign))) {
                    i += 1 + sign;
                    skipDigits();
                }
            }
        }
        while (i < src.length() && isNamePart(src.charAt(i))) i++;
        tokens.add(new Token(Token.Kind.NUMBER, src.substring(start, i), pos(start)));
    }

    private void skipDigits() {
        while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (!src.startsWith(op, i)) continue;
            Token token = new Token(Token.Kind.OP, op, pos(i));
            i += op.length();
            bracket(token);
            tokens.add(token);
            return;
        }
        char c = src.charAt(i);
        throw new KernelSyntaxError(pos(i), "invalid character '%c' (U+%04X)".formatted(c, (int) c));
    }

    private void bracket(Token token) {
        String op = token.text();
        if ("([{".contains(op)) {
            if (openBrackets.size() >= NestingLimits.PARENTHESES) {
                throw new KernelSyntaxError(token.pos(), "too many nested parentheses");
            }
            openBrackets.push(token);
        } else if (")]}".contains(op)) {
            if (openBrackets.isEmpty()) throw new KernelSyntaxError(token.pos(), "unmatched '" + op + "'");
            Token open = openBrackets.pop();
            if ("([{".indexOf(open.text().charAt(0)) != ")]}".indexOf(op.charAt(0))) {
                String where = open.pos().line() == token.pos().line() ? "" : " on line " + open.pos().line();
                throw new KernelSyntaxError(token.pos(), "closing parenthesis '" + op
                        + "' does not match opening parenthesis '" + open.text() + "'" + where);
            }
        }
    }

    private static KernelSyntaxError neverClosed(Token open) {
        return new KernelSyntaxError(open.pos(), "'" + open.text() + "' was never closed");
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private SourcePos pos(int index) {
        int col = index - lineStart + 1;
        String text = line - 1 < lines.length ? lines[line - 1] : "";
        return new SourcePos(file, line, col, text);
    }
}

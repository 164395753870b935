"""Writes cpython_precedence.txt: random expressions and how CPython's ast groups them.

Run with /usr/bin/python3 from this folder. Each output line is `source => rendering`, the rendering in the
fully parenthesized form of the Java test helper AstPrinter, so the Java parser must agree with CPython.
"""
import ast
import random

NAMES = ["a", "b", "c", "x", "y", "1", "2", "True", "None", "f(a)", "a[i]", "a.b", "a[1:n]"]
BINARY = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
          "<", "<=", ">", ">=", "==", "!=", "is", "is not", "and", "or"]
UNARY = ["-", "+", "~", "not "]


def operand(rng, depth):
    prefix = "".join(rng.choice(UNARY) for _ in range(rng.choice([0, 0, 0, 1, 2])))
    if depth > 0 and rng.random() < 0.25:
        return prefix + "(" + expression(rng, depth - 1) + ")"
    return prefix + rng.choice(NAMES)


def expression(rng, depth):
    parts = [operand(rng, depth)]
    for _ in range(rng.randint(1, 4)):
        parts.append(rng.choice(BINARY))
        parts.append(operand(rng, depth))
    text = " ".join(parts)
    if depth > 0 and rng.random() < 0.2:
        text = text + " if " + operand(rng, depth - 1) + " else " + operand(rng, depth - 1)
    return text


def render(node):
    kind = type(node).__name__
    if kind == "Name":
        return node.id
    if kind == "Constant":
        return repr(node.value)
    if kind == "UnaryOp":
        return "(" + {"USub": "-", "UAdd": "+", "Invert": "~", "Not": "not "}[type(node.op).__name__] + render(node.operand) + ")"
    if kind == "BinOp":
        symbols = {"Add": "+", "Sub": "-", "Mult": "*", "Div": "/", "FloorDiv": "//", "Mod": "%", "Pow": "**",
                   "LShift": "<<", "RShift": ">>", "BitAnd": "&", "BitOr": "|", "BitXor": "^", "MatMult": "@"}
        return "(" + render(node.left) + " " + symbols[type(node.op).__name__] + " " + render(node.right) + ")"
    if kind == "BoolOp":
        joiner = " and " if type(node.op).__name__ == "And" else " or "
        return "(" + joiner.join(render(v) for v in node.values) + ")"
    if kind == "Compare":
        symbols = {"Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Eq": "==", "NotEq": "!=", "Is": "is", "IsNot": "is not"}
        text = render(node.left)
        for op, right in zip(node.ops, node.comparators):
            text += " " + symbols[type(op).__name__] + " " + render(right)
        return "(" + text + ")"
    if kind == "IfExp":
        return "(" + render(node.body) + " if " + render(node.test) + " else " + render(node.orelse) + ")"
    if kind == "Call":
        return render(node.func) + "(" + ", ".join(render(a) for a in node.args) + ")"
    if kind == "Subscript":
        return render(node.value) + "[" + render(node.slice) + "]"
    if kind == "Slice":
        return ":".join("_" if p is None else render(p) for p in (node.lower, node.upper, node.step))
    if kind == "Attribute":
        return render(node.value) + "." + node.attr
    raise ValueError(kind)


def main():
    rng = random.Random(20240611)
    lines = []
    while len(lines) < 400:
        source = expression(rng, 2)
        try:
            tree = ast.parse(source, mode="eval")
        except SyntaxError:
            continue
        lines.append(source + " => " + render(tree.body))
    with open("cpython_precedence.txt", "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

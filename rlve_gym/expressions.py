"""Reading a formula that a model wrote, safely: a tokenizer and a recursive-descent parser over a
whitelist of operators, names and functions, and an exact evaluator over rationals.

Model output is hostile input. Nothing here calls ``eval``, ``exec``, ``compile``, ``sympify`` or
``parse_expr``; the text is read one character at a time into a small tree of tuples. Every way a
formula could cost time or memory has a cap that is checked *before* the work is done:

- the text length (``max_chars``) and the digits of one literal (``max_literal_digits``);
- the nesting depth of parentheses, unary signs and powers (``max_depth``), so ``((((...))))``
  ten thousand deep is refused by a counter, not by Python's recursion limit;
- the size of every intermediate value (``max_bits`` for numerator and denominator), with a
  power's result size predicted from its operands before it is computed, so ``12**9**9`` and
  ``9^9^9^9`` are refused in microseconds.

Sums and products are kept as flat lists (``("sum", ((+1, a), (-1, b)))``), so a long chain like
``1+1+...+1`` makes a wide tree, not a deep one: the tree's depth is bounded by ``max_depth``
and every walk over it may recurse.

Tree nodes (plain tuples, so that environments can store and compare them):

    ("num", Fraction, literal_text)      a literal as written ("12", "0.5")
    ("var", name)                        a variable from the whitelist
    ("neg", node)                        unary minus
    ("sum", ((sign, node), ...))         sign is +1 or -1, evaluated left to right
    ("prod", ((is_division, node), ...)) first entry never a division, evaluated left to right
    ("pow", base, exponent)              right-associative: 2^3^2 = 2^(3^2)
    ("call", name, node)                 a function from the whitelist, one argument
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction


class ExpressionError(ValueError):
    """The formula is malformed, uses something not allowed, or exceeds a cap (the message says
    which, in words a model's author can act on)."""


#: characters some models write for the ASCII operators
_SYNONYMS = {"\u00d7": "*", "\u00b7": "*", "\u22c5": "*", "\u00f7": "/", "\u2212": "-"}


@dataclass(frozen=True)
class ExpressionRules:
    """What a formula may contain and how large it may get.

    The defaults suit arithmetic answers (integers, ``+ - * /``, parentheses, powers with small
    integer exponents). Symbolic environments add ``variables`` and ``functions``.
    """

    operators: frozenset[str] = frozenset("+-*/^")
    variables: frozenset[str] = frozenset()
    functions: frozenset[str] = frozenset()
    allow_decimals: bool = False
    allow_unary_minus: bool = True
    implicit_multiplication: bool = False  # 2x, 3(x+1), (x+1)(x-1)
    max_chars: int = 2_000
    max_literal_digits: int = 30
    max_depth: int = 40
    max_nodes: int = 2_000
    max_bits: int = 4_096
    operator_words: Mapping[str, str] = field(default_factory=dict)


ARITHMETIC = ExpressionRules()


# ------------------------------------------------------------------------------------------
# tokenizer

# token kinds: "num" (value text), "name", "op" (one of + - * / ^ ( ) ,)
Token = tuple[str, str, int]  # (kind, text, position)


def tokenize(text: str, rules: ExpressionRules = ARITHMETIC) -> list[Token]:
    if not isinstance(text, str):
        raise ExpressionError(f"expected text, got {type(text).__name__}")
    if len(text) > rules.max_chars:
        raise ExpressionError(
            f"the expression has {len(text)} characters; at most {rules.max_chars} are allowed"
        )
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = _SYNONYMS.get(text[i], text[i])
        if ch.isspace():
            i += 1
        elif ch.isascii() and ch.isdigit() or (ch == "." and rules.allow_decimals):
            start = i
            while i < n and text[i].isascii() and text[i].isdigit():
                i += 1
            if i < n and text[i] == "." and rules.allow_decimals:
                i += 1
                while i < n and text[i].isascii() and text[i].isdigit():
                    i += 1
            literal = text[start:i]
            digits = len(literal) - literal.count(".")
            if digits == 0:
                raise ExpressionError(f"a lone '.' at position {start + 1} is not a number")
            if digits > rules.max_literal_digits:
                raise ExpressionError(
                    f"the number at position {start + 1} has {digits} digits; "
                    f"at most {rules.max_literal_digits} are allowed"
                )
            tokens.append(("num", literal, start))
        elif ch.isascii() and (ch.isalpha() or ch == "_"):
            start = i
            while i < n and text[i].isascii() and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i], start))
        elif ch == "*" and i + 1 < n and text[i + 1] == "*":
            tokens.append(("op", "^", i))  # ** is the same power operator as ^
            i += 2
        elif ch in "+-*/^(),":
            tokens.append(("op", ch, i))
            i += 1
        else:
            shown = text[i] if text[i].isprintable() else repr(text[i])
            raise ExpressionError(f"unexpected character {shown!r} at position {i + 1}")
    return tokens


# ------------------------------------------------------------------------------------------
# parser


class _Parser:
    def __init__(self, tokens: list[Token], rules: ExpressionRules):
        self.tokens = tokens
        self.rules = rules
        self.pos = 0
        self.depth = 0
        self.nodes = 0

    # helpers ---------------------------------------------------------------------------
    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def at_op(self, *ops: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "op" and tok[1] in ops

    def where(self) -> str:
        tok = self.peek()
        return "at the end" if tok is None else f"at position {tok[2] + 1} ({tok[1]!r})"

    def node(self, item: tuple) -> tuple:
        self.nodes += 1
        if self.nodes > self.rules.max_nodes:
            raise ExpressionError(f"the expression has more than {self.rules.max_nodes} parts")
        return item

    def enter(self) -> None:
        self.depth += 1
        if self.depth > self.rules.max_depth:
            raise ExpressionError(
                f"the expression is nested more than {self.rules.max_depth} levels deep"
            )

    def operator_allowed(self, op: str) -> None:
        if op not in self.rules.operators:
            allowed = " ".join(sorted(self.rules.operators)) or "none"
            raise ExpressionError(f"operator {op!r} is not allowed here (allowed: {allowed})")

    # grammar ---------------------------------------------------------------------------
    def expression(self) -> tuple:
        """expression := term (('+' | '-') term)*"""
        terms = [(1, self.term())]
        while self.at_op("+", "-"):
            op = self.tokens[self.pos][1]
            self.operator_allowed(op)
            self.pos += 1
            terms.append((1 if op == "+" else -1, self.term()))
        return terms[0][1] if len(terms) == 1 else self.node(("sum", tuple(terms)))

    def starts_factor(self) -> bool:
        tok = self.peek()
        if tok is None:
            return False
        return tok[0] == "name" or (tok[0] == "op" and tok[1] == "(")  # never "2 3"

    def term(self) -> tuple:
        """term := unary (('*' | '/' | implicit) unary)*"""
        factors = [(False, self.unary())]
        while True:
            if self.at_op("*", "/"):
                op = self.tokens[self.pos][1]
                self.operator_allowed(op)
                self.pos += 1
                factors.append((op == "/", self.unary()))
            elif self.rules.implicit_multiplication and self.starts_factor():
                factors.append((False, self.unary()))
            else:
                break
        return factors[0][1] if len(factors) == 1 else self.node(("prod", tuple(factors)))

    def unary(self) -> tuple:
        """unary := ('-' | '+') unary | power"""
        if self.at_op("-", "+"):
            op = self.tokens[self.pos][1]
            if op == "-" and not self.rules.allow_unary_minus:
                raise ExpressionError(f"a leading minus sign is not allowed {self.where()}")
            self.pos += 1
            self.enter()
            inner = self.unary()
            self.depth -= 1
            return self.node(("neg", inner)) if op == "-" else inner
        return self.power()

    def power(self) -> tuple:
        """power := atom ('^' unary)?   (right-associative through unary)"""
        base = self.atom()
        if self.at_op("^"):
            self.operator_allowed("^")
            self.pos += 1
            self.enter()
            exponent = self.unary()
            self.depth -= 1
            return self.node(("pow", base, exponent))
        return base

    def atom(self) -> tuple:
        tok = self.peek()
        if tok is None:
            raise ExpressionError("the expression ends where a number or '(' was expected")
        kind, text, _ = tok
        if kind == "num":
            self.pos += 1
            return self.node(("num", Fraction(text), text))
        if kind == "name":
            self.pos += 1
            if text in self.rules.variables:
                return self.node(("var", text))
            if text in self.rules.functions:
                if not self.at_op("("):
                    raise ExpressionError(f"function {text} needs its argument in parentheses")
                return self.node(("call", text, self.parenthesised()))
            allowed = sorted(self.rules.variables | self.rules.functions)
            hint = f" (allowed names: {', '.join(allowed)})" if allowed else " (no names allowed)"
            raise ExpressionError(f"unknown name {text[:20]!r}{hint}")
        if text == "(":
            return self.parenthesised()
        raise ExpressionError(f"expected a number or '(' {self.where()}")

    def parenthesised(self) -> tuple:
        self.pos += 1  # the "("
        self.enter()
        inner = self.expression()
        self.depth -= 1
        if not self.at_op(")"):
            raise ExpressionError(f"missing ')' {self.where()}")
        self.pos += 1
        return inner


def parse_expression(text: str, rules: ExpressionRules = ARITHMETIC) -> tuple:
    """The tree of ``text`` under ``rules``, or ``ExpressionError`` with the reason."""
    tokens = tokenize(text, rules)
    if not tokens:
        raise ExpressionError("empty expression")
    parser = _Parser(tokens, rules)
    tree = parser.expression()
    if parser.pos != len(tokens):
        _, extra, position = tokens[parser.pos]
        raise ExpressionError(
            f"unexpected {extra[:20]!r} at position {position + 1}; the expression should end before it"
        )
    return tree


# ------------------------------------------------------------------------------------------
# exact evaluation


def _check_size(value: Fraction, max_bits: int) -> Fraction:
    if value.numerator.bit_length() > max_bits or value.denominator.bit_length() > max_bits:
        raise ExpressionError(f"an intermediate value has more than {max_bits} bits")
    return value


def _power(base: Fraction, exponent: Fraction, max_bits: int) -> Fraction:
    if exponent.denominator != 1:
        raise ExpressionError(f"the exponent {exponent} is not a whole number")
    e = exponent.numerator
    if base == 0:
        if e < 0:
            raise ExpressionError("zero raised to a negative power (division by zero)")
        return Fraction(0 if e else 1)
    if abs(base) == 1:
        return base ** (e % 2) if base < 0 else Fraction(1)
    # |base| >= 2 or <= 1/2, so each unit of |e| adds at least (bits - 1) >= 1 bits
    bits = max(base.numerator.bit_length(), base.denominator.bit_length())
    if (bits - 1) * abs(e) > max_bits:
        raise ExpressionError(f"a power is too large (more than {max_bits} bits)")
    return _check_size(base**e, max_bits)


def evaluate(
    tree: tuple,
    values: Mapping[str, Fraction | int] | None = None,
    *,
    functions: Mapping[str, Callable[[Fraction], Fraction]] | None = None,
    integers_only: bool = False,
    max_bits: int = ARITHMETIC.max_bits,
) -> Fraction:
    """The exact value of ``tree`` with variables bound by ``values``.

    ``integers_only`` applies the rule of arithmetic puzzles that every division must come out
    whole. Division by zero, an undefined function value and any value past ``max_bits`` raise
    ``ExpressionError``.
    """
    kind = tree[0]
    if kind == "num":
        value = tree[1]
        if integers_only and value.denominator != 1:
            raise ExpressionError(f"{tree[2]} is not a whole number")
        return value
    if kind == "var":
        if values is None or tree[1] not in values:
            raise ExpressionError(f"no value for the variable {tree[1]}")
        return Fraction(values[tree[1]])
    if kind == "neg":
        return -evaluate(
            tree[1], values, functions=functions, integers_only=integers_only, max_bits=max_bits
        )
    if kind == "sum":
        total = Fraction(0)
        for sign, term in tree[1]:
            part = evaluate(
                term, values, functions=functions, integers_only=integers_only, max_bits=max_bits
            )
            total = _check_size(total + part if sign > 0 else total - part, max_bits)
        return total
    if kind == "prod":
        result = Fraction(1)
        for is_division, factor in tree[1]:
            part = evaluate(
                factor, values, functions=functions, integers_only=integers_only, max_bits=max_bits
            )
            if is_division:
                if part == 0:
                    raise ExpressionError("division by zero")
                if integers_only and result % part != 0:
                    raise ExpressionError(
                        f"{result} / {part} is not a whole number; every division must come out exact"
                    )
                result = result / part
            else:
                result = result * part
            result = _check_size(result, max_bits)
        return result
    if kind == "pow":
        base = evaluate(
            tree[1], values, functions=functions, integers_only=integers_only, max_bits=max_bits
        )
        exponent = evaluate(
            tree[2], values, functions=functions, integers_only=integers_only, max_bits=max_bits
        )
        result = _power(base, exponent, max_bits)
        if integers_only and result.denominator != 1:
            raise ExpressionError(f"{base}^{exponent} is not a whole number")
        return result
    if kind == "call":
        function = (functions or {}).get(tree[1])
        if function is None:
            raise ExpressionError(f"{tree[1]}(...) has no exact value here")
        argument = evaluate(
            tree[2], values, functions=functions, integers_only=integers_only, max_bits=max_bits
        )
        return _check_size(Fraction(function(argument)), max_bits)
    raise ExpressionError(f"unknown node {kind!r}")  # only for hand-made trees


# ------------------------------------------------------------------------------------------
# inspection


def walk(tree: tuple) -> Iterator[tuple]:
    """Every node of ``tree``, parents before children."""
    yield tree
    kind = tree[0]
    if kind in ("neg",):
        yield from walk(tree[1])
    elif kind in ("sum", "prod"):
        for _, child in tree[1]:
            yield from walk(child)
    elif kind == "pow":
        yield from walk(tree[1])
        yield from walk(tree[2])
    elif kind == "call":
        yield from walk(tree[2])


def literals(tree: tuple) -> list[Fraction]:
    """The numbers written in the formula, in reading order (``2*(3+3)`` gives 2, 3, 3)."""
    return [node[1] for node in walk(tree) if node[0] == "num"]


def operators_used(tree: tuple) -> set[str]:
    """The operators that occur: among ``+ - * / ^`` and ``neg`` (a unary minus)."""
    used: set[str] = set()
    for node in walk(tree):
        kind = node[0]
        if kind == "sum":
            used.update("+" if sign > 0 else "-" for sign, _ in node[1][1:])
        elif kind == "prod":
            used.update("/" if div else "*" for div, _ in node[1][1:])
        elif kind == "pow":
            used.add("^")
        elif kind == "neg":
            used.add("neg")
    return used


_PRECEDENCE = {"sum": 1, "neg": 2, "prod": 2, "pow": 3}


def to_text(tree: tuple) -> str:
    """The formula written back with the fewest parentheses that keep its order of operations:
    it has the same value as ``tree``, and writing back its own tree gives the same text."""
    kind = tree[0]
    if kind == "num":
        return tree[2]
    if kind == "var":
        return tree[1]
    if kind == "call":
        return f"{tree[1]}({to_text(tree[2])})"
    if kind == "neg":
        return "-" + _wrapped(tree[1], 3)
    if kind == "sum":
        parts = [_wrapped(tree[1][0][1], 1)]
        for sign, term in tree[1][1:]:
            parts.append((" + " if sign > 0 else " - ") + _wrapped(term, 2))
        return "".join(parts)
    if kind == "prod":
        parts = [_wrapped(tree[1][0][1], 2)]
        for is_division, factor in tree[1][1:]:
            parts.append((" / " if is_division else " * ") + _wrapped(factor, 3))
        return "".join(parts)
    if kind == "pow":
        return f"{_wrapped(tree[1], 4)}^{_wrapped(tree[2], 3)}"
    raise ExpressionError(f"unknown node {kind!r}")


def _wrapped(tree: tuple, tightest: int) -> str:
    """``tree`` as text, in parentheses when its own operator binds looser than ``tightest``."""
    text = to_text(tree)
    return f"({text})" if _PRECEDENCE.get(tree[0], 9) < tightest else text

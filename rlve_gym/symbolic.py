"""Algebra on formula trees in one variable: exact polynomials and rational functions over
``Fraction``, symbolic derivatives, and a bounded, deterministic equivalence test for formulas
with elementary functions.

Trees are the tuples of ``rlve_gym.expressions`` (read model text with ``parse_expression`` and
``elementary_rules()``; nothing here evaluates Python code). Three layers, each with caps that
are checked before the work, so that every call returns in well under 100 ms even for hostile
formulas (``exp(exp(exp(x)))``, ``x^(10^9)``, deep nesting, huge literals):

1. **Exact rational functions.** ``to_rational(tree)`` turns a tree without functions into
   ``(numerator, denominator)`` polynomials (coefficient tuples, constant term first). Two such
   formulas are the same function exactly when ``n1 * d2 == n2 * d1``; ``to_polynomial`` and
   ``poly_*`` give the usual arithmetic (``poly_divmod``, ``poly_gcd``, ``poly_from_roots``...).
   Degrees past ``Caps.max_degree`` or coefficients past ``Caps.max_bits`` raise ``TooLarge``.
2. **A bounded symbolic check** (``canonical_form``): a formula with functions is expanded into a
   sum of monomials over *atoms* - the variable and "kernels" such as ``sin(<canonical form of
   the argument>)`` - with integer (also negative) exponents. Equal canonical forms prove two
   formulas equal (only ring identities are used); different ones prove nothing (``sin(x)^2 +
   cos(x)^2`` is not recognised as 1), so the numeric test decides.
3. **Numeric evaluation** (``evaluate_decimal``): ``decimal`` arithmetic at ``PRECISION``
   significant digits with one fixed context (deterministic on every platform), with forward-mode
   derivatives (dual numbers) so that ``d/dx`` of a formula is evaluated exactly as well, without
   building the derivative tree. ``equivalent`` and ``is_antiderivative`` compare two formulas at
   several rational points of an interval, drawn from a hash of both formulas (the same verdict
   every time, yet no fixed set of points a formula could be built to vanish on).

Generators get ``random_elementary_function`` (random formulas, checked piece by piece to be
defined and moderate on (1/4, 3)), ``derivative`` (a tree, for reference answers) and
``poly_to_compact_text``; environments with formula answers get ``parse_formula_answer``,
``answer_caps`` and ``FORMULA_SYNTAX`` (the sentence that tells a model how to write one).

Domain convention: the numeric test compares values at points where the *reference* formula is
defined; the other formula must be defined and agree there. ``ln``/``log`` (natural logarithm)
and ``sqrt`` need positive (non-negative) arguments, a power with a non-integer or variable
exponent needs a positive base; outside, a formula is undefined at that point.
"""

from __future__ import annotations

import decimal
import hashlib
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .expressions import ExpressionError, ExpressionRules, evaluate, parse_expression, to_text

#: the functions formulas may use (``log`` is the natural logarithm, like ``ln``)
ELEMENTARY_FUNCTIONS = frozenset({"exp", "ln", "log", "sin", "cos", "tan", "sqrt"})

#: significant digits of the numeric evaluation, and the relative tolerance of comparisons
PRECISION = 32
TOLERANCE = Decimal("1e-20")
#: numeric values past 10^MAX_EXPONENT count as undefined (overflow), below 10^-MAX_EXPONENT as 0
MAX_EXPONENT = 10**6


class SymbolicError(ExpressionError):
    """The formula cannot be handled the asked way (the message says why)."""


class NotRational(SymbolicError):
    """The formula uses a function, a non-integer power or a variable exponent."""


class TooLarge(SymbolicError):
    """A degree, coefficient, term count or work budget would exceed its cap."""


class Undefined(SymbolicError):
    """The formula has no finite real value at the point (or it is too large to compute)."""


@dataclass(frozen=True)
class Caps:
    """Sizes past which exact work stops (``TooLarge``) and numeric work refuses a formula."""

    max_degree: int = 64  # degree of a polynomial (exact layer) / |exponent| of an atom
    max_bits: int = 4_096  # numerator and denominator bits of one coefficient
    max_terms: int = 200  # monomials of a canonical form
    max_products: int = 2_000  # monomial multiplications in one canonical form (all products)
    max_poly_work: int = 20_000  # coefficient multiplications in one exact conversion
    max_function_calls: int = 120  # transcendental evaluations per point


DEFAULT_CAPS = Caps()
#: for trusted data only (generators building their own polynomials)
UNCAPPED = Caps(
    max_degree=10**9, max_bits=10**9, max_terms=10**9, max_products=10**12, max_poly_work=10**15
)


def elementary_rules(variable: str = "x", **overrides) -> ExpressionRules:
    """Formula rules for answers in one variable with the elementary functions: ``^`` or ``**``,
    decimals, implicit multiplication (``2x``, ``3(x+1)``, ``x sin(x)``)."""
    settings = {
        "variables": frozenset({variable}),
        "functions": ELEMENTARY_FUNCTIONS,
        "implicit_multiplication": True,
        "allow_decimals": True,
        "max_chars": 4_000,
        "max_nodes": 1_000,
    }
    settings.update(overrides)
    return ExpressionRules(**settings)


# ------------------------------------------------------------------------------------------
# tree helpers


def has_functions(tree: tuple) -> bool:
    return any(node[0] == "call" for node in _walk(tree))


def has_variable(tree: tuple) -> bool:
    return any(node[0] == "var" for node in _walk(tree))


def _walk(tree: tuple) -> Iterator[tuple]:
    """Every node, without recursion (trees are shallow, but this is also used on built trees)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        kind = node[0]
        if kind == "neg":
            stack.append(node[1])
        elif kind in ("sum", "prod"):
            stack.extend(child for _, child in node[1])
        elif kind == "pow":
            stack.extend((node[1], node[2]))
        elif kind == "call":
            stack.append(node[2])


def node_count(tree: tuple) -> int:
    return sum(1 for _ in _walk(tree))


def number(value: Fraction | int) -> tuple:
    """A tree for the rational ``value`` that ``to_text`` writes correctly (``-3``, ``2/5``)."""
    value = Fraction(value)
    if value < 0:
        return ("neg", number(-value))
    if value.denominator == 1:
        return ("num", value, str(value.numerator))
    return (
        "prod",
        ((False, number(value.numerator)), (True, number(value.denominator))),
    )


def _constant_value(tree: tuple) -> Fraction | None:
    """The exact value of a tree without variables or functions (None if it has either, or if
    its value is undefined or too large)."""
    for node in _walk(tree):
        if node[0] in ("var", "call"):
            return None
    try:
        return evaluate(tree)
    except ExpressionError:
        return None


# ------------------------------------------------------------------------------------------
# univariate polynomials over Fraction: tuples of coefficients, constant term first, no
# trailing zeros (the zero polynomial is ()).

Poly = tuple[Fraction, ...]


def poly(coefficients) -> Poly:
    """A polynomial from coefficients (constant term first), trailing zeros dropped."""
    values = [Fraction(c) for c in coefficients]
    while values and values[-1] == 0:
        values.pop()
    return tuple(values)


def degree(p: Poly) -> int:
    """The degree; -1 for the zero polynomial."""
    return len(p) - 1


def _check_coefficients(p: Poly, caps: Caps) -> Poly:
    for c in p:
        if c.numerator.bit_length() > caps.max_bits or c.denominator.bit_length() > caps.max_bits:
            raise TooLarge(f"a coefficient has more than {caps.max_bits} bits")
    return p


def poly_add(p: Poly, q: Poly) -> Poly:
    if len(p) < len(q):
        p, q = q, p
    return poly([a + (q[i] if i < len(q) else 0) for i, a in enumerate(p)])


def poly_neg(p: Poly) -> Poly:
    return tuple(-c for c in p)


def poly_sub(p: Poly, q: Poly) -> Poly:
    return poly_add(p, poly_neg(q))


def poly_scale(p: Poly, factor: Fraction | int) -> Poly:
    return poly([c * factor for c in p])


def poly_mul(p: Poly, q: Poly, caps: Caps = DEFAULT_CAPS) -> Poly:
    if not p or not q:
        return ()
    if degree(p) + degree(q) > caps.max_degree:
        raise TooLarge(f"a polynomial would have degree above {caps.max_degree}")
    # integer convolution over common denominators: much faster than Fraction arithmetic
    p_den = math.lcm(*(c.denominator for c in p))
    q_den = math.lcm(*(c.denominator for c in q))
    p_int = [c.numerator * (p_den // c.denominator) for c in p]
    q_int = [c.numerator * (q_den // c.denominator) for c in q]
    result = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p_int):
        if a:
            for j, b in enumerate(q_int):
                result[i + j] += a * b
    denominator = p_den * q_den
    return _check_coefficients(poly([Fraction(c, denominator) for c in result]), caps)


def poly_pow(p: Poly, exponent: int, caps: Caps = DEFAULT_CAPS) -> Poly:
    if exponent < 0:
        raise ValueError("poly_pow takes a non-negative exponent")
    if exponent == 0:
        return (Fraction(1),)
    if not p:
        return ()
    if degree(p) * exponent > caps.max_degree:
        raise TooLarge(f"a polynomial would have degree above {caps.max_degree}")
    result: Poly = (Fraction(1),)
    base = p
    while exponent:
        if exponent & 1:
            result = poly_mul(result, base, caps)
        exponent >>= 1
        if exponent:
            base = poly_mul(base, base, caps)
    return result


def poly_divmod(p: Poly, q: Poly) -> tuple[Poly, Poly]:
    """Quotient and remainder of ``p`` by ``q`` (``q`` nonzero): p = quotient * q + remainder,
    degree(remainder) < degree(q)."""
    if not q:
        raise ZeroDivisionError("division by the zero polynomial")
    remainder = list(p)
    lead = q[-1]
    quotient = [Fraction(0)] * max(len(p) - len(q) + 1, 0)
    for shift in range(len(p) - len(q), -1, -1):
        factor = remainder[shift + len(q) - 1] / lead
        if factor:
            quotient[shift] = factor
            for j, c in enumerate(q):
                remainder[shift + j] -= factor * c
    return poly(quotient), poly(remainder[: max(len(q) - 1, 0)])


def poly_monic(p: Poly) -> Poly:
    return tuple(c / p[-1] for c in p) if p else ()


def poly_gcd(p: Poly, q: Poly) -> Poly:
    """The monic greatest common divisor (zero only when both are zero)."""
    while q:
        p, q = q, poly_divmod(p, q)[1]
    return poly_monic(p)


def poly_derivative(p: Poly) -> Poly:
    return poly([i * c for i, c in enumerate(p)][1:])


def poly_eval(p: Poly, x: Fraction | int) -> Fraction:
    value = Fraction(0)
    for c in reversed(p):
        value = value * x + c
    return value


def poly_from_roots(roots, leading: Fraction | int = 1) -> Poly:
    """``leading * prod (x - r)`` over ``roots``."""
    result: Poly = (Fraction(leading),)
    for r in roots:
        result = poly_mul(result, (Fraction(-r), Fraction(1)), UNCAPPED)
    return result


def poly_to_tree(p: Poly, variable: str = "x") -> tuple:
    """The tree of ``p`` written from the highest power down: ``3*x^2 - x + 1/2``."""
    terms = []
    for power in range(len(p) - 1, -1, -1):
        c = p[power]
        if not c:
            continue
        if power == 0:
            body = number(abs(c))
        else:
            atom = ("var", variable) if power == 1 else ("pow", ("var", variable), number(power))
            body = atom if abs(c) == 1 else ("prod", ((False, number(abs(c))), (False, atom)))
        terms.append((1 if c > 0 else -1, body))
    if not terms:
        return number(0)
    first_sign, first = terms[0]
    if len(terms) == 1:
        return first if first_sign > 0 else ("neg", first)
    head = (1, first) if first_sign > 0 else (1, ("neg", first))
    return ("sum", (head, *terms[1:]))


def poly_to_text(p: Poly, variable: str = "x") -> str:
    return to_text(poly_to_tree(p, variable))


# ------------------------------------------------------------------------------------------
# rational functions


@dataclass(frozen=True)
class Rational:
    """``numerator / denominator`` (denominator nonzero); not necessarily in lowest terms."""

    numerator: Poly
    denominator: Poly

    def reduced(self) -> Rational:
        """Lowest terms with a monic denominator."""
        if not self.numerator:
            return Rational((), (Fraction(1),))
        common = poly_gcd(self.numerator, self.denominator)
        num = poly_divmod(self.numerator, common)[0]
        den = poly_divmod(self.denominator, common)[0]
        lead = den[-1]
        return Rational(poly_scale(num, 1 / lead), poly_scale(den, 1 / lead))

    def same_function(self, other: Rational, caps: Caps = DEFAULT_CAPS) -> bool:
        """Exact identity of the two rational functions (cross-multiplication)."""
        big = Caps(max_degree=2 * caps.max_degree + 2, max_bits=2 * caps.max_bits + 64)
        return poly_mul(self.numerator, other.denominator, big) == poly_mul(
            other.numerator, self.denominator, big
        )

    def derivative(self, caps: Caps = DEFAULT_CAPS) -> Rational:
        n, d = self.numerator, self.denominator
        top = poly_sub(poly_mul(poly_derivative(n), d, caps), poly_mul(n, poly_derivative(d), caps))
        return Rational(top, poly_mul(d, d, caps))


def to_rational(tree: tuple, variable: str = "x", caps: Caps = DEFAULT_CAPS) -> Rational:
    """The rational function of a tree without functions, exactly.

    Raises ``NotRational`` for functions, non-integer powers or exponents with the variable,
    ``TooLarge`` past the caps, ``SymbolicError`` for a division by the zero function."""
    for node in _walk(tree):
        if node[0] == "call":
            raise NotRational(f"{node[1]}(...) is not a rational function")
        if node[0] == "var" and node[1] != variable:
            raise SymbolicError(f"unknown variable {node[1]}")
    return _rational(tree, variable, caps, [caps.max_poly_work])


def _charge(budget: list[int], work: int) -> None:
    budget[0] -= work
    if budget[0] < 0:
        raise TooLarge("the formula needs too much polynomial arithmetic")


def _charged_mul(p: Poly, q: Poly, caps: Caps, budget: list[int]) -> Poly:
    _charge(budget, len(p) * len(q))
    return poly_mul(p, q, caps)


def _rational(tree: tuple, variable: str, caps: Caps, budget: list[int]) -> Rational:
    one = (Fraction(1),)
    kind = tree[0]
    if kind == "num":
        return Rational(poly([tree[1]]), one)
    if kind == "var":
        return Rational((Fraction(0), Fraction(1)), one)
    if kind == "neg":
        inner = _rational(tree[1], variable, caps, budget)
        return Rational(poly_neg(inner.numerator), inner.denominator)
    if kind == "sum":
        num, den = (), one
        for sign, term in tree[1]:
            part = _rational(term, variable, caps, budget)
            top = part.numerator if sign > 0 else poly_neg(part.numerator)
            if part.denominator == den:
                num = poly_add(num, top)
            else:
                num = poly_add(
                    _charged_mul(num, part.denominator, caps, budget),
                    _charged_mul(top, den, caps, budget),
                )
                den = _charged_mul(den, part.denominator, caps, budget)
            num, den = _shrink(num, den)
        return Rational(num, den)
    if kind == "prod":
        num, den = one, one
        for is_division, factor in tree[1]:
            part = _rational(factor, variable, caps, budget)
            top, bottom = part.numerator, part.denominator
            if is_division:
                if not top:
                    raise SymbolicError("division by zero")
                top, bottom = bottom, top
            num, den = _shrink(
                _charged_mul(num, top, caps, budget), _charged_mul(den, bottom, caps, budget)
            )
        return Rational(num, den)
    if kind == "pow":
        exponent = _constant_value(tree[2])
        if exponent is None or exponent.denominator != 1:
            raise NotRational("a power with a non-integer or variable exponent")
        e = exponent.numerator
        base = _rational(tree[1], variable, caps, budget)
        if not base.numerator:
            if e < 0:
                raise SymbolicError("zero raised to a negative power")
            return Rational(() if e else one, one)
        if degree(base.numerator) <= 0 and degree(base.denominator) <= 0:
            value = base.numerator[0] / base.denominator[0]
            bits = max(value.numerator.bit_length(), value.denominator.bit_length())
            if abs(value) != 1 and (bits - 1) * abs(e) > caps.max_bits:
                raise TooLarge(f"a power is too large (more than {caps.max_bits} bits)")
            return Rational(poly([value**e]), one)
        if abs(e) > caps.max_degree:
            raise TooLarge(f"a polynomial would have degree above {caps.max_degree}")
        for part in (base.numerator, base.denominator):
            _charge(budget, (degree(part) * abs(e) + 1) ** 2)
        num, den = poly_pow(base.numerator, abs(e), caps), poly_pow(base.denominator, abs(e), caps)
        return Rational(num, den) if e >= 0 else Rational(den, num)
    raise NotRational(f"unknown node {kind!r}")


def _shrink(num: Poly, den: Poly) -> tuple[Poly, Poly]:
    """Keep a constant denominator at 1 (cheap normal form for polynomials)."""
    if len(den) == 1 and den[0] != 1:
        return poly_scale(num, 1 / den[0]), (Fraction(1),)
    return num, den


def to_polynomial(tree: tuple, variable: str = "x", caps: Caps = DEFAULT_CAPS) -> Poly:
    """The polynomial of a tree, exactly; ``NotRational`` when it is not a polynomial."""
    value = to_rational(tree, variable, caps)
    quotient, remainder = poly_divmod(value.numerator, value.denominator)
    if remainder:
        raise NotRational("the formula is a rational function, not a polynomial")
    return quotient


# ------------------------------------------------------------------------------------------
# symbolic derivative (for writing reference answers; verification never needs it)


def _add(terms: list[tuple[int, tuple]]) -> tuple:
    """Sum of signed terms with nested sums flattened and constant terms folded into one."""
    kept: list[tuple[int, tuple]] = []
    constant = Fraction(0)
    for sign, term in terms:
        while term[0] == "neg":
            sign, term = -sign, term[1]
        value = _constant_value(term)
        if value is not None:
            constant += sign * value
        elif term[0] == "sum":
            kept.extend((sign * s, t) for s, t in term[1])
        else:
            kept.append((sign, term))
    if constant:
        kept.append((1 if constant > 0 else -1, number(abs(constant))))
    if not kept:
        return number(0)
    sign, first = kept[0]
    if len(kept) == 1:
        return first if sign > 0 else ("neg", first)
    head = (1, first if sign > 0 else ("neg", first))
    return ("sum", (head, *kept[1:]))


def _mul(factors: list[tuple], divisors: list[tuple] = ()) -> tuple:
    """Product of ``factors`` divided by ``divisors``, with nested products flattened, numbers
    folded into one coefficient and signs pulled out in front."""
    coefficient = Fraction(1)
    top: list[tuple] = []
    bottom: list[tuple] = []

    def absorb(item: tuple, dividing: bool) -> None:
        nonlocal coefficient
        while item[0] == "neg":
            coefficient, item = -coefficient, item[1]
        if item[0] == "num":
            coefficient = coefficient / item[1] if dividing else coefficient * item[1]
        elif item[0] == "prod":
            for is_division, inner in item[1]:
                absorb(inner, dividing != is_division)
        else:
            (bottom if dividing else top).append(item)

    for item in factors:
        absorb(item, False)
    for item in divisors:
        absorb(item, True)
    if coefficient == 0:
        return number(0)
    size = abs(coefficient)
    kept: list[tuple[bool, tuple]] = []
    if size.numerator != 1 or not top:
        kept.append((False, number(size.numerator)))
    kept.extend((False, item) for item in top)
    kept.extend((True, item) for item in bottom)
    if size.denominator != 1:
        kept.append((True, number(size.denominator)))
    body = kept[0][1] if len(kept) == 1 else ("prod", tuple(kept))
    return ("neg", body) if coefficient < 0 else body


def _power(base: tuple, exponent: Fraction) -> tuple:
    if exponent == 1:
        return base
    if exponent == 0:
        return number(1)
    return ("pow", base, number(exponent))


def derivative(tree: tuple, variable: str = "x") -> tuple:
    """d/d``variable`` of ``tree`` as a tree (chain, product and quotient rules, numbers folded).

    For writing reference answers of generated formulas; model answers are checked numerically
    (``is_antiderivative``, ``equivalent``), never by building their derivative."""
    kind = tree[0]
    if kind == "num":
        return number(0)
    if kind == "var":
        return number(1 if tree[1] == variable else 0)
    if kind == "neg":
        return _add([(-1, derivative(tree[1], variable))])
    if kind == "sum":
        return _add([(sign, derivative(term, variable)) for sign, term in tree[1]])
    if kind == "prod":
        factors = [f for d, f in tree[1] if not d]
        divisors = [f for d, f in tree[1] if d]
        numerator = _mul(factors) if len(factors) > 1 else factors[0]
        if divisors:
            denominator = _mul(divisors) if len(divisors) > 1 else divisors[0]
            top = _add(
                [
                    (1, _mul([derivative(numerator, variable), denominator])),
                    (-1, _mul([numerator, derivative(denominator, variable)])),
                ]
            )
            if top == number(0):
                return top
            return _mul([top], [_power(denominator, Fraction(2))])
        terms = []
        for i, factor in enumerate(factors):
            inner = derivative(factor, variable)
            if inner != number(0):
                terms.append((1, _mul([*factors[:i], inner, *factors[i + 1 :]])))
        return _add(terms)
    if kind == "pow":
        base, exponent_tree = tree[1], tree[2]
        inner = derivative(base, variable)
        exponent = _constant_value(exponent_tree)
        if exponent is not None:
            if inner == number(0):
                return number(0)
            return _mul([number(exponent), _power(base, exponent - 1), inner])
        outer = derivative(exponent_tree, variable)
        log_term = _mul([outer, ("call", "ln", base)])
        ratio = _mul([exponent_tree, inner], [base])
        return _mul([tree, _add([(1, log_term), (1, ratio)])])
    if kind == "call":
        name, argument = tree[1], tree[2]
        inner = derivative(argument, variable)
        if inner == number(0):
            return number(0)
        if name == "exp":
            return _mul([tree, inner])
        if name in ("ln", "log"):
            return _mul([inner], [argument])
        if name == "sin":
            return _mul([("call", "cos", argument), inner])
        if name == "cos":
            return _mul([number(-1), ("call", "sin", argument), inner])
        if name == "tan":
            return _mul([inner], [("pow", ("call", "cos", argument), number(2))])
        if name == "sqrt":
            return _mul([inner], [number(2), tree])
        raise SymbolicError(f"no derivative rule for {name}")
    raise SymbolicError(f"unknown node {kind!r}")


# ------------------------------------------------------------------------------------------
# the bounded symbolic check: canonical forms over atoms

Monomial = tuple[tuple[str, int], ...]  # sorted (atom, exponent) pairs, exponents nonzero
Canonical = dict[Monomial, Fraction]


def canonical_form(tree: tuple, variable: str = "x", caps: Caps = DEFAULT_CAPS) -> Canonical:
    """The formula as a sum of ``coefficient * prod atom^exponent`` (``TooLarge`` past the caps).

    Atoms are the variable and kernels named by the canonical form of what they contain:
    ``sin(...)``, ``exp(...)``, a power with a non-integer or variable exponent, and the inverse
    of a divisor that is not a single monomial. Equal forms mean equal functions."""
    return _canonical(tree, variable, caps, [caps.max_products])


def _key(form: Canonical) -> str:
    return ";".join(
        f"{c}:" + ",".join(f"{a}^{e}" for a, e in m)
        for m, c in sorted(form.items(), key=lambda item: repr(item[0]))
    )


def _atom(name: str) -> Canonical:
    return {((name, 1),): Fraction(1)}


def _form_mul(a: Canonical, b: Canonical, caps: Caps, budget: list[int]) -> Canonical:
    budget[0] -= len(a) * len(b)
    if budget[0] < 0:
        raise TooLarge("the formula has too many products to expand")
    result: Canonical = {}
    for ma, ca in a.items():
        for mb, cb in b.items():
            powers = dict(ma)
            for atom, e in mb:
                powers[atom] = powers.get(atom, 0) + e
                if abs(powers[atom]) > caps.max_degree:
                    raise TooLarge("an exponent is too large to expand")
            monomial = tuple(sorted((k, v) for k, v in powers.items() if v))
            result[monomial] = result.get(monomial, 0) + ca * cb
    result = {m: c for m, c in result.items() if c}
    return _check_form(result, caps)


def _check_form(form: Canonical, caps: Caps) -> Canonical:
    if len(form) > caps.max_terms:
        raise TooLarge(f"more than {caps.max_terms} terms")
    for c in form.values():
        if c.numerator.bit_length() > caps.max_bits or c.denominator.bit_length() > caps.max_bits:
            raise TooLarge(f"a coefficient has more than {caps.max_bits} bits")
    return form


def _form_inverse(form: Canonical, caps: Caps) -> Canonical:
    if not form:
        raise SymbolicError("division by zero")
    if len(form) == 1:
        ((monomial, c),) = form.items()
        return {tuple((a, -e) for a, e in monomial): 1 / c}
    return _atom(f"inv({_key(form)})")


def _canonical(tree: tuple, variable: str, caps: Caps, budget: list[int]) -> Canonical:
    kind = tree[0]
    if kind == "num":
        return {(): tree[1]} if tree[1] else {}
    if kind == "var":
        return _atom(tree[1])
    if kind == "neg":
        return {m: -c for m, c in _canonical(tree[1], variable, caps, budget).items()}
    if kind == "sum":
        result: Canonical = {}
        for sign, term in tree[1]:
            for m, c in _canonical(term, variable, caps, budget).items():
                result[m] = result.get(m, 0) + sign * c
        return _check_form({m: c for m, c in result.items() if c}, caps)
    if kind == "prod":
        result = {(): Fraction(1)}
        for is_division, factor in tree[1]:
            part = _canonical(factor, variable, caps, budget)
            result = _form_mul(
                result, _form_inverse(part, caps) if is_division else part, caps, budget
            )
        return result
    if kind == "pow":
        exponent = _constant_value(tree[2])
        base = _canonical(tree[1], variable, caps, budget)
        if exponent is not None and exponent.denominator == 1:
            e = exponent.numerator
            if abs(e) > caps.max_degree:
                raise TooLarge("an exponent is too large to expand")
            if e < 0:
                base, e = _form_inverse(base, caps), -e
            result = {(): Fraction(1)}
            for _ in range(e):
                result = _form_mul(result, base, caps, budget)
            return result
        return _atom(f"pow({_key(base)}|{_key(_canonical(tree[2], variable, caps, budget))})")
    if kind == "call":
        name = "ln" if tree[1] == "log" else tree[1]
        return _atom(f"{name}({_key(_canonical(tree[2], variable, caps, budget))})")
    raise SymbolicError(f"unknown node {kind!r}")


# ------------------------------------------------------------------------------------------
# numeric evaluation with decimal (values and derivatives)

_CONTEXT = decimal.Context(
    prec=PRECISION,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=MAX_EXPONENT,
    Emin=-MAX_EXPONENT,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_GUARD = 60  # extra digits for argument reduction of sin/cos and for pi
_PI: Decimal


def _compute_pi(digits: int) -> Decimal:
    """pi by Machin's formula, 16 atan(1/5) - 4 atan(1/239), at ``digits`` digits."""
    context = decimal.Context(prec=digits + 5)

    def arctan_inverse(n: int) -> Decimal:
        x = context.divide(Decimal(1), Decimal(n))
        square = context.multiply(x, x)
        total, term, k = x, x, 1
        while True:
            term = context.multiply(term, square)
            piece = context.divide(term, Decimal(2 * k + 1))
            if piece.is_zero() or piece.adjusted() < -(digits + 5):
                return total
            total = context.subtract(total, piece) if k % 2 else context.add(total, piece)
            k += 1

    return context.subtract(
        context.multiply(Decimal(16), arctan_inverse(5)),
        context.multiply(Decimal(4), arctan_inverse(239)),
    )


_PI = _compute_pi(PRECISION + _GUARD)


_HALF_PI = decimal.Context(prec=PRECISION + _GUARD).divide(_PI, Decimal(2))
_SERIES = decimal.Context(prec=PRECISION + 10)
_SERIES_LIMIT = Decimal(10) ** -(PRECISION + 8)


def _sin_cos(x: Decimal) -> tuple[Decimal, Decimal]:
    """(sin x, cos x) to the working precision; ``Undefined`` for |x| > 10^40 (not reliable).

    x is reduced by a multiple of pi/2 to |r| <= pi/4 (with as many extra digits as x has
    before the point), then both series are summed from the one sequence r^k / k!."""
    if x.is_zero():
        return Decimal(0), Decimal(1)
    if x.adjusted() > 40:
        raise Undefined("the argument of sin/cos/tan is too large")
    reduction = decimal.Context(prec=PRECISION + max(x.adjusted(), 0) + 10)
    quarter = reduction.to_integral_value(reduction.divide(x, _HALF_PI))
    c = _SERIES
    r = c.plus(reduction.subtract(x, reduction.multiply(quarter, _HALF_PI)))
    term = Decimal(1)
    sums = [Decimal(1), Decimal(0)]  # cos, sin
    k = 0
    while True:
        k += 1
        term = c.divide(c.multiply(term, r), k)
        if k % 4 in (2, 3):
            sums[k % 2] = c.subtract(sums[k % 2], term)
        else:
            sums[k % 2] = c.add(sums[k % 2], term)
        if abs(term) < _SERIES_LIMIT:
            break
    cos_sum, sin_sum = sums
    turn = int(quarter) % 4
    s, co = (
        (sin_sum, cos_sum),
        (cos_sum, -sin_sum),
        (-sin_sum, -cos_sum),
        (-cos_sum, sin_sum),
    )[turn]
    return _CONTEXT.plus(s), _CONTEXT.plus(co)


def _decimal(value: Fraction) -> Decimal:
    return _CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))


class _Evaluator:
    """Evaluates one tree at points; exact constants and constant exponents prepared once."""

    def __init__(self, tree: tuple, variable: str, caps: Caps):
        self.tree = tree
        self.variable = variable
        self.caps = caps
        self.constant_exponents: dict[int, Fraction | None] = {}
        for node in _walk(tree):
            if node[0] == "var" and node[1] != variable:
                raise SymbolicError(f"unknown variable {node[1]}")
            if node[0] == "call" and node[1] not in ELEMENTARY_FUNCTIONS:
                raise SymbolicError(f"unknown function {node[1]}")
            if node[0] == "pow":
                exponent = node[2]
                if not has_variable(exponent):
                    self.constant_exponents[id(node)] = _constant_value(exponent)
        self.calls = 0

    def at(self, x: Fraction, with_derivative: bool) -> tuple[Decimal, Decimal]:
        self.calls = 0
        self.x = _decimal(x)
        self.with_derivative = with_derivative
        try:
            value, slope = self.node(self.tree)
        except (
            decimal.InvalidOperation,
            decimal.DivisionByZero,
            decimal.Overflow,
            ZeroDivisionError,
        ):
            raise Undefined("undefined or too large") from None
        return value, slope

    def charge(self) -> None:
        self.calls += 1
        if self.calls > self.caps.max_function_calls:
            raise TooLarge(
                f"the formula needs more than {self.caps.max_function_calls} function evaluations"
            )

    def node(self, tree: tuple) -> tuple[Decimal, Decimal]:
        c = _CONTEXT
        zero = Decimal(0)
        kind = tree[0]
        if kind == "num":
            return _decimal(tree[1]), zero
        if kind == "var":
            return self.x, Decimal(1)
        if kind == "neg":
            v, d = self.node(tree[1])
            return c.minus(v), c.minus(d)
        if kind == "sum":
            value, slope = zero, zero
            for sign, term in tree[1]:
                v, d = self.node(term)
                if sign > 0:
                    value, slope = c.add(value, v), c.add(slope, d)
                else:
                    value, slope = c.subtract(value, v), c.subtract(slope, d)
            return value, slope
        if kind == "prod":
            value, slope = Decimal(1), zero
            for is_division, factor in tree[1]:
                v, d = self.node(factor)
                if is_division:
                    if v.is_zero():
                        raise Undefined("division by zero")
                    if self.with_derivative:
                        slope = c.divide(
                            c.subtract(c.multiply(slope, v), c.multiply(value, d)), c.multiply(v, v)
                        )
                    value = c.divide(value, v)
                else:
                    if self.with_derivative:
                        slope = c.add(c.multiply(slope, v), c.multiply(value, d))
                    value = c.multiply(value, v)
            return value, slope
        if kind == "pow":
            return self.power(tree)
        if kind == "call":
            return self.call(tree[1], *self.node(tree[2]))
        raise SymbolicError(f"unknown node {kind!r}")

    def power(self, tree: tuple) -> tuple[Decimal, Decimal]:
        c = _CONTEXT
        base, base_slope = self.node(tree[1])
        if id(tree) in self.constant_exponents:
            exact = self.constant_exponents[id(tree)]
            if exact is not None and exact.denominator == 1:
                e = exact.numerator
                if base.is_zero() and e < 0:
                    raise Undefined("zero raised to a negative power")
                if e == 0:
                    value = Decimal(1)
                elif abs(e) > 10**12:
                    if abs(base) == 1:
                        value = Decimal(1) if base > 0 or e % 2 == 0 else Decimal(-1)
                    else:
                        raise Undefined("a power is too large to evaluate")
                else:
                    value = c.power(base, Decimal(e))
                slope = Decimal(0)
                if self.with_derivative and not base_slope.is_zero():
                    if e == 0:
                        slope = Decimal(0)
                    else:
                        below = c.power(base, Decimal(e - 1))
                        slope = c.multiply(c.multiply(Decimal(e), below), base_slope)
                return value, slope
            exponent, _ = self.node(tree[2])
            exponent_slope = Decimal(0)
        else:
            exponent, exponent_slope = self.node(tree[2])
        if base <= 0:
            raise Undefined("a non-integer power of a number that is not positive")
        self.charge()
        log_base = c.ln(base)
        value = c.exp(c.multiply(exponent, log_base))
        slope = Decimal(0)
        if self.with_derivative:
            inner = c.add(
                c.multiply(exponent_slope, log_base),
                c.divide(c.multiply(exponent, base_slope), base),
            )
            slope = c.multiply(value, inner)
        return value, slope

    def call(self, name: str, v: Decimal, d: Decimal) -> tuple[Decimal, Decimal]:
        c = _CONTEXT
        self.charge()
        want = self.with_derivative
        if name == "exp":
            value = c.exp(v)
            return value, c.multiply(value, d) if want else Decimal(0)
        if name in ("ln", "log"):
            if v <= 0:
                raise Undefined("logarithm of a number that is not positive")
            return c.ln(v), c.divide(d, v) if want else Decimal(0)
        if name == "sqrt":
            if v < 0:
                raise Undefined("square root of a negative number")
            root = c.sqrt(v)
            if want and not d.is_zero():
                if root.is_zero():
                    raise Undefined("sqrt is not differentiable at 0")
                return root, c.divide(d, c.multiply(Decimal(2), root))
            return root, Decimal(0)
        s, co = _sin_cos(v)
        if name == "sin":
            return s, c.multiply(co, d) if want else Decimal(0)
        if name == "cos":
            return co, c.minus(c.multiply(s, d)) if want else Decimal(0)
        if name == "tan":
            if co.is_zero():
                raise Undefined("tan at a pole")
            return c.divide(s, co), c.divide(d, c.multiply(co, co)) if want else Decimal(0)
        raise SymbolicError(f"unknown function {name}")


def evaluate_decimal(
    tree: tuple,
    x: Fraction | int,
    *,
    variable: str = "x",
    with_derivative: bool = False,
    caps: Caps = DEFAULT_CAPS,
) -> tuple[Decimal, Decimal]:
    """(value, d/dx value) of ``tree`` at ``x`` to ``PRECISION`` digits (the derivative is 0
    unless asked for). ``Undefined`` where the formula has no finite real value."""
    return _Evaluator(tree, variable, caps).at(Fraction(x), with_derivative)


# ------------------------------------------------------------------------------------------
# comparing formulas


@dataclass(frozen=True)
class Judgement:
    """Whether two formulas agree, how that was decided, and a reason for a disagreement."""

    equal: bool
    method: str  # "exact", "symbolic" or "numeric"
    reason: str = ""


def _close(a: Decimal, b: Decimal) -> bool:
    c = _CONTEXT
    scale = max(Decimal(1), abs(a), abs(b))
    return c.compare(abs(c.subtract(a, b)), c.multiply(TOLERANCE, scale)) <= 0


def sample_points(salt: str, low: Fraction, high: Fraction, count: int) -> list[Fraction]:
    """``count`` distinct rationals strictly inside (low, high), drawn from a hash of ``salt``."""
    seed = int.from_bytes(hashlib.sha256(salt.encode("utf-8", "replace")).digest()[:8], "big")
    rng = random.Random(seed)
    points: list[Fraction] = []
    for _ in range(50 * count):
        if len(points) == count:
            break
        denominator = rng.randint(11, 97)
        span = (high - low) * denominator
        numerator = rng.randint(1, max(int(span) - 1, 1))
        point = low + Fraction(numerator, denominator)
        if low < point < high and point not in points:
            points.append(point)
    return points


def _numeric_judgement(
    reference: _Evaluator,
    candidate: _Evaluator,
    reference_slope: bool,
    candidate_slope: bool,
    salt: str,
    low: Fraction,
    high: Fraction,
    points: int,
    what: str,
) -> Judgement:
    compared = 0
    for x in sample_points(salt, low, high, 4 * points):
        try:
            value, slope = reference.at(x, reference_slope)
        except Undefined:
            continue
        target = slope if reference_slope else value
        try:
            value, slope = candidate.at(x, candidate_slope)
        except Undefined:
            return Judgement(False, "numeric", f"{what} is undefined at x = {x}")
        except SymbolicError as exc:  # over a work cap
            return Judgement(False, "numeric", f"{what} cannot be evaluated: {exc}")
        got = slope if candidate_slope else value
        if not _close(target, got):
            return Judgement(False, "numeric", f"{what} has a different value at x = {x}")
        compared += 1
        if compared == points:
            return Judgement(True, "numeric")
    if compared:
        return Judgement(True, "numeric")
    return Judgement(False, "numeric", "the formulas could not be compared on the interval")


def equivalent(
    reference: tuple,
    candidate: tuple,
    *,
    variable: str = "x",
    low: Fraction = Fraction(1, 4),
    high: Fraction = Fraction(3),
    points: int = 5,
    caps: Caps = DEFAULT_CAPS,
) -> Judgement:
    """Do the two formulas define the same function on (low, high)?

    Exact for rational functions (within the caps); otherwise equal canonical forms prove it,
    and else the values at ``points`` rational points where ``reference`` is defined decide
    (``candidate`` must be defined and agree to ``TOLERANCE`` relative there). A candidate past
    the work caps is judged different, with the reason."""
    if not has_functions(reference) and not has_functions(candidate):
        try:
            a = to_rational(reference, variable, caps)
            b = to_rational(candidate, variable, caps)
            if a.same_function(b, caps):
                return Judgement(True, "exact")
            return Judgement(False, "exact", "the formulas are different rational functions")
        except NotRational:
            pass
        except TooLarge:
            pass
        except SymbolicError as exc:
            return Judgement(False, "exact", str(exc))
    try:
        if canonical_form(reference, variable, caps) == canonical_form(candidate, variable, caps):
            return Judgement(True, "symbolic")
    except SymbolicError:
        pass
    salt = to_text(reference) + "\n" + to_text(candidate)
    return _numeric_judgement(
        _Evaluator(reference, variable, caps),
        _Evaluator(candidate, variable, caps),
        False,
        False,
        salt,
        low,
        high,
        points,
        "the formula",
    )


def is_antiderivative(
    candidate: tuple,
    integrand: tuple,
    *,
    variable: str = "x",
    low: Fraction = Fraction(1, 4),
    high: Fraction = Fraction(3),
    points: int = 5,
    caps: Caps = DEFAULT_CAPS,
) -> Judgement:
    """Is d/dx ``candidate`` the same function as ``integrand`` on (low, high)?

    Exact when both are rational functions; otherwise the derivative of ``candidate`` is
    evaluated numerically (dual numbers) at points where ``integrand`` is defined."""
    if not has_functions(candidate) and not has_functions(integrand):
        try:
            slope = to_rational(candidate, variable, caps).derivative(caps)
            target = to_rational(integrand, variable, caps)
            if slope.same_function(target, caps):
                return Judgement(True, "exact")
            return Judgement(False, "exact", "its derivative is a different rational function")
        except (NotRational, TooLarge):
            pass
        except SymbolicError as exc:
            return Judgement(False, "exact", str(exc))
    salt = to_text(integrand) + "\n" + to_text(candidate)
    return _numeric_judgement(
        _Evaluator(integrand, variable, caps),
        _Evaluator(candidate, variable, caps),
        False,
        True,
        salt,
        low,
        high,
        points,
        "the derivative of the formula",
    )


def parse_formula(text: str, variable: str = "x", **overrides) -> tuple:
    """``parse_expression`` with ``elementary_rules`` (a convenience for environments)."""
    return parse_expression(text, elementary_rules(variable, **overrides))


# ------------------------------------------------------------------------------------------
# random elementary functions (for generators)

#: functions a random formula may use, with weights (tan is rarer: its poles make it spiky)
_RANDOM_FUNCTIONS = (("exp", 3), ("ln", 3), ("sin", 4), ("cos", 4), ("sqrt", 3), ("tan", 1))
#: grid where every piece of a random formula must be defined, moderate, and moderately steep
_GRID = tuple(Fraction(k, 8) for k in (3, 6, 8, 9, 13, 16, 17, 22))
_PIECE_LIMIT = Decimal(10) ** 4


def well_behaved(tree: tuple, variable: str = "x", limit: Decimal = _PIECE_LIMIT) -> bool:
    """Defined at the grid points of (1/4, 3), with |value| and |derivative| below ``limit``."""
    try:
        evaluator = _Evaluator(tree, variable, Caps(max_function_calls=10**6))
        for point in _GRID:
            value, slope = evaluator.at(point, True)
            if abs(value) > limit or abs(slope) > limit:
                return False
    except SymbolicError:
        return False
    return True


def _random_piece(rng: random.Random, operations: int, variable: str) -> tuple:
    """A random formula with exactly ``operations`` operations (a function application, a
    power, a scaling, a shift, or a binary operation each count as one)."""
    x = ("var", variable)
    if operations == 0:
        return x
    kind = rng.choices(("call", "pow", "scale", "shift", "binary"), (5, 2, 1, 1, 3))[0]
    if kind == "binary" and operations == 1:
        kind = "call"
    if kind == "call":
        names, weights = zip(*_RANDOM_FUNCTIONS, strict=True)
        return (
            "call",
            rng.choices(names, weights)[0],
            _random_piece(rng, operations - 1, variable),
        )
    inner_ops = operations - 1
    if kind == "pow":
        return ("pow", _random_piece(rng, inner_ops, variable), number(rng.choice((2, 3, -1, -2))))
    if kind == "scale":
        return _mul([number(rng.randint(2, 9)), _random_piece(rng, inner_ops, variable)])
    if kind == "shift":
        sign = rng.choice((1, -1))
        return (
            "sum",
            ((1, _random_piece(rng, inner_ops, variable)), (sign, number(rng.randint(1, 9)))),
        )
    left_ops = rng.randint(0, inner_ops)
    left = _random_piece(rng, left_ops, variable)
    right = _random_piece(rng, inner_ops - left_ops, variable)
    op = rng.choice("+-*/")
    if op in "+-":
        return ("sum", ((1, left), (1 if op == "+" else -1, right)))
    return ("prod", ((False, left), (op == "/", right)))


def _checked_piece(rng: random.Random, operations: int, variable: str) -> tuple:
    for _ in range(40):
        piece = _random_piece(rng, operations, variable)
        if has_variable(piece) and well_behaved(piece, variable):
            return piece
    # surely defined and moderate: sin(sin(...sin(x)))
    piece: tuple = ("var", variable)
    for _ in range(operations):
        piece = ("call", "sin", piece)
    return piece


def random_elementary_function(
    rng: random.Random, operations: int, variable: str = "x", max_piece: int = 4
) -> tuple:
    """A random formula with ``operations`` operations (at least 1) that is defined and moderate
    on (1/4, 3). Pieces of at most ``max_piece`` operations are drawn and checked one by one and
    joined into one flat sum of pieces and products of two pieces (each join counts as an
    operation), so that large formulas stay well-behaved and shallow without a global search."""
    sizes = []
    remaining = operations
    while remaining > max_piece:
        size = rng.randint(1, min(max_piece, remaining - 2))
        sizes.append(size)
        remaining -= size + 1
    sizes.append(remaining)
    terms: list[tuple[int, tuple]] = []
    for size in sizes:
        piece = _checked_piece(rng, size, variable)
        join = rng.choices("+-*", (6, 3, 2))[0] if terms else "+"
        if join == "*" and terms[-1][1][0] != "prod":
            sign, previous = terms[-1]
            terms[-1] = (sign, ("prod", ((False, previous), (False, piece))))
        else:
            terms.append((-1 if join == "-" else 1, piece))
    if len(terms) == 1 and terms[0][0] > 0:
        return terms[0][1]
    return ("sum", tuple(terms))


def poly_to_compact_text(p: Poly, variable: str = "x") -> str:
    """An integer polynomial written from the highest power down without ``*``: ``3x^4 - x + 7``."""
    parts = []
    for power in range(len(p) - 1, -1, -1):
        c = p[power]
        if not c:
            continue
        if c.denominator != 1:
            raise ValueError("poly_to_compact_text writes integer coefficients only")
        size = abs(c.numerator)
        if power == 0:
            body = str(size)
        else:
            atom = variable if power == 1 else f"{variable}^{power}"
            body = atom if size == 1 else f"{size}{atom}"
        sign = "-" if c < 0 else "+"
        parts.append((sign, body))
    if not parts:
        return "0"
    first_sign, first = parts[0]
    text = ("-" if first_sign == "-" else "") + first
    return text + "".join(f" {sign} {body}" for sign, body in parts[1:])


# ------------------------------------------------------------------------------------------
# formula answers (shared by the symbolic environments)


def function_calls(tree: tuple) -> int:
    """Function applications and non-integer powers: what numeric evaluation pays for."""
    return sum(1 for node in _walk(tree) if node[0] in ("call", "pow"))


def answer_caps(reference: tuple) -> Caps:
    """Caps for judging an answer against ``reference``: room for a few times the reference's
    work, and never less than the default (so verification time follows the instance size)."""
    return Caps(
        max_function_calls=max(DEFAULT_CAPS.max_function_calls, 3 * function_calls(reference))
    )


def parse_formula_answer(text: str, reference_text: str, variable: str = "x") -> tuple:
    """The tree of a model's formula answer, or ``ParseError`` with the reason; answers may be a
    few times longer than the reference formula (at least the ``elementary_rules`` limits)."""
    from .answers import ParseError

    rules = elementary_rules(
        variable,
        max_chars=max(4_000, 4 * len(reference_text)),
        max_nodes=max(1_000, 4 * len(reference_text) // 3),
    )
    try:
        return parse_expression(text, rules)
    except ExpressionError as exc:
        raise ParseError(str(exc)) from None


FORMULA_SYNTAX = (
    "Write the formula in x with numbers, x, + - * / ^ (** also means power), parentheses and "
    "the functions exp, ln (the natural logarithm; log means the same), sin, cos, tan and sqrt, "
    "each with its argument in parentheses. A product may be written 2*x or 2x."
)

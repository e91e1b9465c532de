"""The constraint solver against brute force: random small models of every constraint kind."""

from __future__ import annotations

import functools
import itertools
import random

import pytest

from rlve_gym.kernels.constraint_solver import ConstraintModel


def random_model(rng: random.Random):
    """A random model of 3-5 variables over a few values, with its constraints as plain checks."""
    num_vars = rng.randint(3, 5)
    low = rng.randint(-2, 2)
    high = low + rng.randint(1, 3)
    model = ConstraintModel(num_vars, low, high)
    checks = []
    domains = [set(range(low, high + 1)) for _ in range(num_vars)]
    for _ in range(rng.randint(1, 4)):
        scope = rng.sample(range(num_vars), rng.randint(2, num_vars))
        kind = rng.choice(("all_different", "linear", "linear", "table", "restrict"))
        if kind == "all_different":
            model.all_different(scope)
            checks.append(lambda a, s=scope: len({a[v] for v in s}) == len(s))
        elif kind == "linear":
            coefs = [rng.choice((-3, -2, -1, 1, 2, 3)) for _ in scope]
            lo = rng.choice((None, rng.randint(-8, 8)))
            hi = rng.choice((None, rng.randint(-8, 8)))
            model.linear(scope, coefs, lo, hi)

            def linear_ok(a, s=scope, k=coefs, lo=lo, hi=hi):
                total = sum(c * a[v] for c, v in zip(k, s))
                return (lo is None or total >= lo) and (hi is None or total <= hi)

            checks.append(linear_ok)
        elif kind == "table":
            values = range(low - 1, high + 1)  # some tuples use a value outside the domain
            rows = {tuple(rng.choice(values) for _ in scope) for _ in range(rng.randint(0, 6))}
            model.table(scope, sorted(rows))
            checks.append(lambda a, s=scope, r=rows: tuple(a[v] for v in s) in r)
        else:
            var = scope[0]
            keep = rng.sample(range(low, high + 1), rng.randint(1, high - low + 1))
            model.restrict(var, keep)
            domains[var] &= set(keep)
    return model, checks, domains


def brute_force(checks, domains):
    return [
        list(a)
        for a in itertools.product(*(sorted(d) for d in domains))
        if all(check(a) for check in checks)
    ]


@pytest.mark.parametrize("seed", range(400))
def test_solutions_match_brute_force(seed):
    rng = random.Random(seed)
    model, checks, domains = random_model(rng)
    expected = brute_force(checks, domains)
    found = list(model.iter_solutions())
    assert sorted(found) == sorted(expected)
    assert len(found) == len({tuple(s) for s in found})  # each solution once
    assert model.count_solutions(2) == min(len(expected), 2)
    result = model.search(1)
    assert result.complete and (
        result.solution in expected if expected else result.solution is None
    )
    unique = model.unique_solution()
    assert unique == (expected[0] if len(expected) == 1 else None)
    # propagation never loses a solution
    candidates = model.propagate()
    if candidates is None:
        assert not expected
    else:
        for solution in expected:
            assert all(value in candidates[v] for v, value in enumerate(solution))
    # extra givens and a filter on complete assignments
    var = rng.randrange(len(domains))
    value = rng.randint(model.low, model.high)
    given = [s for s in expected if s[var] == value]
    assert model.count_solutions(100, fixed={var: value}) == min(len(given), 100)
    even = [s for s in expected if sum(s) % 2 == 0]
    assert model.count_solutions(3, accept=lambda s: sum(s) % 2 == 0) == min(len(even), 3)


@pytest.mark.parametrize("n", (2, 3, 4))
def test_latin_squares_are_counted_exactly(n):
    model = ConstraintModel(n * n, 1, n)
    for i in range(n):
        model.all_different([i * n + j for j in range(n)])
        model.all_different([j * n + i for j in range(n)])
    assert model.count_solutions(10_000) == {2: 2, 3: 12, 4: 576}[n]


def test_magic_squares_of_order_three():
    model = ConstraintModel(9, 1, 9).all_different(range(9))
    lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]]
    for line in lines:
        model.linear(line, lo=15, hi=15)
    solutions = list(model.iter_solutions())
    expected = [
        list(p)
        for p in itertools.permutations(range(1, 10))
        if all(sum(p[i] for i in line) == 15 for line in lines)
    ]
    assert sorted(solutions) == sorted(expected) and len(solutions) == 8


def test_a_hard_sudoku_is_solved_and_proven_unique():
    puzzle = "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4.."
    model = ConstraintModel(81, 1, 9)
    for i in range(9):
        model.all_different([i * 9 + j for j in range(9)])
        model.all_different([j * 9 + i for j in range(9)])
        r, c = i // 3 * 3, i % 3 * 3
        model.all_different([(r + a) * 9 + c + b for a in range(3) for b in range(3)])
    givens = {i: int(ch) for i, ch in enumerate(puzzle) if ch != "."}
    solution = model.unique_solution(givens)
    assert "".join(map(str, solution)).startswith("812753649943682175675491283")
    assert all(solution[i] == v for i, v in givens.items())
    assert model.search(2, givens, max_nodes=3).complete is False
    assert model.count_solutions(2, givens, max_nodes=3) == 2  # unproven counts as ambiguous
    with pytest.raises(RuntimeError):
        list(model.iter_solutions(givens, max_nodes=3))


def test_random_value_order_gives_different_valid_solutions():
    model = ConstraintModel(16, 1, 4)
    for i in range(4):
        model.all_different([i * 4 + j for j in range(4)])
        model.all_different([j * 4 + i for j in range(4)])
    squares = {tuple(model.shuffle_values(random.Random(s)).solve()) for s in range(20)}
    assert len(squares) > 5
    for square in squares:
        assert all(len({square[i * 4 + j] for j in range(4)}) == 4 for i in range(4))
    natural = model.shuffle_values(None).solve()
    assert natural[:4] == [1, 2, 3, 4] and natural == model.solve()


def test_deep_searches_grow_their_stack():
    model = ConstraintModel(150, 0, 1)  # no constraints: every variable is a branching level
    assert model.solve() == [0] * 150
    assert model.count_solutions(5) == 5
    model.linear(range(150), lo=150, hi=150)
    assert model.unique_solution() == [1] * 150


def test_contradictions_and_bad_input():
    model = ConstraintModel(3, 1, 2).all_different([0, 1, 2])  # pigeonhole
    assert model.count_solutions() == 0 and model.propagate() is None and model.solve() is None
    model = ConstraintModel(2, 0, 3).table([0, 1], [])
    assert model.count_solutions() == 0
    assert ConstraintModel(2, 0, 3).count_solutions(2, fixed={0: 9}) == 0  # value outside
    with pytest.raises(ValueError):
        ConstraintModel(2, 0, 63)
    with pytest.raises(ValueError):
        ConstraintModel(2, 0, 3).all_different([0, 0])
    with pytest.raises(ValueError):
        ConstraintModel(2, 0, 3).linear([0, 2])
    with pytest.raises(ValueError):
        ConstraintModel(2, 0, 3).table([0, 1], [(1,)])


@functools.cache
def all_latin_squares(n):
    """Every n x n Latin square as a flat tuple, from rows that are permutations."""
    rows = list(itertools.permutations(range(1, n + 1)))
    return [
        tuple(x for row in square for x in row)
        for square in itertools.product(rows, repeat=n)
        if all(len({square[r][c] for r in range(n)}) == n for c in range(n))
    ]


def latin_completions(n, givens):
    """Every n x n Latin square agreeing with ``givens`` (cell -> value)."""
    return [
        list(cells)
        for cells in all_latin_squares(n)
        if all(cells[v] == x for v, x in givens.items())
    ]


def latin(n):
    model = ConstraintModel(n * n, 1, n)
    for i in range(n):
        model.all_different([i * n + j for j in range(n)])
        model.all_different([j * n + i for j in range(n)])
    return model


@pytest.mark.parametrize("seed", range(6))
def test_removed_and_added_clues_leave_exactly_one_latin_square(seed):
    rng = random.Random(seed)
    model = latin(4)
    planted = model.shuffle_values(rng).solve()
    model.shuffle_values(None)
    order = rng.sample(range(16), 16)
    for budget in (0, None):
        kept = model.remove_clues(planted, order, max_nodes=budget)
        givens = {v: planted[v] for v in kept}
        assert latin_completions(4, givens) == [planted]
        # every single further removal would make it ambiguous when searching without limit
        if budget is None:
            for v in kept:
                fewer = {k: x for k, x in givens.items() if k != v}
                assert len(latin_completions(4, fewer)) > 1
    few = model.remove_clues(planted, order, target=3)
    assert len(few) == 13 and latin_completions(4, {v: planted[v] for v in few}) == [planted]
    added = model.add_clues_until_unique(planted, rng=rng)
    assert latin_completions(4, {v: planted[v] for v in added}) == [planted]
    assert model.add_clues_until_unique(planted, max_clues=0) is None

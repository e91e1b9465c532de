"""EqualConcatenationOrder: order N string pairs so that the top strings and the bottom strings
spell the same word (Post's correspondence problem where every pair is used exactly once).

N pairs (A_i, B_i) of strings over {a, b} are given. The solver gives an order p_1, ..., p_N of
the indices 1..N, each used exactly once, such that A_{p_1} A_{p_2} ... A_{p_N} (written one
after another) equals B_{p_1} B_{p_2} ... B_{p_N}. Every such order is accepted; the checker
concatenates both sides. The top strings have the same total length as the bottom strings, so
only the order matters.

Generation cuts one random word W two ways into N pieces, pairs the k-th top piece with the
k-th bottom piece and shuffles the pairs; the order that undoes the shuffle is the reference.
The in-order (1 2 ... N) and reversed orders are never valid (redrawn). At N <= 8 the valid
orders are counted by a depth-first search that keeps the unmatched overhang of the longer side,
and an instance is redrawn when more than one order in a hundred is valid (short pieces that
match themselves make many orders work); above that, N! is so large that a random order is
right with negligible chance.

Difficulty schedule (total length of W = N times an average piece length drawn from 2..4):

    d          0   1   2   3  ...  10  ...  20  ...  d
    pairs      6   7   8   9  ...  16  ...  26  ...  6 + d

More pairs mean a longer search: at each step several pairs fit the overhang for a while
before failing. Level 0 has 6 pairs (720 orders): with 5 (120 orders) only instances with a
single valid order pass the one-in-a-hundred rule, and two thirds of the draws have more.
"""

from __future__ import annotations

import math

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import permutation_problem, random_permutation

ALPHABET = "ab"
#: draws before keeping the last instance as it is
DRAWS = 20
#: instances with at most this many pairs have their valid orders counted
COUNTED_UP_TO = 8
#: search nodes allowed for that count (an instance needing more is redrawn)
NODE_BUDGET = 50_000


def _extend(a: str, b: str, side: int, overhang: str) -> tuple[int, str] | None:
    """New (side, overhang) after appending a to the top and b to the bottom, or None if the two
    sides stop agreeing. side 0: the top is ahead by overhang; side 1: the bottom is."""
    top, bottom = (overhang + a, b) if side == 0 else (a, overhang + b)
    if top.startswith(bottom):
        return 0, top[len(bottom) :]
    if bottom.startswith(top):
        return 1, bottom[len(top) :]
    return None


def count_valid_orders(tops: list[str], bottoms: list[str], limit: int) -> int | None:
    """Valid orders, counted up to ``limit`` (stops there), or None past NODE_BUDGET nodes."""
    n = len(tops)
    used = [False] * n
    found = nodes = 0

    def search(placed: int, side: int, overhang: str) -> bool:  # False: out of budget
        nonlocal found, nodes
        nodes += 1
        if nodes > NODE_BUDGET:
            return False
        if placed == n:
            found += overhang == ""
            return True
        for i in range(n):
            if used[i] or found >= limit:
                continue
            state = _extend(tops[i], bottoms[i], side, overhang)
            if state is None:
                continue
            used[i] = True
            ok = search(placed + 1, *state)
            used[i] = False
            if not ok:
                return False
        return True

    return found if search(0, 0, "") else None


def spells_equal(tops: list[str], bottoms: list[str], order: list[int]) -> bool:
    return "".join(tops[i - 1] for i in order) == "".join(bottoms[i - 1] for i in order)


def _cut(rng, word: str, pieces: int) -> list[str]:
    bounds = [0, *sorted(rng.sample(range(1, len(word)), pieces - 1)), len(word)]
    return [word[bounds[i] : bounds[i + 1]] for i in range(pieces)]


class EqualConcatenationOrder(Environment):
    description = (
        "Order of string pairs, each used once, making the top and bottom concatenations equal"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 1 3"
    catalog_name = "PCPPermutation"

    def schedule(self, difficulty):
        return {"pairs": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["pairs"]
        in_order, reversed_order = list(range(1, n + 1)), list(range(n, 0, -1))
        for _ in range(DRAWS):
            total = max(n + 1, round(n * rng.uniform(2.0, 4.0)))
            word = "".join(rng.choice(ALPHABET) for _ in range(total))
            top_pieces, bottom_pieces = _cut(rng, word, n), _cut(rng, word, n)
            order = random_permutation(rng, n)  # pair k of the word goes to index order[k]
            tops, bottoms = [""] * n, [""] * n
            for k, index in enumerate(order):
                tops[index - 1], bottoms[index - 1] = top_pieces[k], bottom_pieces[k]
            if spells_equal(tops, bottoms, in_order) or spells_equal(tops, bottoms, reversed_order):
                continue
            if n > COUNTED_UP_TO:
                break
            limit = math.factorial(n) // 100
            count = count_valid_orders(tops, bottoms, limit + 1)
            if count is not None and count <= limit:
                break
        return {"tops": tops, "bottoms": bottoms, "order": order}

    def solve(self, instance):
        return instance["order"]

    def render(self, instance):
        tops, bottoms = instance["tops"], instance["bottoms"]
        n = len(tops)
        listed = "\n".join(
            f"pair {i}: A_{i} = {a}, B_{i} = {b}"
            for i, (a, b) in enumerate(zip(tops, bottoms, strict=True), start=1)
        )
        return (
            f"Here are {n} pairs of strings:\n{listed}\n\n"
            f"Find an order p_1, p_2, ..., p_{n} of the pair numbers 1 to {n}, using every "
            "number exactly once, such that writing A_{p_1}, A_{p_2}, ..., A_{p_N} one after "
            "another gives exactly the same string as writing B_{p_1}, B_{p_2}, ..., B_{p_N} "
            "one after another. For example, with the pairs (A_1, B_1) = (ab, b), "
            "(A_2, B_2) = (b, b) and (A_3, B_3) = (a, aa), the order 3 1 2 gives aabb on both "
            "sides.\n"
            f"Answer with the {n} numbers p_1 ... p_{n} separated by spaces. If several orders "
            "work, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["tops"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        tops, bottoms = instance["tops"], instance["bottoms"]
        problem = permutation_problem(answer, len(tops))
        if problem:
            return Verdict.wrong(problem)
        if not spells_equal(tops, bottoms, answer):
            return Verdict.wrong(
                "the A strings and the B strings in this order spell different strings"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, random_permutation(rng, len(problem.instance["tops"]))))

    def near_misses(self, problem):
        instance = problem.instance
        order = [int(t) for t in problem.answer.split()]
        n = len(order)
        candidates = [order[:-1], order + [order[0]], order[:-1] + [n + 1], order[:-1] + [order[0]]]
        for i in range(n - 1):  # the first adjacent swap that breaks the equality
            swapped = order[:i] + [order[i + 1], order[i]] + order[i + 2 :]
            if not spells_equal(instance["tops"], instance["bottoms"], swapped):
                candidates.append(swapped)
                break
        return [" ".join(map(str, c)) for c in candidates]

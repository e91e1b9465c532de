"""NimWithHeapRemovalRound: which heaps to delete before Nim so that the first player surely wins.

There are n heaps of matches. Before an ordinary game of Nim, Alice may delete any whole heaps
(possibly none, never all), then Bob may delete any whole heaps of those left (possibly none,
never all); then they play Nim on the remaining heaps, Alice first (a move takes one or more
matches from one heap; whoever takes the last match wins). The task: choose the heaps for Alice
to delete so that she wins whatever Bob does, deleting as few matches in total as possible. Every
such choice is accepted (several exist when heap sizes repeat); no partial credit.

Solution: Bob wins exactly when some non-empty set of the remaining heaps has XOR 0 (he keeps just
that set). So Alice must keep a set of heaps that is linearly independent over GF(2) with the
largest total, which the matroid greedy finds: scan heaps from largest to smallest and keep each
one that is independent of those kept. The checker confirms independence with an XOR basis and
compares the deleted total with the optimum stored at generation.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    heaps     10  11  12  13  ...  20  ...  30  ...  10 + d
    max_size  15  19  23  27  ...  55  ...  95  ...  15 + 4 d

Heap sizes below 2^b leave room for at most b independent heaps, so with more heaps than bits
some heaps must always go (level 0: 10 heaps of at most 4 bits, so 6 or more go; with fewer heaps
one deletion set is right too often). The number to delete and the choices among them grow with
both knobs.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def independent_heaps(heaps: list[int], order: list[int]) -> list[int]:
    """Heaps (indices, scanned in ``order``) kept by the greedy: each joins if independent."""
    basis: dict[int, int] = {}
    kept = []
    for i in order:
        value = heaps[i]
        while value:
            top = value.bit_length() - 1
            if top not in basis:
                basis[top] = value
                kept.append(i)
                break
            value ^= basis[top]
    return kept


def best_deletion(heaps: list[int]) -> list[int]:
    """0-based indices of the heaps to delete: all but a maximum-total independent set."""
    by_size = sorted(range(len(heaps)), key=lambda i: -heaps[i])
    kept = set(independent_heaps(heaps, by_size))
    return [i for i in range(len(heaps)) if i not in kept]


class NimWithHeapRemovalRound(Environment):
    description = (
        "Choose whole heaps to delete before Nim so that the first player surely wins, deleting "
        "as few matches as possible"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 5"
    catalog_name = "NewNimGame"

    def schedule(self, difficulty):
        return {"heaps": 10 + difficulty, "max_size": 15 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        heaps = [rng.randint(1, sizes["max_size"]) for _ in range(sizes["heaps"])]
        deleted = sum(heaps[i] for i in best_deletion(heaps))
        return {"heaps": heaps, "deleted_total": deleted}

    def solve(self, instance):
        return [i + 1 for i in best_deletion(instance["heaps"])]

    def render(self, instance):
        heaps = instance["heaps"]
        listing = ", ".join(f"heap {i}: {h}" for i, h in enumerate(heaps, start=1))
        return (
            f"There are {len(heaps)} heaps of matches: {listing}.\n\n"
            "Alice and Bob play in three stages.\n"
            "1. Alice deletes some whole heaps: any number of them, possibly none, but not all.\n"
            "2. Bob deletes some whole heaps among those left: possibly none, but not all.\n"
            "3. They play ordinary Nim on the remaining heaps, Alice first: a move takes one or "
            "more matches from a single heap, and the player who takes the last match wins.\n\n"
            "Choose which heaps Alice should delete in stage 1 so that she wins for sure, however "
            "Bob plays, and so that the total number of matches in the deleted heaps is as small "
            "as possible.\n"
            "Answer with the numbers of the heaps to delete, separated by spaces, in any order "
            "(for example 2 5 means delete heaps 2 and 5). If several choices are optimal, any "
            "one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["heaps"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        heaps = instance["heaps"]
        n = len(heaps)
        if any(not 1 <= i <= n for i in answer):
            return Verdict.wrong(f"heap numbers must be between 1 and {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a heap is deleted more than once")
        if len(answer) == n:
            return Verdict.wrong("Alice may not delete every heap")
        deleted = set(answer)
        left = [i for i in range(n) if i + 1 not in deleted]
        if len(independent_heaps(heaps, left)) < len(left):
            return Verdict.wrong(
                "some of the remaining heaps have XOR 0, so Bob keeps just those and wins"
            )
        total = sum(heaps[i - 1] for i in answer)
        if total != instance["deleted_total"]:
            return Verdict.wrong(f"Alice wins, but deleting {total} matches is more than necessary")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["heaps"])
        chosen = rng.sample(range(1, n + 1), rng.randint(1, n - 1))
        return " ".join(map(str, sorted(chosen)))

    def near_misses(self, problem):
        heaps = problem.instance["heaps"]
        n = len(heaps)
        chosen = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, chosen[1:])),  # one heap fewer: the rest become dependent
            " ".join(map(str, chosen + [chosen[0]])),
            " ".join(map(str, chosen + [n + 1])),
            " ".join(map(str, range(1, n + 1))),
        ]
        left_out = [i for i in range(1, n + 1) if i not in chosen]
        if len(left_out) > 1:  # one heap more: still a win, but more matches
            misses.append(" ".join(map(str, chosen + left_out[:1])))
        return misses

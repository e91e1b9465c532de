"""SuffixReverseShiftSequence: turn one string into another with "reverse a suffix and move it to
the front" operations, within a move limit.

Two strings s and t of length n (t is a rearrangement of s) are given. The operation "shift x"
(0 <= x <= n) takes the last x characters of the current string, reverses them and puts them in
front: p = alpha + beta with |beta| = x becomes reverse(beta) + alpha. The solver lists at most
3n shifts that turn s into t; every such list is accepted (the checker replays it).

The limit 3n always suffices: with the first k characters equal to the last k characters of t
already built at the front, three shifts (n, j, 1) put the next needed character c, found at
position j >= k, in front of them: X Y c Z -> rev(Z) c rev(Y) rev(X) -> X Y rev(Z) c ->
c X Y rev(Z). The reference uses this construction; the generator made t from s with a few
random shifts (so much shorter answers exist), never with a single one, and never so that the
example answer (shift 2, 0, 3) works.

Difficulty schedule (letters drawn uniformly from a..z; t made by 3..n random shifts):

    d             0   1   2   3  ...  10  ...  20  ...  d
    n             7   8   9  10  ...  17  ...  27  ...  7 + d

Longer strings make each shift harder to track and the construction longer, and t is scrambled
by more shifts. Level 0 uses 7 letters and up to 7 scrambling shifts: with 6 letters and 2 to 4
shifts, t was so often the same rearrangement of s that one fixed list of shifts was right on
6% of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.strings import random_string

LETTERS = "abcdefghijklmnopqrstuvwxyz"
EXAMPLE = [2, 0, 3]
#: draws of t before falling back to one known to need more than one shift
DRAWS = 20


def shift(text: str, x: int) -> str:
    """Reverse the last ``x`` characters and move them to the front."""
    if x == 0:
        return text
    return text[len(text) - x :][::-1] + text[: len(text) - x]


def apply_shifts(text: str, shifts: list[int]) -> str:
    for x in shifts:
        text = shift(text, x)
    return text


def shifts_to(source: str, target: str) -> list[int]:
    """3n shifts turning ``source`` into ``target`` (same letters), building t from its end."""
    n = len(source)
    current, shifts = source, []
    for k in range(n):
        wanted = target[n - 1 - k]
        j = current.index(wanted, k)
        for x in (n, j, 1):
            current = shift(current, x)
            shifts.append(x)
    return shifts


def _reachable_in_one(source: str, target: str) -> bool:
    return any(shift(source, x) == target for x in range(len(source) + 1))


class SuffixReverseShiftSequence(Environment):
    description = "Shifts (reverse a suffix, move it to the front) turning s into t within 3n moves"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = " ".join(map(str, EXAMPLE))
    catalog_name = "StringReversalConstruction"

    def schedule(self, difficulty):
        n = 7 + difficulty
        return {"length": n, "max_shifts": n}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(DRAWS):
            source = random_string(rng, n, LETTERS)
            moves = [rng.randint(1, n) for _ in range(rng.randint(3, sizes["max_shifts"]))]
            target = apply_shifts(source, moves)
            if not _reachable_in_one(source, target) and apply_shifts(source, EXAMPLE) != target:
                break
        else:  # distinct letters rotated left by one: a single shift always starts with the
            source = LETTERS[:n]  # last letter of s, so it never reaches t
            target = source[1:] + source[0]
        return {"source": source, "target": target}

    def solve(self, instance):
        return shifts_to(instance["source"], instance["target"])

    def render(self, instance):
        s, t = instance["source"], instance["target"]
        n = len(s)
        return (
            f"s = {s}\nt = {t}\n(both of length {n})\n\n"
            f'The operation "shift x", for an integer x from 0 to {n}, takes the last x '
            "characters of the current string, reverses them and moves them to the front: a "
            "string alpha + beta, where beta has length x, becomes reverse(beta) + alpha. For "
            "example, shift 4 turns abcacb into bcacab (beta = cacb becomes bcac in front of "
            "ab); shift 0 changes nothing.\n"
            f"Starting from s, give a sequence of at most {3 * n} shifts that ends with the "
            "string t.\n"
            "Answer with the values x of the shifts in the order they are applied, separated "
            "by spaces. Any sequence that works is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=3 * len(instance["source"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        s, t = instance["source"], instance["target"]
        n = len(s)
        if len(answer) > 3 * n:
            return Verdict.wrong(f"{len(answer)} shifts, more than the limit {3 * n}")
        for x in answer:
            if not 0 <= x <= n:
                return Verdict.wrong(f"shift {x} is outside 0..{n}")
        if apply_shifts(s, answer) != t:
            return Verdict.wrong("the shifts do not turn s into t")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["source"])
        return " ".join(str(rng.randint(0, n)) for _ in range(rng.randint(1, 3 * n)))

    def near_misses(self, problem):
        instance = problem.instance
        shifts = [int(tok) for tok in problem.answer.split()]
        n = len(instance["source"])
        misses = [shifts + [0], shifts[:-1] + [n + 1], shifts[:-1]]  # too many; out of range
        for x in range(n + 1):  # the last shift replaced by one that misses t
            changed = shifts[:-1] + [x]
            if apply_shifts(instance["source"], changed) != instance["target"]:
                misses.append(changed)
                break
        texts = [" ".join(map(str, m)) for m in misses]
        return [t for t in texts if not self.check(instance, self.parse(t, instance), None).correct]

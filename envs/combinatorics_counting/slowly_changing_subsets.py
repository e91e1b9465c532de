"""A sequence of K-element sets that changes slowly and avoids each step's forbidden numbers.

Build sets S(1), ..., S(M), each with exactly K distinct numbers from 1..N, such that S(i)
contains none of its forbidden numbers and consecutive sets differ little: at most L numbers of
S(i) are new compared with S(i - 1). The generator walks a hidden sequence (each step swaps up to
L numbers) and forbids, at every step, a random non-empty part of the numbers the hidden set
leaves out, so an answer exists; any sequence meeting the rules is accepted. Fewer than K
numbers are left unforbidden at every step, so writing one set M times never works (it did on
47% of level-0 instances before this screen).

Difficulty schedule (N numbers, M sets; K is drawn from 2..N-2 and L from 1..K-1):

    d     0   1   2   3   5   10   20   30   ...
    N     5   6   7   8  10   15   25   35   ...  5 + d
    M     4   5   6   7   9   14   24   34   ...  4 + d

Both grow by one per level; the prompt lists M forbidden sets of up to N - K numbers. N starts
at 5: with 4 numbers (K = 2) one fixed three-set answer fitted 6% of level 0.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import parse_int_grid


class SlowlyChangingSubsetSequence(Environment):
    description = "Build a sequence of K-element sets with few changes per step that avoids per-step forbidden numbers"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 4 5\n1 4 6"
    catalog_name = "HungryRabbit"

    def schedule(self, difficulty):
        return {"numbers": 5 + difficulty, "sets": 4 + difficulty}

    def generate_instance(self, rng, sizes):
        n, m = sizes["numbers"], sizes["sets"]
        size = rng.randint(2, n - 2)
        changes = rng.randint(1, size - 1)
        planted, forbidden = [], []
        current = rng.sample(range(1, n + 1), size)
        for step in range(m):
            if step:
                outside = [x for x in range(1, n + 1) if x not in current]
                # the first step always changes something, so the hidden sets are not all equal
                swap = rng.randint(1 if step == 1 else 0, min(changes, len(outside)))
                current = rng.sample(current, size - swap) + rng.sample(outside, swap)
            planted.append(sorted(current))
            outside = [x for x in range(1, n + 1) if x not in current]
            forbidden.append(sorted(rng.sample(outside, rng.randint(1, len(outside)))))
        # no single set may avoid every step's forbidden numbers (the same set written M times
        # would be a blind answer): ban free numbers where the hidden set leaves them out
        while True:
            banned = {x for f in forbidden for x in f}
            free = [x for x in range(1, n + 1) if x not in banned]
            if len(free) < size:
                break
            # the hidden sets are not all equal, so fewer than K numbers lie in every one of them
            x, step = next((x, i) for x in free for i, s in enumerate(planted) if x not in s)
            forbidden[step] = sorted(forbidden[step] + [x])
        return {
            "numbers": n,
            "set_size": size,
            "max_new": changes,
            "forbidden": forbidden,
            "planted": planted,
        }

    def solve(self, instance):
        return [list(s) for s in instance["planted"]]

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, s)) for s in answer)

    def render(self, instance):
        n, k, most_new = instance["numbers"], instance["set_size"], instance["max_new"]
        m = len(instance["forbidden"])
        rules = "\n".join(
            f"- S({i + 1}) must not contain: {' '.join(map(str, f))}"
            for i, f in enumerate(instance["forbidden"])
        )
        return (
            f"Build {m} sets S(1), S(2), ..., S({m}), each made of exactly {k} different integers "
            f"from 1 to {n}, such that:\n"
            f"- for every i from 2 to {m}, at most {most_new} of the numbers in S(i) are not in S(i-1), "
            f"that is, {k} - |S(i) intersect S(i-1)| <= {most_new};\n"
            f"{rules}\n\n"
            "Several answers may work; any one is accepted.\n"
            f"Answer with {m} lines: line i holds the {k} numbers of S(i) separated by spaces, in any order."
        )

    def parse(self, text, instance):
        m, k = len(instance["forbidden"]), instance["set_size"]
        return parse_int_grid(text, rows=m, cols=k, max_cells=max(m, k) + 1, max_digits=12)

    def check(self, instance, answer, reference):
        n, limit = instance["numbers"], instance["max_new"]
        for i, (members, banned) in enumerate(
            zip(answer, instance["forbidden"], strict=True), start=1
        ):
            if len(set(members)) != len(members):
                return Verdict.wrong(f"S({i}) repeats a number")
            if any(not 1 <= x <= n for x in members):
                return Verdict.wrong(f"S({i}) holds a number outside 1..{n}")
            hit = sorted(set(members) & set(banned))
            if hit:
                return Verdict.wrong(f"S({i}) contains the forbidden number {hit[0]}")
        for i in range(1, len(answer)):
            new = len(set(answer[i]) - set(answer[i - 1]))
            if new > limit:
                return Verdict.wrong(
                    f"S({i + 1}) has {new} numbers not in S({i}), more than {limit}"
                )
        return Verdict.right()

    def near_misses(self, problem: Problem) -> list[str]:
        planted = self.solve(problem.instance)
        forbidden = problem.instance["forbidden"]
        banned = [list(s) for s in planted]
        banned[0][0] = forbidden[0][0]
        repeated = [list(s) for s in planted]
        repeated[-1][1] = repeated[-1][0]
        outside = [list(s) for s in planted]
        outside[0][-1] = problem.instance["numbers"] + 1
        return [self.format_answer(t) for t in (banned, repeated, outside)]

"""RecurrenceTermsSubsetSum: choose distinct indices 1 <= n_1, ..., n_k <= N of the sequence
F(0) = F0, F(n) = A * F(n-1) + B whose terms sum to a given S.

The generator plants a subset of at least two indices and never all N of them, so S is always
reachable while the blind answer "every index" never is (all terms are positive, so the full
sum exceeds S). For A >= 2 the
terms F(1), F(2), ... are superincreasing (each exceeds the sum of all before it), so the subset
is unique and greedy from the top finds it. For A = 1 the terms form the arithmetic progression
F0 + n*B: k terms sum to k*F0 + B * (sum of their indices), and any index sum between
1 + ... + k and (N-k+1) + ... + N is reachable, so the reference tries k = 1, 2, ... Any subset
meeting the target is accepted.

Difficulty schedule (A = 1 with probability 3/10, else from [2, 16]; F0 <= 128; B <= 16384):

    d    0   1   2   3   5  10  20         d
    N   14  15  16  17  19  24  34    14 + d

F(N) grows like 16^N, so S has about 1.2 N digits. N starts at 14: with four to seven terms a
few index sets (1 2 3, 1 2 3 4, ...) were right on 5-15% of the seeds, and for A = 1 a blind
subset of the right size often met the target. A blind answer is a random subset of the
indices (``random_answer``).
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

MAX_F0, MAX_A, MAX_B = 128, 16, 16_384


def sequence_terms(f0: int, a: int, b: int, count: int) -> list[int]:
    """[F(1), ..., F(count)]."""
    terms, value = [], f0
    for _ in range(count):
        value = a * value + b
        terms.append(value)
    return terms


def _indices_with_sum(k: int, total: int, n: int) -> list[int] | None:
    """k distinct indices from 1..n adding up to total, or None."""
    if not k * (k + 1) // 2 <= total <= k * (2 * n - k + 1) // 2:
        return None
    chosen = list(range(1, k + 1))
    extra = total - k * (k + 1) // 2
    for position in range(k - 1, -1, -1):  # raise the largest first, each as far as it can go
        ceiling = n - (k - 1 - position)
        raise_by = min(extra, ceiling - chosen[position])
        chosen[position] += raise_by
        extra -= raise_by
    return chosen


def terms_subset_with_sum(f0: int, a: int, b: int, n: int, target: int) -> list[int] | None:
    """Distinct indices in 1..n whose terms sum to target (increasing), or None if there is none."""
    terms = sequence_terms(f0, a, b, n)
    if a >= 2:
        chosen, rest = [], target
        for index in range(n, 0, -1):
            if terms[index - 1] <= rest:
                chosen.append(index)
                rest -= terms[index - 1]
        return sorted(chosen) if rest == 0 and chosen else None
    for k in range(1, n + 1):  # arithmetic progression: k*f0 + b * (index sum) = target
        rest = target - k * f0
        if rest < 0 or (b == 0 and rest != 0) or (b and rest % b):
            continue
        found = _indices_with_sum(k, rest // b, n) if b else list(range(1, k + 1))
        if found:
            return found
    return None


class RecurrenceTermsSubsetSum(Environment):
    description = "Distinct indices of a linear recurrence whose terms add up to S"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 5 6"
    catalog_name = "RecursiveSequenceSumConstruction"

    def schedule(self, difficulty):
        return {"n": 14 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        a = 1 if rng.random() < 0.3 else rng.randint(2, MAX_A)
        f0 = rng.randint(0, MAX_F0)
        b = rng.randint(1 if a == 1 or f0 == 0 else 0, MAX_B)  # keeps every F(n), n >= 1, positive
        planted = rng.sample(range(1, n + 1), rng.randint(2, n - 1))
        terms = sequence_terms(f0, a, b, n)
        return {"f0": f0, "a": a, "b": b, "n": n, "s": sum(terms[i - 1] for i in planted)}

    def solve(self, instance):
        i = instance
        return terms_subset_with_sum(i["f0"], i["a"], i["b"], i["n"], i["s"])

    def render(self, instance):
        i = instance
        return (
            "A sequence is defined by\n"
            f"    F(0) = {i['f0']}\n"
            f"    F(n) = {i['a']} * F(n - 1) + {i['b']}   for every n >= 1.\n"
            f"Choose one or more distinct indices n_1, n_2, ..., n_k, each between 1 and {i['n']} "
            f"(F(0) may not be used), such that F(n_1) + F(n_2) + ... + F(n_k) = {i['s']}. Any "
            "such choice is accepted.\n"
            "Answer with the chosen indices separated by spaces, in any order, e.g. 2 5 6."
        )

    def parse(self, text, instance):
        n = instance["n"]
        return parse_int_list(text, max_items=n + 1, max_digits=len(str(n)) + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if not answer:
            return Verdict.wrong("choose at least one index")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("the indices must be distinct")
        if any(not 1 <= x <= n for x in answer):
            return Verdict.wrong(f"every index must be between 1 and {n}")
        terms = sequence_terms(instance["f0"], instance["a"], instance["b"], n)
        if sum(terms[x - 1] for x in answer) != instance["s"]:
            return Verdict.wrong("the chosen terms do not add up to S")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """Each index chosen with probability 1/2 (at least one): a subset picked blindly."""
        n = problem.instance["n"]
        chosen = [x for x in range(1, n + 1) if rng.random() < 0.5] or [rng.randint(1, n)]
        return " ".join(map(str, chosen))

    def near_misses(self, problem):
        n = problem.instance["n"]
        chosen = [int(t) for t in problem.answer.split()]
        missing = [x for x in range(1, n + 1) if x not in chosen]
        candidates = [chosen[:-1], chosen + chosen[:1], chosen + [n + 1], [0] + chosen]
        if missing:
            candidates.append(chosen + missing[:1])
            candidates.append(chosen[:-1] + missing[:1])
        texts = []
        for c in candidates:
            if c and not self.check(problem.instance, c, None).correct:
                texts.append(" ".join(map(str, c)))
        return texts

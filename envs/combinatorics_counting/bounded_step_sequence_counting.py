"""Bounded-step sequences: count the sequences X[1..K] with X[1] >= 1, every later term in
[1, M] and total at most N, modulo a prime (the instances guarantee M (K - 1) < N).

Fix the tail X[2..K] (M^(K-1) choices, each with sum s <= M (K - 1) < N); X[1] then has N - s
values. Summing N - s over all tails: N M^(K-1) - (K - 1) M^(K-2) M (M + 1) / 2, because each of
the K - 1 tail positions takes every value 1..M in M^(K-2) tails.

Difficulty schedule (N has D digits, N >= 4; K - 1 is drawn from 1 .. min((N - 1) / 2, 10^(D/2))
and M from 1 .. (N - 1) / (K - 1), so that M (K - 1) < N holds and the count is at least 3):

    d     0   1   2   3   5   10   20   30   ...  d
    D     2   2   3   3   4    7   12   17   ...  2 + d // 2

Level 0 starts at two digits: one-digit N leaves a handful of small counts a guess hits often.
N gains a digit every two levels, so K and M quickly outgrow any enumeration and only the
closed form (with modular powers) answers.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence, number_with_digits


def count_bounded_step_sequences(total: int, length: int, step: int, modulus: int) -> int:
    """Sequences X[1..length]: X[1] >= 1, X[i] in [1, step] for i >= 2, sum <= total (step*(length-1) < total)."""
    if step * (length - 1) >= total:
        raise ValueError("the closed form needs step * (length - 1) < total")
    if length == 1:
        return total % modulus
    tails = pow(step, length - 1, modulus)
    tail_sum = (length - 1) * (step * (step + 1) // 2) % modulus * pow(step, length - 2, modulus)
    return (total % modulus * tails - tail_sum) % modulus


class BoundedStepSequenceCounting(ModularCountEnvironment):
    description = "Number of sequences with a positive first term, later terms in [1, M] and sum at most N, modulo a prime"
    catalog_name = "IndividualSumBounded_SequenceCounting"

    def schedule(self, difficulty):
        return {"total_digits": 2 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        digits = sizes["total_digits"]
        total = number_with_digits(rng, digits, smallest=4)
        tail_length = rng.randint(1, min((total - 1) // 2, 10 ** ((digits + 1) // 2)))
        step = rng.randint(1, (total - 1) // tail_length)
        return {
            "total": total,
            "length": tail_length + 1,
            "step": step,
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_bounded_step_sequences(
            instance["total"], instance["length"], instance["step"], instance["modulus"]
        )

    def render(self, instance):
        n, k, m = instance["total"], instance["length"], instance["step"]
        return (
            f"Count the sequences of integers X[1], X[2], ..., X[K] with K = {k} such that:\n"
            "- X[1] >= 1;\n"
            f"- 1 <= X[i] <= M = {m} for every i from 2 to K;\n"
            f"- X[1] + X[2] + ... + X[K] <= N = {n}.\n"
            "For example, for K = 2, M = 2 and N = 3 there are 3 such sequences: (1, 1), (2, 1) "
            "and (1, 2).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )

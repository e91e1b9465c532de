"""The shared shape of "a permutation of 1..N whose prefix sums / products are distinct mod N".

Both tasks accept any permutation meeting the condition, so the checker (here, once) verifies
the permutation and the residues of its prefixes; subclasses say how a prefix grows
(``extend``), how to build valid answers, and which N have one.

Without more, the instance would be one small number N, and any valid permutation for N would
be right on every seed with that N: a memorised answer per N pays. So the prompt also pins two
entries (p_2 and one later free position) to the values of a valid permutation drawn from a
family of constructions (the textbook one, transformed by a random group automorphism and
possibly reversed). A memorised permutation then fits only the seeds whose pins it happens to
match, and the solver must adapt a construction to the pins rather than recite one.
"""

from __future__ import annotations

from typing import ClassVar

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


class DistinctPrefixPermutation(Environment):
    abstract: ClassVar[bool] = True
    answer_kind: ClassVar[str] = "int_list"
    multiple_valid_answers: ClassVar[bool] = True
    #: valid for neither task at N = 4 (the old example, 4 1 2 3, was the sum answer for N = 4)
    answer_example: ClassVar[str] = "2 4 1 3"
    #: "sums" or "products", as the prompt names the prefixes
    prefix_word: ClassVar[str] = ""
    #: the value of the empty prefix (0 for sums, 1 for products)
    empty_prefix: ClassVar[int] = 0
    #: whether p_n has only one possible value (N, for products), so pinning it says nothing
    last_is_forced: ClassVar[bool] = False

    @staticmethod
    def extend(prefix: int, value: int, n: int) -> int:
        raise NotImplementedError

    def valid_permutation(self, rng, n: int) -> list[int]:
        """A random member of the subclass's family of valid permutations of 1..n."""
        raise NotImplementedError

    def with_pins(self, rng, n: int) -> dict:
        """The instance for n: pins p_2 and one later entry that is not forced (p_1 and, for
        products, p_n have one possible value), and remembers the permutation they come from."""
        permutation = self.valid_permutation(rng, n)
        last = n - 1 if self.last_is_forced else n
        free = list(range(3, last + 1))
        pins = [[position, permutation[position - 1]] for position in (2, rng.choice(free))]
        return {"n": n, "pins": pins, "witness": permutation}

    def solve(self, instance):
        return instance["witness"]

    def prefix_residues(self, permutation: list[int], n: int) -> list[int]:
        residues, prefix = [], self.empty_prefix % n
        for value in permutation:
            prefix = self.extend(prefix, value, n)
            residues.append(prefix)
        return residues

    def render(self, instance):
        n = instance["n"]
        operation = "sum" if self.prefix_word == "sums" else "product"
        return (
            f"Find a permutation p_1, p_2, ..., p_{n} of the integers 1 to {n} (each used exactly "
            f"once) whose {n} prefix {self.prefix_word} are pairwise different modulo {n}: the "
            f"i-th prefix {operation} is the {operation} p_1 {'+' if operation == 'sum' else '*'} "
            f"... {'+' if operation == 'sum' else '*'} p_i, and no two of them may leave the same "
            f"remainder when divided by {n}. Moreover the permutation must have "
            + " and ".join(f"p_{i} = {v}" for i, v in instance["pins"])
            + ". Any permutation with these properties is accepted.\n"
            f"Answer with p_1 to p_{n} in order, separated by spaces, e.g. {self.answer_example} "
            "(the format for a permutation of 1 to 4)."
        )

    def parse(self, text, instance):
        n = instance["n"]
        return parse_int_list(text, length=n, max_digits=len(str(n)) + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if sorted(answer) != list(range(1, n + 1)):
            return Verdict.wrong(f"not a permutation of 1 to {n}")
        for position, value in instance.get("pins", []):
            if answer[position - 1] != value:
                return Verdict.wrong(f"p_{position} must be {value}")
        residues = self.prefix_residues(answer, n)
        repeated = len(residues) - len(set(residues))
        if repeated:
            return Verdict.wrong(
                f"{repeated} prefix {self.prefix_word} repeat an earlier remainder modulo {n}"
            )
        return Verdict.right()

    def near_misses(self, problem):
        n = problem.instance["n"]
        p = [int(t) for t in problem.answer.split()]
        candidates = [
            p[1:] + p[:1],
            p[::-1],
            list(range(1, n + 1)),
            [p[1], p[0], *p[2:]],
            p[:-1] + [p[0]],  # a repeated value: never a permutation
            [v + 1 for v in p],
        ]
        texts = [" ".join(map(str, c)) for c in candidates]
        return [
            t
            for t, c in zip(texts, candidates, strict=True)
            if not self.check(problem.instance, c, None).correct
        ]

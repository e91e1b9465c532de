"""The shared shape of "a permutation of 1..N whose prefix sums / products are distinct mod N".

Both tasks accept any permutation meeting the condition, so the checker (here, once) verifies
the permutation and the residues of its prefixes; subclasses say how a prefix grows
(``extend``), how to build one valid answer, and which N have one.
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

    @staticmethod
    def extend(prefix: int, value: int, n: int) -> int:
        raise NotImplementedError

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
            f"remainder when divided by {n}. Any permutation with this property is accepted.\n"
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

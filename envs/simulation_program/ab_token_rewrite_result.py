"""ABTokenRewriteResult: the final program of the A::B token-rewriting system.

An A::B program is a sequence of the tokens A#, #A, B# and #B. Two neighbouring tokens whose
'#' marks face each other (X# followed by #Y) are rewritten: A# #A and B# #B vanish, A# #B
becomes #B A#, and B# #A becomes #A B#. The prompt fixes the order (always rewrite the leftmost
such pair, until none is left) so that the computation is fully specified; the rules never
overlap and every rewrite removes one facing pair, so the final program is the same in any order
and the solver may compute it however it likes. The answer is that final program, checked
token by token (no partial credit).

The reference reads the program once from left to right, keeping the tokens X# seen so far on a
stack: a token #Y moves left past every X# with X != Y, vanishes with the nearest Y# (which
vanishes too), or joins the final prefix of #-first tokens if there is none. The tests replay
the leftmost-first rewriting literally and also rewrite in random orders.

Generated programs whose result has fewer than 3 tokens are redrawn (then three B# are appended,
which only lengthens the result), so the empty result never occurs and the shortest results
are not guessable. Token frequencies vary from program to program.

Difficulty schedule (program length drawn from [min_tokens, max_tokens]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    min_tokens   8   9  10  11  ...  18  ...  28  ...  8 + d
    max_tokens  10  12  14  16  ...  30  ...  50  ...  10 + 2d

Longer programs need more rewrites (up to about N^2 / 4) and give longer results. Level 0
already has 8-10 tokens: with fewer, a handful of short results (such as #B A#) cover too many
programs.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError

TOKENS = ("A#", "#A", "B#", "#B")
MIN_RESULT = 3
REDRAWS = 40


def rewrite_result(program: list[str]) -> list[str]:
    """The final program: #-first tokens that found no partner, then the surviving X# tokens."""
    prefix: list[str] = []
    waiting: list[str] = []  # tokens X# not yet cancelled, left to right
    for token in program:
        if token.endswith("#"):
            waiting.append(token)
            continue
        letter = token[1]
        i = len(waiting) - 1
        while i >= 0 and waiting[i][0] != letter:
            i -= 1  # #Y moves left past X# (X != Y)
        if i < 0:
            prefix.append(token)
        else:
            del waiting[i]  # Y# #Y vanish together
    return prefix + waiting


class ABTokenRewriteResult(Environment):
    description = (
        "Final token sequence of an A::B program after rewriting every facing pair of tokens"
    )
    answer_kind = "string"
    answer_example = "#B A#"
    catalog_name = "ABProgramSimulation"

    def schedule(self, difficulty):
        return {"min_tokens": 8 + difficulty, "max_tokens": 10 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        for _ in range(REDRAWS):
            n = rng.randint(sizes["min_tokens"], sizes["max_tokens"])
            weights = [rng.randint(1, 4) for _ in TOKENS]
            program = rng.choices(TOKENS, weights, k=n)
            if len(rewrite_result(program)) >= MIN_RESULT:
                break
        else:  # trailing X# tokens never meet a #Y, so they all survive
            program = program + ["B#"] * MIN_RESULT
        return {"program": program}

    def solve(self, instance):
        return rewrite_result(instance["program"])

    def render(self, instance):
        return (
            "A::B is a system with 4 tokens: A#, #A, B# and #B. A program is a sequence of "
            "tokens. To compute a program, look for two neighbouring tokens whose '#' marks face "
            "each other (a token ending in # directly followed by a token starting with #) and "
            "rewrite that pair by these rules:\n"
            "  A# #A  becomes nothing (both tokens disappear)\n"
            "  A# #B  becomes #B A#\n"
            "  B# #A  becomes #A B#\n"
            "  B# #B  becomes nothing (both tokens disappear)\n"
            "Always rewrite the leftmost such pair, and repeat until no two neighbouring tokens "
            "face each other; what is left is the final program.\n"
            "For example, B# A# #B #A B# becomes B# #B A# #A B#, then A# #A B#, then B#, "
            "which is final.\n\n"
            f"Program ({len(instance['program'])} tokens): {' '.join(instance['program'])}\n\n"
            "Give the final program: its tokens in order, separated by spaces."
        )

    def parse(self, text, instance):
        tokens = text.split()
        limit = len(instance["program"])
        if len(tokens) > limit:
            raise ParseError(f"too many tokens: {len(tokens)} (the program has only {limit})")
        for token in tokens:
            if token not in TOKENS:
                shown = token if len(token) <= 12 else token[:12] + "..."
                raise ParseError(f"{shown!r} is not a token; use A#, #A, B# or #B")
        return tokens

    def format_answer(self, answer):
        return " ".join(answer)

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        if len(answer) != len(reference):
            return Verdict.wrong(f"the final program does not have {len(answer)} tokens")
        return Verdict.wrong("not the final program")

    def near_misses(self, problem):
        tokens = problem.answer.split()
        swapped = {"A#": "B#", "B#": "A#", "#A": "#B", "#B": "#A"}
        return [
            " ".join(tokens[:-1]),
            " ".join(tokens[:-1] + [swapped[tokens[-1]]]),
            " ".join(tokens + ["A#", "#A"]),
            " ".join([swapped[tokens[0]]] + tokens[1:]),
        ]

"""PairClearingMinSwaps: the fewest adjacent swaps that clear an array in which equal neighbours
vanish.

The array holds each of 1..N exactly twice, with no two equal neighbours at the start. A move
swaps two neighbouring elements; after it, whenever two equal elements are neighbours they both
vanish and the array closes up, repeatedly, until no two equal elements are neighbours (the
result of these removals does not depend on their order: it is the free reduction of the word,
each value being its own inverse). The solver lists the positions of swaps that empty the array,
using as few swaps as possible; every such list is correct (there are often several), and the
checker replays it. Scores are binary.

The reference reads the array from left to right, keeping the elements whose partner has not
come yet; when the second copy of x arrives, it is swapped leftwards past everything above the
first copy (one swap each) and the pair vanishes. This uses the fewest swaps (the tests compare
it with breadth-first search over all arrays on small cases).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    values     7   8   9  10  ...  17  ...  27  ...  7 + d

The array has 2N elements; more values mean more crossings to undo (the fewest swaps grow
roughly like N^2 / 4). Level 0 has 7 values (14 elements): with 6, one fixed plan was right on
5% of seeds and random plans nearly as often.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

SHUFFLES = 50


def fewest_swaps(values: list[int]) -> list[int]:
    """1-based swap positions of a shortest plan (position i swaps elements i and i + 1)."""
    waiting: list[int] = []  # elements still present, left to right, partner not yet seen
    swaps: list[int] = []
    for x in values:
        if x in waiting:
            at = waiting.index(x)
            above = len(waiting) - 1 - at
            swaps.extend(len(waiting) - k for k in range(above))
            del waiting[at]
        else:
            waiting.append(x)
    return swaps


def settle(values: list[int]) -> list[int]:
    """Remove neighbouring equal pairs until none is left."""
    out: list[int] = []
    for x in values:
        if out and out[-1] == x:
            out.pop()
        else:
            out.append(x)
    return out


class PairClearingMinSwaps(Environment):
    description = (
        "Fewest adjacent swaps (as positions) that clear an array where equal neighbours vanish"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 1"
    catalog_name = "TetrisAttack"

    def schedule(self, difficulty):
        return {"values": 7 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["values"]
        array = list(range(1, n + 1)) * 2
        for _ in range(SHUFFLES):
            rng.shuffle(array)
            if all(a != b for a, b in zip(array, array[1:])):
                break
        else:  # 1..N twice in a row has no equal neighbours
            array = list(range(1, n + 1)) * 2
        return {"array": array, "best_swaps": len(fewest_swaps(array))}

    def solve(self, instance):
        return fewest_swaps(instance["array"])

    def render(self, instance):
        array = instance["array"]
        n = len(array) // 2
        return (
            f"An array of {2 * n} elements contains each number from 1 to {n} exactly twice:\n"
            f"{' '.join(map(str, array))}\n\n"
            "Rules: a move swaps two neighbouring elements; 'swap at position i' exchanges the "
            "i-th and (i+1)-th elements of the array as it is at that moment (positions count "
            "from 1). After every move, as long as two equal elements are neighbours, both are "
            "removed and the array closes up (this can cascade: removing a pair can bring two "
            "other equal elements together, which are removed too). At the start no two equal "
            "elements are neighbours.\n"
            "For example, for 1 2 1 2, swap at position 2 gives 1 1 2 2, then both pairs vanish "
            "and the array is empty after one move.\n\n"
            "Empty the array using as few moves as possible. Answer with the positions of your "
            "swaps in the order you make them, separated by spaces (for example 3 1 means swap "
            "at position 3, then at position 1 of the array as it is then). Any plan with the "
            "fewest moves is accepted."
        )

    def parse(self, text, instance):
        n = len(instance["array"])
        return parse_int_list(text, max_items=n * n, max_digits=6)

    def check(self, instance, answer, reference):
        array = list(instance["array"])
        for move, position in enumerate(answer, start=1):
            if not 1 <= position < len(array):
                return Verdict.wrong(
                    f"move {move}: position {position} is not between 1 and {len(array) - 1} "
                    f"(the array has {len(array)} elements then)"
                )
            array[position - 1], array[position] = array[position], array[position - 1]
            array = settle(array)
        if array:
            return Verdict.wrong(f"{len(array)} elements are left after the last move")
        if len(answer) == instance["best_swaps"]:
            return Verdict.right()
        return Verdict.wrong(f"the array is emptied, but {len(answer)} moves is not the fewest")

    def random_answer(self, problem, rng, other):
        array = list(problem.instance["array"])
        moves = []
        for _ in range(problem.instance["best_swaps"]):
            if len(array) < 2:
                break
            i = rng.randint(1, len(array) - 1)
            moves.append(i)
            array[i - 1], array[i] = array[i], array[i - 1]
            array = settle(array)
        return " ".join(map(str, moves))

    def near_misses(self, problem):
        moves = [int(t) for t in problem.answer.split()]
        n = len(problem.instance["array"])
        misses = [
            " ".join(map(str, moves[:-1])),  # one move short
            " ".join(map(str, [1, 1] + moves)),  # two wasted moves first
            " ".join(map(str, moves[:-1] + [n])),  # no such position
        ]
        return [
            m
            for m in misses
            if not self.check(problem.instance, self.parse(m, problem.instance), None).correct
        ]

"""MaxWeightedRepeatGapArray: label an array so that weighted repeat gaps add up the most.

There are K labels, label x with a positive weight C[x], and an array of N slots. Every slot gets
a label; a slot i whose label x appeared before, last at slot j, scores C[x] * (i - j), and a
label's first appearance scores nothing. The solver maximises the total score and answers with
the N labels. Any array reaching the optimum is correct - the gaps of a label add up to (its last
slot - its first slot), so the slots between the outermost ones can take many labels, and equal
weights can swap - and the checker recomputes the score and compares it with the optimum stored
at generation. Scores are binary.

The optimum nests the labels: the heaviest label takes slots 1 and N (span N - 1), the next
heaviest slots 2 and N - 1 (span N - 3), and so on while labels and room last, so it is
sum over t of C(t-th heaviest) * (N - 1 - 2t). Weights are drawn from [1, 3K] and K is drawn
between a floor and N, so which labels are used and in what order varies from seed to seed.

Difficulty schedule (K is drawn uniformly from [min_labels, slots]):

    d             0   1   2   3   4  ...  10  ...  20  ...  d
    slots        10  11  12  13  14  ...  20  ...  30  ...  10 + d
    min_labels    5   5   5   5   6  ...   7  ...  10  ...  5 + d // 4

Level 0 has at least five labels: with fewer, the order of the few heaviest labels is guessed
too often. Longer arrays and more labels mean more labels to rank and place.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import random_values


def repeat_gap_score(labels: list[int], weights: list[int]) -> int:
    """Sum of C[label] * (gap to the label's previous slot) over all slots (labels are 1-based)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, x in enumerate(labels):
        first.setdefault(x, i)
        last[x] = i
    return sum(weights[x - 1] * (last[x] - first[x]) for x in first)


def nested_labels(weights: list[int], slots: int) -> list[int]:
    """An optimal array: heaviest labels outermost, the middle filled with the heaviest label."""
    by_weight = sorted(range(1, len(weights) + 1), key=lambda x: -weights[x - 1])
    labels = [by_weight[0]] * slots
    for t, x in enumerate(by_weight[: slots // 2]):
        labels[t] = labels[slots - 1 - t] = x
    return labels


class MaxWeightedRepeatGapArray(Environment):
    description = "Labels for N slots maximising the sum of label weight times gap to the label's previous slot"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 1"
    catalog_name = "StuntFlying"

    def schedule(self, difficulty):
        return {"slots": 10 + difficulty, "min_labels": 5 + difficulty // 4}

    def generate_instance(self, rng, sizes):
        slots = sizes["slots"]
        labels = rng.randint(sizes["min_labels"], slots)
        weights = random_values(rng, labels, 1, 3 * labels)
        best = repeat_gap_score(nested_labels(weights, slots), weights)
        return {"slots": slots, "weights": weights, "best_score": best}

    def solve(self, instance):
        return nested_labels(instance["weights"], instance["slots"])

    def render(self, instance):
        weights, n = instance["weights"], instance["slots"]
        k = len(weights)
        listed = " ".join(f"C[{x}]={c}" for x, c in enumerate(weights, start=1))
        return (
            f"There are {k} labels, numbered 1 to {k}, with weights {listed}.\n\n"
            f"Build an array of {n} slots (slots 1 to {n}), writing one label in every slot "
            "(a label may be used any number of times, or not at all). A slot i holding label x "
            "scores C[x] * (i - j) if label x also appears in an earlier slot and j is the last "
            "such slot; the first slot holding a label scores 0. Make the total score of all "
            "slots as large as possible.\n"
            f"Answer with the {n} labels from slot 1 to slot {n}, separated by spaces (for "
            "example, for 3 slots, 1 2 1 scores C[1] * 2 at slot 3). If several arrays reach "
            "the largest total, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["slots"], max_digits=6)

    def check(self, instance, answer, reference):
        k = len(instance["weights"])
        bad = next((x for x in answer if not 1 <= x <= k), None)
        if bad is not None:
            return Verdict.wrong(f"label {bad} is outside 1..{k}")
        score = repeat_gap_score(answer, instance["weights"])
        if score == instance["best_score"]:
            return Verdict.right()
        return Verdict.wrong(f"valid array, but its score {score} is not the largest possible")

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        k = len(instance["weights"])
        return " ".join(str(rng.randint(1, k)) for _ in range(instance["slots"]))

    def near_misses(self, problem):
        instance = problem.instance
        k, n = len(instance["weights"]), instance["slots"]
        labels = [int(t) for t in problem.answer.split()]
        shifted = labels[1:] + [labels[0]]  # the outermost pair no longer spans the array
        return [
            " ".join(map(str, shifted)),
            " ".join(map(str, labels[:-1] + [k + 1])),
            " ".join(map(str, labels[:-1])),
            " ".join(map(str, [labels[-1]] + labels[:-1])),
            " ".join(["1"] * n),  # one label only: below two nested labels
        ]

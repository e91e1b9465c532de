"""GroupedPlotPurchase: buy rectangular plots in groups, where a group costs (largest width) * (largest length).

The solver sees N plots, each with a positive integer width W and length L, and partitions them
into groups; a group costs the largest width in it times the largest length in it, and the total
cost (the sum over groups) should be smallest. The answer gives a group label to every plot (any
positive labels; plots with the same label form a group). Every partition whose total equals the
optimum is correct; there are always many, since plots dominated by another plot (not wider and
not longer) can join its group for free. The optimum is stored at generation. Scores are binary.

The reference solver drops dominated plots, sorts the rest by width ascending (so lengths
descend), where some optimal partition uses runs of consecutive plots, and runs the DP over
prefixes (the run i..j costs W_j * L_i): O(N^2) steps. Dominated plots then join the group of a
plot that dominates them.

Instances mix a "staircase" of mutually non-dominated plots (about two thirds of them) with
dominated ones. Instances where a simple partition is optimal (one group, every plot on its own,
or one plot alone and all others together: the last is optimal on about a sixth of raw draws at
level 0) are redrawn; after a bounded number of draws (never reached in practice) the first two
plots become (1, S) and (S, 1) for the largest side S and every other plot is squashed to width
or length 1, where neither one group nor every plot alone is optimal.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    plots       10  11  12  13  ...  20  ...  30  ...  10 + d
    max_side    30  35  40  45  ...  80  ...  130 ...  30 + 5d

Level 0 has 10 plots, far too many partitions to try (no fixed labelling is optimal on more than
about 2.5% of instances); each level adds a plot and widens the sides, which makes the
trade-offs between neighbouring groups finer.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before forcing an instance where neither one group nor all singletons is optimal
REDRAWS = 20


def partition_cost(widths: list[int], lengths: list[int], labels: list[int]) -> int:
    """Total cost of the groups that ``labels`` (one per plot) define."""
    groups: dict[int, list[int]] = {}
    for w, length, label in zip(widths, lengths, labels):
        largest = groups.setdefault(label, [0, 0])
        largest[0] = max(largest[0], w)
        largest[1] = max(largest[1], length)
    return sum(w * length for w, length in groups.values())


def simple_partitions_cost(widths: list[int], lengths: list[int]) -> int:
    """Cheapest of the partitions a guess would try: one group, every plot alone, and one plot
    alone with all others together."""
    n = len(widths)
    candidates = [max(widths) * max(lengths), sum(w * x for w, x in zip(widths, lengths))]
    for i in range(n):
        rest = [j for j in range(n) if j != i]
        candidates.append(
            widths[i] * lengths[i] + max(widths[j] for j in rest) * max(lengths[j] for j in rest)
        )
    return min(candidates)


def two_corner_plots(
    widths: list[int], lengths: list[int], side: int
) -> tuple[list[int], list[int]]:
    """A fallback instance: plots (1, side) and (side, 1), every other plot squashed to width 1 or
    length 1 so one of the two dominates it. Optimum 2 * side (the two apart, the rest joining
    them), below one group (side^2, side >= 3) and below every plot alone (more than 2 * side)."""
    widths, lengths = [1, side, *widths[2:]], [side, 1, *lengths[2:]]
    for i in range(2, len(widths)):
        if i % 2:
            lengths[i] = 1
        else:
            widths[i] = 1
    return widths, lengths


def cheapest_partition(widths: list[int], lengths: list[int]) -> tuple[int, list[int]]:
    """(smallest total cost, 1-based group labels of one optimal partition)."""
    n = len(widths)
    # staircase: sort by width descending, then length descending; keep plots longer than all
    # wider (or equally wide) ones seen so far
    order = sorted(range(n), key=lambda i: (-widths[i], -lengths[i]))
    stair, longest = [], 0
    for i in order:
        if lengths[i] > longest:
            stair.append(i)
            longest = lengths[i]
    stair.reverse()  # width ascending, length descending
    m = len(stair)
    cost = [0] + [1 << 62] * m  # cost[j]: first j staircase plots
    run_start = [0] * (m + 1)
    for j in range(1, m + 1):
        wj = widths[stair[j - 1]]
        for i in range(j):  # run of staircase plots i+1..j (1-based)
            c = cost[i] + wj * lengths[stair[i]]
            if c < cost[j]:
                cost[j], run_start[j] = c, i
    labels = [0] * n
    j, group = m, 0
    while j > 0:
        group += 1
        for k in range(run_start[j], j):
            labels[stair[k]] = group
        j = run_start[j]
    for i in range(n):  # a dominated plot joins a staircase plot that dominates it
        if not labels[i]:
            boss = next(s for s in stair if widths[s] >= widths[i] and lengths[s] >= lengths[i])
            labels[i] = labels[boss]
    return cost[m], labels


class GroupedPlotPurchase(Environment):
    description = "Groups of plots minimising the summed (largest width) * (largest length)"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 1 2"
    catalog_name = "LandAcquisition"

    def schedule(self, difficulty):
        return {"plots": 10 + difficulty, "max_side": 30 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n, side = sizes["plots"], sizes["max_side"]
        for _ in range(REDRAWS):
            widths, lengths = self._draw(rng, n, side)
            best, _ = cheapest_partition(widths, lengths)
            if best < simple_partitions_cost(widths, lengths):
                break
        else:
            widths, lengths = two_corner_plots(widths, lengths, side)
            best, _ = cheapest_partition(widths, lengths)
        return {"widths": widths, "lengths": lengths, "best_cost": best}

    @staticmethod
    def _draw(rng, n: int, side: int) -> tuple[list[int], list[int]]:
        steps = max(2, 2 * n // 3)
        stair_widths = sorted(rng.sample(range(1, side + 1), steps))
        stair_lengths = sorted(rng.sample(range(1, side + 1), steps), reverse=True)
        plots = list(zip(stair_widths, stair_lengths))
        for _ in range(n - steps):
            w, length = rng.choice(plots[:steps])
            plots.append((rng.randint(1, w), rng.randint(1, length)))
        rng.shuffle(plots)
        return [p[0] for p in plots], [p[1] for p in plots]

    def solve(self, instance):
        return cheapest_partition(instance["widths"], instance["lengths"])[1]

    def render(self, instance):
        widths, lengths = instance["widths"], instance["lengths"]
        n = len(widths)
        rows = "\n".join(
            f"plot {i}: width {w}, length {length}"
            for i, (w, length) in enumerate(zip(widths, lengths), start=1)
        )
        return (
            f"There are {n} plots of land:\n{rows}\n\n"
            "All plots must be bought. They are bought in groups: every plot belongs to exactly "
            "one group, and a group costs (the largest width among its plots) * (the largest "
            "length among its plots). Split the plots into groups so that the total cost of all "
            "groups is as small as possible.\n"
            "For example, plots (width 2, length 5) and (width 4, length 3) cost 20 together, "
            "or 10 + 12 = 22 in separate groups.\n"
            f"Answer with {n} positive integers separated by spaces: the group label of plot 1, "
            "plot 2, and so on. Plots with the same label form one group; labels are arbitrary "
            "(1 1 2 means plots 1 and 2 together and plot 3 on its own). If several groupings "
            "reach the smallest total cost, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["widths"]) + 1, max_digits=9)

    def check(self, instance, answer, reference):
        n = len(instance["widths"])
        if len(answer) != n:
            return Verdict.wrong(f"expected {n} group labels, one per plot, got {len(answer)}")
        if any(label < 1 for label in answer):
            return Verdict.wrong("group labels must be positive integers")
        cost = partition_cost(instance["widths"], instance["lengths"], answer)
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(f"valid grouping, but its total cost {cost} is not the smallest")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["widths"])
        groups = rng.randint(1, n)
        return " ".join(str(rng.randint(1, groups)) for _ in range(n))

    def near_misses(self, problem):
        instance = problem.instance
        labels = [int(t) for t in problem.answer.split()]
        n = len(labels)
        misses = [
            " ".join(["1"] * n),  # one group: never optimal here
            " ".join(map(str, range(1, n + 1))),  # every plot alone: never optimal here
            " ".join(map(str, labels[:-1])),  # a plot without a label
            " ".join(map(str, [0, *labels[1:]])),  # label 0
        ]
        widths, lengths = instance["widths"], instance["lengths"]
        for a in sorted(set(labels)):  # merging two groups, when that costs more
            for b in sorted(set(labels)):
                merged = [a if x == b else x for x in labels]
                if a < b and partition_cost(widths, lengths, merged) > instance["best_cost"]:
                    misses.append(" ".join(map(str, merged)))
                    return misses
        return misses

"""RiverBridgePlacement: place K bridges to minimise everyone's total walk across a river.

N people live on the north bank of a straight river and work on the south bank; person i's home
is at position S_i along the river and the workplace at T_i (integers). The solver places K
bridges at integer positions P_1..P_K; person i walks to the bridge that suits them best, so the
total cost is sum_i min_j (|P_j - S_i| + |P_j - T_i|) (crossing itself costs nothing). Every set
of K positions with the smallest total is accepted (the checker recomputes the total and compares
it with the optimum stored at generation; there are usually many optimal placements).

Reference: |P - S| + |P - T| = max(|S - T|, 2 |P - (S + T) / 2|), so each person prefers the
bridge nearest to their midpoint, and with people sorted by S + T every optimal assignment can be
taken as K consecutive runs. A run's best bridge is a median of its 2g endpoints (cost: the sum of
the upper g endpoints minus the sum of the lower g). Run costs come from two running heaps
(O(N^2 log N)) and a DP over run boundaries picks the best split (O(K * N^2)).

Difficulty schedule (homes drawn from [centre - spread, centre + spread] around a random centre,
each workplace within spread // 3 of its home):

    d          0   1   2   3  ...  10  ...  20  ...  d
    people     8   9  10  11  ...  18  ...  28  ...  8 + d
    bridges    2   2   2   2  ...   3  ...   4  ...  2 + d // 8
    spread    15  17  19  21  ...  35  ...  55  ...  15 + 2d

More people mean more ways to share them between bridges; more bridges mean more runs to split;
wider positions make the sums longer. The centre (uniform in [-4 * spread, 4 * spread]) keeps
different instances from sharing answers. Answers are binary (no partial credit).

A person whose home and work are far apart is indifferent to every bridge between them, so with
independent homes and workplaces the optimal placements formed wide plateaus and random
positions within the data were optimal on about 6% of the seeds; workplaces near homes (and 8
people for 2 bridges at level 0) bring that to about 1-2%. The format example is checked at
generation and the instance shifted far to the right if it happened to be optimal.
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def total_walk(people: list[list[int]], bridges: list[int]) -> int:
    return sum(min(abs(p - s) + abs(p - t) for p in bridges) for s, t in people)


def run_costs(people: list[list[int]]) -> tuple[list[list[int]], list[list[int]]]:
    """cost[l][r] and a best bridge median[l][r] for the run of people l..r-1 (r > l)."""
    n = len(people)
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    median = [[0] * (n + 1) for _ in range(n + 1)]
    for left in range(n):
        lower: list[int] = []  # max-heap (negated) of the smaller half
        upper: list[int] = []  # min-heap of the larger half
        lower_sum = upper_sum = 0
        for right in range(left, n):
            for e in people[right]:
                # push through lower into upper, then rebalance to equal halves
                moved = -heapq.heappushpop(lower, -e)
                lower_sum += e - moved
                heapq.heappush(upper, moved)
                upper_sum += moved
                if len(upper) > len(lower):
                    back = heapq.heappop(upper)
                    upper_sum -= back
                    heapq.heappush(lower, -back)
                    lower_sum += back
            cost[left][right + 1] = upper_sum - lower_sum
            median[left][right + 1] = -lower[0]
    return cost, median


def best_bridges(people: list[list[int]], bridges: int) -> tuple[int, list[int]]:
    """(smallest total walk, one optimal list of bridge positions); with fewer people than
    bridges, the spare bridges repeat a used position."""
    order = sorted(people, key=lambda p: p[0] + p[1])
    n = len(order)
    spare, bridges = max(bridges - n, 0), min(bridges, n)
    cost, median = run_costs(order)
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(bridges + 1)]
    cut = [[0] * (n + 1) for _ in range(bridges + 1)]
    best[0][0] = 0
    for k in range(1, bridges + 1):
        for right in range(k, n + 1):
            for left in range(k - 1, right):
                value = best[k - 1][left] + cost[left][right]
                if value < best[k][right]:
                    best[k][right], cut[k][right] = value, left
    positions, right = [], n
    for k in range(bridges, 0, -1):
        left = cut[k][right]
        positions.append(median[left][right])
        right = left
    positions += positions[:1] * spare
    return int(best[bridges][n]), sorted(positions)


class RiverBridgePlacement(Environment):
    description = (
        "Positions of K bridges minimising the total walk sum_i min_j |P_j - S_i| + |P_j - T_i|"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "-3 12"
    catalog_name = "PalembangBridges"

    def schedule(self, difficulty):
        return {
            "people": 8 + difficulty,
            "bridges": 2 + difficulty // 8,
            "spread": 15 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        spread = sizes["spread"]
        centre = rng.randint(-4 * spread, 4 * spread)
        people = []
        for _ in range(sizes["people"]):
            home = centre + rng.randint(-spread, spread)
            people.append([home, home + rng.randint(-spread // 3, spread // 3)])
        best, _ = best_bridges(people, sizes["bridges"])
        example = [int(t) for t in self.answer_example.split()]
        if len(example) == sizes["bridges"] and total_walk(people, example) == best:
            # move everyone far to the right: bridges left of every position are then worse
            people = [[s + 10 * spread + 100, t + 10 * spread + 100] for s, t in people]
            best, _ = best_bridges(people, sizes["bridges"])
        return {"people": people, "bridges": sizes["bridges"], "best_total": best}

    def solve(self, instance):
        return best_bridges(instance["people"], instance["bridges"])[1]

    def render(self, instance):
        k = instance["bridges"]
        listed = "\n".join(
            f"person {i}: home at {s}, work at {t}"
            for i, (s, t) in enumerate(instance["people"], start=1)
        )
        return (
            "A straight river separates a north bank from a south bank; positions along both "
            "banks are measured on the same number line. Each person lives on the north bank and "
            f"works on the south bank:\n{listed}\n\n"
            f"You build {k} bridges straight across the river, at integer positions "
            f"P_1, ..., P_{k} (two bridges may share a position). A person with home S and work T "
            "who uses the bridge at P walks |S - P| along the north bank, crosses (crossing costs "
            "nothing) and walks |P - T| along the south bank; everyone uses the bridge that makes "
            "their walk shortest. Choose the positions so that the total walk of all people, "
            f"sum over persons of min over j of (|S - P_j| + |P_j - T|), is as small as possible.\n"
            f"Answer with the {k} bridge positions separated by spaces, in any order. If several "
            "placements reach the smallest total, any one of them is accepted. For example, for "
            "one bridge and the people (home 0, work 4) and (home 10, work 2), a bridge at 3 gives "
            "walks 4 and 8, total 12, which is the smallest possible, so 3 would be an answer."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["bridges"], max_digits=12)

    def check(self, instance, answer, reference):
        total = total_walk(instance["people"], answer)
        if total == instance["best_total"]:
            return Verdict.right()
        return Verdict.wrong(f"these bridges give a total walk of {total}, not the smallest")

    def random_answer(self, problem, rng, other):
        ends = [e for person in problem.instance["people"] for e in person]
        low, high = min(ends), max(ends)
        return " ".join(str(rng.randint(low, high)) for _ in range(problem.instance["bridges"]))

    def near_misses(self, problem):
        instance = problem.instance
        positions = [int(t) for t in problem.answer.split()]
        ends = [e for person in instance["people"] for e in person]
        misses = [
            " ".join(map(str, positions[:-1])),  # one bridge too few
            " ".join(map(str, positions + positions[:1])),  # one too many
        ]
        for moved in (
            [min(ends) - 1] + positions[1:],
            positions[:-1] + [max(ends) + 1],
            [positions[0]] * len(positions),
        ):
            if total_walk(instance["people"], moved) > instance["best_total"]:
                misses.append(" ".join(map(str, moved)))
        return misses

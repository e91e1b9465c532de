"""Set splitting: two-colour the items so that no listed set is single-coloured.

Split the items 1..N into S1 and its complement S2 so that every listed set has an item on each
side. The generator plants a split and draws every set with one or two items from each side
(small sets constrain the split: a random split cuts a pair only half of the time), so a solution
exists; both planted groups hold at least two items (a group of one item is named by a single
number, the same few answers for many instances). Any valid split is accepted (in particular the
swapped one); the checker only needs the answer's S1 and verifies every set against it.

Blind splits (S1 = {1}, {N}, the first half, the odd items, the prompt's example {1, 4, 5}) are
screened: the planted split is never one of them, and when the drawn sets happen to allow one, a
two-item set that it leaves single-coloured but the planted split cuts is added (so M can exceed
the table by up to 6).

Difficulty schedule (N items, M sets; the ratio M / N climbs from 3 to 5 over d = 0..20, then
stays):

    d     0   1   2   3   5   10   20   30   ...
    N     8   9  10  11  13   18   28   38   ...  8 + d
    M    24  27  32  36  45   72  140  190   ...  3N + N * min(d, 20) // 10

More sets per item leave fewer valid splits; both knobs grow every level. N starts at 8 and
there are at least three sets per item: with 5 items and 5 sets, half of the random splits
(and the prompt's example) were valid, so guessing paid; now a random split almost never is.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import parse_int_list

#: redraws of the planted split while it is one of the blind splits
_ATTEMPTS = 10


def blind_splits(n: int) -> list[list[int]]:
    """S1 answers that need no look at the sets: one end item, the first half, the odd items."""
    return [
        [1],
        [n],
        list(range(1, n // 2 + 1)),
        list(range(1, (n + 1) // 2 + 1)),
        list(range(1, n + 1, 2)),
        [1, 4, 5],  # the prompt's example answer
    ]


def _side_with_one(group: list[int], n: int) -> frozenset[int]:
    """The side of the split {group, rest} that holds item 1 (a split and its swap compare equal)."""
    side = set(group)
    return frozenset(side if 1 in side else set(range(1, n + 1)) - side)


def _splits_every_set(side: frozenset[int], sets: list[list[int]]) -> bool:
    return all(0 < sum(1 for x in members if x in side) < len(members) for members in sets)


class SetSplittingTwoColoring(Environment):
    description = "Split items into two groups so that every listed set has items in both groups"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4 5"
    catalog_name = "SetSplitting"

    def schedule(self, difficulty):
        items = 8 + difficulty
        return {"items": items, "sets": 3 * items + items * min(difficulty, 20) // 10}

    def generate_instance(self, rng, sizes):
        n = sizes["items"]
        blind = [_side_with_one(b, n) for b in blind_splits(n)]
        for _ in range(_ATTEMPTS):
            first = sorted(rng.sample(range(1, n + 1), rng.randint(2, n - 2)))
            if _side_with_one(first, n) not in blind:
                break
        else:  # {1, 4} is none of the blind splits for N >= 5
            first = [1, 4]
        second = [x for x in range(1, n + 1) if x not in first]
        sets = []
        for _ in range(sizes["sets"]):
            members = rng.sample(first, rng.randint(1, 2))
            members += rng.sample(second, rng.randint(1, 2))
            sets.append(sorted(members))
        planted = set(first)
        for side in blind:
            if not _splits_every_set(side, sets):
                continue
            # a side of the blind split that holds items of both planted groups: a pair from it
            # is single-coloured for the blind split and cut by the planted one
            rest = set(range(1, n + 1)) - side
            part = side if planted & side and side - planted else rest
            sets.append(sorted([min(part & planted), min(part - planted)]))
        return {"items": n, "sets": sets, "planted": first}

    def solve(self, instance):
        # the planted group without item 1 (the other group works as well)
        planted = instance["planted"]
        if 1 not in planted:
            return list(planted)
        return [x for x in range(1, instance["items"] + 1) if x not in planted]

    def render(self, instance):
        n, sets = instance["items"], instance["sets"]
        listing = "\n".join(f"{{{', '.join(map(str, s))}}}" for s in sets)
        return (
            f"The items are the integers 1 to {n}. Split them into two groups, S1 and S2 (every item in "
            f"exactly one group), so that each of the following {len(sets)} sets contains at least one "
            "item of S1 and at least one item of S2 (no set may lie entirely inside one group):\n"
            f"{listing}\n\n"
            "Several splits may work; any one is accepted.\n"
            "Answer with the items of S1 separated by spaces, in any order (S2 is everything else); for "
            'example "1 4 5" puts 1, 4 and 5 in S1.'
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["items"] + 1, max_digits=12)

    def check(self, instance, answer, reference):
        n = instance["items"]
        if len(set(answer)) != len(answer):
            return Verdict.wrong("an item is listed more than once")
        outside = [x for x in answer if not 1 <= x <= n]
        if outside:
            return Verdict.wrong(f"{outside[0]} is not an item (items are 1 to {n})")
        first = set(answer)
        for index, members in enumerate(instance["sets"], start=1):
            inside = sum(1 for x in members if x in first)
            if inside == 0:
                return Verdict.wrong(f"set {index} has no item in S1")
            if inside == len(members):
                return Verdict.wrong(f"set {index} has no item in S2")
        return Verdict.right()

    def random_answer(self, problem: Problem, rng, other: Problem) -> str:
        """A random split: each item lands in S1 with probability 1/2 (both groups non-empty)."""
        n = problem.instance["items"]
        first = [x for x in range(1, n + 1) if rng.random() < 0.5]
        if not 0 < len(first) < n:
            first = [rng.randint(1, n)]
        return " ".join(map(str, first))

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        planted = self.solve(instance)
        misses = [" ".join(map(str, planted + planted[:1])), f"{instance['items'] + 1}", ""]
        for item in range(1, instance["items"] + 1):
            flipped = [x for x in planted if x != item] if item in planted else planted + [item]
            if not self.check(instance, flipped, None).correct:
                misses.append(" ".join(map(str, flipped)))
                break
        return misses

"""EmptyNeighbourPileGameValue: stones the first player collects when piles open up next to gaps.

A row of piles holds a_1, ..., a_n stones, some of them 0. Alice and Bob alternate, Alice first; a
move takes all the stones of a non-empty pile that has an empty neighbour (pile i - 1 or i + 1;
the first and last piles have only one neighbour), and the pile becomes empty. The game ends when
every pile is empty; each player maximises the stones they collect. The answer is Alice's total
under optimal play (one integer; no partial credit).

Solution: the empty piles cut the row into runs of non-empty piles; a run between two gaps is
taken from either end, a run touching an end of the row only from its inner end. Two classical
reductions make the game greedy. (1) Inside a run, three consecutive values x, y, z with
y >= x and y >= z can be replaced by the single value x + z - y: whoever takes x or z first lets
the opponent answer with y, and the other then takes the remaining one. (2) At the closed (outer)
end of a run touching the row's end, a pair whose outer value is >= its inner neighbour is left
for last: its two values go to different players, and only their difference, added at the very
end, matters. After that both players simply take the largest available value in turn, so the
margin is the alternating sum of the remaining values sorted decreasingly, followed by the
peeled differences, and Alice gets (total + margin) / 2. The tests check this against a full
game-tree search over all positions.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    piles        8   9  10  11  ...  18  ...  28  ...  8 + d
    max_stones  30  35  40  45  ...  80  ... 130  ...  30 + 5 d

Each instance empties between 1 and n - 2 piles (at random positions). Level 0 has 8 piles: the
answer is about half the total, so smaller rows make a guess near it right too often. More piles
mean more runs and more interplay between them.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def first_player_total(piles: list[int]) -> int:
    """Alice's total under optimal play (needs at least one empty pile to be a real game)."""
    items: list[int | None] = []  # reduced run values, None for an empty pile
    for stones in piles:
        items.append(stones if stones else None)
        while (
            len(items) >= 3
            and None not in items[-3:]
            and items[-2] >= items[-3]  # type: ignore[operator]
            and items[-2] >= items[-1]  # type: ignore[operator]
        ):
            outer_left, peak, outer_right = items[-3:]
            del items[-3:]
            items.append(outer_left + outer_right - peak)  # type: ignore[operator]
    low, high, left_for_last = 0, len(items) - 1, 0
    while (
        low + 1 <= high
        and items[low] is not None
        and items[low + 1] is not None
        and items[low] >= items[low + 1]  # type: ignore[operator]
    ):
        left_for_last += items[low + 1] - items[low]  # type: ignore[operator]
        low += 2
    while (
        high - 1 >= low
        and items[high] is not None
        and items[high - 1] is not None
        and items[high] >= items[high - 1]  # type: ignore[operator]
    ):
        left_for_last += items[high - 1] - items[high]  # type: ignore[operator]
        high -= 2
    order = sorted((v for v in items[low : high + 1] if v is not None), reverse=True)
    order.append(left_for_last)
    margin = sum(v if turn % 2 == 0 else -v for turn, v in enumerate(order))
    return (sum(piles) + margin) // 2


class EmptyNeighbourPileGameValue(Environment):
    description = (
        "Stones collected by the first player in a game that takes whole piles next to empty "
        "piles (optimal play)"
    )
    answer_kind = "single_int"
    answer_example = "-2"
    catalog_name = "StoneIntervalsGame"

    def schedule(self, difficulty):
        return {"piles": 8 + difficulty, "max_stones": 30 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["piles"]
        piles = [rng.randint(1, sizes["max_stones"]) for _ in range(n)]
        for i in rng.sample(range(n), rng.randint(1, n - 2)):
            piles[i] = 0
        return {"piles": piles}

    def solve(self, instance):
        return first_player_total(instance["piles"])

    def render(self, instance):
        piles = instance["piles"]
        n = len(piles)
        return (
            f"There are {n} piles of stones in a row, numbered 1 to {n}. Their sizes, from pile 1 "
            f"to pile {n}, are: {' '.join(map(str, piles))}\n\n"
            "Alice and Bob take turns, Alice first. On a turn, the player chooses a non-empty "
            "pile that has an empty neighbouring pile and takes all of its stones (the pile is "
            "then empty). The neighbours of pile i are piles i - 1 and i + 1; pile 1 and pile "
            f"{n} have only one neighbour each. The game ends when every pile is empty.\n"
            "For example, with piles 4 0 7 5, the first player may take pile 1 or pile 3, but "
            "not pile 4.\n\n"
            "Each player plays to collect as many stones as possible. How many stones does Alice "
            "collect in total? Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)

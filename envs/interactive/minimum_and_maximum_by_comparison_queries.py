"""MinimumAndMaximumByComparisonQueries: find both the smallest and the largest of N hidden
values within ceil(3N/2) - 2 comparisons.

Items 1..N hold distinct hidden numbers. Each turn the model either compares two items
("compare i j", answered "i < j" or "i > j": which hidden number is smaller, nothing else) or
answers with the item holding the smallest number and the item holding the largest
("answer i j"). The answer ends the episode: reward 1 if both are right, 0 otherwise; running
out of turns earns 0.

The budget is ceil(3N/2) - 2 comparisons plus the answer turn, which is the exact minimum
(Pohl, 1972). Finding the two extremes separately costs 2N - 3; the saving comes only from
comparing untouched items in pairs first, then the pair's smaller item with the running minimum
and its larger item with the running maximum (three comparisons per two items). Any comparison
that does not remove a candidate for the minimum or the maximum breaks the budget. The scripted
policy is that pairing scheme.

Difficulty schedule:

    d          0    1    2    3  ...   5  ...  10  ...  20  ...  d
    items N   12   14   16   18  ...  22  ...  32  ...  52  ...  12 + 2d
    turns     17   20   23   26  ...  32  ...  47  ...  77  ...  ceil(3N/2) - 1

Two more items every level. Level 0 already has 132 possible (minimum, maximum) answers, so a
blind answer is right on about one episode in 132.
"""

from __future__ import annotations

from rlve_gym.envs.interactive._comparison_oracle import (
    apply_comparison,
    next_comparison_or_none,
    parse_compare_or_answer,
)
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def pairwise_comparisons_needed(items: int) -> int:
    """ceil(3N/2) - 2 (0 for a single item): the fewest comparisons that find both extremes."""
    return max(0, (3 * items + 1) // 2 - 2)


def pairwise_minimum_and_maximum(items: int, less) -> tuple[int, int]:
    """(minimum item, maximum item) of items 1..items: pair the items up, compare each pair, then
    its smaller item with the minimum so far and its larger item with the maximum so far."""
    if items % 2:
        smallest = largest = 1
        start = 2
    else:
        smallest, largest = (1, 2) if less(1, 2) else (2, 1)
        start = 3
    for first in range(start, items, 2):
        low, high = (first, first + 1) if less(first, first + 1) else (first + 1, first)
        if less(low, smallest):
            smallest = low
        if less(largest, high):
            largest = high
    return smallest, largest


class MinimumAndMaximumByComparisonQueries(InteractiveEnvironment):
    description = (
        "Find both the smallest and the largest of N hidden values within ceil(3N/2) - 2 "
        "pairwise comparisons"
    )
    action_example = "compare 1 2"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"items": 12 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        items = sizes["items"]
        ranks = list(range(1, items + 1))
        rng.shuffle(ranks)
        return {
            "items": items,
            "ranks": ranks,  # ranks[i - 1]: the position of item i in increasing order (hidden)
            "turn_limit": pairwise_comparisons_needed(items) + 1,
        }

    def render(self, instance):
        items, limit = instance["items"], instance["turn_limit"]
        return (
            f"There are {items} items, numbered 1 to {items}. Each holds a hidden number; all "
            "the hidden numbers are different. Find the item holding the smallest number and the "
            "item holding the largest.\n"
            "Each turn, write one action:\n"
            "- compare i j: I answer 'i < j' if item i holds the smaller number, 'i > j' if it "
            "holds the larger one (for example: compare 1 2).\n"
            "- answer i j: item i holds the smallest number and item j the largest (for "
            "example: answer 4 7). The answer ends the game: it is right or wrong.\n"
            f"You have at most {limit} turns in all, answer included: {limit - 1} comparisons "
            "and the answer."
        )

    def parse_action(self, text, instance):
        return parse_compare_or_answer(text, 2)

    def initial_state(self, instance):
        return {"known": {}, "comparisons": 0}

    def apply(self, instance, state, action):
        keyword, numbers = action
        ranks = instance["ranks"]
        rank_of = {item: rank for item, rank in enumerate(ranks, start=1)}
        if keyword == "compare":
            return apply_comparison(state, rank_of, numbers[0], numbers[1])
        if len(numbers) != 2 or any(item not in rank_of for item in numbers):
            return Outcome(
                f"An answer names two items between 1 and {len(ranks)} (answer i j); this one "
                "does not, so it was not judged."
            )
        smallest, largest = numbers
        if rank_of[smallest] == 1 and rank_of[largest] == len(ranks):
            return Outcome("Correct: both extremes are right.", solved=True)
        return Outcome("Wrong: not both extremes are right. The game is over.", over=True)

    def policy(self, instance, state, actions):
        items = instance["items"]
        step, found = next_comparison_or_none(
            lambda less: pairwise_minimum_and_maximum(items, less), state["known"]
        )
        if step == "compare":
            return f"compare {found[0]} {found[1]}"
        return f"answer {found[0]} {found[1]}"

    def random_action(self, instance, state, rng):
        items = instance["items"]
        first, second = rng.sample(range(1, items + 1), 2)
        if rng.random() < 0.2:
            return f"answer {first} {second}"
        return f"compare {first} {second}"

"""SortByComparisonQueries: sort N items whose values are hidden, asking one comparison per turn.

Items 1..N hold distinct hidden numbers. Each turn the model either compares two items
("compare i j", answered "i < j" or "i > j": which of the two hidden values is smaller, nothing
else) or gives its final answer, every item once in increasing order of value ("answer 4 1 3 2").
The answer ends the episode: reward 1 if the order is right, 0 otherwise; an episode that runs
out of turns earns 0.

The budget is the worst case of binary insertion sort, sum over k = 2..N of ceil(log2 k)
comparisons, plus one turn for the answer: inserting the k-th item into the sorted list of the
first k - 1 by halving the list's candidate gap needs at most ceil(log2 k) comparisons. That is
within 10% of the information-theoretic minimum ceil(log2 N!) (11 against 10 at N = 6, 99
against 89 at N = 26), so on an unlucky order the budget leaves no room for a comparison whose
answer is already implied by earlier ones. The scripted policy is that binary insertion sort.

Difficulty schedule:

    d          0    1    2    3  ...   5  ...  10  ...   20  ...  d
    items N    6    7    8    9  ...  11  ...  16  ...   26  ...  6 + d
    turns     12   15   18   22  ...  30  ...  50  ...  100  ...  1 + sum_{k=2..N} ceil(log2 k)

One more item every level: the turn limit grows like N log2 N. Level 0 already has 720 possible
orders, so a blind answer is right on about one seed in 720.
"""

from __future__ import annotations

from rlve_gym.envs.interactive._comparison_oracle import (
    apply_comparison,
    next_comparison_or_none,
    parse_compare_or_answer,
)
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def binary_insertion_comparisons(items: int) -> int:
    """Worst-case comparisons of binary insertion sort on ``items`` items."""
    return sum((k - 1).bit_length() for k in range(2, items + 1))


def binary_insertion_sort(items: int, less) -> list[int]:
    """Items 1..items in increasing order, inserting each into the sorted prefix by halving."""
    order: list[int] = []
    for item in range(1, items + 1):
        low, high = 0, len(order)
        while low < high:
            middle = (low + high) // 2
            if less(item, order[middle]):
                high = middle
            else:
                low = middle + 1
        order.insert(low, item)
    return order


class SortByComparisonQueries(InteractiveEnvironment):
    description = (
        "Sort N hidden values by asking pairwise comparisons, within the binary-insertion-sort "
        "worst-case number of comparisons"
    )
    action_example = "compare 1 2"
    max_action_chars = 8_000
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"items": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        items = sizes["items"]
        ranks = list(range(1, items + 1))
        rng.shuffle(ranks)
        return {
            "items": items,
            "ranks": ranks,  # ranks[i - 1]: the position of item i in increasing order (hidden)
            "turn_limit": binary_insertion_comparisons(items) + 1,
        }

    def render(self, instance):
        items, limit = instance["items"], instance["turn_limit"]
        return (
            f"There are {items} items, numbered 1 to {items}. Each holds a hidden number; all "
            "the hidden numbers are different. Find the order of the items from the smallest "
            "hidden number to the largest.\n"
            "Each turn, write one action:\n"
            "- compare i j: I answer 'i < j' if item i holds the smaller number, 'i > j' if it "
            "holds the larger one (for example: compare 1 2).\n"
            f"- answer followed by all {items} item numbers in increasing order of their hidden "
            "numbers (for example, with 3 items: answer 2 3 1). The answer ends the game: it is "
            "right or wrong.\n"
            f"You have at most {limit} turns in all, answer included."
        )

    def parse_action(self, text, instance):
        return parse_compare_or_answer(text, instance["items"])

    def initial_state(self, instance):
        return {"known": {}, "comparisons": 0}

    def apply(self, instance, state, action):
        keyword, numbers = action
        items = instance["items"]
        if keyword == "compare":
            rank_of = {item: rank for item, rank in enumerate(instance["ranks"], start=1)}
            return apply_comparison(state, rank_of, numbers[0], numbers[1])
        if len(numbers) != items or sorted(numbers) != list(range(1, items + 1)):
            return Outcome(
                f"An answer lists each of the items 1 to {items} exactly once; this one does not, "
                "so it was not judged."
            )
        ranks = instance["ranks"]
        if all(ranks[a - 1] < ranks[b - 1] for a, b in zip(numbers, numbers[1:])):
            return Outcome("Correct: that is the increasing order.", solved=True)
        return Outcome("Wrong: that is not the increasing order. The game is over.", over=True)

    def policy(self, instance, state, actions):
        items = instance["items"]
        step, found = next_comparison_or_none(
            lambda less: binary_insertion_sort(items, less), state["known"]
        )
        if step == "compare":
            return f"compare {found[0]} {found[1]}"
        return "answer " + " ".join(map(str, found))

    def random_action(self, instance, state, rng):
        items = instance["items"]
        if rng.random() < 0.2:
            order = list(range(1, items + 1))
            rng.shuffle(order)
            return "answer " + " ".join(map(str, order))
        first, second = rng.sample(range(1, items + 1), 2)
        return f"compare {first} {second}"

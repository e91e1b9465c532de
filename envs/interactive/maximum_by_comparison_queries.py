"""MaximumByComparisonQueries: find the item with the largest hidden value in N - 1 comparisons.

N items carry distinct labels (listed in the task) and distinct hidden numbers. Each turn the
model either compares two items ("compare a b", answered "a < b" or "a > b": which hidden
number is smaller, nothing else) or names the item it believes holds the largest number
("answer a"). The answer ends the episode: reward 1 if right, 0 otherwise; running out of turns
earns 0.

The budget is exactly N - 1 comparisons plus the answer turn. N - 1 is the minimum: every item
but the maximum must lose at least one comparison, and one comparison has one loser. So every
comparison must be between two items that have not lost yet; comparing an item that already
lost wastes the turn that some other item needed to lose. The scripted policy keeps a current
champion and compares it with each unseen item in turn.

Difficulty schedule:

    d          0    1    2    3  ...   5  ...   10  ...   20  ...  d
    items N   40   44   48   52  ...  60  ...   80  ...  120  ...  40 + 4d
    turns     40   44   48   52  ...  60  ...   80  ...  120  ...  N

The item count grows by four each level, and with it the bookkeeping of who has already lost.
Level 0 starts at 40 items because a blind answer is right on 1 / N of the episodes; the labels
are drawn afresh for every problem (distinct numbers below 10 N), so one fixed answer is almost
never even a label of another problem.
"""

from __future__ import annotations

from rlve_gym.envs.interactive._comparison_oracle import (
    apply_comparison,
    next_comparison_or_none,
    parse_compare_or_answer,
)
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def champion_scan(labels: list[int], less) -> int:
    """The label of the largest item: keep a champion, compare it with each item in turn."""
    champion = labels[0]
    for label in labels[1:]:
        if less(champion, label):
            champion = label
    return champion


class MaximumByComparisonQueries(InteractiveEnvironment):
    description = (
        "Find the item with the largest hidden value using exactly N - 1 pairwise comparisons"
    )
    action_example = "compare 5 8"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"items": 40 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        items = sizes["items"]
        labels = rng.sample(range(1, 10 * items), items)
        ranks = list(range(1, items + 1))
        rng.shuffle(ranks)
        return {
            "labels": labels,
            "ranks": ranks,  # ranks[k]: the hidden rank of labels[k] (items is the largest)
            "turn_limit": items,
        }

    def render(self, instance):
        labels, limit = instance["labels"], instance["turn_limit"]
        return (
            f"There are {len(labels)} items, with these labels: {' '.join(map(str, labels))}.\n"
            "Each item holds a hidden number; all the hidden numbers are different. Find the item "
            "that holds the largest one.\n"
            "Each turn, write one action:\n"
            "- compare a b: I answer 'a < b' if item a holds the smaller number, 'a > b' if it "
            f"holds the larger one (for example: compare {labels[0]} {labels[1]}).\n"
            "- answer a: item a holds the largest number. The answer ends the game: it is right "
            "or wrong.\n"
            f"You have at most {limit} turns in all, answer included: {limit - 1} comparisons "
            "and the answer."
        )

    def parse_action(self, text, instance):
        keyword, numbers = parse_compare_or_answer(text, 1)
        return keyword, numbers

    def initial_state(self, instance):
        return {"known": {}, "comparisons": 0}

    def apply(self, instance, state, action):
        keyword, numbers = action
        rank_of = dict(zip(instance["labels"], instance["ranks"], strict=True))
        if keyword == "compare":
            return apply_comparison(state, rank_of, numbers[0], numbers[1])
        label = numbers[0]
        if label not in rank_of:
            return Outcome(f"There is no item {label}, so the answer was not judged.")
        if rank_of[label] == len(rank_of):
            return Outcome(f"Correct: item {label} holds the largest number.", solved=True)
        return Outcome(f"Wrong: item {label} is not the largest. The game is over.", over=True)

    def policy(self, instance, state, actions):
        labels = instance["labels"]
        step, found = next_comparison_or_none(
            lambda less: champion_scan(labels, less), state["known"]
        )
        if step == "compare":
            return f"compare {found[0]} {found[1]}"
        return f"answer {found}"

    def random_action(self, instance, state, rng):
        labels = instance["labels"]
        if rng.random() < 0.2:
            return f"answer {rng.choice(labels)}"
        first, second = rng.sample(labels, 2)
        return f"compare {first} {second}"

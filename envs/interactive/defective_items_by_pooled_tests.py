"""DefectiveItemsByPooledTests: find the D defective items among N with pooled (group) tests,
within the budget of adaptive binary splitting.

Items 1..N; exactly D of them are defective (D is given). Each turn the model either tests a
pool of items ("test 1-4 9", answered "positive" if the pool holds at least one defective item,
"negative" if it holds none; nothing about how many or which) or answers with the D defective
items ("answer 2 7 11"). The answer ends the episode: reward 1 if it names exactly the
defective items, 0 otherwise; running out of turns earns 0.

The budget is sum over k = 0..D-1 of ceil(log2(N - k)) tests plus the answer turn: the worst
case of adaptive binary splitting, which hunts one defective at a time. The pool still known to
hold a defective (at first all unresolved items) is halved by testing one half: a positive half
becomes the new pool, a negative half is cleared and the other half is the pool; one item left
is a defective. Each hunt takes at most ceil(log2 m) tests for m unresolved items, and every
hunt resolves at least one item. The scripted policy is that splitting, with one shortcut: when
the unresolved items are exactly as many as the defectives still missing, it answers. Testing
pools of items already cleared, or pools that cannot split the suspects, wastes the tests the
budget counts on.

Difficulty schedule:

    d              0    1    2    3    4  ...   10  ...   20  ...  d
    items N       16   20   24   28   32  ...   56  ...   96  ...  16 + 4d
    defectives D   3    3    3    3    4  ...    5  ...    8  ...  3 + floor(d / 4)
    turns         13   16   16   16   21  ...   31  ...   57  ...  1 + sum_{k<D} ceil(log2(N - k))

Four more items every level and one more defective every four levels; the budget grows like
D log2 N. Level 0 has C(16, 3) = 560 possible answers, so a blind answer is right on about one
episode in 560.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._item_sets import format_item_set, parse_item_set
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def binary_splitting_tests(items: int, defectives: int) -> int:
    """Worst-case tests of adaptive binary splitting: sum_{k<D} ceil(log2(N - k))."""
    return sum((items - k - 1).bit_length() for k in range(defectives))


class DefectiveItemsByPooledTests(InteractiveEnvironment):
    description = (
        "Find the D defective items among N with pooled tests (positive if a pool holds a "
        "defective) within the adaptive binary splitting budget"
    )
    action_example = "test 1-4 9"
    max_action_chars = 20_000
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"items": 16 + 4 * difficulty, "defectives": 3 + difficulty // 4}

    def generate_instance(self, rng, sizes):
        items, defectives = sizes["items"], sizes["defectives"]
        return {
            "items": items,
            "defectives": defectives,
            "defective": sorted(rng.sample(range(1, items + 1), defectives)),
            "turn_limit": binary_splitting_tests(items, defectives) + 1,
        }

    def render(self, instance):
        items, count, limit = instance["items"], instance["defectives"], instance["turn_limit"]
        return (
            f"There are {items} items, numbered 1 to {items}; exactly {count} of them are "
            "defective. Find the defective items with pooled tests.\n"
            "Each turn, write one action:\n"
            "- test P: test the pool P, a list of item numbers and ranges (for example: test "
            "1-4 9). I answer 'positive' if at least one item of P is defective and 'negative' "
            "if none is.\n"
            f"- answer followed by the {count} defective item numbers (for example: answer "
            f"{' '.join(str(2 * k + 1) for k in range(count))}). The answer ends the game: it "
            "is right or wrong.\n"
            f"You have at most {limit} turns in all, answer included."
        )

    def parse_action(self, text, instance):
        words = text.lower().split(maxsplit=1)
        if not words or words[0] not in ("test", "answer"):
            raise ParseError("start the action with 'test' (test P) or 'answer'")
        rest = words[1] if len(words) > 1 else ""
        return words[0], parse_item_set(rest, instance["items"], "items")

    def initial_state(self, instance):
        # what the tests so far prove (the model never sees this): items cleared by a negative
        # pool, items proven defective, and positive pools (cleared items removed) that hold no
        # proven defective, each therefore holding at least one unfound defective
        return {"cleared": [], "found": [], "pools": []}

    def apply(self, instance, state, action):
        keyword, chosen = action
        items = instance["items"]
        for item in chosen:
            if not 1 <= item <= items:
                what = "nothing was tested" if keyword == "test" else "the answer was not judged"
                return Outcome(f"There is no item {item}; {what}.")
        if len(set(chosen)) != len(chosen):
            what = "nothing was tested" if keyword == "test" else "the answer was not judged"
            return Outcome(f"An item is named twice; {what}.")
        defective = set(instance["defective"])
        if keyword == "answer":
            if len(chosen) != len(defective):
                return Outcome(
                    f"An answer names exactly {len(defective)} items; this one names "
                    f"{len(chosen)}, so it was not judged."
                )
            if set(chosen) == defective:
                return Outcome("Correct: those are the defective items.", solved=True)
            return Outcome("Wrong: those are not the defective items. The game is over.", over=True)
        positive = any(item in defective for item in chosen)
        self._learn(state, chosen, positive)
        return Outcome(f"Pool of {len(chosen)}: {'positive' if positive else 'negative'}.")

    @staticmethod
    def _learn(state, pool, positive):
        cleared, found = set(state["cleared"]), set(state["found"])
        pools = [list(p) for p in state["pools"]]
        if positive:
            remaining = sorted(item for item in pool if item not in cleared)
            if not found.intersection(remaining):
                pools.append(remaining)
        else:
            cleared.update(pool)
            pools = [[item for item in p if item not in cleared] for p in pools]
        found.update(p[0] for p in pools if len(p) == 1)
        state["cleared"] = sorted(cleared)
        state["found"] = sorted(found)
        state["pools"] = [p for p in pools if not found.intersection(p)]

    def policy(self, instance, state, actions):
        count, found = instance["defectives"], state["found"]
        if len(found) == count:
            return "answer " + " ".join(map(str, found))
        resolved = set(state["cleared"]) | set(found)
        unresolved = [item for item in range(1, instance["items"] + 1) if item not in resolved]
        if len(unresolved) == count - len(found):
            return "answer " + " ".join(map(str, sorted(found + unresolved)))
        pool = min(state["pools"], key=len) if state["pools"] else unresolved
        return f"test {format_item_set(pool[: len(pool) // 2])}"

    def random_action(self, instance, state, rng):
        items, count = instance["items"], instance["defectives"]
        if rng.random() < 0.2:
            return "answer " + " ".join(map(str, sorted(rng.sample(range(1, items + 1), count))))
        pool = sorted(rng.sample(range(1, items + 1), rng.randint(1, min(20, items // 2))))
        return f"test {format_item_set(pool)}"

"""CounterfeitCoinBalanceWeighings: find the one counterfeit coin among N with a balance scale,
in ceil(log3 N) weighings.

Coins 1..N look alike; exactly one is counterfeit. The task says whether the counterfeit is
lighter or heavier than a genuine coin (all genuine coins weigh the same; which of the two it is
varies from problem to problem). Each turn the model either weighs two pans with the same number
of coins ("weigh 1-3 vs 4-6", answered "left pan heavier", "right pan heavier" or "the pans
balance") or names the counterfeit ("answer 7"). The answer ends the episode: reward 1 if
right, 0 otherwise; running out of turns earns 0.

The budget is ceil(log3 N) weighings plus the answer turn: a weighing has three outcomes, so k
weighings tell apart at most 3^k coins, and splitting the remaining suspects into two pans of
ceil(n/3) and the rest off the scale achieves it (the scripted policy). A pan of suspects that
is too large or too small leaves more than a third of them after the unlucky outcome, which the
budget does not forgive when N is close to a power of 3.

Difficulty schedule:

    d             0    1    2    3  ...    5  ...   10  ...    20  ...  d
    coins N     240  281  324  369  ...  465  ...  740  ...  1440  ...  240 + 40d + d^2
    turns         6    7    7    7  ...    7  ...    8  ...     8  ...  ceil(log3 N) + 1

The coin count grows quadratically, so the number of weighings grows like log3 of it; every
few levels N passes a power of 3 and one more weighing is needed. Level 0 starts at 240 coins,
just under 3^5, so its five weighings leave no slack; a blind answer is right on 1 / N of the
episodes.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._item_sets import format_item_set, parse_item_set
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def weighings_needed(coins: int) -> int:
    """ceil(log3 coins): the fewest weighings that find one counterfeit of known kind."""
    weighings, reach = 0, 1
    while reach < coins:
        weighings, reach = weighings + 1, reach * 3
    return weighings


class CounterfeitCoinBalanceWeighings(InteractiveEnvironment):
    description = (
        "Find the single lighter (or heavier) counterfeit coin among N with a balance scale in "
        "ceil(log3 N) weighings"
    )
    action_example = "weigh 1-3 vs 4-6"
    max_action_chars = 20_000
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"coins": 240 + 40 * difficulty + difficulty**2}

    def generate_instance(self, rng, sizes):
        coins = sizes["coins"]
        return {
            "coins": coins,
            "counterfeit": rng.randint(1, coins),
            "lighter": rng.random() < 0.5,
            "turn_limit": weighings_needed(coins) + 1,
        }

    def render(self, instance):
        coins, limit = instance["coins"], instance["turn_limit"]
        kind = "lighter" if instance["lighter"] else "heavier"
        return (
            f"There are {coins} coins, numbered 1 to {coins}. Exactly one of them is counterfeit, "
            f"and it is {kind} than a genuine coin; all genuine coins weigh the same. Find the "
            "counterfeit coin with a balance scale.\n"
            "Each turn, write one action:\n"
            "- weigh A vs B: put the coins of A on the left pan and those of B on the right pan, "
            "the same number on each. A and B are lists of coin numbers and ranges, for example: "
            "weigh 1-3 10 vs 4 7-9. I answer 'left pan heavier', 'right pan heavier' or 'the "
            "pans balance'.\n"
            "- answer k: coin k is the counterfeit. The answer ends the game: it is right or "
            "wrong.\n"
            f"You have at most {limit} turns in all, answer included: {limit - 1} weighings and "
            "the answer."
        )

    def parse_action(self, text, instance):
        coins = instance["coins"]
        words = text.lower().split(maxsplit=1)
        if not words or words[0] not in ("weigh", "answer"):
            raise ParseError("start the action with 'weigh' (weigh A vs B) or 'answer' (answer k)")
        rest = words[1] if len(words) > 1 else ""
        if words[0] == "answer":
            if not rest.strip().isdigit() or len(rest.strip()) > 12:
                raise ParseError("write: answer k, with k a coin number")
            return "answer", int(rest.strip())
        pans = rest.split("vs")
        if len(pans) != 2:
            raise ParseError("write: weigh A vs B, with A and B lists of coins")
        left = parse_item_set(pans[0], coins, "coins")
        right = parse_item_set(pans[1], coins, "coins")
        return "weigh", (left, right)

    def initial_state(self, instance):
        # the coins still consistent with every weighing so far (the model never sees this)
        return {"suspects": list(range(1, instance["coins"] + 1))}

    def apply(self, instance, state, action):
        keyword, content = action
        coins, counterfeit = instance["coins"], instance["counterfeit"]
        if keyword == "answer":
            if not 1 <= content <= coins:
                return Outcome(f"There is no coin {content}, so the answer was not judged.")
            if content == counterfeit:
                return Outcome(f"Correct: coin {content} is the counterfeit.", solved=True)
            return Outcome(f"Wrong: coin {content} is genuine. The game is over.", over=True)
        left, right = content
        for coin in left + right:
            if not 1 <= coin <= coins:
                return Outcome(f"There is no coin {coin}; nothing was weighed.")
        if len(set(left + right)) != len(left) + len(right):
            return Outcome("A coin can be put on the scale only once; nothing was weighed.")
        if len(left) != len(right):
            return Outcome(
                f"The pans must hold the same number of coins (here {len(left)} and "
                f"{len(right)}); nothing was weighed."
            )
        heavy_side = None  # where the counterfeit tips the scale
        if counterfeit in left:
            heavy_side = "right" if instance["lighter"] else "left"
        elif counterfeit in right:
            heavy_side = "left" if instance["lighter"] else "right"
        on_left, on_right = set(left), set(right)
        suspects = state["suspects"]
        if heavy_side is None:
            state["suspects"] = [c for c in suspects if c not in on_left and c not in on_right]
            return Outcome("The pans balance.")
        # the lighter pan holds a lighter counterfeit; the heavier pan a heavier one
        lighter_pan, heavier_pan = (
            (on_right, on_left) if heavy_side == "left" else (on_left, on_right)
        )
        pan = lighter_pan if instance["lighter"] else heavier_pan
        state["suspects"] = [c for c in suspects if c in pan]
        return Outcome(f"{heavy_side.capitalize()} pan heavier.")

    def policy(self, instance, state, actions):
        suspects = state["suspects"]
        if len(suspects) == 1:
            return f"answer {suspects[0]}"
        third = (len(suspects) + 2) // 3
        left, right = suspects[:third], suspects[third : 2 * third]
        return f"weigh {format_item_set(left)} vs {format_item_set(right)}"

    def random_action(self, instance, state, rng):
        coins = instance["coins"]
        if rng.random() < 0.2:
            return f"answer {rng.randint(1, coins)}"
        size = rng.randint(1, min(20, coins // 2))
        chosen = rng.sample(range(1, coins + 1), 2 * size)
        return f"weigh {' '.join(map(str, chosen[:size]))} vs {' '.join(map(str, chosen[size:]))}"

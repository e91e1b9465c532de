"""ToggleButtonTargetSequence: press buttons whose effect depends on a toggling bit until Y hits a
target.

A bit X starts at 0 and an integer Y at a given value. Each of N buttons has two rules, one used
when X = 0 and one when X = 1, each of the form "add v", "subtract v" or "multiply by v"; pressing
a button applies the rule for the current X to Y, then X flips. The solver gives a sequence of at
most M presses after which Y equals the target; every such sequence is correct and the checker
replays it. Scores are binary.

The generator plants a random sequence of D presses (redrawn while |Y| exceeds 10^5 along the
way) and takes the value it ends at as the target, which is the reference; targets that some
sequence of fewer than min(D, 3) presses also reaches (the start value included) are redrawn,
so short or empty guesses never work.

Difficulty schedule (M = D + 3; add/subtract values from [1, N + 2], multipliers 2 or 3):

    d            0   1   2   3   4   5   6  ...  10  ...  20  ...  d
    buttons      4   4   5   5   6   6   7  ...   9  ...  14  ...  4 + d // 2
    presses D    4   4   4   5   5   5   6  ...   7  ...  10  ...  4 + d // 3

More buttons give more branches per press and a longer planted sequence puts the target
further away. Many sequences can end at the same value (additions commute), so the generator
plants 8 candidate sequences per set of buttons and keeps the end value that the smallest share
of guessed sequences reaches (counted per length up to M, as long as the previous length has at
most 400 states), redrawing the buttons (up to 50 times, then the rarest so far) until that
share is at most 1%. Level 0 plants four presses among four
buttons: with three and three, one fixed guess was right on 18% of seeds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

LARGEST = 10**5
REDRAWS = 50
SLACK = 3
SHORT = 3
CANDIDATES = 8
STATE_CAP = 400
RARE = 0.01


def apply(rule: list, y: int) -> int:
    op, v = rule
    if op == "+":
        return y + v
    if op == "-":
        return y - v
    return y * v


def press_all(buttons: list, start: int, presses: list[int]) -> int:
    """Y after pressing the 1-based ``presses`` in order, X starting at 0."""
    y, x = start, 0
    for b in presses:
        y = apply(buttons[b - 1][x], y)
        x ^= 1
    return y


def reachable_within(buttons: list, start: int, presses: int) -> set[int]:
    """Every value of Y some sequence of at most ``presses`` presses ends at."""
    layer = {(start, 0)}
    values = {start}
    for _ in range(presses):
        layer = {(apply(rules[x], y), x ^ 1) for y, x in layer for rules in buttons}
        values.update(y for y, _ in layer)
    return values


def hit_shares(buttons: list, start: int, presses: int) -> dict[int, float]:
    """For each value, the largest share, over lengths 1..presses, of all press sequences of that
    length that end at it (how often a guessed sequence would hit it); the count is kept per
    state and stops before expanding a layer of more than STATE_CAP states (longer guesses hit
    even less)."""
    layer = {(start, 0): 1}
    shares: dict[int, float] = {}
    n = len(buttons)
    for length in range(1, presses + 1):
        if len(layer) > STATE_CAP:
            break
        following: dict[tuple[int, int], int] = {}
        for (y, x), count in layer.items():
            for rules in buttons:
                state = (apply(rules[x], y), x ^ 1)
                following[state] = following.get(state, 0) + count
        layer = following
        per_value: dict[int, int] = {}
        for (y, _), count in layer.items():
            per_value[y] = per_value.get(y, 0) + count
        total = n**length
        for y, count in per_value.items():
            shares[y] = max(shares.get(y, 0.0), count / total)
    return shares


def random_rule(rng, top: int) -> list:
    op = rng.choices(["+", "-", "*"], [0.4, 0.4, 0.2])[0]
    return [op, rng.randint(2, 3) if op == "*" else rng.randint(1, top)]


class ToggleButtonTargetSequence(Environment):
    description = (
        "Button presses (rules depend on a bit that flips every press) that bring Y to a target"
    )
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "2 1"
    catalog_name = "QuantumLockPuzzle"

    def schedule(self, difficulty):
        return {"buttons": 4 + difficulty // 2, "depth": 4 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        n, depth = sizes["buttons"], sizes["depth"]
        start = rng.randint(-n, n)
        best = None  # (share of guesses hitting the target, buttons, plan)
        for _ in range(REDRAWS):
            buttons = [[random_rule(rng, n + 2), random_rule(rng, n + 2)] for _ in range(n)]
            too_short = reachable_within(buttons, start, min(depth, SHORT) - 1)
            plans = []
            for _ in range(CANDIDATES):
                plan = [rng.randint(1, n) for _ in range(depth)]
                values = [press_all(buttons, start, plan[:k]) for k in range(1, depth + 1)]
                if max(abs(v) for v in values) <= LARGEST and values[-1] not in too_short:
                    plans.append(plan)
            if not plans:
                continue
            shares = hit_shares(buttons, start, depth + SLACK)
            for plan in plans:
                share = shares.get(press_all(buttons, start, plan), 0.0)
                if best is None or share < best[0]:
                    best = (share, buttons, plan)
            if best[0] <= RARE:
                break
        if best is None:  # every button adds 1: Y0 + D needs D presses
            best = (1.0, [[["+", 1], ["+", 1]] for _ in range(n)], [1] * depth)
        _, buttons, plan = best
        return {
            "buttons": buttons,
            "start": start,
            "target": press_all(buttons, start, plan),
            "max_presses": depth + SLACK,
            "plan": plan,
        }

    def solve(self, instance):
        return instance["plan"]

    def render(self, instance):
        def rule_text(rule):
            op, v = rule
            word = {"+": "add", "-": "subtract", "*": "multiply Y by"}[op]
            return f"{word} {v}"

        lines = "\n".join(
            f"button {i}: if X = 0, {rule_text(r0)}; if X = 1, {rule_text(r1)}"
            for i, (r0, r1) in enumerate(instance["buttons"], start=1)
        )
        n = len(instance["buttons"])
        return (
            f"There is a bit X, which starts at 0, and an integer Y, which starts at "
            f"{instance['start']}. There are {n} buttons, numbered 1 to {n}. Each button has two "
            "rules: pressing it applies to Y the rule for the current value of X, and then X "
            'flips (0 becomes 1, 1 becomes 0). "add v" and "subtract v" change Y by v; '
            '"multiply Y by v" multiplies it.\n'
            f"{lines}\n\n"
            "Buttons may be pressed in any order and any number of times. Find a sequence of at "
            f"most {instance['max_presses']} presses after which Y equals {instance['target']}.\n"
            "Answer with the button numbers in the order you press them, separated by spaces "
            "(for example 2 1 means press button 2, then button 1). Any sequence that works is "
            "accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["max_presses"] + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["buttons"])
        if any(not 1 <= b <= n for b in answer):
            return Verdict.wrong(f"button numbers must be between 1 and {n}")
        if len(answer) > instance["max_presses"]:
            return Verdict.wrong(f"more than {instance['max_presses']} presses")
        y = press_all(instance["buttons"], instance["start"], answer)
        if y == instance["target"]:
            return Verdict.right()
        return Verdict.wrong(f"Y ends at {y}, not {instance['target']}")

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        length = rng.randint(1, inst["max_presses"])
        return " ".join(str(rng.randint(1, len(inst["buttons"]))) for _ in range(length))

    def near_misses(self, problem):
        inst = problem.instance
        plan = [int(t) for t in problem.answer.split()]
        n = len(inst["buttons"])
        candidates = [
            plan[:-1],  # shorter than the fewest presses
            plan[1:],
            plan[:-1] + [n + 1],
            plan + plan[-1:] * (inst["max_presses"] + 1 - len(plan)),  # too many presses
        ]
        return [" ".join(map(str, c)) for c in candidates if not self.check(inst, c, None).correct]

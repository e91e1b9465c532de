"""SharedDishChoiceEquilibrium: a stable choice of dishes around a round table.

People 1..n sit around a round table and dishes 1..n lie between neighbours: dish i between person
i and person i + 1, and dish n between person n and person 1, so person i can reach dishes i - 1
and i (person 1: dishes n and 1). Every person eats exactly one of the two dishes they can reach;
a dish eaten by two people is split equally, and a dish nobody picks is wasted. The task: give
each person's dish so that nobody would get strictly more calories by switching to their other
dish while everybody else keeps their choice (a pure Nash equilibrium). Every such assignment is
accepted; no partial credit.

Solution: such an assignment always exists (the game is a congestion game, so best replies cannot
cycle). Person i's stability depends only on the choices of persons i - 1, i and i + 1, so a
dynamic programme around the circle over the pair (choice of i - 1, choice of i), with the first
two choices fixed in each of four ways, finds one in O(n). The checker counts the eaters of every
dish and tests each person's switch with integer cross-multiplication.

Difficulty schedule:

    d              0    1    2    3  ...   10  ...   20  ...  d
    people        12   13   14   15  ...   22  ...   32  ...  12 + d
    max_calories 100  110  120  130  ...  200  ...  300  ...  100 + 10 d

Level 0 has 12 people: with fewer, "everybody takes the dish on their right" (stable whenever no
dish has more than twice the calories of the next one) or a random choice is stable too often.
More people mean longer chains of interacting choices to settle.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def reachable_dishes(person: int, n: int) -> tuple[int, int]:
    """(left dish, right dish) of a 1-based person."""
    return (person - 1 if person > 1 else n, person)


def unhappy_person(calories: list[int], dishes: list[int]) -> int | None:
    """The first 1-based person who gains strictly by switching dish, or None if nobody does.
    ``dishes`` must give each person one of their two reachable dishes."""
    n = len(calories)
    eaters = [0] * (n + 1)
    for dish in dishes:
        eaters[dish] += 1
    for person, dish in enumerate(dishes, start=1):
        left, right = reachable_dishes(person, n)
        other = right if dish == left else left
        # calories[dish] / eaters[dish] < calories[other] / (eaters[other] + 1)
        if calories[dish - 1] * (eaters[other] + 1) < calories[other - 1] * eaters[dish]:
            return person
    return None


def stable_choice(calories: list[int]) -> list[int]:
    """One equilibrium: DP over (choice of person i - 1, choice of person i), 0 = left, 1 = right."""
    n = len(calories)

    def stable(i: int, before: int, mine: int, after: int) -> bool:
        """Person i (0-based) is content, given the choices of i - 1, i and i + 1."""
        left_dish, right_dish = (i - 1) % n, i  # 0-based dish indices
        left_eaters = (before == 1) + (mine == 0)
        right_eaters = (mine == 1) + (after == 0)
        if mine == 0:
            return calories[left_dish] * (right_eaters + 1) >= calories[right_dish] * left_eaters
        return calories[right_dish] * (left_eaters + 1) >= calories[left_dish] * right_eaters

    for last in (0, 1):
        for first in (0, 1):
            # back[i][(a, b)]: persons i - 1, i choose (a, b) with persons 0..i-1 content; the
            # value is the pair one step earlier
            back: list[dict[tuple[int, int], tuple[int, int]]] = [{}]
            states = {(last, first): None}
            for i in range(1, n):
                step: dict[tuple[int, int], tuple[int, int]] = {}
                for before, mine in states:
                    for after in (0, 1):
                        if i == n - 1 and after != last:
                            continue
                        if stable(i - 1, before, mine, after) and (mine, after) not in step:
                            step[(mine, after)] = (before, mine)
                back.append(step)
                states = step
            for before, mine in states:
                if stable(n - 1, before, mine, first):
                    choice = [0] * n
                    state = (before, mine)
                    for i in range(n - 1, 0, -1):
                        choice[i] = state[1]
                        state = back[i][state]
                    choice[0] = first
                    return [reachable_dishes(p + 1, n)[c] for p, c in enumerate(choice)]
    raise AssertionError("a congestion game always has a pure equilibrium")


class SharedDishChoiceEquilibrium(Environment):
    description = (
        "Assign each person at a round table one of their two neighbouring dishes so that "
        "nobody gains by switching (a pure equilibrium)"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 1 2"
    catalog_name = "LAS"

    def schedule(self, difficulty):
        return {"people": 12 + difficulty, "max_calories": 100 + 10 * difficulty}

    def generate_instance(self, rng, sizes):
        calories = [rng.randint(1, sizes["max_calories"]) for _ in range(sizes["people"])]
        return {"calories": calories}

    def solve(self, instance):
        return stable_choice(instance["calories"])

    def render(self, instance):
        calories = instance["calories"]
        n = len(calories)
        listing = ", ".join(f"dish {i}: {c}" for i, c in enumerate(calories, start=1))
        return (
            f"{n} people, numbered 1 to {n}, sit around a round table. Between each pair of "
            f"neighbours lies one dish: dish i lies between person i and person i + 1 (for i = 1 "
            f"to {n - 1}), and dish {n} lies between person {n} and person 1. So person i can "
            f"reach dishes i - 1 and i, and person 1 can reach dishes {n} and 1.\n"
            f"The dishes contain these numbers of calories: {listing}.\n\n"
            "Every person eats exactly one of the two dishes they can reach. If two people eat "
            "the same dish they share it equally (each gets half of its calories); a dish nobody "
            "chooses is left uneaten.\n"
            "Choose a dish for every person so that nobody could get strictly more calories by "
            "switching to their other dish while everyone else keeps their choice.\n\n"
            f"Answer with {n} dish numbers separated by spaces, the dish of person 1 first, then "
            "of person 2, and so on. If several choices work, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=6, length=len(instance["calories"]))

    def check(self, instance, answer, reference):
        calories = instance["calories"]
        n = len(calories)
        for person, dish in enumerate(answer, start=1):
            if dish not in reachable_dishes(person, n):
                left, right = reachable_dishes(person, n)
                return Verdict.wrong(f"person {person} can only eat dish {left} or dish {right}")
        unhappy = unhappy_person(calories, answer)
        if unhappy is not None:
            return Verdict.wrong(f"person {unhappy} gets more calories by switching dish")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["calories"])
        return " ".join(str(rng.choice(reachable_dishes(p, n))) for p in range(1, n + 1))

    def near_misses(self, problem):
        instance = problem.instance
        n = len(instance["calories"])
        dishes = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, dishes[:-1])),  # one person short
            " ".join(map(str, [n + 1 if p == 1 else d for p, d in enumerate(dishes, 1)])),
            " ".join(map(str, [2] + dishes[1:])),  # person 1 reaches only dishes n and 1
        ]
        for p in range(1, n + 1):  # one person switches and somebody becomes unhappy
            left, right = reachable_dishes(p, n)
            switched = list(dishes)
            switched[p - 1] = right if dishes[p - 1] == left else left
            if unhappy_person(instance["calories"], switched) is not None:
                misses.append(" ".join(map(str, switched)))
                break
        return misses

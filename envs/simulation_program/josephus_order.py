"""JosephusOrder: the full elimination order of a Josephus circle.

N people numbered 1..N stand in a circle. Counting starts at person S and goes round in
increasing order (N is followed by 1), skipping people already out; the person counted M-th is
eliminated and the count restarts at 1 with the next person still in the circle. The solver
lists all N people in the order they leave, so the answer is unique and checks every step of
the simulation, not just the survivor.

Difficulty schedule (people N drawn from [min_people, max_people], step M from [2, max_step],
the starting person S from 1..N):

    d            0   1   2   3   4   5  ...  10  ...  20  ...  d
    min_people   7   8   9  10  11  12  ...  17  ...  27  ...  7 + d
    max_people  12  14  16  18  20  22  ...  32  ...  52  ...  12 + 2d
    max_step    10  10  11  11  12  12  ...  15  ...  20  ...  10 + d // 2

The circle grows by one or two people per level (the answer lists every one of them); longer
steps make each round of counting longer to trace. Both grow linearly, so prompts stay short.
Level 0 already has 7 to 12 people, steps up to 10 (longer than some circles, so counting wraps)
and a random starting person: with a handful of (N, M) pairs a level would be memorised.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def elimination_order(people: int, step: int, start: int = 1) -> list[int]:
    """Simulate the circle: O(N^2) list deletions, which is microseconds at the sizes used here."""
    circle = list(range(1, people + 1))
    order = []
    position = start - 1
    while circle:
        position = (position + step - 1) % len(circle)
        order.append(circle.pop(position))
    return order


class JosephusOrder(Environment):
    description = "The order in which people leave a Josephus circle counting every M-th person"
    answer_kind = "int_list"
    answer_example = "1 3 4 2"
    catalog_name = "Josephus"

    def schedule(self, difficulty):
        return {
            "min_people": 7 + difficulty,
            "max_people": 12 + 2 * difficulty,
            "max_step": 10 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        people = rng.randint(sizes["min_people"], sizes["max_people"])
        return {
            "people": people,
            "step": rng.randint(2, sizes["max_step"]),
            "start": rng.randint(1, people),
        }

    def solve(self, instance):
        return elimination_order(instance["people"], instance["step"], instance["start"])

    def render(self, instance):
        n, m, start = instance["people"], instance["step"], instance["start"]
        return (
            f"{n} people, numbered 1 to {n}, stand in a circle in increasing order (person {n} is "
            "followed by person 1).\n"
            f"Start counting at person {start} (who is counted as 1) and keep counting people around the "
            f"circle in increasing order, skipping anyone who has already left. The person counted "
            f"as {m} leaves the circle; the count then starts again at 1 with the next person still "
            f"in the circle. Repeat until everyone has left.\n"
            "For example, with 4 people, a count of 5 and counting starting at person 1, the "
            "people leave in the order 1 3 4 2.\n\n"
            f"List all {n} people in the order in which they leave, as numbers separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["people"], max_digits=6)

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        if sorted(answer) != list(range(1, instance["people"] + 1)):
            return Verdict.wrong(
                f"the list must contain each of 1..{instance['people']} exactly once"
            )
        agree = next(i for i, (a, b) in enumerate(zip(answer, reference, strict=True)) if a != b)
        return Verdict.wrong(f"the first {agree} people are right, but leaver {agree + 1} is wrong")

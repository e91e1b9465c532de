"""LinearProbingSeatingProbability: the chance that every newcomer finds a seat when each walks
right from a random seat to the first free one.

A row has K seats numbered 1 to K, some of them already taken. N people (at most the number of
free seats) arrive one after another; each picks a seat number L uniformly at random from 1 to K,
independently of everyone else, and takes the first free seat among L, L + 1, ..., K; if all of
those are taken the person stands. The solver gives the probability that nobody stands, as a
fraction p/q in lowest terms. With no seat taken beforehand this is the classic parking-function
count, (K + 1)^(N - 1) (K - N + 1) / K^N; taken seats make it depend on where they are.

Solver. Nobody stands exactly when, for every seat j, the number of people whose pick is j or
more is at most the number of free seats among j..K (the people who end up in the free seats of
j..K all picked j or more; if someone stands, take the smallest j such that j..K was full at that
moment: everyone seated there picked j or more, and so did the person standing). The order of
arrival does not matter, so counting pick sequences is a right-to-left DP over seats whose state
is how many people picked a seat at or right of the current one, choosing which of the remaining
people pick the current seat (a binomial): O(K N^2) exact integer operations, divided by K^N.

Instances: each seat is taken with a probability drawn per instance from [0.15, 0.45] (at least
one seat is taken; with none, the closed form above would do), and N fills
at least 60% of the free seats (and is at least 2). With few people only the last seats matter
(two people among many free seats stand only when both pick near the right end), and a handful
of fractions such as 168/169 would cover a fifth of the instances.

Difficulty schedule (K uniform in [min_seats, max_seats]; N uniform in [max(2, ceil(0.6 F)), F],
F the number of free seats):

    d             0   1   2   3   4  ...  10  ...  20  ...  d
    min_seats     8   8   9   9  10  ...  13  ...  18  ...  8 + d // 2
    max_seats    11  11  12  13  13  ...  17  ...  24  ...  11 + 2d // 3

Level 0 already has eight seats (a handful of seats would give a few memorable instances); seats
and people grow with d, so the counting argument is needed and the fraction gets longer (its
denominator divides K^N, about N log10(K) digits).
"""

from __future__ import annotations

import math
from fractions import Fraction

from rlve_gym import Environment
from rlve_gym.answers import parse_fraction


def seated_pick_sequences(seats: int, taken: list[int], people: int) -> int:
    """Number of the ``seats ** people`` pick sequences (picks in 1..seats) with which nobody stands."""
    taken_set = set(taken)
    free_from = [0] * (seats + 2)  # free_from[j]: free seats among j..seats
    for j in range(seats, 0, -1):
        free_from[j] = free_from[j + 1] + (j not in taken_set)
    ways = [0] * (people + 1)  # ways[c]: c people picked a seat right of the current one
    ways[0] = 1
    for j in range(seats, 0, -1):
        new = [0] * (people + 1)
        for placed, count in enumerate(ways):
            if not count:
                continue
            for extra in range(min(people - placed, free_from[j] - placed) + 1):
                new[placed + extra] += count * math.comb(people - placed, extra)
        ways = new
    return ways[people]


def seating_probability(seats: int, taken: list[int], people: int) -> Fraction:
    return Fraction(seated_pick_sequences(seats, taken, people), seats**people)


class LinearProbingSeatingProbability(Environment):
    description = (
        "Probability that N people all find a seat when each walks right from a uniformly "
        "random seat to the first free one, as a reduced fraction"
    )
    answer_kind = "rational"
    answer_example = "3/1000000007"
    catalog_name = "Cinema"

    def schedule(self, difficulty):
        return {"min_seats": 8 + difficulty // 2, "max_seats": 11 + (2 * difficulty) // 3}

    def generate_instance(self, rng, sizes):
        seats = rng.randint(sizes["min_seats"], sizes["max_seats"])
        share = rng.uniform(0.15, 0.45)
        taken = [j for j in range(1, seats + 1) if rng.random() < share]
        if not taken:
            taken = [rng.randint(1, seats)]
        if seats - len(taken) < 2:
            taken = taken[:-2]
        free = seats - len(taken)
        people = rng.randint(max(2, (free * 3 + 4) // 5), free)
        return {"seats": seats, "taken": taken, "people": people}

    def solve(self, instance):
        return seating_probability(instance["seats"], instance["taken"], instance["people"])

    def format_answer(self, answer):
        return f"{answer.numerator}/{answer.denominator}"

    def render(self, instance):
        k, taken, n = instance["seats"], instance["taken"], instance["people"]
        if taken:
            listed = ", ".join(map(str, taken))
            before = f"Seats {listed} are already taken; the other {k - len(taken)} are free."
        else:
            before = f"All {k} seats are free."
        return (
            f"A cinema has one row of {k} seats numbered 1 to {k} from left to right. {before}\n"
            f"{n} people arrive one after another. Each person picks a seat number L uniformly at "
            f"random from 1 to {k} (every number equally likely, independently of the other "
            "people's picks; the picked seat may be taken). The person then takes the first free "
            f"seat among L, L + 1, ..., {k}, checked in that order (a seat taken earlier, before "
            "the people came or by an earlier person, is not free). If all of those seats are "
            "taken, the person stands.\n"
            "For example, with 2 seats, both free, and 2 people, the second person stands only "
            "when both pick seat 2, so the probability that nobody stands is 3/4.\n"
            f"What is the probability that none of the {n} people stands? Answer with a fraction "
            "p/q in lowest terms (q > 0)."
        )

    def parse(self, text, instance):
        digits = instance["people"] * len(str(instance["seats"])) + 4
        return parse_fraction(text, max_digits=digits)

    def near_misses(self, problem):
        inst = problem.instance
        k, taken, n = inst["seats"], inst["taken"], inst["people"]
        misses = [
            self.format_answer(seating_probability(k, taken, n - 1)),
            self.format_answer(seating_probability(k, [], n)),
            self.format_answer(Fraction((k + 1) ** (n - 1) * (k - n + 1), k**n)),
        ]
        answer = seating_probability(k, taken, n)
        return [m for m in misses if m != self.format_answer(answer)] + [
            f"{answer.numerator + 1}/{answer.denominator}"
        ]

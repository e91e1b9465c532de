"""CircleSeatingMinMoveCost: rotate groups of people round a circle of seats, at the least total
cost, until everyone sits between their two friends.

N people sit on N seats around a circle, person i on seat i. Each person names two friends, and
the friendships form one big circle, so some seating puts everyone between their two friends. A
move is a list of distinct people (b1, ..., bm): at once, b1 takes b2's seat, b2 takes b3's,
..., and bm takes b1's; it costs m. The solver gives moves of the smallest total cost after
which everyone sits next to both friends; every such list is correct, and the checker replays
it. Scores are binary.

The fewest cost is N minus the largest number of people already on the right seat over the 2N
seatings that satisfy everyone (N rotations of the friendship circle, each in two directions):
every person who must move appears in some move, and the cycles of the needed permutation
achieve exactly that. The reference takes the best seating and writes its cycles; the tests
check the optimum with Dijkstra's algorithm over all seatings and all moves on small circles.
Instances whose friendship circle is already the seating are redrawn.

Difficulty schedule:

    d         0   1   2   3  ...  10  ...  20  ...  d
    people    7   8   9  10  ...  17  ...  27  ...  7 + d

More people give more candidate seatings to compare and longer cycles to write. Level 0 has 7
people (360 different friendship circles): with 5 or 6, the same circle comes up too often.
"""

from __future__ import annotations

import re

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list

REDRAWS = 20


def satisfying_seatings(circle: list[int]) -> list[list[int]]:
    """All 2N seatings (seat_of[person], 1-based, index 0 unused) that put everyone between the
    friends given by the cyclic order ``circle``."""
    n = len(circle)
    out = []
    for order in (circle, circle[::-1]):
        for shift in range(n):
            seat_of = [0] * (n + 1)
            for k, person in enumerate(order):
                seat_of[person] = (k + shift) % n + 1
            out.append(seat_of)
    return out


def cheapest_moves(circle: list[int]) -> list[list[int]]:
    """Moves of the smallest total cost: the cycles of the seating that keeps most people put."""
    n = len(circle)
    seat_of = max(
        satisfying_seatings(circle), key=lambda s: sum(s[p] == p for p in range(1, n + 1))
    )
    moves, done = [], set()
    for person in range(1, n + 1):
        if person in done or seat_of[person] == person:
            continue
        cycle, x = [], person
        while x not in done:  # x takes the seat of the person sitting where x must go
            done.add(x)
            cycle.append(x)
            x = seat_of[x]
        moves.append(cycle)
    return moves


def neighbours_ok(seat_of: list[int], friends: list[list[int]]) -> int | None:
    """The first person (1-based) not sitting next to both friends, or None."""
    n = len(seat_of) - 1
    for person in range(1, n + 1):
        for friend in friends[person - 1]:
            if (seat_of[person] - seat_of[friend]) % n not in (1, n - 1):
                return person
    return None


class CircleSeatingMinMoveCost(Environment):
    description = (
        "Cheapest group moves on a circle of seats so that everyone sits between their two friends"
    )
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "3 1 2; 4 5"
    catalog_name = "CampfireParty"

    def schedule(self, difficulty):
        return {"people": 7 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["people"]
        for _ in range(REDRAWS):
            circle = list(range(1, n + 1))
            rng.shuffle(circle)
            if cheapest_moves(circle):
                break
        else:  # swap two people of the identity circle: 2 1 3 4 ... needs moves
            circle = [2, 1] + list(range(3, n + 1))
        friends = [[0, 0] for _ in range(n)]
        for k, person in enumerate(circle):
            pair = [circle[k - 1], circle[(k + 1) % n]]
            rng.shuffle(pair)
            friends[person - 1] = pair
        cost = sum(len(m) for m in cheapest_moves(circle))
        return {"friends": friends, "circle": circle, "best_cost": cost}

    def solve(self, instance):
        return cheapest_moves(instance["circle"])

    def format_answer(self, answer):
        return "; ".join(" ".join(map(str, move)) for move in answer)

    def render(self, instance):
        friends = instance["friends"]
        n = len(friends)
        listing = "\n".join(
            f"person {i}: friends {a} and {b}" for i, (a, b) in enumerate(friends, 1)
        )
        return (
            f"{n} people, numbered 1 to {n}, sit on {n} seats arranged in a circle: seat i is "
            f"next to seats i-1 and i+1, and seat {n} is next to seat 1. At the start person i "
            "sits on seat i. Each person has two friends:\n"
            f"{listing}\n\n"
            "A move is a list of distinct people b1 b2 ... bm (m >= 1). In a move, all of them "
            "change seats at once: b1 takes the seat where b2 was sitting, b2 takes the seat "
            "where b3 was sitting, ..., and bm takes the seat where b1 was sitting. A move of m "
            "people costs m.\n"
            "Make moves so that in the end every person sits next to both of their friends, "
            "with the smallest possible total cost.\n"
            "Answer with your moves in order, separated by semicolons or on separate lines, each "
            "move as its people separated by spaces (for example 3 1 2; 4 5 is a move of people "
            "3, 1 and 2 followed by a move of people 4 and 5, total cost 5). Any list of moves "
            "with the smallest total cost is accepted."
        )

    def parse(self, text, instance):
        n = len(instance["friends"])
        if len(text) > 8 * n * n + 64:
            raise ParseError("the answer is far too long")
        parts = [p for p in re.split(r"[;\n]", text) if p.strip()]
        if len(parts) > 2 * n:
            raise ParseError(f"{len(parts)} moves given, at most {2 * n} expected")
        moves = [parse_int_list(p, max_items=n, max_digits=6) for p in parts]
        return [m for m in moves if m]

    def check(self, instance, answer, reference):
        n = len(instance["friends"])
        seat_of = list(range(n + 1))
        sitting = list(range(n + 1))  # sitting[seat] = person
        for k, move in enumerate(answer, start=1):
            if any(not 1 <= p <= n for p in move):
                return Verdict.wrong(f"move {k} names a person outside 1..{n}")
            if len(set(move)) != len(move):
                return Verdict.wrong(f"move {k} names a person twice")
            new_seats = [seat_of[p] for p in move[1:]] + [seat_of[move[0]]]
            for person, seat in zip(move, new_seats, strict=True):
                seat_of[person] = seat
                sitting[seat] = person
        unhappy = neighbours_ok(seat_of, instance["friends"])
        if unhappy is not None:
            return Verdict.wrong(f"at the end person {unhappy} does not sit next to both friends")
        cost = sum(len(m) for m in answer)
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(
            f"everyone sits next to their friends, but cost {cost} is not the least"
        )

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["friends"])
        moves = []
        for _ in range(rng.randint(1, 3)):
            moves.append(rng.sample(range(1, n + 1), rng.randint(2, n)))
        return "; ".join(" ".join(map(str, m)) for m in moves)

    def near_misses(self, problem):
        inst = problem.instance
        moves = self.parse(problem.answer, inst)
        n = len(inst["friends"])
        candidates = [
            moves[:-1],
            moves + [[1, 2], [2, 1]],  # undoes itself: right seating, higher cost
            [m[::-1] for m in moves],
            moves[:-1] + [moves[-1] + [n + 1]],
        ]
        out = []
        for c in candidates:
            if not self.check(inst, c, None).correct:
                out.append(self.format_answer(c) if c else "1")
        return out

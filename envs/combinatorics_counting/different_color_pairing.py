"""Pair up coloured pearls so that the two pearls of every pair have different colours.

Pearls 1..N (N even) each have a colour; a valid pairing exists exactly when no colour is on more
than N / 2 pearls, and the generator guarantees that. Any valid pairing is accepted. The solver
lists the pearls grouped by colour and pairs position i with position i + N/2 of that list: a
colour fills a contiguous run of at most N/2 positions, so it cannot hold both ends of a pair.

Difficulty schedule (N pearls, up to C colours; one colour is made dominant, close to N/2 pearls,
so that careless pairings fail):

    d     0   1   2   3   5   10   20   30   ...  d
    N    20  22  24  26  30   40   60   80   ...  20 + 2d
    C     3   4   4   5   6    8   13   18   ...  3 + (d + 1) // 2

Level 0 starts at twenty pearls: with fewer, another instance's pairing is valid often enough
to be guessed.

The colour order is reshuffled (a bounded number of times) while the blind pairing 1-2, 3-4, ...
would be valid, so answering without reading the colours rarely passes.

The linear growth keeps the prompt (one colour per pearl) far below the length limit.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list

#: reshuffles of the colours while the neighbour pairing 1-2, 3-4, ... happens to be valid
MAX_SHUFFLES = 20


class DifferentColorPairing(Environment):
    description = "Split 2K coloured pearls into K pairs, each pair of two different colours"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 4\n2 3"
    catalog_name = "DifferentColorPairing"

    def schedule(self, difficulty):
        return {"pearls": 20 + 2 * difficulty, "colours": 3 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        pearls, colours = sizes["pearls"], sizes["colours"]
        half = pearls // 2
        # the other colours hold at most half the pearls each, so the dominant one needs at least
        # pearls - (colours - 1) * half of them
        dominant = rng.randint(max(1, half - 2, pearls - (colours - 1) * half), half)
        counts = [dominant] + [0] * (colours - 1)
        for _ in range(pearls - dominant):
            open_colours = [c for c in range(1, colours) if counts[c] < half]
            counts[rng.choice(open_colours)] += 1
        colours_of = [c for c in range(colours) for _ in range(counts[c])]
        for _ in range(MAX_SHUFFLES):
            rng.shuffle(colours_of)
            if any(colours_of[i] == colours_of[i + 1] for i in range(0, pearls, 2)):
                break  # the blind pairing of neighbours 1-2, 3-4, ... fails here
        return {"colours": [c + 1 for c in colours_of]}

    def solve(self, instance):
        colours = instance["colours"]
        order = sorted(range(len(colours)), key=lambda i: (colours[i], i))
        half = len(order) // 2
        return [[order[i] + 1, order[i + half] + 1] for i in range(half)]

    def format_answer(self, answer):
        return "\n".join(f"{a} {b}" for a, b in answer)

    def render(self, instance):
        colours = instance["colours"]
        n = len(colours)
        listing = ", ".join(str(c) for c in colours)
        return (
            f"There are N = {n} pearls numbered 1 to {n}. Pearl i has colour C[i] (colours are "
            f"numbers): C = {listing}.\n"
            f"Split the pearls into {n // 2} pairs so that every pearl is in exactly one pair and the "
            "two pearls of each pair have different colours.\n"
            f"Write the {n // 2} pairs one per line, each as two pearl numbers separated by a space "
            '(for example, for C = 1, 1, 2, 2 one valid answer is the two lines "1 4" and "2 3").'
        )

    def parse(self, text, instance):
        n = len(instance["colours"])
        values = parse_int_list(text, max_items=n + 1, max_digits=12)
        if len(values) != n:
            raise ParseError(
                f"expected {n // 2} pairs ({n} pearl numbers), got {len(values)} numbers"
            )
        return [values[i : i + 2] for i in range(0, n, 2)]

    def check(self, instance, answer, reference):
        colours = instance["colours"]
        n = len(colours)
        seen = set()
        for a, b in answer:
            for pearl in (a, b):
                if not 1 <= pearl <= n:
                    return Verdict.wrong(f"pearl {pearl} does not exist (pearls are 1 to {n})")
                if pearl in seen:
                    return Verdict.wrong(f"pearl {pearl} is used more than once")
                seen.add(pearl)
            if colours[a - 1] == colours[b - 1]:
                return Verdict.wrong(f"pearls {a} and {b} have the same colour")
        return Verdict.right()

    def near_misses(self, problem):
        pairs = self.solve(problem.instance)
        colours = problem.instance["colours"]
        misses = []
        # repeat a pearl in place of another
        repeated = [list(p) for p in pairs]
        repeated[-1][1] = repeated[0][0]
        misses.append(self.format_answer(repeated))
        # swap partners between two pairs so that two pearls of the same colour meet, if possible
        for i in range(len(pairs)):
            for j in range(len(pairs)):
                if i != j and colours[pairs[i][0] - 1] == colours[pairs[j][1] - 1]:
                    swapped = [list(p) for p in pairs]
                    swapped[i][1], swapped[j][1] = swapped[j][1], swapped[i][1]
                    misses.append(self.format_answer(swapped))
                    break
            else:
                continue
            break
        misses.append(self.format_answer(pairs[:-1]))
        return misses

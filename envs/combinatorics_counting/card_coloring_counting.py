"""Card colourings up to shuffles: count the R/G/B colourings of N cards with prescribed colour
counts, where two colourings are the same when a sequence of the given shuffles turns one into
the other.

The shuffles generate a permutation group G; the classes are the orbits of G on colourings.
The solver closes the generators into G by breadth-first search and applies Burnside's lemma:
orbits = (1/|G|) sum_g fix(g), where fix(g) counts the colourings constant on every cycle of g
(a knapsack over the cycles that reaches the three colour counts exactly). fix depends only on
the cycle type, so it is computed once per type, by the compiled three-colour knapsack of
``rlve_gym.kernels.counting_dp`` (the dictionary version cost most of the generation time).

The generators are built so that G stays small: the cards are split into hidden "polygons" of
2 to 5 cards (the rest stay fixed), grouped into one to three "rings" of equal-size polygons;
every generator applies one rotation or reflection to all polygons of a ring at once, so G is a
subgroup of a product of at most three dihedral groups, shown under a random relabelling of the
positions. A generator set whose group exceeds the cap is redrawn (bounded
attempts, then a single rotation of one polygon).

Difficulty schedule (1 to 3 generators; the colour counts are a random split of N with at least
two colours present; group order at most the cap):

    d        0    1    2    3    5    10   20   30   ...  d
    N       10   11   12   13   15    20   30   40   ...  10 + d
    cap     32   36   40   44   52    72  112  152   ...  32 + 4 d

Level 0 starts at ten cards: with fewer, the class counts are a handful of small numbers that
a guess hits often.

The answer is the exact number of classes (at most 3^N / 1, so about N / 2 digits).
"""

from __future__ import annotations

from collections import Counter
from math import factorial

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.kernels.counting_dp import cycle_type, fixed_colourings_three, group_closure

COLOURS = "RGB"
MAX_ATTEMPTS = 12


def _polygon_move(size: int, rng) -> list[int]:
    """A random rotation or reflection of a polygon with ``size`` corners, as a map corner -> corner."""
    shift = rng.randrange(size)
    if rng.random() < 0.35:
        return [(shift - i) % size for i in range(size)]
    return [(i + shift) % size for i in range(size)]


def _random_generators(rng, cards: int, count: int) -> list[list[int]]:
    """Generators acting on hidden rings: each ring is a set of polygons of one size that move
    together (every generator applies one rotation or reflection to all polygons of a ring)."""
    order = list(range(cards))
    rng.shuffle(order)
    ring_sizes = [rng.randint(2, 5) for _ in range(rng.randint(1, 3))]
    rings: list[list[list[int]]] = [[] for _ in ring_sizes]
    start = 0
    while True:
        ring = rng.randrange(len(ring_sizes))
        size = ring_sizes[ring]
        if cards - start < size or (rings[ring] and rng.random() < 0.15):
            break
        rings[ring].append(order[start : start + size])
        start += size
    generators = []
    for _ in range(count):
        perm = list(range(cards))
        for size, polygons in zip(ring_sizes, rings, strict=True):
            move = _polygon_move(size, rng)
            for corners in polygons:
                for i, card in enumerate(corners):
                    perm[card] = corners[move[i]]
        generators.append(perm)
    return generators


def _fallback_generator(rng, cards: int) -> list[int]:
    """A single rotation of a random set of up to 5 cards (group order <= 5)."""
    corners = rng.sample(range(cards), min(5, cards))
    perm = list(range(cards))
    for i, card in enumerate(corners):
        perm[card] = corners[(i + 1) % len(corners)]
    return perm


def _colour_counts(rng, cards: int) -> list[int]:
    while True:  # at least two colours present; terminates with probability 1 quickly (N >= 2)
        cuts = sorted(rng.randint(0, cards) for _ in range(2))
        counts = [cuts[0], cuts[1] - cuts[0], cards - cuts[1]]
        if sum(c > 0 for c in counts) >= 2:
            return counts


def orbit_count(group: list[tuple[int, ...]], counts: list[int]) -> int:
    """Burnside's lemma over the listed group elements, one knapsack per cycle type."""
    types = Counter(cycle_type(g) for g in group)
    total = sum(mult * fixed_colourings_three(t, counts) for t, mult in types.items())
    orbits, remainder = divmod(total, len(group))
    if remainder:
        raise ValueError("the permutations given do not form a group (Burnside sum not divisible)")
    return orbits


def _colourings(counts: list[int]) -> int:
    """Colourings with these colour counts (a multinomial coefficient)."""
    total = factorial(sum(counts))
    for count in counts:
        total //= factorial(count)
    return total


class CardColoringCounting(Environment):
    description = (
        "Number of R/G/B colourings of N cards with given colour counts, up to a group of shuffles"
    )
    answer_kind = "single_int"
    answer_example = "12"
    catalog_name = "CardColoringCounting"

    def schedule(self, difficulty):
        return {"cards": 10 + difficulty, "max_group_order": 32 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        cards, cap = sizes["cards"], sizes["max_group_order"]
        generators = group = None
        for _ in range(MAX_ATTEMPTS):
            candidate = _random_generators(rng, cards, rng.randint(1, 3))
            candidate = [g for g in candidate if g != list(range(cards))]
            if candidate:
                group = group_closure(candidate, cards, cap)
                if group is not None:
                    generators = candidate
                    break
        if generators is None:
            generators = [_fallback_generator(rng, cards)]
            group = group_closure(generators, cards, cap)
        counts = _colour_counts(rng, cards)
        for _ in range(MAX_ATTEMPTS):  # prefer colour counts with more than one class
            # more colourings than shuffles always leaves several classes: only a small set of
            # colourings needs the (costly) orbit count
            if _colourings(counts) > len(group) or orbit_count(group, counts) > 1:
                break
            counts = _colour_counts(rng, cards)
        return {"cards": cards, "shuffles": generators, "counts": counts}

    def solve(self, instance):
        group = group_closure(instance["shuffles"], instance["cards"], limit=10**6)
        return orbit_count(group, instance["counts"])

    def parse(self, text, instance):
        return parse_int(text, max_digits=instance["cards"] + 2)

    def render(self, instance):
        n = instance["cards"]
        red, green, blue = instance["counts"]
        shuffles = "\n".join(
            f"Shuffle {i + 1}: " + " ".join(str(p + 1) for p in perm)
            for i, perm in enumerate(instance["shuffles"])
        )
        return (
            f"There are N = {n} card positions, numbered 1 to {n}, with one card in each position. "
            f"A colouring paints every card red (R), green (G) or blue (B); use exactly {red} red, "
            f"{green} green and {blue} blue cards. A colouring is written as the colours of "
            "positions 1..N in order.\n"
            "A shuffle is a list P[1], ..., P[N] (a permutation of 1..N): it moves the card at "
            "position i to position P[i], for every i at once. The allowed shuffles are:\n"
            f"{shuffles}\n"
            "Two colourings are considered the same if one can be turned into the other by applying "
            "allowed shuffles any number of times (possibly zero) in any order; this is an "
            "equivalence, since repeating a shuffle eventually undoes it.\n"
            "For example, with N = 3, the single shuffle 2 3 1 and one card of each colour, the "
            "6 colourings fall into 2 classes: {RGB, BRG, GBR} and {RBG, GRB, BGR}.\n"
            "How many different colourings are there (how many classes)?\n"
            "Answer with the exact count, a single integer."
        )

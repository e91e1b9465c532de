"""Paths in 3-D space that grow one coordinate to a bitwise superset, avoiding forbidden points.

Start at (0, 0, 0); a step changes one coordinate to a different value that contains all of its
1 bits (x -> x' with x AND x' = x). Count the step sequences that reach (X, Y, Z) without visiting
any forbidden point. A coordinate can never lose a bit, so every useful point is a bitwise subset
of the target, and the number of unobstructed paths between two such points depends only on how
many bits each coordinate still has to gain: ``free[a][b][c]`` (the last step sets some of the
a bits of one coordinate, the rest were set before). Forbidden points are handled by
inclusion-exclusion in lexicographic order: ``avoid[p] = free(0 -> p) - sum over forbidden q
strictly below p of avoid[q] * free(q -> p)``, O(K**2) for K forbidden points.

Difficulty schedule (coordinates of the target are drawn from 0 .. C; K forbidden points among
the bitwise subsets of the target; the count is asked modulo a prime):

    d     0   1   2   3   5   10   20   30   ...
    C    15  19  23  27  35   55   95  135   ...  15 + 4d
    K     3   4   5   6   8   13   23   33   ...  3 + d  (at most the subsets available)

Both knobs grow linearly. The target has at least six 1 bits in all: the count depends mostly on
how many bits each coordinate gains, and targets with three or four bits left a handful of small
counts (2, 3, 4, 6) that answered up to a quarter of a level; with one forbidden point the
counts still repeated (one answered a tenth of level 0), so there are at least three.
"""

from __future__ import annotations

from math import comb

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

#: bounded redraws of the forbidden points before falling back to fewer of them
_ATTEMPTS = 20
#: 1 bits the target has at least, so that paths branch and counts spread
MIN_TARGET_BITS = 6


def free_path_table(bits_x: int, bits_y: int, bits_z: int, modulus: int) -> list[list[list[int]]]:
    """``table[a][b][c]``: superset-step paths that gain a, b, c bits in x, y, z (no obstacles)."""
    table = [[[0] * (bits_z + 1) for _ in range(bits_y + 1)] for _ in range(bits_x + 1)]
    table[0][0][0] = 1
    for a in range(bits_x + 1):
        for b in range(bits_y + 1):
            for c in range(bits_z + 1):
                if a == b == c == 0:
                    continue
                total = sum(comb(a, i) * table[i][b][c] for i in range(a))
                total += sum(comb(b, j) * table[a][j][c] for j in range(b))
                total += sum(comb(c, k) * table[a][b][k] for k in range(c))
                table[a][b][c] = total % modulus
    return table


def count_superset_paths(target: list[int], forbidden: list[list[int]], modulus: int) -> int:
    """Paths from the origin to ``target`` avoiding ``forbidden`` (bitwise subsets of the target)."""
    table = free_path_table(*(t.bit_count() for t in target), modulus)
    points = sorted(tuple(p) for p in forbidden) + [tuple(target)]
    avoid: list[int] = []
    for i, point in enumerate(points):
        value = table[point[0].bit_count()][point[1].bit_count()][point[2].bit_count()]
        for j in range(i):
            below = points[j]
            if all(q & p == q for q, p in zip(below, point, strict=True)) and below != point:
                gap = [(p ^ q).bit_count() for q, p in zip(below, point, strict=True)]
                value -= avoid[j] * table[gap[0]][gap[1]][gap[2]]
        avoid.append(value % modulus)
    return avoid[-1]


def _random_submask(rng, mask: int) -> int:
    return sum(1 << b for b in range(mask.bit_length()) if mask >> b & 1 and rng.random() < 0.5)


class SupersetMovePathsAvoidingPoints(ModularCountEnvironment):
    description = "Count bitwise-superset step paths to a 3-D point that avoid forbidden points, modulo a prime"
    catalog_name = "BannedPointSupersetPathCounting"

    def schedule(self, difficulty):
        return {"coordinate_limit": 15 + 4 * difficulty, "forbidden": 3 + difficulty}

    def generate_instance(self, rng, sizes):
        limit = sizes["coordinate_limit"]
        target = [rng.randint(0, limit) for _ in range(3)]
        while sum(t.bit_count() for t in target) < MIN_TARGET_BITS:
            target[rng.randrange(3)] |= 1 << rng.randrange(limit.bit_length())
        modulus = choose_prime(rng)
        subsets = 1 << sum(t.bit_count() for t in target)
        wanted = min(sizes["forbidden"], subsets - 2)
        for attempt in range(_ATTEMPTS + 1):
            if attempt == _ATTEMPTS:  # fall back to a single forbidden point, which keeps paths
                wanted = 1
            forbidden: set[tuple[int, int, int]] = set()
            while len(forbidden) < wanted:
                point = tuple(_random_submask(rng, t) for t in target)
                if point != (0, 0, 0) and list(point) != target:
                    forbidden.add(point)
            listed = [list(p) for p in sorted(forbidden)]
            rng.shuffle(listed)
            if count_superset_paths(target, listed, modulus) not in (0, 1):
                break
        return {"target": target, "forbidden": listed, "modulus": modulus}

    def solve(self, instance):
        return count_superset_paths(instance["target"], instance["forbidden"], instance["modulus"])

    def render(self, instance):
        x, y, z = instance["target"]
        forbidden = "\n".join(f"({a}, {b}, {c})" for a, b, c in instance["forbidden"])
        return (
            f"You walk in 3-D space from the point (0, 0, 0) to the point ({x}, {y}, {z}). From a point "
            "(x, y, z) one step goes to a different point that changes exactly one coordinate, and the "
            "new value must keep every 1 bit of the old one: (x', y, z) with x AND x' = x, or "
            "(x, y', z) with y AND y' = y, or (x, y, z') with z AND z' = z (AND is bitwise; for "
            "example 5 -> 7 is allowed, 5 -> 6 is not).\n\n"
            f"The path must never visit any of these {len(instance['forbidden'])} forbidden points:\n"
            f"{forbidden}\n\n"
            f"How many different paths (sequences of steps) lead from (0, 0, 0) to ({x}, {y}, {z})?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )

"""Two-colour towers: layer i of a tower holds i blocks, every layer is all black or all white,
at most A black and B white blocks are available; count the colourings of the tallest tower.

A tower of N layers needs T = N(N+1)/2 blocks; choosing which layers are black is choosing a
subset of {1..N} whose sum s satisfies s <= A and T - s <= B. Subset sums of {1..N} reach every
value 0..T, so the tallest tower is the largest N with T <= A + B, and the answer is the number
of subsets of {1..N} with sum in [max(0, T - B), min(A, T)]: a 0/1 knapsack count over sums,
kept as one big integer whose base-2^w digits are the counts (one shift-add per layer).

Difficulty schedule (A and B are drawn from C / 4 .. C; instances whose count is 1, or that are the
prompt's example A = B = 3, are redrawn a few times, then A = B = C: the allowed black sums
[T - C, C] are then symmetric about T / 2, so a subset and its complement count together and
the count is even, hence at least 2):

    d     0    1    2    3    5    10    20    30   ...  d
    C    55   77  103  133  205   455  1255  2455   ...  5 + 2 (d + 5)^2

The tower height grows like sqrt(C), about 2 d, and the knapsack has about C cells per layer.
C starts at 55 and neither supply is below C / 4: with fewer blocks, or one colour nearly
missing, the black sums allowed are few and one count (2) answered a sixth to half of a level.
"""

from __future__ import annotations

from rlve_gym import Environment

ATTEMPTS = 8


def tallest_tower(black: int, white: int) -> int:
    layers = 0
    while (layers + 1) * (layers + 2) // 2 <= black + white:
        layers += 1
    return layers


def count_tallest_towers(black: int, white: int) -> int:
    """Colourings (one colour per layer) of the tallest tower buildable with the given blocks."""
    layers = tallest_tower(black, white)
    total = layers * (layers + 1) // 2
    low, high = max(0, total - white), min(black, total)
    if low > high:
        return 0
    # the subset-sum polynomial prod (1 + x^size) as one integer, coefficients in base 2^width:
    # no count exceeds 2^layers, so none overflows its digit and the digits of a window sum
    # exactly to the window's residue modulo 2^width - 1
    width = layers + 2
    sums = 1
    for size in range(1, layers + 1):
        sums += sums << (size * width)
    window = (sums >> (low * width)) & ((1 << ((high - low + 1) * width)) - 1)
    return window % ((1 << width) - 1)


class TwoColourTowerCounting(Environment):
    description = "Number of ways to colour the layers of the tallest tower buildable from A black and B white blocks"
    answer_kind = "single_int"
    answer_example = "6"
    catalog_name = "MonochromeBlockCounting"

    def schedule(self, difficulty):
        return {"max_blocks": 5 + 2 * (difficulty + 5) ** 2}

    def generate_instance(self, rng, sizes):
        most = sizes["max_blocks"]
        for _ in range(ATTEMPTS):
            black, white = rng.randint(most // 4, most), rng.randint(most // 4, most)
            # (3, 3) is the prompt's worked example
            if count_tallest_towers(black, white) > 1 and (black, white) != (3, 3):
                return {"black": black, "white": white}
        return {"black": most, "white": most}

    def solve(self, instance):
        return count_tallest_towers(instance["black"], instance["white"])

    def render(self, instance):
        a, b = instance["black"], instance["white"]
        return (
            "You build a tower of layers numbered 1, 2, ..., N from the top; layer i consists of "
            "exactly i blocks. All blocks of one layer have the same colour, black or white. You have "
            f"A = {a} black blocks and B = {b} white blocks (you need not use them all). Build a tower "
            "with the largest possible number of layers N.\n"
            "Two towers are different if some layer has a different colour. How many different "
            "towers with the largest possible N are there?\n"
            "For example, with A = 3 and B = 3 the tallest tower has N = 3 layers (6 blocks) and the "
            "black layers must hold exactly 3 blocks: black layers {3} or {1, 2}, so the answer is 2.\n"
            "Answer with the exact count, a single integer."
        )

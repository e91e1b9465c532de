"""Matrices with prescribed submatrix maxima: count the H x W matrices with entries in 1..M whose
maximum over each given rectangle equals the given value, modulo a prime.

Every cell gets an upper bound, the smallest value among the rectangles covering it (M if none).
A rectangle with value v is satisfied exactly when one of its cells whose bound is v holds v, so
the cells split by bound into independent groups. For one value v, inclusion-exclusion over the
rectangles with that value: for a subset S of them, the cells of bound v inside some rectangle
of S are limited to v - 1 and the others to v, giving
sum_S (-1)^|S| prod_cells (v - 1 or v)^(cells). Cells are handled in blocks of the compressed
coordinates, blocks with the same set of covering rectangles are merged, and the 2^g subsets of
one group are evaluated as one numpy vector.

Counting assignments that hit every rectangle is #P-hard in general (it contains hitting-set
counting), so the generator caps at 10 the number of rectangles sharing one value (the cost is
2^10 per group); the number of rectangles, the matrix size and M keep growing.

The rectangles come from a hidden matrix, so the count is at least 1 (an instance whose count
is exactly 1 is redrawn up to five times). Difficulty schedule (H and W are drawn from
max(2, S / 2) .. S, M from max(3, V / 2) .. V and the hidden entries from 1 .. M):

    d     0   1   2   3   5   10   20    30   ...  d
    Q     3   4   5   6   8   13   23    33   ...  3 + d   rectangles
    S     5   7   9  11  15   25   45    65   ...  5 + 2 d
    V     6  15  30  51 111  366 1326  2886   ...  3 + 3 (d + 1)^2

Level 0 starts one step past the smallest instances: with two rectangles on a 3 x 3 grid and
values up to 3, one count (405) answered a tenth of level 0.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import numpy as np

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_SHARED_VALUE = 10
ATTEMPTS = 30
REDRAWS = 5


def count_submatrix_maximum_matrices(
    height: int, width: int, top: int, rectangles: list[list[int]], modulus: int
) -> int:
    """rectangles: [row1, col1, row2, col2, value] with 1-based inclusive corners."""
    row_cuts = sorted({1, height + 1} | {r[0] for r in rectangles} | {r[2] + 1 for r in rectangles})
    col_cuts = sorted({1, width + 1} | {r[1] for r in rectangles} | {r[3] + 1 for r in rectangles})
    rows, cols = len(row_cuts) - 1, len(col_cuts) - 1
    bound = np.full((rows, cols), top, dtype=np.int64)
    spans = []
    for r1, c1, r2, c2, value in rectangles:
        span = (
            bisect_left(row_cuts, r1),
            bisect_left(row_cuts, r2 + 1),
            bisect_left(col_cuts, c1),
            bisect_left(col_cuts, c2 + 1),
        )
        spans.append(span)
        bound[span[0] : span[1], span[2] : span[3]] = np.minimum(
            bound[span[0] : span[1], span[2] : span[3]], value
        )
    area = np.outer(np.diff(row_cuts), np.diff(col_cuts))  # cells per block
    groups: dict[int, list[int]] = {}
    for index, rect in enumerate(rectangles):
        groups.setdefault(rect[4], []).append(index)
    covered = np.zeros((rows, cols), dtype=bool)
    for r0, r1, c0, c1 in spans:
        covered[r0:r1, c0:c1] = True
    result = pow(top, int(area[~covered].sum()), modulus)
    for value, members in groups.items():
        # which of this value's rectangles cover each block, as a bit mask
        masks = np.zeros((rows, cols), dtype=np.int64)
        for bit, index in enumerate(members):
            r0, r1, c0, c1 = spans[index]
            masks[r0:r1, c0:c1] |= 1 << bit
        mine = covered & (bound == value)
        block_masks, where = np.unique(masks[mine], return_inverse=True)
        cells_by_mask = np.bincount(where.ravel(), weights=area[mine], minlength=len(block_masks))
        subsets = np.arange(1 << len(members), dtype=np.int64)
        products = np.ones(len(subsets), dtype=np.int64)
        for mask, cells in zip(block_masks.tolist(), cells_by_mask.tolist(), strict=True):
            limited, free = pow(value - 1, int(cells), modulus), pow(value, int(cells), modulus)
            products = products * np.where(subsets & mask, limited, free) % modulus
        signs = np.array([bin(s).count("1") % 2 for s in range(len(subsets))], dtype=bool)
        group_count = (
            int(products[~signs].sum() % modulus) - int(products[signs].sum() % modulus)
        ) % modulus
        result = result * group_count % modulus
    return result


@lru_cache(maxsize=4)
def _cached_count(height, width, top, rectangles, modulus) -> int:
    """The generator counts each draw while screening out counts of 1; generation then asks for
    the same count again, so the last few are kept."""
    return count_submatrix_maximum_matrices(
        height, width, top, [list(r) for r in rectangles], modulus
    )


class SubmatrixMaximumMatrixCounting(ModularCountEnvironment):
    description = "Number of matrices with entries in 1..M whose maxima over given rectangles are prescribed, modulo a prime"
    catalog_name = "MatrixRMQCounting"

    def schedule(self, difficulty):
        return {
            "rectangles": 3 + difficulty,
            "max_side": 5 + 2 * difficulty,
            "max_value": 3 + 3 * (difficulty + 1) ** 2,
        }

    def generate_instance(self, rng, sizes):
        modulus = choose_prime(rng)
        for _ in range(REDRAWS):  # prefer instances whose count is not 1
            instance = self._draw(rng, sizes, modulus)
            if self.solve(instance) > 1:
                break
        return instance

    def _draw(self, rng, sizes, modulus):
        side = sizes["max_side"]
        height, width = rng.randint(max(2, side // 2), side), rng.randint(max(2, side // 2), side)
        top = rng.randint(max(3, sizes["max_value"] // 2), sizes["max_value"])
        # the hidden entries come from a numpy generator seeded by ``rng`` (one draw per matrix)
        hidden = np.random.default_rng(rng.getrandbits(64)).integers(1, top + 1, (height, width))
        rectangles: list[list[int]] = []
        shared: dict[int, int] = {}
        for _ in range(sizes["rectangles"]):
            for _ in range(ATTEMPTS):
                r1, r2 = sorted(rng.randint(1, height) for _ in range(2))
                c1, c2 = sorted(rng.randint(1, width) for _ in range(2))
                value = int(hidden[r1 - 1 : r2, c1 - 1 : c2].max())
                if shared.get(value, 0) < MAX_SHARED_VALUE:
                    shared[value] = shared.get(value, 0) + 1
                    rectangles.append([r1, c1, r2, c2, value])
                    break
        return {
            "height": height,
            "width": width,
            "max_value": top,
            "rectangles": rectangles,
            "modulus": modulus,
        }

    def solve(self, instance):
        rectangles = tuple(tuple(r) for r in instance["rectangles"])
        return _cached_count(
            instance["height"],
            instance["width"],
            instance["max_value"],
            rectangles,
            instance["modulus"],
        )

    def render(self, instance):
        h, w, m = instance["height"], instance["width"], instance["max_value"]
        lines = "\n".join(
            f"max of rows {r1}..{r2}, columns {c1}..{c2} = {v}"
            for r1, c1, r2, c2, v in instance["rectangles"]
        )
        return (
            f"Count the matrices A with H = {h} rows and W = {w} columns (rows numbered 1..H, columns "
            f"1..W) whose entries are integers from 1 to M = {m}, such that for each condition below "
            "the largest entry of A inside the given block of rows and columns (both ranges "
            "inclusive) equals the given value:\n"
            f"{lines}\n"
            "For example, for H = 1, W = 2, M = 2 and the single condition 'max of rows 1..1, "
            "columns 1..2 = 2' there are 3 matrices: [1 2], [2 1] and [2 2].\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )

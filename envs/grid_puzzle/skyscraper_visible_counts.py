"""SkyscraperGridFromVisibleCounts: heights of a Latin square of buildings from how many are visible.

An N x N grid holds buildings of heights 1..N, each height once per row and per column. Outside
each end of every row and column a clue says how many buildings are visible from there (a
building is visible when it is taller than all buildings in front of it). All 4N clues are
given, plus a few revealed heights where the clues alone leave several grids. The solver
answers with the grid; any grid meeting every rule is correct (up to N = 8 there is exactly one,
and the prompt says so). Scores are binary. Generation, prompt and checker are shared with the
height-sum variant (``_skyscraper``): the planted square is random (the constraint solver with
random value orders), uniqueness is proven with one table constraint per line (every
permutation with that line's two clues), revealing cells of the planted square until no rival
grid remains and then dropping every reveal that is not needed.

Difficulty schedule:

    d     0-2   3-5   6-8   9-11  12-14  15-17  ...  20  ...  d
    N      4     5     6     7     8      9     ...  10  ...  4 + d // 3

Level 0 is 4 x 4 (3 x 3 has only 12 Latin squares, so a fixed answer would be right too often).
The board grows every three levels; up to 8 x 8 (level 14) clues and reveals are proven to fix
one grid, which takes about 0.1 s at 8 x 8 (the 40,320 permutations of a line are tabulated
once per process). Beyond, the table of line permutations grows factorially, so larger boards
show the clues of a random planted square and accept any grid that meets them.
"""

from __future__ import annotations

from rlve_gym.envs.grid_puzzle._skyscraper import SkyscraperPuzzle


class SkyscraperGridFromVisibleCounts(SkyscraperPuzzle):
    description = (
        "A Latin square of building heights matching how many buildings are visible from each side"
    )
    catalog_name = "SkyscraperPuzzle"
    score = "count"
    clue_words = "number of visible buildings"

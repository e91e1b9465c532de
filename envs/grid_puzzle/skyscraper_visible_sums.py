"""SkyscraperGridFromVisibleSums: heights of a Latin square of buildings from the sums of the visible ones.

An N x N grid holds buildings of heights 1..N, each height once per row and per column. Outside
each end of every row and column a clue gives the sum of the heights of the buildings visible
from there (a building is visible when it is taller than all buildings in front of it). All 4N
clues are given, plus a few revealed heights where the clues alone leave several grids (sum
clues pin lines down far more than counts, so reveals are rare). The solver answers with the
grid; any grid meeting every rule is correct (up to N = 8 there is exactly one, and the prompt
says so). Scores are binary. Generation, prompt and checker are shared with the count variant
(``_skyscraper``): a random planted square, one table constraint per line (every permutation
with that line's two sums), cells revealed until no rival grid remains, then every reveal that
is not needed dropped.

Difficulty schedule:

    d     0-2   3-5   6-8   9-11  12-14  15-17  ...  20  ...  d
    N      4     5     6     7     8      9     ...  10  ...  4 + d // 3

Level 0 is 4 x 4 (3 x 3 has only 12 Latin squares). The board grows every three levels; up to
8 x 8 (level 14) the clues are proven to fix one grid. Beyond, the table of line permutations
grows factorially, so larger boards show the sums of a random planted square and accept any
grid that meets them.
"""

from __future__ import annotations

from rlve_gym.envs.grid_puzzle._skyscraper import SkyscraperPuzzle


class SkyscraperGridFromVisibleSums(SkyscraperPuzzle):
    description = "A Latin square of building heights matching the height sums of the visible buildings from each side"
    catalog_name = "SkyscraperSumPuzzle"
    score = "sum"
    clue_words = "sum of the heights of the visible buildings"

"""FutoshikiLatinSquare: complete a Latin square that also obeys "<" signs between neighbouring cells.

An N x N grid must hold every number 1..N once in each row and each column; some cells are given,
and some pairs of side-by-side or vertically adjacent cells carry an inequality (the smaller
cell is named first). The solver answers with the completed grid; any grid that obeys every rule
is correct. Up to N = 12 the clues are chosen so that exactly one exists (the prompt says so);
beyond, the clues are a random share of the planted solution's and any valid grid is accepted.
Scores are binary.

Generation plants a random Latin square (the constraint solver with random value orders),
states the true inequality on each adjacent pair with probability 30%, and starts with every
cell given. Up to N = 12 it then empties cells in random order while a search of at most 100
branchings still proves the square unique, until the blank share below is reached or no given
can go; past N = 12 a random 75% of the cells are emptied without a proof.

Difficulty schedule:

    d              0   1   2   3   ...   9   ...  20   ...  d
    N              4   4   4   5   ...   7   ...  10   ...  4 + d // 3
    blank_percent 55  60  65  70   ...  100  ...  100  ...  min(100, 55 + 5d)

The board grows every three levels and, until level 9, the share of cells the generator tries
to empty grows every level; from there it empties every cell it can (the puzzles carry as few
givens as the uniqueness proof allows). Level 0 is 4 x 4 (576 Latin squares, so no fixed grid
is often right; 3 x 3 has only 12). Unique puzzles stop at 12 x 12 (levels 24-26), where
thinning the clues takes about 50 ms.
"""

from __future__ import annotations

from rlve_gym.envs.grid_puzzle._number_grid import (
    NumberGridCompletion,
    answer_text,
    format_grid,
    grid_near_misses,
    latin_model,
    proven_givens,
    puzzle_grid,
    random_latin_square,
)

#: the largest side whose clues are thinned with a uniqueness proof
UNIQUE_MAX_SIDE = 12
#: chance (percent) that an adjacent pair carries its inequality
SIGN_PERCENT = 30
#: branchings one uniqueness proof may use before a clue is kept as unproven
PROOF_NODES = 100
#: cells emptied at random past the uniqueness cap (percent)
RANDOM_BLANK_PERCENT = 75


def adjacent_pairs(n: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    pairs = []
    for r in range(n):
        for c in range(n):
            if c + 1 < n:
                pairs.append(((r, c), (r, c + 1)))
            if r + 1 < n:
                pairs.append(((r, c), (r + 1, c)))
    return pairs


def broken_inequality(grid, inequalities) -> str | None:
    for (r1, c1), (r2, c2) in inequalities:
        if not grid[r1][c1] < grid[r2][c2]:
            return (
                f"({r1 + 1},{c1 + 1}) < ({r2 + 1},{c2 + 1}) fails: {grid[r1][c1]} is not less "
                f"than {grid[r2][c2]}"
            )
    return None


class FutoshikiLatinSquare(NumberGridCompletion):
    description = "A Latin square completing given cells that obeys inequality signs between neighbouring cells"
    answer_example = "1 2\n2 1"
    catalog_name = "FutoshikiPuzzle"
    max_answer_chars = 200_000

    def schedule(self, difficulty):
        return {"n": 4 + difficulty // 3, "blank_percent": min(100, 55 + 5 * difficulty)}

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        solution = random_latin_square(rng, n)
        inequalities = []
        for a, b in adjacent_pairs(n):
            if rng.randrange(100) < SIGN_PERCENT:
                if solution[a[0]][a[1]] > solution[b[0]][b[1]]:
                    a, b = b, a
                inequalities.append([list(a), list(b)])
        order = rng.sample(range(n * n), n * n)
        unique = n <= UNIQUE_MAX_SIDE
        if unique:
            model = latin_model(n)
            for (r1, c1), (r2, c2) in inequalities:
                model.linear([r1 * n + c1, r2 * n + c2], [1, -1], hi=-1)
            given = proven_givens(model, solution, order, sizes["blank_percent"], PROOF_NODES)
        else:
            given = set(order[n * n * RANDOM_BLANK_PERCENT // 100 :])
        return {
            "puzzle": puzzle_grid(solution, given),
            "inequalities": inequalities,
            "solution": solution,
            "unique": unique,
        }

    def render(self, instance):
        n = len(instance["puzzle"])
        signs = "\n".join(
            f"({a[0] + 1},{a[1] + 1}) < ({b[0] + 1},{b[1] + 1})"
            for a, b in instance["inequalities"]
        )
        uniqueness = (
            "The clues determine the grid uniquely."
            if instance["unique"]
            else "Any grid that obeys all the rules is accepted."
        )
        return (
            f"Fill this {n} x {n} grid with numbers from 1 to {n} so that every row and every "
            f"column contains each number from 1 to {n} exactly once. '.' marks an empty cell; "
            "the given numbers must stay.\n\n"
            f"{format_grid(instance['puzzle'])}\n\n"
            "The grid must also satisfy these inequalities between neighbouring cells, where "
            f"(r,c) is the cell in row r (1 to {n}, from the top) and column c (1 to {n}, from "
            f"the left):\n{signs if signs else '(none)'}\n\n"
            f"{uniqueness}\n"
            f"Answer with the completed grid: {n} lines, one per row from top to bottom, each "
            f"with {n} numbers separated by spaces (for a 2 x 2 grid of rows '1 2' and '2 1' you "
            "would write those two lines)."
        )

    def largest_value(self, instance):
        return len(instance["puzzle"])

    def rule_violation(self, instance, grid):
        return broken_inequality(grid, instance["inequalities"])

    def near_misses(self, problem):
        instance = problem.instance
        n = len(instance["puzzle"])
        misses = grid_near_misses(instance["solution"], instance["puzzle"], 1, n)
        if instance["inequalities"]:  # swap the two cells of one inequality
            (r1, c1), (r2, c2) = instance["inequalities"][0]
            flipped = [list(row) for row in instance["solution"]]
            flipped[r1][c1], flipped[r2][c2] = flipped[r2][c2], flipped[r1][c1]
            misses.append(flipped)
        return [answer_text(m) for m in misses]

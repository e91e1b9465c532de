"""The skyscraper puzzles (visible counts, visible height sums): one task with two ways of
scoring a line of sight, so the generator, prompt and checker live here once.

An N x N grid holds a Latin square of building heights 1..N. Looking along a row or column from
outside the grid, a building is visible when it is taller than every building in front of it.
A clue outside each end of each line scores what is visible from there: how many buildings
(``score = "count"``) or the sum of their heights (``score = "sum"``). All 4N clues are shown.

Up to ``UNIQUE_MAX_SIDE`` the generator proves uniqueness: each line's clue pair becomes a table
constraint (every permutation of 1..N with those two scores), and the constraint solver reveals
cells of the planted square until no other square fits (a second solution is found and a cell
where it differs is revealed), then drops every revealed cell it can. Beyond that side the table
of permutations grows factorially, so larger boards show the clues of a random planted square
and accept any valid grid.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from typing import ClassVar

from rlve_gym.envs.grid_puzzle._number_grid import (
    NumberGridCompletion,
    answer_text,
    format_grid,
    grid_near_misses,
    latin_model,
    puzzle_grid,
    random_fill,
    random_latin_square,
)

#: the largest side whose clues are made unique with the solver (8! line permutations)
UNIQUE_MAX_SIDE = 8
#: branchings one search of the generator may use before it falls back
PROOF_NODES = 5_000

SIDES = ("top", "bottom", "left", "right")


def visible_score(line, score: str) -> int:
    """What is seen from the start of ``line``: the number of buildings taller than all before
    them, or the sum of their heights."""
    tallest, total = 0, 0
    for h in line:
        if h > tallest:
            tallest = h
            total += 1 if score == "count" else h
    return total


@functools.cache
def line_tables(n: int, score: str) -> dict[tuple[int, int], list[tuple[int, ...]]]:
    """(score from the start, score from the end) -> every permutation of 1..n with them."""
    tables: dict[tuple[int, int], list[tuple[int, ...]]] = defaultdict(list)
    for perm in itertools.permutations(range(1, n + 1)):
        tables[(visible_score(perm, score), visible_score(perm[::-1], score))].append(perm)
    return dict(tables)


def lines_of(n: int) -> dict[str, list[list[tuple[int, int]]]]:
    """For each side, the lines seen from it, each from that side inwards."""
    return {
        "top": [[(r, c) for r in range(n)] for c in range(n)],
        "bottom": [[(r, c) for r in reversed(range(n))] for c in range(n)],
        "left": [[(r, c) for c in range(n)] for r in range(n)],
        "right": [[(r, c) for c in reversed(range(n))] for r in range(n)],
    }


def clues_of(grid, score: str) -> dict[str, list[int]]:
    return {
        side: [visible_score([grid[r][c] for r, c in line], score) for line in lines]
        for side, lines in lines_of(len(grid)).items()
    }


def unique_givens(rng, solution, clues, score: str) -> list[int] | None:
    """Cells (r * n + c) to reveal so that the clues leave only ``solution``, or None if a search
    ran out of nodes."""
    n = len(solution)
    tables = line_tables(n, score)
    model = latin_model(n)
    for c in range(n):
        model.table([r * n + c for r in range(n)], tables[(clues["top"][c], clues["bottom"][c])])
    for r in range(n):
        model.table([r * n + c for c in range(n)], tables[(clues["left"][r], clues["right"][r])])
    flat = [x for row in solution for x in row]
    given = model.add_clues_until_unique(flat, rng=rng, max_nodes=PROOF_NODES)
    if given is None:
        return None
    return model.remove_clues(
        flat, rng.sample(given, len(given)), givens=given, max_nodes=PROOF_NODES
    )


class SkyscraperPuzzle(NumberGridCompletion):
    abstract: ClassVar[bool] = True
    answer_example: ClassVar[str] = "1 2\n2 1"
    max_answer_chars: ClassVar[int] = 200_000
    #: "count" or "sum": what a clue scores along its line of sight
    score: ClassVar[str] = ""
    #: how the prompt words a clue
    clue_words: ClassVar[str] = ""

    def schedule(self, difficulty):
        return {"n": 4 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        solution = random_latin_square(rng, n)
        clues = clues_of(solution, self.score)
        given: list[int] | None = None
        if n <= UNIQUE_MAX_SIDE:
            given = unique_givens(rng, solution, clues, self.score)
        unique = given is not None
        if given is None:  # a large board (or, rarely, a search that ran long): reveal nothing
            given = []
        return {
            "puzzle": puzzle_grid(solution, set(given)),
            "clues": clues,
            "solution": solution,
            "unique": unique,
        }

    def render(self, instance):
        n = len(instance["puzzle"])
        clues = instance["clues"]
        givens = any(x is not None for row in instance["puzzle"] for x in row)
        grid_part = (
            "Some heights are already given ('.' marks a cell to fill; the given heights must "
            f"stay):\n\n{format_grid(instance['puzzle'])}\n\n"
            if givens
            else ""
        )
        uniqueness = (
            "Exactly one grid satisfies all of this."
            if instance["unique"]
            else "Any grid that satisfies all of this is accepted."
        )
        return (
            f"A grid of {n} x {n} cells holds one building per cell, with heights from 1 to {n}; every "
            f"row and every column contains each height from 1 to {n} exactly once. Rows are "
            f"numbered 1 to {n} from the top and columns 1 to {n} from the left.\n"
            "Looking along a row or column from outside the grid, a building is visible if it "
            "is taller than every building in front of it (the first building is always "
            f"visible). Each clue below gives the {self.clue_words} seen from one side:\n"
            f"- from the top, looking down columns 1 to {n}: {' '.join(map(str, clues['top']))}\n"
            f"- from the bottom, looking up columns 1 to {n}: {' '.join(map(str, clues['bottom']))}\n"
            f"- from the left, looking along rows 1 to {n}: {' '.join(map(str, clues['left']))}\n"
            f"- from the right, looking along rows 1 to {n}: {' '.join(map(str, clues['right']))}\n\n"
            f"{grid_part}{uniqueness}\n"
            f"Answer with the heights: {n} lines, one per row from top to bottom, each with {n} "
            "numbers separated by spaces (for a 2 x 2 grid of rows '1 2' and '2 1' you would "
            "write those two lines)."
        )

    def largest_value(self, instance):
        return len(instance["puzzle"])

    def rule_violation(self, instance, grid):
        seen = clues_of(grid, self.score)
        for side in SIDES:
            for i, (want, got) in enumerate(zip(instance["clues"][side], seen[side]), start=1):
                if want != got:
                    line = "column" if side in ("top", "bottom") else "row"
                    return f"from the {side}, {line} {i} shows {self.clue_words} {got}, not {want}"
        return None

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["puzzle"])
        if rng.random() < 0.5:  # a random Latin square: every row and column rule holds
            return answer_text(random_latin_square(rng, n))
        return random_fill(rng, problem.instance["puzzle"], 1, n)

    def near_misses(self, problem):
        instance = problem.instance
        n = len(instance["puzzle"])
        solution = instance["solution"]
        misses = grid_near_misses(solution, instance["puzzle"], 1, n)
        misses.append(solution[1:] + solution[:1])  # rows rotated: a Latin square, clues break
        misses.append([row[::-1] for row in solution])  # mirrored: left and right clues swap
        return [answer_text(m) for m in misses if not self.check(instance, m, None).correct]

"""StackedCubesAsciiDrawing: the renderer against a drawing worked out by hand and against a
second renderer that looks each character up from the front instead of painting."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.other.stacked_cubes_ascii_drawing import GLYPH, canvas_size, draw

ENV = rlve_gym.make("StackedCubesAsciiDrawing")

# the classic 3 x 4 example (heights 2 2 1 2 / 2 2 1 1 / 3 2 1 2), faces filled with #
HAND_DRAWN = """\
......+---+---+...+---+
..+---+##/###/|../###/|
./###/|-+---+#|.+---+#|
+---+#|/###/|#+-|###|#+
|###|#+---+#|/+---+#|/|
|###|/###/|#+/###/|-+#|
+---+---+#|/+---+#|/|#+
|###|###|#+-|###|#+#|/.
|###|###|/##|###|/|#+..
+---+---+---+---+#|/...
|###|###|###|###|#+....
|###|###|###|###|/.....
+---+---+---+---+......"""


def drawn_by_lookup(heights):
    """For every canvas character, the last-painted glyph covering it with a non-'.' character:
    scan the cubes in reverse painting order and stop at the first that covers it."""
    m = len(heights)
    lines, width = canvas_size(heights)
    cubes = [
        (4 * j + 2 * (m - 1 - i), 2 * (m - 1 - i) + 3 * k)
        for i in range(m)
        for j in range(len(heights[i]))
        for k in range(heights[i][j])
    ]
    picture = []
    for y in range(lines - 1, -1, -1):
        line = []
        for x in range(width):
            ch = "."
            for left, bottom in reversed(cubes):
                r, c = bottom + 5 - y, x - left
                if 0 <= r < 6 and 0 <= c < 7 and GLYPH[r][c] != ".":
                    ch = GLYPH[r][c]
                    break
            line.append(ch)
        picture.append("".join(line))
    return picture


def test_matches_the_hand_drawn_example():
    assert "\n".join(draw([[2, 2, 1, 2], [2, 2, 1, 1], [3, 2, 1, 2]])) == HAND_DRAWN


def test_single_cube_is_the_glyph():
    assert draw([[1]]) == list(GLYPH)
    assert canvas_size([[1]]) == (6, 7)


@pytest.mark.parametrize(("rows", "cols", "high"), ((1, 1, 3), (2, 3, 2), (3, 3, 4), (4, 2, 3)))
def test_painting_and_lookup_agree(rows, cols, high):
    rng = random.Random(rows * 10 + cols)
    for _ in range(10):
        heights = [[rng.randint(1, high) for _ in range(cols)] for _ in range(rows)]
        assert draw(heights) == drawn_by_lookup(heights)


@pytest.mark.parametrize("difficulty", (0, 5, 20))
def test_reference_verifies_and_prompt_states_the_canvas(difficulty):
    problem = ENV.generate(difficulty, 1)
    lines, width = canvas_size(problem.instance["heights"])
    assert f"{lines} lines of {width} characters each" in problem.prompt
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    spaced = "\n".join(" ".join(line) for line in problem.answer.split("\n"))
    assert ENV.verify(problem, f"<answer>{spaced}</answer>").correct


def test_wrong_and_malformed_drawings_are_rejected():
    problem = ENV.generate(1, 2)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    lines = problem.answer.split("\n")
    blank = "\n".join("." * len(line) for line in lines)
    verdict = ENV.verify(problem, f"<answer>{blank}</answer>")
    assert (
        not verdict.correct and verdict.format_ok and "characters of the drawing" in verdict.reason
    )
    spaces = "\n".join(line.replace("#", " ") for line in lines)
    for text in ("", spaces, problem.answer.replace("#", "x")):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok

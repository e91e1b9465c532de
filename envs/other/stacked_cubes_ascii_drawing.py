"""StackedCubesAsciiDrawing: draw the ASCII-art picture of stacks of unit cubes on a grid.

An M x N matrix gives the number of cubes stacked on each cell (at least one). Every cube is
drawn with the same 6 x 7 character glyph (front face, top face, right side face, with the faces'
insides filled with ``#``); a cube one column to the right is drawn 4 characters further right,
one cube higher is drawn 3 characters higher, and one matrix row further back is drawn 2
characters up and 2 to the right. Cubes are painted back row first, left to right within a row,
bottom to top within a stack, each glyph overwriting what is under it except where the glyph has
``.``; the canvas is the smallest rectangle holding every glyph, background ``.``. The prompt
states all of this with the glyph and the canvas size, and the answer is the drawing, compared
character by character (scores are binary; the reason counts the differing cells without
showing them).

Difficulty schedule (the grid grows in alternate directions every two levels, the stacks every
four):

    d             0   1   2   3  ...  10  ...  20  ...  d
    rows M        3   3   3   3  ...   5  ...   8  ...  3 + d // 4
    columns N     3   3   4   4  ...   6  ...   8  ...  3 + (d + 2) // 4
    max height    3   3   3   3  ...   5  ...   8  ...  3 + d // 4

Heights are uniform in 1..max height. Level 0 is 3 x 3 with stacks up to 3 (19,683 different
grids; the canvas is about 20 x 21). At d = 20 the drawing is about 50 x 50 characters; the
answer length grows quadratically, so answers of up to 200,000 characters are read.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

GLYPH = (
    "..+---+",
    "./###/|",
    "+---+#|",
    "|###|#+",
    "|###|/.",
    "+---+..",
)
BACKGROUND = "."
CELLS = frozenset(".+-/|#")
EXAMPLE_HEIGHTS = [[2, 1]]


def canvas_size(heights: list[list[int]]) -> tuple[int, int]:
    """(lines, characters per line) of the drawing."""
    m = len(heights)
    lines = max(2 * (m - 1 - i) + 3 * h + 3 for i, row in enumerate(heights) for h in row)
    width = max(
        4 * j + 2 * (m - 1 - i) + 7 for i, row in enumerate(heights) for j in range(len(row))
    )
    return lines, width


def draw(heights: list[list[int]]) -> list[str]:
    """The drawing, top line first."""
    m = len(heights)
    lines, width = canvas_size(heights)
    canvas = [[BACKGROUND] * width for _ in range(lines)]  # canvas[y]: y counted from the bottom
    for i, row in enumerate(heights):  # back row first
        depth = m - 1 - i
        for j, height in enumerate(row):
            for k in range(height):
                left, bottom = 4 * j + 2 * depth, 2 * depth + 3 * k
                for r, glyph_line in enumerate(GLYPH):
                    for c, ch in enumerate(glyph_line):
                        if ch != BACKGROUND:
                            canvas[bottom + 5 - r][left + c] = ch
    return ["".join(line) for line in reversed(canvas)]


class StackedCubesAsciiDrawing(Environment):
    description = "The ASCII-art drawing of unit-cube stacks given a height matrix"
    answer_kind = "grid"
    answer_example = "..+\n./#\n+--"
    catalog_name = "BlockImage"
    max_answer_chars = 200_000

    def schedule(self, difficulty):
        return {
            "rows": 3 + difficulty // 4,
            "cols": 3 + (difficulty + 2) // 4,
            "max_height": 3 + difficulty // 4,
        }

    def generate_instance(self, rng, sizes):
        heights = [
            [rng.randint(1, sizes["max_height"]) for _ in range(sizes["cols"])]
            for _ in range(sizes["rows"])
        ]
        return {"heights": heights}

    def solve(self, instance):
        return draw(instance["heights"])

    def format_answer(self, answer):
        return "\n".join(answer)

    def render(self, instance):
        heights = instance["heights"]
        m, n = len(heights), len(heights[0])
        lines, width = canvas_size(heights)
        glyph = "\n".join(GLYPH)
        example = "\n".join(draw(EXAMPLE_HEIGHTS))
        ex_lines, ex_width = canvas_size(EXAMPLE_HEIGHTS)
        matrix = "\n".join(" ".join(map(str, row)) for row in heights)
        return (
            f"A {m} x {n} grid of cells holds stacks of identical unit cubes; the number in row "
            f"i, column j is how many cubes are stacked on that cell (row 1 is the back row, "
            f"row {m} the front row; column 1 is on the left):\n{matrix}\n\n"
            "Every cube is drawn with this glyph of 6 lines of 7 characters (front face, top "
            "face and right side face; the faces' insides are #):\n"
            f"{glyph}\n\n"
            "Drawing rules:\n"
            f"- The canvas is the smallest rectangle holding all glyphs; empty places are '.'.\n"
            f"- The bottom cube of the front-left cell (row {m}, column 1) has the bottom-left "
            "corner of its glyph at the bottom-left corner of the canvas.\n"
            "- Moving one column to the right moves a glyph 4 characters right; one cube higher "
            "in a stack moves it 3 lines up; one row further back moves it 2 lines up and 2 "
            "characters right.\n"
            "- Cubes are painted in this order: back row (row 1) first and the front row last; "
            "within a row, from left to right; within a stack, from the bottom up. Each glyph "
            "is painted over what is already there, except at its '.' characters, which leave "
            "the canvas unchanged.\n\n"
            f'For example, the 1 x 2 grid "2 1" gives a drawing of {ex_lines} lines of '
            f"{ex_width} characters:\n{example}\n\n"
            f"Your drawing has {lines} lines of {width} characters each. Answer with the drawing, "
            "one line of the canvas per line of text, top line first, using only the characters "
            ". + - / | #"
        )

    def parse(self, text, instance):
        lines, width = canvas_size(instance["heights"])
        return ["".join(row) for row in parse_grid(text, lines, width, cells=CELLS)]

    def check(self, instance, answer, reference):
        expected = reference if reference is not None else draw(instance["heights"])
        wrong = sum(a != b for got, want in zip(answer, expected) for a, b in zip(got, want))
        if wrong:
            return Verdict.wrong(f"{wrong} characters of the drawing are wrong")
        return Verdict.right()

    def near_misses(self, problem):
        lines = problem.answer.split("\n")
        flipped = lines[:]
        flipped[-1] = ("#" if lines[-1][0] != "#" else ".") + lines[-1][1:]
        return [
            "\n".join(flipped),  # one character changed
            "\n".join(lines[:-1]),  # a line missing
            "\n".join(line[:-1] for line in lines),  # a column missing
        ]

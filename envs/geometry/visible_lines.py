"""VisibleLinesFromAbove: which lines y = a*x + b can be seen from high above (the upper envelope).

The solver sees N distinct lines with integer slopes and intercepts. Looking down from y = +inf,
a line is visible when, for some x, it lies strictly above every other line at that x (so it
shows on a stretch of the upper envelope; a line that only touches the envelope at one point, as
when three lines cross there, is hidden, and of parallel lines only the highest can show). The
answer is the set of visible line numbers; it is unique, and any order of it is accepted. The
reference sorts by slope and keeps a stack of envelope lines, comparing intersection abscissas by
exact integer cross-multiplication (no division).

Difficulty schedule (slopes from [-slope, slope], intercepts from [-intercept, intercept]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    lines       10  11  12  13  ...  20  ...  30  ...  10 + d
    slope        6   6   7   7  ...  11  ...  16  ...  6 + d // 2
    intercept   12  14  16  18  ...  32  ...  52  ...  12 + 2d

Level 0 has 10 lines: with 5, the visible set took so few shapes that the fixed answer 1 2 3 was
right on 9% of the seeds, and with 8 guesses (another seed's answer or random numbers) were
still right on 4%; with 10 both stay near 2%. More lines mean more candidates and
intersections to compare; wider slope and intercept ranges make the comparisons longer.

Two different slopes are always present, so the steepest and the flattest top lines both show
(far to the right and far to the left) and a single line number, like the format example 2, is
never the answer.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def visible_lines(slopes: list[int], intercepts: list[int]) -> list[int]:
    """0-based indices of the lines strictly on top somewhere, increasing."""
    best_per_slope: dict[int, int] = {}
    for i, (a, b) in enumerate(zip(slopes, intercepts, strict=True)):
        j = best_per_slope.get(a)
        if j is None or b > intercepts[j]:
            best_per_slope[a] = i
    order = sorted(best_per_slope.values(), key=lambda i: slopes[i])
    envelope: list[int] = []
    for k in order:
        a3, b3 = slopes[k], intercepts[k]
        while len(envelope) >= 2:
            i, j = envelope[-2], envelope[-1]
            a1, b1, a2, b2 = slopes[i], intercepts[i], slopes[j], intercepts[j]
            # line j hides when line k overtakes line i no later than line j does:
            # (b1 - b3) / (a3 - a1) <= (b1 - b2) / (a2 - a1), both denominators positive
            if (b1 - b3) * (a2 - a1) <= (b1 - b2) * (a3 - a1):
                envelope.pop()
            else:
                break
        envelope.append(k)
    return sorted(envelope)


class VisibleLinesFromAbove(Environment):
    description = "Numbers of the lines y = a*x + b visible from above (on the upper envelope)"
    answer_kind = "int_list"
    answer_example = "2"
    catalog_name = "VisibleLine"

    def schedule(self, difficulty):
        return {
            "lines": 10 + difficulty,
            "slope": 6 + difficulty // 2,
            "intercept": 12 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        s, c = sizes["slope"], sizes["intercept"]
        pairs = rng.sample(range((2 * s + 1) * (2 * c + 1)), sizes["lines"])
        slopes = [p % (2 * s + 1) - s for p in pairs]
        if len(set(slopes)) == 1:  # keep two slopes, so that two lines are always visible
            slopes[0] = slopes[1] + 1 if slopes[1] < s else slopes[1] - 1
        return {"slopes": slopes, "intercepts": [p // (2 * s + 1) - c for p in pairs]}

    def solve(self, instance):
        return [i + 1 for i in visible_lines(instance["slopes"], instance["intercepts"])]

    def render(self, instance):
        def line(a, b):
            sign = "-" if b < 0 else "+"
            return f"y = {a}*x {sign} {abs(b)}"

        listed = "\n".join(
            f"line {i}: {line(a, b)}"
            for i, (a, b) in enumerate(zip(instance["slopes"], instance["intercepts"]), start=1)
        )
        return (
            f"There are {len(instance['slopes'])} distinct straight lines in the plane:\n{listed}\n\n"
            "Look at the lines from high above (from y = +infinity). A line is visible if there "
            "is some real number x at which that line is strictly higher than every other line "
            "(its y value at x is larger than all the others'). A line that is only as high as "
            "the highest other line at single points is not visible; among parallel lines only "
            "the highest can be visible.\n"
            "Answer with the numbers of all visible lines, separated by spaces (in any order). "
            "For example, for the lines y = 0*x + 0, y = 1*x + 0 and y = -1*x + 0, lines 2 and 3 "
            "are visible, and line 1 only touches them at x = 0, so the answer would be 2 3."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["slopes"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["slopes"])
        if any(not 1 <= i <= n for i in answer):
            return Verdict.wrong(f"line numbers must be between 1 and {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a line is listed more than once")
        if sorted(answer) == sorted(reference):
            return Verdict.right()
        return Verdict.wrong("not exactly the set of visible lines")

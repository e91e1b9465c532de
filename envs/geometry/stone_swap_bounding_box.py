"""StoneSwapBoundingBox: swap stones' coordinates to get the smallest fence, then the cheapest way.

Each of N stones lies at an integer point (x_i, y_i) and can be moved to (y_i, x_i) at a cost
m_i. The fence is the smallest axis-parallel rectangle containing all stones. The solver chooses
which stones to move: first the fence perimeter must be as small as possible, and among those
choices the total moving cost must be as small as possible. The answer is a string of N
characters, 1 for a moved stone and 0 for a stone left in place; every choice reaching both
optima is accepted (the checker recomputes perimeter and cost and compares them with the optima
stored at generation).

With a_i = min(x_i, y_i) and b_i = max(x_i, y_i), the smallest perimeter is always
2 * (max a - min a + max b - min b) (put every stone with its smaller coordinate first; no
choice does better, since the stone with the largest a has both coordinates >= max a and the one
with the smallest b both <= min b). A fence of that perimeter must contain the global minimum and
maximum on its sides, and these facts pin it to one of four rectangles:
[min a, max a] x [min b, max b], its mirror image, [min a, max b] x [min b, max a] (when
max a >= min b), and that one's mirror. The reference tries the four and lets each stone take the
cheaper orientation that fits (O(N)).

Difficulty schedule (each stone has one coordinate from [0, 0.65 * coordinate] and the other from
[0.35 * coordinate, coordinate], in random order; costs from [1, cost]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    stones       8   9  10  11  ...  18  ...  28  ...  8 + d
    coordinate  12  14  16  18  ...  32  ...  52  ...  12 + 2d
    cost        20  21  22  23  ...  30  ...  40  ...  20 + d

More stones mean more orientations to decide; larger ranges make the four fences harder to tell
apart by eye. Answers are binary (no partial credit).

With both coordinates uniform on [0, coordinate], the wide mixed fences almost always won and
needed one or two moves, so strings like 000000 or 010000 were right on 10-17% of the seeds of
level 0. The low/high bands make the plain fences (every stone's smaller coordinate first, or
every stone's larger one) compete with narrow mixed ones, instances where leaving every stone (or
moving every stone) is already optimal are redrawn, and level 0 has 8 stones (256 strings): no
string is right on more than about 2.5% of the seeds. One of the two plain fences is the
cheapest on about 80% of level-0 instances, 55% at level 5 and 15% at level 20: with more stones
the mixed fences win more often (with bands that overlap less, a plain fence won 95% of the time
at level 0). After 30 draws where doing nothing is optimal, stones (0, c) and (c, 0) with every
other stone strictly inside force a narrower optimum. The format example has 4 characters,
fewer than any instance has stones, so it is never right.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word

#: draws before forcing an instance where leaving every stone (or moving every stone) is wrong
REDRAWS = 30


def fence(stones: list[list[int]], moved: str) -> tuple[int, int]:
    """(perimeter, total cost) of a choice of moved stones."""
    xs, ys, cost = [], [], 0
    for (x, y, m), flag in zip(stones, moved, strict=True):
        if flag == "1":
            x, y, cost = y, x, cost + m
        xs.append(x)
        ys.append(y)
    return 2 * (max(xs) - min(xs) + max(ys) - min(ys)), cost


def cheapest_smallest_fence(stones: list[list[int]]) -> tuple[int, int, str]:
    """(smallest perimeter, smallest cost among choices reaching it, one such choice)."""
    low = [min(x, y) for x, y, _ in stones]
    high = [max(x, y) for x, y, _ in stones]
    lo_a, hi_a, lo_b, hi_b = min(low), max(low), min(high), max(high)
    boxes = [((lo_a, hi_a), (lo_b, hi_b)), ((lo_b, hi_b), (lo_a, hi_a))]
    if hi_a >= lo_b:
        boxes += [((lo_a, hi_b), (lo_b, hi_a)), ((lo_b, hi_a), (lo_a, hi_b))]
    best: tuple[int, str] | None = None
    for (x0, x1), (y0, y1) in boxes:
        total, choice = 0, []
        for x, y, m in stones:
            stay = x0 <= x <= x1 and y0 <= y <= y1
            move = x0 <= y <= x1 and y0 <= x <= y1
            if stay:
                choice.append("0")
            elif move:
                choice.append("1")
                total += m
            else:
                break
        else:
            if best is None or total < best[0]:
                best = (total, "".join(choice))
    assert best is not None  # the first box always fits every stone
    return 2 * (hi_a - lo_a + hi_b - lo_b), best[0], best[1]


class StoneSwapBoundingBox(Environment):
    description = (
        "Which stones to move from (x, y) to (y, x): smallest fence perimeter, then least cost"
    )
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "0110"
    catalog_name = "SkaRockGarden"

    def schedule(self, difficulty):
        return {
            "stones": 8 + difficulty,
            "coordinate": 12 + 2 * difficulty,
            "cost": 20 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        c, n = sizes["coordinate"], sizes["stones"]
        for _ in range(REDRAWS):
            stones = []
            for _ in range(n):
                low, high = rng.randint(0, c * 13 // 20), rng.randint(c * 7 // 20, c)
                x, y = (low, high) if rng.random() < 0.5 else (high, low)
                stones.append([x, y, rng.randint(1, sizes["cost"])])
            perimeter, cost, _ = cheapest_smallest_fence(stones)
            if min(fence(stones, "0" * n)[0], fence(stones, "1" * n)[0]) > perimeter:
                break
        else:  # stones (0, c) and (c, 0) with all others strictly inside: doing nothing (or
            # moving everything) keeps a c x c fence, while the optimum is narrower
            stones[0][:2], stones[1][:2] = [0, c], [c, 0]
            for stone in stones[2:]:
                stone[0], stone[1] = min(max(stone[0], 1), c - 1), min(max(stone[1], 1), c - 1)
            perimeter, cost, _ = cheapest_smallest_fence(stones)
        return {"stones": stones, "best_perimeter": perimeter, "best_cost": cost}

    def solve(self, instance):
        return cheapest_smallest_fence(instance["stones"])[2]

    def render(self, instance):
        stones = instance["stones"]
        listed = "\n".join(
            f"stone {i}: at ({x}, {y}), moving cost {m}"
            for i, (x, y, m) in enumerate(stones, start=1)
        )
        return (
            f"A garden has {len(stones)} stones:\n{listed}\n\n"
            "Each stone may either stay where it is or be moved from (x, y) to (y, x) (its two "
            "coordinates swapped), which costs that stone's moving cost. After the moves, the "
            "fence is the smallest rectangle with horizontal and vertical sides that contains "
            "all stones (inside or on its border; it may have width or height 0); its perimeter "
            "is 2 * (width + height).\n"
            "Choose which stones to move so that, first, the fence perimeter is as small as "
            "possible and, second, among all choices giving that smallest perimeter, the total "
            "moving cost is as small as possible.\n"
            f"Answer with a string of {len(stones)} characters, the i-th being 1 if stone i is "
            "moved and 0 if it stays (for example, 01001 would move stones 2 and 5 of five). "
            "If several choices reach both the smallest perimeter and the smallest cost, any one "
            "of them is accepted."
        )

    def parse(self, text, instance):
        n = len(instance["stones"])
        word = parse_word("".join(text.split()), "01", n + 1)
        if len(word) != n:
            raise ParseError(f"expected {n} characters (one per stone), got {len(word)}")
        return word

    def check(self, instance, answer, reference):
        perimeter, cost = fence(instance["stones"], answer)
        if perimeter != instance["best_perimeter"]:
            return Verdict.wrong(f"the fence perimeter is {perimeter}, not the smallest possible")
        if cost != instance["best_cost"]:
            return Verdict.wrong(
                f"the perimeter is the smallest, but the moving cost {cost} is not the least"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        return "".join(rng.choice("01") for _ in problem.instance["stones"])

    def near_misses(self, problem):
        """Flipping one stone changes the cost by its positive moving cost, so it either loses
        the smallest perimeter or the least cost."""
        word = problem.answer

        def flipped(i):
            return word[:i] + ("1" if word[i] == "0" else "0") + word[i + 1 :]

        return [flipped(0), flipped(len(word) - 1), word[:-1], word + "0"]

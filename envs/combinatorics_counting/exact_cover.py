"""Exact cover: choose some of the listed sets so that every item is covered exactly once.

The generator plants a partition of the items 1..N into small blocks and mixes the blocks with
random decoy sets (each decoy overlaps several blocks), then shuffles the list. Any exact cover
is accepted, not only the planted one. The reference solver is a backtracking search (Knuth's
Algorithm X on bit masks): it always branches on the uncovered item with the fewest sets that
still fit, which on these instances finishes after a few hundred nodes.

Difficulty schedule (N items; the planted blocks have 1 to 4 items; D decoy sets of 2 to 5 items):

    d     0   1   2   3   5   10   20   30   ...  d
    N    12  14  16  18  22   32   52   72   ...  12 + 2d
    D     6   7   8   9  11   16   26   36   ...  6 + d

Level 0 starts at twelve items: with fewer sets, a random choice of the right number of sets
is an exact cover too often.

Both knobs grow linearly, so the prompt (one line per set) stays a few thousand characters at
d = 20 and the search stays in the low milliseconds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list


def find_exact_cover(item_count: int, sets: list[list[int]]) -> list[int] | None:
    """Indices (0-based, increasing) of sets covering items 1..item_count exactly once, or None."""
    masks = [sum(1 << (item - 1) for item in s) for s in sets]
    full = (1 << item_count) - 1
    sets_with_item = [
        [i for i, m in enumerate(masks) if m >> item & 1] for item in range(item_count)
    ]
    chosen: list[int] = []

    def search(covered: int) -> bool:
        if covered == full:
            return True
        best = None
        for item in range(item_count):
            if covered >> item & 1:
                continue
            fitting = [i for i in sets_with_item[item] if masks[i] & covered == 0]
            if best is None or len(fitting) < len(best):
                best = fitting
                if len(best) <= 1:
                    break
        for index in best:
            chosen.append(index)
            if search(covered | masks[index]):
                return True
            chosen.pop()
        return False

    return sorted(chosen) if search(0) else None


class ExactCover(Environment):
    description = "Choose listed sets that cover every item exactly once"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4 5"
    catalog_name = "SetCover"

    def schedule(self, difficulty):
        return {"items": 12 + 2 * difficulty, "decoys": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        item_count = sizes["items"]
        items = list(range(1, item_count + 1))
        rng.shuffle(items)
        sets = []
        start = 0
        while start < item_count:
            size = min(rng.randint(1, 4), item_count - start)
            sets.append(sorted(items[start : start + size]))
            start += size
        for _ in range(sizes["decoys"]):
            size = rng.randint(2, min(5, item_count))
            sets.append(sorted(rng.sample(range(1, item_count + 1), size)))
        rng.shuffle(sets)
        return {"items": item_count, "sets": sets}

    def solve(self, instance):
        cover = find_exact_cover(instance["items"], instance["sets"])
        if cover is None:  # the planted partition guarantees a cover
            raise RuntimeError("generated instance has no exact cover")
        return [i + 1 for i in cover]

    def render(self, instance):
        n = instance["items"]
        lines = "\n".join(
            f"S{i + 1} = {{{', '.join(map(str, s))}}}" for i, s in enumerate(instance["sets"])
        )
        return (
            f"The items are the integers 1 to {n}. Here are {len(instance['sets'])} sets of items:\n"
            f"{lines}\n\n"
            "Choose some of these sets so that every item from 1 to "
            f"{n} belongs to exactly one chosen set (no item is left out and no item is covered "
            "twice). Several choices may work; any one is accepted.\n"
            "Answer with the indices of the chosen sets separated by spaces, in any order (for "
            'example "1 4 5" means S1, S4 and S5).'
        )

    def parse(self, text, instance):
        values = parse_int_list(text, max_items=len(instance["sets"]) + 1, max_digits=12)
        if not values:
            raise ParseError("no set indices given")
        return values

    def check(self, instance, answer, reference):
        sets, n = instance["sets"], instance["items"]
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a set is chosen more than once")
        covered = [0] * (n + 1)
        for index in answer:
            if not 1 <= index <= len(sets):
                return Verdict.wrong(f"there is no set S{index} (sets are S1 to S{len(sets)})")
            for item in sets[index - 1]:
                covered[item] += 1
        twice = [item for item in range(1, n + 1) if covered[item] > 1]
        if twice:
            return Verdict.wrong(f"item {twice[0]} is covered more than once")
        missing = [item for item in range(1, n + 1) if covered[item] == 0]
        if missing:
            return Verdict.wrong(f"item {missing[0]} is not covered")
        return Verdict.right()

    def near_misses(self, problem):
        cover = self.solve(problem.instance)
        unused = [i for i in range(1, len(problem.instance["sets"]) + 1) if i not in cover]
        misses = [" ".join(map(str, cover[:-1])) or "1", " ".join(map(str, cover + cover[:1]))]
        if unused:
            misses.append(" ".join(map(str, cover + unused[:1])))
        return misses

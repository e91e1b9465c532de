"""PrimeDifferenceColoring: colour a given set of integers with as few colours as possible so that
any two of them whose difference is a prime number get different colours.

This is vertex colouring of the "prime distance graph" induced on a set S of numbers from 1..H.
Colouring by the remainder modulo 4 is always proper (a multiple of 4 is never prime), so at most
four colours are ever needed. On the whole range 1..N that rule is optimal from N = 8 on (1, 3, 6,
8 are pairwise a prime apart), which made the old task one memorised pattern; S is therefore a
random subset built so that the pattern rarely transfers:

* most instances (95%) are grown greedily along a random order of 1..H with a hidden colouring in
  three colours: a number joins S (with the first free colour among three, in a random colour
  order) when its prime-distance neighbours already in S leave a colour free. S is thus
  3-colourable by construction, and the exact optimum is 1 (no prime difference at all), 2
  (the graph is bipartite: breadth-first search) or 3. Sets that miss a residue class modulo 4
  or have no two numbers 3 (or 2) apart (where "x mod 4", "x mod 3" or "x mod 2" would be an
  optimal colouring) are redrawn up to 12 times.
* the rest (5%) contain a planted four-clique a, a+2, a+5, a+7 among random numbers, so need
  exactly four colours.

The exact solver is therefore linear-time; any proper colouring with the fewest colours is
accepted (the checker tests every pair of given numbers, O(|S|^2)).

Difficulty schedule (H the largest number, |S| drawn uniformly from [L, U]):

    d       0    1    2    5   10   20        d
    H      24   28   32   44   64  104        24 + 4d
    U      12   14   16   22   32   52        H // 2
    L       8    9   10   14   21   34        H // 3

|S| grows linearly with d (so does the answer, one colour per number); the drawn size and the
random subset make prompts differ across seeds. Level 0 starts at H = 24: with 5 to 10 numbers,
one fixed colouring was optimal on 6-7% of the seeds.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.kernels.graph_search import parse_colours
from rlve_gym.kernels.number_theory import primes_up_to

#: a four-clique of the prime distance graph: pairwise differences 2, 5, 7, 3, 5, 2
FOUR_CLIQUE = (0, 2, 5, 7)
#: share of instances with a planted four-clique (chromatic number 4)
FOUR_SHARE = 0.05
#: redraws of a three-colourable set that a residue pattern colours optimally
REDRAWS = 12


def prime_pairs(numbers: list[int]) -> list[list[int]]:
    """Index pairs ``[i, j]`` (``i < j``) of ``numbers`` whose difference is prime."""
    primes = set(primes_up_to(max(numbers) if numbers else 1))
    return [
        [i, j]
        for i in range(len(numbers))
        for j in range(i + 1, len(numbers))
        if abs(numbers[j] - numbers[i]) in primes
    ]


def residue_pattern_fits(numbers: list[int]) -> bool:
    """Whether a fixed rule colours ``numbers`` properly with at most three colours: "x mod 4"
    with a residue class missing, or "x mod 3" / "x mod 2" (no two numbers 3 / 2 apart)."""
    present = set(numbers)
    return (
        len({x % 4 for x in numbers}) < 4
        or not any(x + 3 in present for x in numbers)
        or not any(x + 2 in present for x in numbers)
    )


def _two_colouring(n: int, pairs: list[list[int]]) -> list[int] | None:
    """Colours 1/2 of a bipartite graph (breadth-first search), or None when it has an odd cycle."""
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for u, v in pairs:
        adjacent[u].append(v)
        adjacent[v].append(u)
    colours = [0] * n
    for start in range(n):
        if colours[start]:
            continue
        colours[start] = 1
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v in adjacent[u]:
                if not colours[v]:
                    colours[v] = 3 - colours[u]
                    queue.append(v)
                elif colours[v] == colours[u]:
                    return None
    return colours


def _greedy_three_colourable(rng, high: int, size: int) -> tuple[list[int], list[int]]:
    """Numbers from 1..high joined along a random order while a hidden three-colouring extends."""
    primes = primes_up_to(high)
    palette = [1, 2, 3]
    rng.shuffle(palette)
    order = list(range(1, high + 1))
    rng.shuffle(order)
    colour_of: dict[int, int] = {}
    for x in order:
        if len(colour_of) == size:
            break
        taken = {colour_of.get(x - p) for p in primes} | {colour_of.get(x + p) for p in primes}
        free = next((c for c in palette if c not in taken), None)
        if free is not None:
            colour_of[x] = free
    numbers = sorted(colour_of)
    return numbers, [colour_of[x] for x in numbers]


def _planted_four_clique(rng, high: int, size: int) -> list[int]:
    start = rng.randint(1, high - FOUR_CLIQUE[-1])
    chosen = {start + t for t in FOUR_CLIQUE}
    rest = [x for x in range(1, high + 1) if x not in chosen]
    chosen.update(rng.sample(rest, size - len(chosen)))
    return sorted(chosen)


def optimal_colouring(numbers: list[int], hidden: list[int] | None) -> list[int]:
    """The fewest-colour colouring (colours 1, 2, ...): none needed beyond 1 without prime
    differences, breadth-first 2-colouring when bipartite, else ``hidden`` (a known proper
    three-colouring) or, without one, the remainder modulo 4 (optimal only when a four-clique is
    present, which is how such instances are built)."""
    n = len(numbers)
    pairs = prime_pairs(numbers)
    if not pairs:
        return [1] * n
    two = _two_colouring(n, pairs)
    if two is not None:
        return two
    if hidden is not None:
        return list(hidden)
    residues = sorted({x % 4 for x in numbers})
    return [residues.index(x % 4) + 1 for x in numbers]


class PrimeDifferenceColoring(Environment):
    description = (
        "Colour a set of integers with the fewest colours so that numbers a prime apart differ"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 1 2 2 3"
    catalog_name = "PrimeGraph_MinimumChromaticNumber"

    def schedule(self, difficulty):
        high = 24 + 4 * difficulty
        return {"max_number": high, "max_size": high // 2, "min_size": high // 3}

    def generate_instance(self, rng, sizes):
        high = sizes["max_number"]
        size = rng.randint(sizes["min_size"], sizes["max_size"])
        if rng.random() < FOUR_SHARE:
            numbers, hidden = _planted_four_clique(rng, high, size), None
        else:
            for _ in range(REDRAWS):
                numbers, hidden = _greedy_three_colourable(rng, high, size)
                if not residue_pattern_fits(numbers):
                    break
        colours = optimal_colouring(numbers, hidden)
        return {"numbers": numbers, "colours": colours, "colors_needed": len(set(colours))}

    def solve(self, instance):
        return instance["colours"]  # computed once, with the optimum, by the generator

    def render(self, instance):
        numbers = instance["numbers"]
        n = len(numbers)
        return (
            f"Here are {n} integers: {' '.join(map(str, numbers))}.\n"
            "Colour each of them so that any two of them whose difference is a prime number "
            "(2, 3, 5, 7, 11, ...) get different colours. For example, 4 and 9 would have to "
            "differ (9 - 4 = 5 is prime), while 3 and 7 may share a colour (7 - 3 = 4 is not "
            "prime). Use as few distinct colours as possible; if several such colourings exist, "
            "give any one of them.\n"
            f"Answer with {n} positive integers separated by spaces: the colour of each given "
            "integer, in the order they are listed above. Colours are just labels; only which "
            "integers share a colour matters."
        )

    def parse(self, text, instance):
        return parse_colours(text, len(instance["numbers"]))

    def check(self, instance, answer, reference):
        numbers = instance["numbers"]
        n = len(numbers)
        if len(answer) != n:
            return Verdict.wrong(
                f"expected one colour for each of the {n} integers, got {len(answer)}"
            )
        for i, j in prime_pairs(numbers):
            if answer[i] == answer[j]:
                return Verdict.wrong(
                    f"{numbers[i]} and {numbers[j]} differ by the prime {numbers[j] - numbers[i]} "
                    f"but both have colour {answer[i]}"
                )
        used = len(set(answer))
        if used != instance["colors_needed"]:
            return Verdict.wrong(
                f"a valid colouring, but {used} colours is not the fewest possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        numbers = problem.instance["numbers"]
        colours = [int(x) for x in problem.answer.split()]
        misses = [colours[:-1], colours[:-1] + [max(colours) + 1]]
        pairs = prime_pairs(numbers)
        if pairs:
            i, j = pairs[0]
            clash = list(colours)
            clash[j] = colours[i]
            misses.append(clash)
        return [" ".join(map(str, m)) for m in misses]

"""PeakFindingByValueQueries: find a peak (local maximum) of a hidden array with a logarithmic
number of value queries.

A hidden array a[1..N] of integers, adjacent entries always different, has a few peaks: indices
whose value is larger than each neighbour (a[1] and a[N] have one neighbour each). Each turn the
model either reads one entry ("query i", answered "a[i] = v") or names a peak ("answer i"). The
answer ends the episode: reward 1 if i is a peak, 0 otherwise; running out of turns earns 0.

The budget is 2 ceil(log2 N) queries plus the answer turn: the worst case of binary search on
the slope. Keep an interval [lo, hi] that must hold a peak (at first the whole array); read
a[mid] and a[mid + 1] for mid = floor((lo + hi) / 2); if the array rises there a peak lies in
[mid + 1, hi], otherwise in [lo, mid]. Each step halves the interval with at most two queries,
and one index left is a peak (the scripted policy). Reading entries anywhere else does not
shrink the interval, so scanning for the largest value (N queries) is far over budget.

The array climbs and falls in random steps of 1 to 9 between its peaks and valleys; it starts
by rising and ends by falling, so its peaks are exactly the chosen ones. With one peak at
level 0 (the array rises to it and falls after), a blind answer is right on 1 / N of the
episodes.

Difficulty schedule:

    d          0    1    2    3    4  ...    10  ...    20  ...  d
    length N  144  169  196  225  256  ...   484  ...  1024  ...  (12 + d)^2
    peaks       1    1    1    1    2  ...     3  ...     6  ...  1 + floor(d / 4)
    turns      17   17   17   17   17  ...    19  ...    21  ...  2 ceil(log2 N) + 1

The array length grows quadratically (the budget by two queries whenever N passes a power of
2), and a peak is added every four levels, so the slope changes direction more often while a
blind answer stays right on only about peaks / N of the episodes.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def slope_search_queries(length: int) -> int:
    """Worst-case queries of binary search on the slope: 2 ceil(log2 N)."""
    return 2 * (length - 1).bit_length()


def is_peak(values: list[int], index: int) -> bool:
    """Whether 1-based ``index`` is larger than each of its neighbours."""
    value = values[index - 1]
    left_ok = index == 1 or values[index - 2] < value
    right_ok = index == len(values) or values[index] < value
    return left_ok and right_ok


def array_with_peaks(rng, length: int, peaks: int) -> list[int]:
    """Random array rising from index 1, falling to index N, with exactly ``peaks`` peaks at
    random places (strictly inside, at least two apart) and a valley between each two."""
    # peak positions in 2..N-1, pairwise at least 2 apart
    slots = sorted(rng.sample(range(2, length - 2 * (peaks - 1)), peaks))
    tops = [slot + 2 * k for k, slot in enumerate(slots)]
    turns = {top: "down" for top in tops}
    for left, right in zip(tops, tops[1:]):
        turns[rng.randint(left + 1, right - 1)] = "up"
    values = [rng.randint(200, 900)]
    rising = True
    for index in range(2, length + 1):
        step = rng.randint(1, 9)
        values.append(values[-1] + step if rising else values[-1] - step)
        rising = {"down": False, "up": True}.get(turns.get(index), rising)
    lowest = min(values)
    shift = rng.randint(1, 99) - lowest
    return [value + shift for value in values]


class PeakFindingByValueQueries(InteractiveEnvironment):
    description = (
        "Find a local maximum of a hidden array by reading entries, within 2 ceil(log2 N) reads"
    )
    action_example = "query 7"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"length": (12 + difficulty) ** 2, "peaks": 1 + difficulty // 4}

    def generate_instance(self, rng, sizes):
        length = sizes["length"]
        return {
            "length": length,
            "values": array_with_peaks(rng, length, sizes["peaks"]),
            "turn_limit": slope_search_queries(length) + 1,
        }

    def render(self, instance):
        length, limit = instance["length"], instance["turn_limit"]
        return (
            f"There is a hidden array a[1], a[2], ..., a[{length}] of integers; two neighbouring "
            "entries are never equal. A peak is an index i whose entry is larger than each of "
            f"its neighbours (a[1] and a[{length}] have only one neighbour each); the array has "
            "at least one peak. Find a peak.\n"
            "Each turn, write one action:\n"
            "- query i: I tell you a[i] (for example: query 7).\n"
            "- answer i: i is a peak. The answer ends the game: it is right or wrong.\n"
            f"You have at most {limit} turns in all, answer included."
        )

    def parse_action(self, text, instance):
        words = text.lower().split()
        if len(words) != 2 or words[0] not in ("query", "answer"):
            raise ParseError("write: query i, or answer i, with i an index")
        if not words[1].isdigit() or len(words[1]) > 12:
            raise ParseError(f"{words[1][:20]!r} is not an index")
        return words[0], int(words[1])

    def initial_state(self, instance):
        return {"seen": {}}

    def apply(self, instance, state, action):
        keyword, index = action
        values = instance["values"]
        if not 1 <= index <= len(values):
            what = "nothing was read" if keyword == "query" else "the answer was not judged"
            return Outcome(f"There is no index {index} (1 to {len(values)}); {what}.")
        if keyword == "query":
            state["seen"][str(index)] = values[index - 1]
            return Outcome(f"a[{index}] = {values[index - 1]}.")
        if is_peak(values, index):
            return Outcome(f"Correct: {index} is a peak.", solved=True)
        return Outcome(f"Wrong: {index} is not a peak. The game is over.", over=True)

    def policy(self, instance, state, actions):
        seen = state["seen"]
        low, high = 1, instance["length"]
        while low < high:
            middle = (low + high) // 2
            for index in (middle, middle + 1):
                if str(index) not in seen:
                    return f"query {index}"
            if seen[str(middle)] < seen[str(middle + 1)]:
                low = middle + 1
            else:
                high = middle
        return f"answer {low}"

    def random_action(self, instance, state, rng):
        index = rng.randint(1, instance["length"])
        return f"answer {index}" if rng.random() < 0.2 else f"query {index}"

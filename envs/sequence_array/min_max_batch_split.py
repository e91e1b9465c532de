"""MinMaxBatchSplit: cut an array into M consecutive batches so the largest batch sum is smallest.

The solver sees N positive integers in a fixed order and a batch count M, and answers with the
sizes of the M batches (positive, summing to N). Every split whose largest batch sum equals the
optimum is correct - usually there are several, since only the heaviest batch is pinned down;
The optimum is found by binary search on the limit with a greedy feasibility test, O(N log(sum)).

The obvious blind answer is a balanced split (every batch floor(N/M) or ceil(N/M) elements):
instances where some balanced split is optimal are redrawn (a bounded number of times, then the
first element is raised to the sum of the rest, which forces a batch of one), so it is never
right. Elements are squares of uniform integers: a few heavy elements pin the cuts, where with
uniform elements nearly balanced splits are optimal so often that one fixed split would be right
on about a tenth of the instances.

Scores are binary: a valid split that is not optimal earns nothing. (Partial credit measured from
a blind baseline - the best of the balanced splits and dozens of random or nearly balanced ones
- still paid other instances' optimal splits ~0.03 on average: on instances where guesses come
close to the optimum, any near-optimal split closes most of a tiny gap.)

Difficulty schedule (elements are k^2 with k drawn from [1, max_root]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    elements    16  18  20  22  ...  36  ...  56  ...  16 + 2d
    batches      5   5   5   6  ...   8  ...  11  ...  5 + d // 3
    max_root    30  31  32  33  ...  40  ...  50  ...  30 + d

Level 0 already has 16 elements in 5 batches: with fewer, the valid splits are a large share of
all splits and a fixed or random split is often right. Longer arrays and more batches give many
more ways to cut; larger numbers make the sums longer. M stays well below N, so a batch of a
single element is never forced.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before forcing an instance on which no balanced split is optimal
REDRAWS = 20


def batch_sums(values: list[int], sizes: list[int]) -> list[int]:
    sums, start = [], 0
    for size in sizes:
        sums.append(sum(values[start : start + size]))
        start += size
    return sums


def batches_needed(values: list[int], limit: int) -> int:
    """Fewest consecutive batches with sums <= limit (every value must be <= limit)."""
    count, running = 1, 0
    for v in values:
        if running + v > limit:
            count, running = count + 1, 0
        running += v
    return count


def smallest_largest_sum(values: list[int], batches: int) -> int:
    low, high = max(values), sum(values)
    while low < high:
        mid = (low + high) // 2
        if batches_needed(values, mid) <= batches:
            high = mid
        else:
            low = mid + 1
    return low


def best_balanced_largest(values: list[int], batches: int) -> int:
    """Smallest largest batch sum over balanced splits (sizes floor(N/M) or ceil(N/M)), by a DP
    over (batches placed, larger batches used among them): O(M * (N mod M))."""
    n = len(values)
    small, extra = divmod(n, batches)
    prefix = [0]
    for v in values:
        prefix.append(prefix[-1] + v)
    best = {0: 0}  # larger batches used so far -> smallest largest sum
    for b in range(batches):
        following: dict[int, int] = {}
        for big, largest in best.items():
            start = b * small + big
            for size, used in ((small, big), (small + 1, big + 1)):
                if used > extra or size == 0:
                    continue
                value = max(largest, prefix[start + size] - prefix[start])
                if value < following.get(used, value + 1):
                    following[used] = value
        best = following
    return best[extra]


def random_split(rng, elements: int, batches: int) -> list[int]:
    """Sizes of a uniformly random split into ``batches`` non-empty consecutive batches."""
    bounds = [0, *sorted(rng.sample(range(1, elements), batches - 1)), elements]
    return [bounds[i + 1] - bounds[i] for i in range(batches)]


def split_within(values: list[int], batches: int, limit: int) -> list[int]:
    """Sizes of exactly ``batches`` non-empty batches with sums <= limit (limit must be feasible).

    Greedy from the left: a batch grows while it stays within the limit and leaves at least one
    element for each batch still to come; the last batch takes the rest."""
    sizes, start, n = [], 0, len(values)
    for b in range(batches - 1):
        still_to_come = batches - 1 - b
        end, running = start + 1, values[start]
        while end < n - still_to_come and running + values[end] <= limit:
            running += values[end]
            end += 1
        sizes.append(end - start)
        start = end
    sizes.append(n - start)
    return sizes


class MinMaxBatchSplit(Environment):
    description = "Batch sizes that split an array into M consecutive batches minimising the largest batch sum"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 3 1"
    catalog_name = "Minimum_MaxSlicer"

    def schedule(self, difficulty):
        return {
            "elements": 16 + 2 * difficulty,
            "batches": 5 + difficulty // 3,
            "max_root": 30 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        batches, elements = sizes["batches"], sizes["elements"]
        for _ in range(REDRAWS):
            values = [rng.randint(1, sizes["max_root"]) ** 2 for _ in range(elements)]
            best = smallest_largest_sum(values, batches)
            balanced = best_balanced_largest(values, batches)
            if balanced > best:
                break
        else:  # a single-element first batch is then forced, and balanced batches are longer
            values[0] = sum(values[1:])
            best = smallest_largest_sum(values, batches)
            balanced = best_balanced_largest(values, batches)
        return {
            "values": values,
            "batches": batches,
            "best_largest_sum": best,
            "balanced_largest_sum": balanced,
        }

    def solve(self, instance):
        return split_within(instance["values"], instance["batches"], instance["best_largest_sum"])

    def render(self, instance):
        values, m = instance["values"], instance["batches"]
        return (
            f"Array A of {len(values)} positive integers: {' '.join(map(str, values))}\n\n"
            f"Split A into exactly {m} batches of consecutive elements: every element goes into "
            "exactly one batch, batches are non-empty, and the order of A is kept (batch 1 is a "
            "prefix of A, batch 2 continues right after it, and so on). The sum of a batch is the "
            "sum of its elements. Make the largest batch sum as small as possible.\n"
            "Answer with the sizes of the batches from first to last (how many elements each batch "
            f"has), separated by spaces: {m} positive integers that add up to "
            f"{len(values)}. For example, for A = 4 1 3 2 and 2 batches, the answer 2 2 means the "
            "batches 4 1 and 3 2, whose largest sum is 5. If several splits reach the smallest "
            "largest sum, any one is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["batches"], max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["values"])
        if any(size < 1 for size in answer):
            return Verdict.wrong("every batch must contain at least one element")
        if sum(answer) != n:
            return Verdict.wrong(f"the batch sizes add up to {sum(answer)}, not {n}")
        largest = max(batch_sums(instance["values"], answer))
        best = instance["best_largest_sum"]
        if largest == best:
            return Verdict.right()
        return Verdict.wrong(
            f"valid split, but its largest batch sum {largest} is not the smallest"
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        return " ".join(map(str, random_split(rng, len(instance["values"]), instance["batches"])))

    def near_misses(self, problem):
        instance = problem.instance
        sizes = [int(t) for t in problem.answer.split()]
        n, m = len(instance["values"]), instance["batches"]
        misses = [
            " ".join(map(str, [sizes[0] + sizes[1], 0] + sizes[2:])),  # an empty batch
            " ".join(map(str, sizes[:-1] + [sizes[-1] + 1])),  # sizes add up to N + 1
        ]
        lopsided = [[n - m + 1] + [1] * (m - 1), [1] * (m - 1) + [n - m + 1]]
        for candidate in lopsided:
            if max(batch_sums(instance["values"], candidate)) > instance["best_largest_sum"]:
                misses.append(" ".join(map(str, candidate)))
                break
        return misses

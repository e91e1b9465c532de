"""MirrorDoublingBuildSteps: the fewest operations that build a DNA string from nothing, when a
string may be doubled with its mirror image.

Starting from the empty string, three operations are allowed: add one letter at the front, add
one letter at the end, or replace the current string X by X followed by X reversed (so the
result is an even-length palindrome). The solver gives the smallest number of operations that
produce exactly the given target over {A, C, G, T}. The answer is one integer; it is at least
10 at every level, so the example answer 1 is never right.

Only even palindromes come from a doubling, and an optimal build doubles to some even
palindromic substring P and then adds the other N - |P| letters one by one. The reference
builds the palindromic tree (eertree) of the target and, for each even palindrome P, takes the
cheaper of "build P without its outer letters, but add one more letter before the last
doubling" (one more operation) and "build the longest palindrome that ends P's left half and
is at most half as long, add the rest of the half, double". Answer: min(N, min over P of
cost(P) + N - |P|), in O(N) tree steps.

Generation runs the process itself: a first letter, then `steps - 1` operations, each a doubling
(with an instance-specific probability, 0.05 to 0.3, while the result stays within the length
cap) or a random letter at a random end. The optimum is then at most `steps`, and usually equal
to it or 1-3 below, so the answers spread evenly over the steps range.

Difficulty schedule (steps drawn uniformly from the range; length cap = 2 * max steps):

    d          0        1        2        3   ...       10   ...       20   ...  d
    steps  16-96   18-102   20-108   22-114   ...   36-156   ...   56-216   ...  16 + 2d .. 96 + 6d

More steps mean longer targets (up to twice the step count) with more palindromes to weigh
against each other. Level 0 already spans 80 values: the answer is one number below about N,
and with the 20-30 values of targets under 40 letters some value was the answer on 7% of the
seeds (with 60 values, on 4.5%).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

ALPHABET = "ACGT"
SMALLEST = 10


def fewest_build_steps(target: str) -> int:
    """Fewest operations (add a letter at either end, or double X into X + reverse(X)) that build
    ``target`` from the empty string, via the palindromic tree."""
    n = len(target)
    # node 0: the root of odd palindromes (length -1); node 1: the empty even palindrome
    length, link, parent, half = [-1, 0], [0, 0], [0, 0], [0, 0]
    children: list[dict[str, int]] = [{}, {}]

    def extends(node: int, i: int, ch: str) -> bool:
        start = i - length[node] - 1
        return start >= 0 and target[start] == ch

    last = 1
    for i, ch in enumerate(target):
        node = last
        while not extends(node, i, ch):
            node = link[node]
        if ch in children[node]:
            last = children[node][ch]
            continue
        new = len(length)
        length.append(length[node] + 2)
        parent.append(node)
        children.append({})
        if length[new] == 1:
            link.append(1)
        else:
            suffix = link[node]
            while not extends(suffix, i, ch):
                suffix = link[suffix]
            link.append(children[suffix][ch])
        if length[new] <= 2:
            half.append(link[new])
        else:  # longest palindromic suffix at most half as long
            shorter = half[node]
            while not extends(shorter, i, ch) or 2 * (length[shorter] + 2) > length[new]:
                shorter = link[shorter]
            half.append(children[shorter][ch])
        children[node][ch] = new
        last = new
    cost = [0, 1]  # building the empty palindrome "costs" the doubling that completes it
    best = n
    for node in range(2, len(length)):
        size = length[node]
        if size % 2:
            cost.append(size)
        else:
            shorter = half[node]
            cost.append(
                min(cost[parent[node]] + 1, cost[shorter] + size // 2 - length[shorter] + 1)
            )
        best = min(best, cost[node] + n - size)
    return best


def random_build(rng, steps: int, max_length: int, doubling: float) -> str:
    text = rng.choice(ALPHABET)
    for _ in range(steps - 1):
        if 2 * len(text) <= max_length and rng.random() < doubling:
            text += text[::-1]
        elif rng.random() < 0.5:
            text = rng.choice(ALPHABET) + text
        else:
            text += rng.choice(ALPHABET)
    return text


class MirrorDoublingBuildSteps(Environment):
    description = "Fewest operations (add a letter at an end, or append the reversed copy) that build a target string"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "VirusSynthesis"

    def schedule(self, difficulty):
        return {"min_steps": 16 + 2 * difficulty, "max_steps": 96 + 6 * difficulty}

    def generate_instance(self, rng, sizes):
        steps = rng.randint(sizes["min_steps"], sizes["max_steps"])
        target = random_build(rng, steps, 2 * sizes["max_steps"], rng.uniform(0.05, 0.3))
        if fewest_build_steps(target) < SMALLEST:  # rare: many early doublings of one letter
            target += "".join(rng.choice(ALPHABET) for _ in range(SMALLEST))
            if fewest_build_steps(target) < SMALLEST:  # without palindromes: one step a letter
                target = "ACGT" * (SMALLEST // 4 + 1)
        return {"target": target}

    def solve(self, instance):
        return fewest_build_steps(instance["target"])

    def render(self, instance):
        target = instance["target"]
        return (
            f"Target T = {target} (length {len(target)})\n\n"
            "Start from the empty string. One operation is one of:\n"
            "1. add a letter (A, C, G or T) at the beginning of the current string;\n"
            "2. add a letter at the end of the current string;\n"
            "3. replace the current string X by X followed by X written backwards (for example "
            "ACG becomes ACGGCA).\n"
            "What is the smallest number of operations that produces exactly T? For example, "
            "AGGAT takes 4: add A, add G at the end, apply operation 3 (AGGA), add T at the "
            "end.\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=7)

"""LongestTwoSidedDominantSubstring: the longest stretch in which every prefix and every suffix
has at least as many p's as j's.

A row of N fruits is written as a string of p (pear) and j (juniper berry). The solver picks a
contiguous stretch S[l..r] such that, reading it from the left, the p's never fall behind the
j's (every prefix has #p >= #j), and reading it from the right they never fall behind either
(every suffix has #p >= #j); the stretch must be as long as possible. The answer is "l r"
(1-based, inclusive). Every stretch of the largest length that meets both conditions is
accepted; a valid but shorter stretch earns nothing. The best length is always at least 4 (so
the example answer, a stretch of 3, is never right) and the whole string never qualifies.

With prefix sums P (+1 for p, -1 for j), S[l..r] qualifies exactly when P[l-1] is the minimum
and P[r] the maximum of P[l-1..r]. The reference extends every start to the right while the
minimum holds, keeping the running maximum: O(N^2) steps, N stays in the hundreds.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    N         24  27  30  33  ...  54  ...  84  ...  24 + 3d

Longer rows have more candidate stretches and longer balanced runs to keep track of. Level 0
has 24 fruits: with 20, one stretch ("1 8") was a longest one on 5% of the seeds. Each row
has its own share of p's (0.4 to 0.55): with more p's the best stretch is most of the row,
and answers like "1 N-1" were right on more than one seed in twenty.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before forcing a row whose best stretch is long enough and that fails as a whole
DRAWS = 20
#: the best length is at least this, so the example answer (a stretch of 3) is never right
MIN_BEST = 4


def qualifies(text: str, left: int, right: int) -> bool:
    """Whether text[left..right] (0-based, inclusive) has #p >= #j in every prefix and suffix."""
    balance = 0
    for ch in text[left : right + 1]:
        balance += 1 if ch == "p" else -1
        if balance < 0:
            return False
    balance = 0
    for ch in reversed(text[left : right + 1]):
        balance += 1 if ch == "p" else -1
        if balance < 0:
            return False
    return True


def longest_dominant_stretch(text: str) -> tuple[int, int]:
    """(length, 0-based start) of the first longest qualifying stretch; (0, 0) if none."""
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (1 if ch == "p" else -1))
    best, best_start = 0, 0
    n = len(text)
    for start in range(n):
        low, high = prefix[start], prefix[start]
        for end in range(start + 1, n + 1):
            value = prefix[end]
            if value < low:
                break
            if value >= high:
                high = value
                if end - start > best:
                    best, best_start = end - start, start
    return best, best_start


class LongestTwoSidedDominantSubstring(Environment):
    description = (
        "Longest substring in which every prefix and every suffix has at least as many p as j"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 5"
    catalog_name = "SaladBar"

    def schedule(self, difficulty):
        return {"length": 24 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(DRAWS):
            share_of_p = rng.uniform(0.4, 0.55)
            text = "".join("p" if rng.random() < share_of_p else "j" for _ in range(n))
            best, _ = longest_dominant_stretch(text)
            if best >= MIN_BEST and not qualifies(text, 0, n - 1):
                break
        else:  # a leading j keeps the whole row out; pppp makes the best length at least 4
            text = "jpppp" + text[5:]
            best, _ = longest_dominant_stretch(text)
        return {"text": text, "best_length": best}

    def solve(self, instance):
        length, start = longest_dominant_stretch(instance["text"])
        return [start + 1, start + length]

    def render(self, instance):
        text = instance["text"]
        n = len(text)
        return (
            f"A row of {n} fruits, numbered 1 to {n} from left to right, is written as a string "
            "where p is a pear and j is a juniper berry:\n"
            f"{text}\n\n"
            "Choose a contiguous stretch of fruits l..r (1 <= l <= r <= N) with both properties:\n"
            "- reading it from fruit l to the right, at every moment the pears read so far are "
            "at least as many as the juniper berries read so far;\n"
            "- reading it from fruit r to the left, the same holds.\n"
            "In other words, every prefix and every suffix of the stretch contains at least as "
            "many p as j. Make the stretch as long as possible. For example, in jppjpjjp the "
            "answer is 2 5 (the stretch ppjp); the stretch 2..6 (ppjpj) fails because its last "
            "fruit alone, read from the right, is a j.\n"
            "Answer with the two numbers l and r separated by a space. If several stretches "
            "have the largest length, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=2, max_digits=6)

    def check(self, instance, answer, reference):
        text = instance["text"]
        left, right = answer
        n = len(text)
        if not 1 <= left <= right <= n:
            return Verdict.wrong(f"need 1 <= l <= r <= {n}, got l = {left}, r = {right}")
        if not qualifies(text, left - 1, right - 1):
            return Verdict.wrong("some prefix or suffix of the stretch has more j than p")
        if right - left + 1 != instance["best_length"]:
            return Verdict.wrong("the stretch qualifies but is not the longest possible")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["text"])
        left, right = sorted((rng.randint(1, n), rng.randint(1, n)))
        return f"{left} {right}"

    def near_misses(self, problem):
        n = len(problem.instance["text"])
        left, right = (int(t) for t in problem.answer.split())
        misses = [f"{left} {n + 1}", f"{right} {left}" if left < right else f"{left} {left - 1}"]
        if left > 1:
            misses.append(f"{left - 1} {right}")
        if right < n:
            misses.append(f"{left} {right + 1}")
        if right > left:
            misses.append(f"{left} {right - 1}")
        return misses

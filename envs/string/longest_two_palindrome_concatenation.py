"""LongestTwoPalindromeConcatenation: the longest block of a string that splits into two
non-empty palindromes side by side.

The solver sees a string S of N letters and answers with three positions i <= j < k (1-based)
such that S[i..j] and S[j+1..k] are both palindromes (read the same backwards), making the
combined length k - i + 1 as large as possible. Every such triple reaching the largest length is
correct (ties are common: the same block often splits in several places, and different blocks
can tie). There is no partial credit.

The reference takes the palindrome radii of every centre (Manacher, O(N)). The longest
palindrome ending at position e is either the full extent of some centre that ends at e or two
letters shorter than the longest one ending at e + 1 (strip its ends), so one right-to-left pass
gives all of them; likewise the longest palindrome starting at each position, left to right. The
answer is the best split point j of (longest ending at j) + (longest starting at j + 1).

Letters are a, b, c: over two letters a quarter of all strings of length 12 are themselves two
palindromes side by side, which makes "the whole string" a frequent answer.

Difficulty schedule (string length):

    d        0   1   2   3  ...  10  ...  20  ...  d
    length  14  16  18  20  ...  34  ...  54  ...  14 + 2d

Level 0 has 14 letters, enough for several competing palindromes; longer strings have more
centres and split points to compare.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.strings import is_palindrome, palindrome_radii, random_string

ALPHABET = "abc"


def longest_palindromes_ending_and_starting(text: str) -> tuple[list[int], list[int]]:
    """``ending[e]`` / ``starting[s]``: length of the longest palindrome that ends at / starts at
    0-based position e / s."""
    n = len(text)
    ending, starting = [1] * n, [1] * n
    for centre, length in enumerate(palindrome_radii(text)):
        if length == 0:
            continue
        first = (centre + 1) // 2 - length // 2  # centre c covers [c/2 - (len-1)/2 ...]
        last = first + length - 1
        ending[last] = max(ending[last], length)
        starting[first] = max(starting[first], length)
    for e in range(n - 2, -1, -1):
        ending[e] = max(ending[e], ending[e + 1] - 2)
    for s in range(1, n):
        starting[s] = max(starting[s], starting[s - 1] - 2)
    return ending, starting


def longest_two_palindromes(text: str) -> tuple[int, int, int]:
    """1-based (i, j, k) of a longest S[i..j] + S[j+1..k] with both parts palindromes."""
    ending, starting = longest_palindromes_ending_and_starting(text)
    split = max(range(len(text) - 1), key=lambda j: ending[j] + starting[j + 1])
    return split - ending[split] + 2, split + 1, split + 1 + starting[split + 1]


class LongestTwoPalindromeConcatenation(Environment):
    description = "Longest substring that splits into two adjacent non-empty palindromes"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 2 3"
    catalog_name = "Longest_DoublePalindrome"

    def schedule(self, difficulty):
        return {"length": 14 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        text = random_string(rng, sizes["length"], ALPHABET)
        i, _, k = longest_two_palindromes(text)
        return {"text": text, "best_length": k - i + 1}

    def solve(self, instance):
        return list(longest_two_palindromes(instance["text"]))

    def render(self, instance):
        text = instance["text"]
        n = len(text)
        return (
            f"Consider the string S = {text} of length N = {n}; its letters are S[1], S[2], ..., "
            f"S[{n}], and S[x..y] is the block of consecutive letters from position x to position "
            "y. A palindrome is a non-empty string that reads the same forwards and backwards "
            "(a, aa, aba, abba are palindromes; ab is not).\n\n"
            f"Find positions i, j, k with 1 <= i <= j < k <= {n} such that both S[i..j] and "
            "S[j+1..k] are palindromes and the total length k - i + 1 is as large as possible. "
            "Answer with the three numbers i j k separated by spaces; for example, for S = "
            "abacc the answer 1 3 5 means aba followed by cc (length 5). If several answers reach "
            "the largest length, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=3, max_digits=6)

    def check(self, instance, answer, reference):
        text = instance["text"]
        n = len(text)
        i, j, k = answer
        if not 1 <= i <= j < k <= n:
            return Verdict.wrong(f"positions must satisfy 1 <= i <= j < k <= {n}")
        if not is_palindrome(text[i - 1 : j]):
            return Verdict.wrong("S[i..j] is not a palindrome")
        if not is_palindrome(text[j:k]):
            return Verdict.wrong("S[j+1..k] is not a palindrome")
        if k - i + 1 == instance["best_length"]:
            return Verdict.right()
        return Verdict.wrong(f"valid, but the length {k - i + 1} is not the largest possible")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["text"])
        i, j, k = sorted(rng.sample(range(1, n + 2), 3))
        return f"{i} {j - 1} {k - 1}"

    def near_misses(self, problem):
        i, j, k = (int(t) for t in problem.answer.split())
        n = len(problem.instance["text"])
        misses = [f"{i} {j} {k + 1}", f"0 {j} {k}", f"{j + 1} {j} {k}"]
        if j > i:
            misses.append(f"{i + 1} {j} {k}")  # a shorter valid or invalid block
        elif k > j + 1:
            misses.append(f"{i} {j} {k - 1}")
        if k == n:
            misses.append(f"{i} {j} {n + 1}")
        return misses

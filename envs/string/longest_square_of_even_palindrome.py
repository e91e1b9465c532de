"""LongestSquareOfEvenPalindrome: the longest substring of the form X + rev(X) + X + rev(X).

For a non-empty word X, the word W = X rev(X) X rev(X) (rev = written backwards) is an even
palindrome whose two halves are the same even palindrome X rev(X); for example X = ab gives
abbaabba. The solver writes a longest substring of the given string S that has this form. Every
such substring of the largest length is correct (different contents can tie). No partial credit.

With h[g] the half-length of the longest even palindrome centred at the gap g (Manacher), a
substring X rev(X) X rev(X) with |X| = k centred at gap g exists exactly when h[g] >= 2k (the
whole is an even palindrome) and h[g - k] >= k (its left half is one too; the right half is the
mirror image). The reference tries every gap and every k: O(n^2) at worst, far less on random
strings.

Instances are random a/b strings into which two such words with random X are written at random
places: a shorter decoy (|X| from 2 to min_half - 1), then the main one (|X| from min_half to
max_half), so the answer is rarely one of the short words (aaaa, abbaabba, ...) that random
strings contain anyway, and is one of hundreds of possible words.

Difficulty schedule (string length and the main planted |X|):

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    32  36  40  44  ...  72  ... 112  ...  32 + 4d
    min_half   4   4   4   4  ...   6  ...   8  ...  4 + d // 5
    max_half   6   6   6   6  ...   8  ...  11  ...  6 + d // 4

Level 0 plants |X| of 4 to 6 in 32 letters: with |X| of 2 or 3 there are only a dozen possible
answers and one of them is right too often. Longer strings have more gaps to test, and longer
X make the candidates longer.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word
from rlve_gym.strings import palindrome_radii, random_string

ALPHABET = "ab"


def square_of_even_palindrome(half: str) -> str:
    return half + half[::-1] + half + half[::-1]


def is_square_of_even_palindrome(word: str) -> bool:
    k, rest = divmod(len(word), 4)
    return k > 0 and not rest and word == square_of_even_palindrome(word[:k])


def longest_square_of_even_palindrome(text: str) -> tuple[int, int]:
    """(0-based start, length) of a longest X rev(X) X rev(X) substring; length 0 if none."""
    radii = palindrome_radii(text)
    half = [0] + [radii[2 * g - 1] // 2 for g in range(1, len(text))]  # gap g: before text[g]
    best_start, best_length = 0, 0
    for g in range(1, len(text)):
        for k in range(best_length // 4 + 1, half[g] // 2 + 1):
            if half[g - k] >= k:
                best_start, best_length = g - 2 * k, 4 * k
    return best_start, best_length


class LongestSquareOfEvenPalindrome(Environment):
    description = "Longest substring of the form X + rev(X) + X + rev(X)"
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "abaaba"
    catalog_name = "Longest_RepeatedPalindrome"

    def schedule(self, difficulty):
        return {
            "length": 32 + 4 * difficulty,
            "min_half": 4 + difficulty // 5,
            "max_half": 6 + difficulty // 4,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        chars = list(random_string(rng, n, ALPHABET))
        decoy = rng.randint(2, sizes["min_half"] - 1)
        for k in (decoy, rng.randint(sizes["min_half"], sizes["max_half"])):  # main one last
            word = square_of_even_palindrome(random_string(rng, k, ALPHABET))
            start = rng.randrange(n - len(word) + 1)
            chars[start : start + len(word)] = word
        text = "".join(chars)
        return {"text": text, "best_length": longest_square_of_even_palindrome(text)[1]}

    def solve(self, instance):
        start, length = longest_square_of_even_palindrome(instance["text"])
        return instance["text"][start : start + length]

    def render(self, instance):
        text = instance["text"]
        return (
            f"Consider the string S = {text} (length {len(text)}).\n"
            "For a word X, let rev(X) be X written backwards. Find a longest substring of S "
            "(a block of consecutive letters) of the form X rev(X) X rev(X) for some non-empty "
            "word X: for example, X = ab gives abbaabba, and X = aab gives aabbaaaabbaa.\n"
            "Write that substring itself, without spaces. If several different substrings have "
            "the largest length, any one of them is accepted."
        )

    def parse(self, text, instance):
        word = parse_word(text, ALPHABET, max_len=len(instance["text"]) + 5)
        if not word:
            raise ParseError("empty answer; expected a word of a and b")
        return word

    def check(self, instance, answer, reference):
        if not is_square_of_even_palindrome(answer):
            return Verdict.wrong("the answer is not of the form X rev(X) X rev(X)")
        if answer not in instance["text"]:
            return Verdict.wrong("the answer is not a substring of S")
        if len(answer) == instance["best_length"]:
            return Verdict.right()
        return Verdict.wrong(f"valid, but the length {len(answer)} is not the largest possible")

    def random_answer(self, problem, rng, other):
        text = problem.instance["text"]
        if rng.random() < 0.5:
            length = 4 * rng.randint(1, len(text) // 4)
            start = rng.randrange(len(text) - length + 1)
            return text[start : start + length]
        return square_of_even_palindrome(random_string(rng, rng.randint(1, 6), ALPHABET))

    def near_misses(self, problem):
        answer = problem.answer
        k = len(answer) // 4
        flipped = answer[:-1] + ("a" if answer[-1] == "b" else "b")
        shorter = square_of_even_palindrome(answer[1:k]) if k > 1 else answer + answer
        return [flipped, answer[: 2 * k], answer + answer, answer[1:], shorter]

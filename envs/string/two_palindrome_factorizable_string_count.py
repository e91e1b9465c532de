"""TwoPalindromeFactorizableStringCount: count the strings over C letters, with lengths in a
range, that are two non-empty palindromes written one after the other.

A string w is counted when w = pq for some non-empty palindromes p and q (for example
abaa = aba + a, and aabb = aa + bb). The solver counts such strings over an alphabet of C letters
with length between L and R, each string once however many splits it has, and gives the count
modulo 1,000,000,007. The answer is one integer, with no partial credit.

Counting pairs (p, q) counts a string once per split, so the reference corrects for that with the
classic structure of such products: w = pq with palindromes p, q exactly when rotating w by |p|
gives w reversed, so a string w = u^e (u primitive) with one split (0 <= |p| < |w|, p may be
empty) has exactly e of them, spaced |u| apart, and a primitive string has at most one. With
T(n) the number of pairs (palindrome of length i, palindrome of length n - i) for i = 0 .. n-1,
the primitive strings of length n with a split number P(n) = T(n) - sum over proper divisors d of
n of (n / d) P(d). All strings of length n with a split number A(n) = sum over d | n of P(d);
the only ones whose splits all have an empty part are the primitive palindromes, counted the same
way from C^ceil(n / 2) palindromes of length n. The count for length n is A(n) minus those:
O(R log R) big-integer work.

Difficulty schedule (per instance: R from [max_len / 2, max_len], L from [1, R], C from 2 to 16):

    d          0   1   2   3  ...  10  ...  20  ...  d
    max_len   10  12  14  16  ...  30  ...  50  ...  10 + 2d

The instance is only (L, R, C): L and C are drawn per instance, and R within a range, so that a
level has hundreds of distinct problems rather than a handful; longer lengths need the divisor
correction at more lengths and larger numbers.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

MODULUS = 1_000_000_007
MAX_LETTERS = 16


def split_counts_by_length(longest: int, letters: int) -> list[int]:
    """``counts[n]`` for n in 0..longest: strings of length n over ``letters`` letters that are
    two non-empty palindromes one after the other (exact integers)."""

    def palindromes(n: int) -> int:
        return letters ** ((n + 1) // 2)

    primitive_products = [0] * (longest + 1)
    primitive_palindromes = [0] * (longest + 1)
    counts = [0] * (longest + 1)
    for n in range(1, longest + 1):
        pairs = sum(palindromes(i) * palindromes(n - i) for i in range(n))
        divisors = [d for d in range(1, n) if n % d == 0]
        primitive_products[n] = pairs - sum(n // d * primitive_products[d] for d in divisors)
        primitive_palindromes[n] = palindromes(n) - sum(primitive_palindromes[d] for d in divisors)
        products = primitive_products[n] + sum(primitive_products[d] for d in divisors)
        counts[n] = products - primitive_palindromes[n]
    return counts


class TwoPalindromeFactorizableStringCount(Environment):
    description = (
        "Count strings over C letters with length in [L, R] that split into two non-empty "
        "palindromes"
    )
    answer_kind = "single_int"
    answer_example = "-7"
    catalog_name = "DoublePalindromicStringCounting"

    def schedule(self, difficulty):
        return {"max_len": 10 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        longest = rng.randint(sizes["max_len"] // 2, sizes["max_len"])
        return {
            "shortest": rng.randint(1, longest),
            "longest": longest,
            "letters": rng.randint(2, MAX_LETTERS),
        }

    def solve(self, instance):
        counts = split_counts_by_length(instance["longest"], instance["letters"])
        return sum(counts[instance["shortest"] :]) % MODULUS

    def render(self, instance):
        low, high, c = instance["shortest"], instance["longest"], instance["letters"]
        return (
            "A palindrome is a non-empty string that reads the same forwards and backwards. A "
            "string w is a double palindrome if it can be cut into two non-empty parts w = pq "
            "where both p and q are palindromes; for example abaa = aba + a and aabb = aa + bb "
            "are double palindromes, and so is ab = a + b (a single letter is a palindrome); "
            "abc is not.\n\n"
            f"Consider all strings over an alphabet of {c} distinct letters whose length is at "
            f"least {low} and at most {high}. How many of them are double palindromes? Count each "
            "string once, however many ways it can be cut. Give the count modulo 1000000007 (the "
            "remainder of the count divided by 1000000007; a count below 1000000007 is its own "
            "answer)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)

"""MaxWeightPalindrome: the palindrome whose length times its number of occurrences in a string
is largest.

The solver sees a string S and writes a palindrome P (a non-empty word that reads the same
backwards) maximising ``len(P) * occ(P)``, where occ(P) counts the positions at which P occurs
in S (overlapping occurrences count). Every palindrome reaching the maximum is correct (ties
between different palindromes happen). There is no partial credit.

The reference builds the palindromic tree (eertree) of S: one node per distinct palindromic
substring, with suffix links; each letter adds at most one node, found by walking suffix links,
so the whole build is O(n). Counting the longest palindromic suffix at every position and
pushing the counts down the suffix links in reverse creation order gives every occ(P).

In a random string the answer would nearly always be one letter or a doubled letter (their
counts grow with n). So the string is assembled from copies of two random palindromes (length 4
to max_len, no letter repeated within a half while possible; enough copies to cover 25-40% and
15-30% of the string) with random letters between them, over the six letters a to f: the winner
is decided by competing lengths, copy counts and palindromes inside or across the copies, and is
rarely a single letter (instances where a single letter or the prompt's example answer wins are
redrawn, a bounded number of times).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    30  34  38  42  ...  70  ... 110  ...  30 + 4d
    max_len    5   5   5   6  ...   8  ...  11  ...  5 + d // 3

Level 0 has 30 letters: shorter strings leave room for only a copy or two. Longer strings hold
more candidates and longer planted palindromes.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word
from rlve_gym.strings import is_palindrome, random_string

ALPHABET = "abcdef"
#: shares of the string covered by the copies of the first and of the second planted palindrome
PLANTED_SHARES = ((0.25, 0.4), (0.15, 0.3))
#: draws before keeping an instance whose answer is a single letter
DRAWS = 20


def palindrome_occurrences(text: str) -> dict[str, int]:
    """Every distinct palindromic substring of ``text`` with its number of occurrences (eertree)."""
    length, link, count, end = [-1, 0], [0, 0], [0, 0], [0, 0]
    edges: list[dict[str, int]] = [{}, {}]
    last = 1

    def extendable(node: int, i: int) -> bool:  # text[i] can wrap the palindrome of this node
        j = i - length[node] - 1
        return j >= 0 and text[j] == text[i]

    for i, c in enumerate(text):
        node = last
        while not extendable(node, i):
            node = link[node]
        if c in edges[node]:
            last = edges[node][c]
            count[last] += 1
            continue
        new = len(length)
        length.append(length[node] + 2)
        end.append(i)
        count.append(1)
        edges.append({})
        if length[new] == 1:
            link.append(1)
        else:
            suffix = link[node]
            while not extendable(suffix, i):
                suffix = link[suffix]
            link.append(edges[suffix][c])
        edges[node][c] = new
        last = new
    for node in range(len(length) - 1, 1, -1):
        count[link[node]] += count[node]
    return {text[end[v] - length[v] + 1 : end[v] + 1]: count[v] for v in range(2, len(length))}


def occurrences(word: str, text: str) -> int:
    found, start = 0, text.find(word)
    while start >= 0:
        found += 1
        start = text.find(word, start + 1)
    return found


def random_palindrome(rng, size: int) -> str:
    """A palindrome whose first half repeats no letter while the alphabet allows (so no single
    letter gains much from its copies)."""
    half_size = (size + 1) // 2
    half = "".join(rng.sample(ALPHABET, min(half_size, len(ALPHABET))))
    half += random_string(rng, half_size - len(half), ALPHABET)
    return half + half[: size // 2][::-1]


class MaxWeightPalindrome(Environment):
    description = "Palindrome maximising its length times its number of occurrences in a string"
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "dcbcd"
    catalog_name = "MaxWeightPalindromicSubstring"

    def schedule(self, difficulty):
        return {"length": 30 + 4 * difficulty, "max_len": 5 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        for _ in range(DRAWS):
            text = self._assemble(rng, sizes)
            found = palindrome_occurrences(text)
            best = max(len(p) * k for p, k in found.items())
            example = self.answer_example
            if all(found.get(c, 0) < best for c in ALPHABET) and (
                len(example) * found.get(example, 0) < best
            ):
                break
        return {"text": text, "best_weight": best}

    @staticmethod
    def _assemble(rng, sizes) -> str:
        n = sizes["length"]
        pieces = []
        for low, high in PLANTED_SHARES:
            size = rng.randint(4, sizes["max_len"])
            copies = max(2, round(n * rng.uniform(low, high) / size))
            pieces += [random_palindrome(rng, size)] * copies
        rng.shuffle(pieces)
        filler = n - sum(map(len, pieces))
        cuts = sorted(rng.randint(0, filler) for _ in range(len(pieces)))
        gaps = [b - a for a, b in zip([0, *cuts], [*cuts, filler], strict=True)]
        text = random_string(rng, gaps[0], ALPHABET)
        for piece, gap in zip(pieces, gaps[1:], strict=True):
            text += piece + random_string(rng, gap, ALPHABET)
        return text

    def solve(self, instance):
        found = palindrome_occurrences(instance["text"])
        return max(sorted(found), key=lambda p: len(p) * found[p])

    def render(self, instance):
        text = instance["text"]
        return (
            f"Consider the string S = {text} (length {len(text)}).\n"
            "A palindrome is a non-empty word that reads the same forwards and backwards. For a "
            "palindrome P, let occ(P) be the number of positions of S at which P occurs as a block "
            "of consecutive letters (occurrences may overlap: aba occurs twice in ababa). Its "
            "weight is (length of P) * occ(P); for example, in S = abacaba the palindrome aba has "
            "weight 3 * 2 = 6 and a has weight 1 * 4 = 4.\n\n"
            "Find a palindrome with the largest weight and write it without spaces. If several "
            "palindromes have the largest weight, any one of them is accepted."
        )

    def parse(self, text, instance):
        word = parse_word(text, ALPHABET, max_len=len(instance["text"]) + 5)
        if not word:
            raise ParseError("empty answer; expected a word of the letters a to f")
        return word

    def check(self, instance, answer, reference):
        if not is_palindrome(answer):
            return Verdict.wrong("the answer is not a palindrome")
        found = occurrences(answer, instance["text"])
        if found == 0:
            return Verdict.wrong("the answer does not occur in S")
        weight = len(answer) * found
        if weight == instance["best_weight"]:
            return Verdict.right()
        return Verdict.wrong(f"a palindrome of weight {weight}, which is not the largest")

    def random_answer(self, problem, rng, other):
        text = problem.instance["text"]
        candidates = sorted(palindrome_occurrences(text))
        return rng.choice(candidates) if rng.random() < 0.5 else other.answer

    def near_misses(self, problem):
        answer, text = problem.answer, problem.instance["text"]
        longer = answer + "a" + answer[::-1]  # a palindrome, but (almost surely) absent
        misses = [longer if longer not in text else answer * 40]
        inner = answer[1:-1]  # a palindrome that occurs at least as often
        if inner and len(inner) * occurrences(inner, text) != problem.instance["best_weight"]:
            misses.append(inner)
        if len(answer) > 1:
            misses.append(answer[:-1] + ("a" if answer[-1] != "a" else "b"))
        return misses

"""ShortestAbsentWord: the shortest a/b word that does not occur in a given a/b string, smallest
in dictionary order among those.

The solver sees a string A over {a, b} and writes the word W over {a, b} that is not a substring
of A (no block of consecutive characters of A equals W), with W as short as possible and, among
the shortest, first in dictionary order ('a' before 'b'). The answer is unique; there is no
partial credit. The reference collects the words of each length L = 1, 2, ... that occur in A
(at most n of them) until fewer than 2^L occur, then takes the smallest one missing: O(n log n).

Random strings make a poor instance: their answer is nearly always one of a few a-heavy words.
So the generator picks the answer first, uniformly among the words of the two lengths L that fit
(never all a's or all b's, which a blind guess would try): a random de Bruijn cycle of order L
(every word of length L starts at exactly one place around it) is read from just after the place
where the chosen word starts, which leaves out that word and no other, and random steps that
never spell the word extend it at both ends to the scheduled length. Every shorter word and every
other word of length L then occurs, so the chosen word is the answer; the solver still has to
check all 2^L candidates in order.

Difficulty schedule (string length; L is the longest length with 2^L + L - 2 <= length, and the
answer has length L or L - 1):

    d          0    1    2    3  ...  10  ...   20  ...  d
    length    96  100  104  108  ... 136  ...  176  ...  96 + 4d
    L          6    6    6    6  ...   7  ...    7  ...  about log2(96 + 4d)

Level 0 already has 96 characters: the answer is then one of 92 words; with shorter strings the
candidates are so few that one fixed word would be right too often. Longer strings mean longer
missing words and more candidates to rule out.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word

ALPHABET = "ab"


def shortest_absent_word(text: str) -> str:
    """Shortest word over {a, b} that is not a substring of ``text``, smallest among those."""
    length = 1
    while True:
        present = {text[i : i + length] for i in range(len(text) - length + 1)}
        if len(present) < 2**length:
            for code in range(2**length):
                word = _word(code, length)
                if word not in present:
                    return word
        length += 1


def _word(code: int, length: int) -> str:
    return format(code, f"0{length}b").translate(str.maketrans("01", "ab"))


def random_de_bruijn_cycle(rng, order: int) -> str:
    """A random cyclic string of length 2 ** order in which every a/b word of length ``order``
    starts exactly once: an Euler circuit (Hierholzer, random edge order) of the de Bruijn graph
    whose vertices are the words of length ``order - 1``."""
    unused = {_word(code, order - 1): rng.sample("ab", 2) for code in range(2 ** (order - 1))}
    start = _word(0, order - 1)
    stack, letters = [(start, "")], []
    while stack:
        node, letter = stack[-1]
        if unused[node]:
            c = unused[node].pop()
            stack.append(((node + c)[1:], c))
        else:
            stack.pop()
            letters.append(letter)
    return "".join(reversed(letters))  # the start entry adds no letter


def text_missing_only(rng, target: str, size: int) -> str:
    """``size`` characters (at least 2 ** L + L - 2 for L = len(target)) holding every a/b word
    of length L except ``target``: a de Bruijn cycle read from just after the one place where
    ``target`` starts, then extended at both ends by random steps that never spell ``target``."""
    order = len(target)
    cycle = random_de_bruijn_cycle(rng, order)
    doubled = cycle + cycle + cycle  # a cut near the end of the first copy still fits
    cut = doubled.index(target) + 1
    text = doubled[cut : cut + len(cycle) + order - 2]
    in_front = rng.randint(0, size - len(text))
    before, after = [], []
    head, tail = text[: order - 1], text[len(text) - order + 1 :]
    for _ in range(in_front):
        c = rng.choice([c for c in "ab" if c + head != target])
        before.append(c)
        head = (c + head)[:-1]
    for _ in range(size - len(text) - in_front):
        c = rng.choice([c for c in "ab" if tail + c != target])
        after.append(c)
        tail = (tail + c)[1:]
    return "".join(reversed(before)) + text + "".join(after)


class ShortestAbsentWord(Environment):
    description = (
        "Shortest, then dictionary-smallest, a/b word that is not a substring of a given string"
    )
    answer_kind = "string"
    answer_example = "bbbb"
    catalog_name = "MinNonsubstring"

    def schedule(self, difficulty):
        return {"length": 96 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        longest = max(k for k in range(2, n) if 2**k + k - 2 <= n)
        # uniform over the mixed words (never all a's or all b's) of the two longest lengths
        code = rng.randrange(2**longest - 2 + 2 ** (longest - 1) - 2)
        length = longest if code < 2**longest - 2 else longest - 1
        target = _word(1 + code % (2**length - 2), length)
        return {"text": text_missing_only(rng, target, n)}

    def solve(self, instance):
        return shortest_absent_word(instance["text"])

    def render(self, instance):
        text = instance["text"]
        return (
            f"Consider the string A = {text} (length {len(text)}), made of the letters a and b.\n"
            "A word W occurs in A if some block of consecutive characters of A equals W.\n\n"
            "Find the word W over the letters a and b that does not occur in A, with W as short "
            "as possible; among all shortest such words, give the one that comes first in "
            "dictionary order ('a' before 'b', compared at the first position where two words of "
            "equal length differ). Write W without spaces. For example, for A = aabbab every word "
            "of length 1 or 2 occurs, and of the words of length 3, aaa, aba, baa and bbb do not, "
            "so the answer is aaa."
        )

    def parse(self, text, instance):
        word = parse_word(text, ALPHABET, max_len=len(instance["text"]) + 5)
        if not word:
            raise ParseError("empty answer; expected a word of a and b")
        return word

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        if answer in instance["text"]:
            return Verdict.wrong("that word occurs in A")
        if len(answer) != len(reference):
            return Verdict.wrong("a shorter word is also missing from A")
        return Verdict.wrong("missing from A, but not the first such word in dictionary order")

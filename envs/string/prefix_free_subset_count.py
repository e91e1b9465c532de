"""PrefixFreeSubsetCount: count the non-empty subsets of given words in which no word is a
prefix of another.

N distinct words over {a, b} are given; many of them are prefixes of others. A subset is
prefix-free when no chosen word is the beginning of another chosen word (a word is not compared
with itself). The solver counts the non-empty prefix-free subsets; the answer is one exact
integer, at least N (every single word) and at most 2^N - 1. The prompt's example, 3, is below N
at every level.

The reference inserts the words into a trie and multiplies up from the leaves: the prefix-free
subsets inside a node's subtree are the products of its children's, plus one (the node's word
alone) when the node is a word. O(total length).

Difficulty schedule:

    d              0   1   2   3  ...  10  ...  20  ...  d
    words         11  12  13  14  ...  21  ...  31  ...  11 + d
    max_length     5   5   6   6  ...  10  ...  15  ...  5 + d // 2

More words mean more prefix relations to track; longer words allow deeper chains. Every word is
either a fresh random word or a prefix of a word already drawn (each instance has its own share
of prefixes, 0.3 to 0.7), so the trie has both long chains and wide branching. Level 0 has 11
words: with 8 words of length up to 4, one count was the answer on 8% of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

ALPHABET = "ab"
#: attempts at a new distinct word before falling back to listing words in order
DRAWS = 50


def prefix_free_subsets(words: list[str]) -> int:
    """Non-empty subsets of ``words`` (distinct) in which no word is a prefix of another."""
    children: list[dict[str, int]] = [{}]
    is_word = [False]
    for word in words:
        node = 0
        for ch in word:
            if ch not in children[node]:
                children[node][ch] = len(children)
                children.append({})
                is_word.append(False)
            node = children[node][ch]
        is_word[node] = True
    subsets = [1] * len(children)  # prefix-free subsets of the subtree, the empty one included
    for node in range(len(children) - 1, -1, -1):  # children are created after their parent
        product = 1
        for child in children[node].values():
            product *= subsets[child]
        subsets[node] = product + is_word[node]
    return subsets[0] - 1


def _every_word_in_order():
    """a, b, aa, ab, ba, bb, aaa, ... (a fallback that never repeats)."""
    length = 1
    while True:
        for code in range(2**length):
            yield "".join("ab"[(code >> (length - 1 - k)) & 1] for k in range(length))
        length += 1


class PrefixFreeSubsetCount(Environment):
    description = "Count non-empty subsets of words in which no word is a prefix of another"
    answer_kind = "single_int"
    answer_example = "3"
    catalog_name = "ZeroPrefixSubsetCounting"

    def schedule(self, difficulty):
        return {"words": 11 + difficulty, "max_length": 5 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n, max_length = sizes["words"], sizes["max_length"]
        share_of_prefixes = rng.uniform(0.3, 0.7)
        words: list[str] = []
        seen: set[str] = set()
        for _ in range(n):
            for _ in range(DRAWS):
                longer = [w for w in words if len(w) >= 2]
                if longer and rng.random() < share_of_prefixes:
                    source = rng.choice(longer)
                    word = source[: rng.randint(1, len(source) - 1)]
                else:
                    length = rng.randint(2, max_length)
                    word = "".join(rng.choice(ALPHABET) for _ in range(length))
                if word not in seen:
                    break
            else:
                word = next(w for w in _every_word_in_order() if w not in seen)
            words.append(word)
            seen.add(word)
        rng.shuffle(words)
        return {"words": words}

    def solve(self, instance):
        return prefix_free_subsets(instance["words"])

    def render(self, instance):
        words = instance["words"]
        listed = "\n".join(f"word {i}: {w}" for i, w in enumerate(words, start=1))
        return (
            f"Here are {len(words)} different words:\n{listed}\n\n"
            "A word u is a prefix of a word v when v begins with u and v is longer than u (for "
            "example, ab is a prefix of abba). Count the non-empty subsets of these words in "
            "which no chosen word is a prefix of another chosen word. For example, for the words "
            "a, ab and b the answer is 5: {a}, {ab}, {b}, {a, b} and {ab, b}.\n"
            "Answer with the exact count, a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(instance["words"]) // 3 + 3)

"""Post-order type labels of the halving tree of a binary string (the "FBI tree").

A string of 0s and 1s is the root of a binary tree; a node whose string has more than one
character has two children: the first ceil(L / 2) characters and the remaining floor(L / 2). Each
node is typed B (only 0s), I (only 1s) or F (both). The answer is the node types in post-order,
one letter per node (2L - 1 letters).

Difficulty schedule (string length L):

    d         0    1    2    3    5    10    20    d
    length   13   16   19   22   28    43    73    13 + 3d

Level 0 starts at 13 characters: shorter strings drawn this way repeat too often (a level would
hold a few dozen distinct problems, one answer right on several percent of them).

The classic version uses lengths 2^N, whose growth is exponential; halving with a ceiling keeps the
same rule at every length, so the size can grow linearly. Strings are drawn as runs of equal bits
(run lengths uniform in 1..min(4, L // 2), so both bits occur) so that B and I nodes occur above the leaves, not only at them.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import ParseError, parse_word


def fbi_postorder(bits: str) -> str:
    """The type letters of the halving tree of ``bits`` in post-order (no recursion)."""
    out = []
    stack = [(0, len(bits), False)]
    while stack:
        lo, hi, expanded = stack.pop()
        if hi - lo > 1 and not expanded:
            mid = lo + (hi - lo + 1) // 2
            stack.append((lo, hi, True))
            stack.append((mid, hi, False))
            stack.append((lo, mid, False))
            continue
        part = bits[lo:hi]
        out.append("B" if "1" not in part else "I" if "0" not in part else "F")
    return "".join(out)


class FbiTreePostorder(Environment):
    description = "Post-order B/I/F labels of the halving tree of a binary string"
    answer_kind = "string"
    answer_example = "BIFIIIF"
    catalog_name = "FBI_BinaryTree"

    def schedule(self, difficulty):
        return {"length": 13 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        length = sizes["length"]
        bits = []
        bit = rng.choice("01")
        longest_run = min(4, length // 2)  # at least two runs: both bits occur
        while len(bits) < length:
            bits += [bit] * rng.randint(1, longest_run)
            bit = "1" if bit == "0" else "0"
        return {"bits": "".join(bits[:length])}

    def solve(self, instance):
        return fbi_postorder(instance["bits"])

    def render(self, instance):
        bits = instance["bits"]
        return (
            f"Consider the binary string S = {bits} (length {len(bits)}).\n\n"
            "Build a binary tree from S: the root holds S. A node holding a string T of length L > 1 "
            "has a left child holding the first ceil(L/2) characters of T and a right child holding "
            "the remaining floor(L/2) characters; a node holding a single character has no children. "
            "Each node has a type: B if its string contains only 0s, I if it contains only 1s, and F "
            "if it contains both.\n"
            "Output the types of all nodes in post-order (left subtree, then right subtree, then the "
            f"node), as one string of {2 * len(bits) - 1} letters. For example, for S = 0111 the answer "
            "is BIFIIIF."
        )

    def parse(self, text, instance):
        letters = "".join(text.split()).upper()
        if not letters:
            raise ParseError("empty answer; expected a string of the letters B, I and F")
        return parse_word(letters, "BIF", max_len=2 * len(instance["bits"]))

    def near_misses(self, problem):
        answer = problem.answer
        swapped = answer[:-2] + answer[-1] + answer[-2]
        preorder_like = answer[-1] + answer[:-1]
        return [m for m in (swapped, preorder_like, answer[:-1]) if m != answer] or [answer + "F"]

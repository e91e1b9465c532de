"""An independent replay of the stack-sorting rules for the tests of StackPermutationOperations
and TwoStackPermutationOperations."""

from __future__ import annotations


def naive_output(n, ops):
    """Replay ``ops`` on the queue 0..n-1 with lists (a/b push to/pop from stack 1, c/d stack 2);
    None when an operation is illegal or numbers remain."""
    queue, stacks, out = list(range(n)), {"1": [], "2": []}, []
    for op in ops:
        stack = stacks["1" if op in "ab" else "2"]
        if op in "ac":
            if not queue:
                return None
            stack.append(queue.pop(0))
        else:
            if not stack:
                return None
            out.append(stack.pop())
    return out if len(out) == n else None

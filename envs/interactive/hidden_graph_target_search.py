"""HiddenGraphTargetSearch: walk through an unseen tree, node by node, to a node with a given
label.

The tree has N nodes with distinct number labels. The model starts at one node and must reach
the node labelled T; standing at a node, it sees the labels of that node's neighbours and nothing
else. Each turn it moves to a neighbour ("go 57"); naming a label that is not a neighbour costs
the turn. Reaching T solves the episode (reward 1); otherwise the reward is 0.

The tree has a long trunk: T is a leaf N/2 edges from the start, and the other nodes hang off
the trunk in random branches. Labels are random, so they say nothing about where T lies.

Turn limit: 2 (N - 1) - D moves, D = N/2 the distance from the start to T: the most moves any
depth-first exploration can need (each edge off the start-to-T path walked at most twice, each
path edge once; moving straight to T once it is seen as a neighbour only shortens this). The
scripted policy is that depth-first search (go to T if it is a neighbour, else to the smallest
unvisited neighbour, else back where the current node was first entered from).

Difficulty schedule:

    d          0    1    2    3    5   10   20  ...  d
    N (nodes) 24   28   32   36   44   64  104  ...  24 + 4d
    D         12   14   16   18   22   32   52  ...  N // 2
    turns     34   40   46   52   64   94  154  ...  2 (N - 1) - D

The tree grows every level; a random walk needs about D^2 moves to cover the trunk, far more
than the limit, so wandering (even among the visible neighbours) reaches T on about 1% of the
episodes at d = 0 and almost never later.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def _neighbour_labels(instance, node: int) -> list[int]:
    labels = instance["labels"]
    return sorted(labels[n] for n in instance["neighbours"][node])


class HiddenGraphTargetSearch(InteractiveEnvironment):
    description = "Reach the node with a given label in an unseen tree, seeing only the current node's neighbours, within the worst-case depth-first-search budget"
    action_example = "go 7"
    max_answer_chars = 200_000

    def schedule(self, difficulty):
        nodes = 24 + 4 * difficulty
        return {"nodes": nodes, "depth": nodes // 2}

    def generate_instance(self, rng, sizes):
        n, depth = sizes["nodes"], sizes["depth"]
        # nodes 0..depth form the trunk (0 the start, depth the target); the rest attach to a
        # random earlier node other than the target
        parent = [-1, *range(depth)]
        for node in range(depth + 1, n):
            choice = rng.randrange(node - 1)
            parent.append(choice if choice < depth else choice + 1)
        order = list(range(n))
        rng.shuffle(order)  # node i is stored at index order[i]
        neighbours: list[list[int]] = [[] for _ in range(n)]
        for child in range(1, n):
            a, b = order[child], order[parent[child]]
            neighbours[a].append(b)
            neighbours[b].append(a)
        labels = rng.sample(range(10, 10 + max(90, 5 * n)), n)
        return {
            "labels": labels,
            "neighbours": [sorted(ns) for ns in neighbours],
            "start": order[0],
            "target": order[depth],
            "turn_limit": 2 * (n - 1) - depth,
        }

    def render(self, instance):
        labels = instance["labels"]
        start, target = labels[instance["start"]], labels[instance["target"]]
        return (
            f"A hidden tree (connected, without cycles) has {len(labels)} nodes, each with a "
            f"different number as its label. You stand on node {start}; reach node {target}. You "
            "cannot see the tree: at each node you are told the labels of its neighbours.\n"
            f"The neighbours of node {start} are: "
            f"{', '.join(map(str, _neighbour_labels(instance, instance['start'])))}.\n"
            "Each turn, move to a neighbour of the node you stand on by writing: go X (for "
            "example: go 12). Naming a node that is not a neighbour uses the turn and you stay. "
            f"You win when you reach node {target}. You have at most {instance['turn_limit']} "
            "moves."
        )

    def parse_action(self, text, instance):
        words = text.split()
        if len(words) != 2 or words[0].lower() != "go":
            raise ParseError("write: go X, with X the label of a neighbour")
        if not words[1].isdigit() or len(words[1]) > 12:
            raise ParseError(f"{words[1][:20]!r} is not a node label")
        return int(words[1])

    def initial_state(self, instance):
        start = instance["start"]
        return {"at": start, "came_from": {start: None}}

    def apply(self, instance, state, label):
        labels = instance["labels"]
        here = state["at"]
        step = next((n for n in instance["neighbours"][here] if labels[n] == label), None)
        if step is None:
            return Outcome(f"{label} is not a neighbour of node {labels[here]}; you stay there.")
        state["at"] = step
        state["came_from"].setdefault(step, here)
        if step == instance["target"]:
            return Outcome(f"You reach node {label}. Solved.", solved=True)
        shown = ", ".join(map(str, _neighbour_labels(instance, step)))
        return Outcome(f"At node {label}. Neighbours: {shown}.")

    def policy(self, instance, state, actions):
        labels, here, came_from = instance["labels"], state["at"], state["came_from"]
        around = instance["neighbours"][here]
        if instance["target"] in around:
            return f"go {labels[instance['target']]}"
        fresh = [labels[n] for n in around if n not in came_from]
        if fresh:
            return f"go {min(fresh)}"
        back = came_from[here]
        return f"go {labels[back if back is not None else around[0]]}"

    def random_action(self, instance, state, rng):
        return f"go {instance['labels'][rng.choice(instance['neighbours'][state['at']])]}"

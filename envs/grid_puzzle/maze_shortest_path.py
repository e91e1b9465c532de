"""MazeShortestPath: a shortest sequence of moves from the top-left to the bottom-right of a maze.

The maze is a grid of open cells '.' and walls '#'. The solver answers with a string of moves
(U, D, L, R). Any move string that stays on open cells, ends at the bottom-right cell and is as
short as possible is correct - mazes with loops often have several; a legal but longer path earns
partial credit shortest / length. Mazes are carved as a random spanning tree of rooms (long
winding corridors) with some extra walls knocked out to make loops; the corners are always
connected. Small mazes often still have a monotone route (only D and R moves: 70% of 5x5 carvings),
which a blind DDDDRRRR-style guess finds, so carvings are redrawn until the shortest route is
longer than the Manhattan distance (bounded; 30 draws leave under 1 in 10,000 monotone at d = 0).

Difficulty schedule (rooms; the grid has 2 rooms - 1 cells per side):

    d            0   1   2   3   4  ...  10  ...  20  ...  d
    room_rows    3   3   4   4   5  ...   8  ...  13  ...  3 + d // 2
    room_cols    3   4   4   5   5  ...   8  ...  13  ...  3 + (d + 1) // 2
    grid         5x5 5x7 7x7 7x9 9x9 ... 15x15 ... 25x25 ... (2 room_rows - 1) x (2 room_cols - 1)

One side of the maze grows every level; the shortest path grows roughly with the grid's area
along a spanning tree's corridors, so prompts grow quadratically and stay far below the limit.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.grids import (
    bfs_distances,
    carve_maze,
    follow_moves,
    parse_moves,
    render_char_grid,
    shortest_path_moves,
)
from rlve_gym.scoring import optimality_score

#: chance (percent) that a wall between two rooms is knocked out after carving, making loops
LOOP_PERCENT = 15
#: carvings tried before keeping one whose shortest route is monotone anyway
MAZE_DRAWS = 30


def goal_of(maze: list[str]) -> tuple[int, int]:
    return len(maze) - 1, len(maze[0]) - 1


class MazeShortestPath(Environment):
    description = "A shortest U/D/L/R move string from the top-left to the bottom-right of a maze"
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "DDRRU"
    catalog_name = "Maze"

    def schedule(self, difficulty):
        return {"room_rows": 3 + difficulty // 2, "room_cols": 3 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        for _ in range(MAZE_DRAWS):
            maze = carve_maze(rng, sizes["room_rows"], sizes["room_cols"], LOOP_PERCENT)
            goal = goal_of(maze)
            shortest = bfs_distances(maze, (0, 0))[goal[0]][goal[1]]
            if shortest > goal[0] + goal[1]:  # no monotone (only D and R) route
                break
        return {"maze": maze, "shortest_length": shortest}

    def solve(self, instance):
        maze = instance["maze"]
        return shortest_path_moves(maze, (0, 0), goal_of(maze))

    def render(self, instance):
        maze = instance["maze"]
        height, width = len(maze), len(maze[0])
        return (
            f"Here is a maze with {height} rows and {width} columns; '.' is an open cell and '#' "
            "is a wall (cells are separated by spaces):\n"
            f"{render_char_grid(maze, spaced=True)}\n\n"
            "You start in the top-left cell and must reach the bottom-right cell. Each move goes "
            "to a neighbouring cell: U = up one row, D = down one row, L = left one column, "
            "R = right one column. You may only move onto open cells and may not leave the grid.\n"
            "Give a path that uses as few moves as possible, written as one string of the letters "
            "U, D, L and R, for example DDRRU. If several shortest paths exist, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        maze = instance["maze"]
        return parse_moves(text, max_len=2 * len(maze) * len(maze[0]))

    def check(self, instance, answer, reference):
        maze = instance["maze"]
        end, why = follow_moves(maze, (0, 0), answer)
        if end is None:
            return Verdict.wrong(why)
        if end != goal_of(maze):
            return Verdict.wrong(
                f"the path ends at row {end[0] + 1}, column {end[1] + 1}, not at the bottom-right cell"
            )
        shortest = instance["shortest_length"]
        if len(answer) == shortest:
            return Verdict.right()
        return Verdict.wrong(
            f"the path is legal but has {len(answer)} moves; a shorter one exists",
            score=optimality_score(len(answer), shortest, maximize=False),
        )

    def near_misses(self, problem):
        path = problem.answer
        back = {"U": "D", "D": "U", "L": "R", "R": "L"}
        detour = path[:1] + back[path[0]] + path  # step out and back: legal, two moves too long
        return [path[:-1], "U" + path[1:], detour, path + path[-1]]

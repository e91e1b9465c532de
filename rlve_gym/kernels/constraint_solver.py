"""An exact finite-domain constraint solver for unique-solution puzzles (Sudoku, Futoshiki,
Skyscraper, Kakurasu, Star Battle, Light Up, ...): propagation plus backtracking, counting
solutions up to a limit so that a generator can prove that its clues leave exactly one.

How a puzzle expresses itself
-----------------------------
A puzzle is a ``ConstraintModel`` over ``num_vars`` variables (usually one per cell), every
variable taking an integer value in ``low..high`` (at most 63 values; a puzzle maps its own
symbols to integers). Domains are bitmasks internally. The puzzle then states its rules with
four kinds of constraint, any number of each:

* ``restrict(var, values)`` / ``fix(var, value)``: shrink one variable's domain (givens, clues);
* ``all_different(vars)``: pairwise different values (rows, columns and boxes of a Latin square
  or Sudoku; all cells of a magic square). When the group has exactly as many candidate values
  as variables, each value must be used, and the solver also places "hidden singles";
* ``linear(vars, coefs, lo=None, hi=None)``: ``lo <= sum(coef_i * value_i) <= hi`` (either bound
  may be None for a one-sided constraint): row sums, weighted sums (Kakurasu), inequalities
  between two cells (Futoshiki ``a < b`` is ``linear([a, b], [1, -1], hi=-1)``), "exactly k
  stars in this row", "at most one bulb in this corridor";
* ``table(vars, tuples)``: the values of ``vars`` must form one of the listed tuples (a line of
  a Skyscraper puzzle and its visibility clues, any small relation that is easier to list than
  to state).

Rules that are not local (a connected region, a single path, no two equal rows) are checked on
complete assignments: ``iter_solutions`` yields the solutions of the local rules one by one, and
``count_solutions(limit, accept=...)`` counts only those that ``accept`` approves. Encode as
much as possible locally, or the search enumerates many rejected assignments.

Search
------
``propagate`` runs every constraint's filter to a common fixed point: all-different removes the
values of fixed cells from the rest, fails when fewer values than cells remain, and places
hidden singles; linear constraints prune values outside the bounds the other terms allow; table
constraints keep the values some still-possible tuple supports. The search then branches on the
unfixed variable with the fewest candidates (most-constrained first; the lowest index on ties)
and tries its values in increasing order, or in a random order given by ``shuffle_values(rng)``
(to plant random solutions). The kernel is written with Numba and is resumable, so solutions
come out one at a time without recursion. ``max_nodes`` bounds the work: a search that runs out
reports itself incomplete, and a generator then treats the clue set as unproven.

Typical use in a generator::

    model = ConstraintModel(n * n, 1, n)          # a Latin square, values 1..n
    for line in rows + cols:
        model.all_different(line)
    solution = model.shuffle_values(rng).solve()  # a random complete square
    givens = {v: solution[v] for v in range(n * n)}
    for v in random_order:                        # remove clues while the answer stays unique
        trial = {k: x for k, x in givens.items() if k != v}
        if model.count_solutions(2, fixed=trial) == 1:
            givens = trial
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numba import njit

#: the most values one variable may take (bit 63 of an int64 stays clear)
MAX_VALUES = 63
#: stands for "no bound" on one side of a linear constraint (sums stay far below it)
_UNBOUNDED = 1 << 60

ALL_DIFFERENT, LINEAR, TABLE = 0, 1, 2

# search phases kept in ctl[1]
_FRESH, _BRANCH, _NEXT_VALUE, _DONE = 0, 1, 2, 3
# kernel return codes
_FOUND, _EXHAUSTED, _OUT_OF_NODES, _STACK_FULL = 1, 0, -1, -2


# ---------------------------------------------------------------------------------------------
# bit helpers (domains never use bit 63, so every mask is a non-negative int64)


@njit(cache=True)
def _popcount(x):
    x = x - ((x >> 1) & 0x5555555555555555)
    x = (x & 0x3333333333333333) + ((x >> 2) & 0x3333333333333333)
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0F
    return (x * 0x0101010101010101) >> 56


@njit(cache=True)
def _low_index(x):
    return _popcount((x & -x) - 1)


@njit(cache=True)
def _high_index(x):
    i = 62
    while (x >> i) & 1 == 0:
        i -= 1
    return i


# ---------------------------------------------------------------------------------------------
# propagation


@njit(cache=True)
def _set_domain(dom, var, new, vstart, vlist, queue, inq, qs):
    dom[var] = new
    size = queue.shape[0]
    for k in range(vstart[var], vstart[var + 1]):
        c = vlist[k]
        if not inq[c]:
            inq[c] = True
            queue[qs[1]] = c
            qs[1] = (qs[1] + 1) % size
            qs[2] += 1


@njit(cache=True)
def _filter_all_different(c, dom, cstart, cvars, vstart, vlist, queue, inq, qs):
    s, e = cstart[c], cstart[c + 1]
    changed = True
    while changed:
        changed = False
        fixed = 0
        for k in range(s, e):
            d = dom[cvars[k]]
            if d == 0:
                return False
            if d & (d - 1) == 0:
                if fixed & d:
                    return False
                fixed |= d
        for k in range(s, e):
            v = cvars[k]
            d = dom[v]
            if d & (d - 1) != 0 and d & fixed:
                nd = d & ~fixed
                if nd == 0:
                    return False
                _set_domain(dom, v, nd, vstart, vlist, queue, inq, qs)
                changed = True
    once = 0
    twice = 0
    for k in range(s, e):
        d = dom[cvars[k]]
        twice |= once & d
        once |= d
    count = _popcount(once)
    if count < e - s:
        return False
    if count == e - s:
        singles = once & ~twice  # values only one variable can still take: it must take them
        if singles:
            for k in range(s, e):
                v = cvars[k]
                d = dom[v]
                hit = d & singles
                if hit and d != hit:
                    if hit & (hit - 1):
                        return False
                    _set_domain(dom, v, hit, vstart, vlist, queue, inq, qs)
                elif hit & (hit - 1):
                    return False
    return True


@njit(cache=True)
def _filter_linear(
    c, dom, cstart, cvars, ccoef, clo, chi, vstart, vlist, queue, inq, qs, lo_t, hi_t
):
    s, e = cstart[c], cstart[c + 1]
    lo, hi = clo[c], chi[c]
    total_min = 0
    total_max = 0
    for k in range(s, e):
        d = dom[cvars[k]]
        if d == 0:
            return False
        a = ccoef[k]
        low = _low_index(d)
        high = _high_index(d)
        if a >= 0:
            lo_t[k - s] = a * low
            hi_t[k - s] = a * high
        else:
            lo_t[k - s] = a * high
            hi_t[k - s] = a * low
        total_min += lo_t[k - s]
        total_max += hi_t[k - s]
    if total_min > hi or total_max < lo:
        return False
    for k in range(s, e):
        floor = lo - (total_max - hi_t[k - s])
        ceil = hi - (total_min - lo_t[k - s])
        if lo_t[k - s] >= floor and hi_t[k - s] <= ceil:
            continue
        v = cvars[k]
        d = dom[v]
        a = ccoef[k]
        nd = 0
        rest = d
        while rest:
            bit = rest & -rest
            rest ^= bit
            term = a * _popcount(bit - 1)
            if floor <= term <= ceil:
                nd |= bit
        if nd == 0:
            return False
        if nd != d:
            _set_domain(dom, v, nd, vstart, vlist, queue, inq, qs)
    return True


@njit(cache=True)
def _filter_table(c, dom, cstart, cvars, tstart, tvals, vstart, vlist, queue, inq, qs, support):
    s, e = cstart[c], cstart[c + 1]
    arity = e - s
    for j in range(arity):
        support[j] = 0
    base = tstart[c]
    count = (tstart[c + 1] - base) // arity
    for t in range(count):
        row = base + t * arity
        ok = True
        for j in range(arity):
            if (dom[cvars[s + j]] >> tvals[row + j]) & 1 == 0:
                ok = False
                break
        if ok:
            for j in range(arity):
                support[j] |= np.int64(1) << tvals[row + j]
    for j in range(arity):
        v = cvars[s + j]
        nd = dom[v] & support[j]
        if nd == 0:
            return False
        if nd != dom[v]:
            _set_domain(dom, v, nd, vstart, vlist, queue, inq, qs)
    return True


@njit(cache=True)
def _propagate(
    dom,
    changed,
    ctype,
    cstart,
    cvars,
    ccoef,
    clo,
    chi,
    tstart,
    tvals,
    vstart,
    vlist,
    queue,
    inq,
    scratch_lo,
    scratch_hi,
):
    """Filters to a fixed point; ``changed`` = -1 queues every constraint, else those of one var.
    Returns False on a contradiction (some domain became empty)."""
    ncons = ctype.shape[0]
    if ncons == 0:
        return True
    qs = np.zeros(3, dtype=np.int64)  # head, tail, items queued (the ring holds each at most once)
    for c in range(ncons):
        inq[c] = False
    if changed < 0:
        for c in range(ncons):
            inq[c] = True
            queue[c] = c
        qs[2] = ncons
    else:
        for k in range(vstart[changed], vstart[changed + 1]):
            c = vlist[k]
            inq[c] = True
            queue[qs[1]] = c
            qs[1] += 1
            qs[2] += 1
        qs[1] %= ncons
    while qs[2] > 0:
        c = queue[qs[0]]
        qs[0] = (qs[0] + 1) % ncons
        qs[2] -= 1
        inq[c] = False
        kind = ctype[c]
        if kind == 0:
            ok = _filter_all_different(c, dom, cstart, cvars, vstart, vlist, queue, inq, qs)
        elif kind == 1:
            ok = _filter_linear(
                c,
                dom,
                cstart,
                cvars,
                ccoef,
                clo,
                chi,
                vstart,
                vlist,
                queue,
                inq,
                qs,
                scratch_lo,
                scratch_hi,
            )
        else:
            ok = _filter_table(
                c, dom, cstart, cvars, tstart, tvals, vstart, vlist, queue, inq, qs, scratch_lo
            )
        if not ok:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# resumable depth-first search


@njit(cache=True)
def _next_solution(
    doms,
    bvar,
    brest,
    ctl,
    rank,
    out,
    ctype,
    cstart,
    cvars,
    ccoef,
    clo,
    chi,
    tstart,
    tvals,
    vstart,
    vlist,
    queue,
    inq,
    scratch_lo,
    scratch_hi,
    max_nodes,
):
    """Advance the search to its next solution (copied to ``out``). ctl = [level, phase, nodes].
    Returns 1 (found), 0 (no more solutions), -1 (node budget spent), -2 (stack too shallow:
    the caller enlarges ``doms``/``bvar``/``brest`` and calls again)."""
    nvars = doms.shape[1]
    depth = doms.shape[0]
    nvals = rank.shape[1]
    if ctl[1] == _DONE:
        return _EXHAUSTED
    if ctl[1] == _FRESH:
        for v in range(nvars):
            if doms[0, v] == 0:
                ctl[1] = _DONE
                return _EXHAUSTED
        if not _propagate(
            doms[0],
            -1,
            ctype,
            cstart,
            cvars,
            ccoef,
            clo,
            chi,
            tstart,
            tvals,
            vstart,
            vlist,
            queue,
            inq,
            scratch_lo,
            scratch_hi,
        ):
            ctl[1] = _DONE
            return _EXHAUSTED
        ctl[0] = 0
        ctl[1] = _BRANCH
    while True:
        level = ctl[0]
        if ctl[1] == _BRANCH:
            best = -1
            best_size = 64
            for v in range(nvars):
                size = _popcount(doms[level, v])
                if 1 < size < best_size:
                    best = v
                    best_size = size
                    if size == 2:
                        break
            if best < 0:
                for v in range(nvars):
                    out[v] = doms[level, v]
                ctl[0] = level - 1
                ctl[1] = _NEXT_VALUE
                return _FOUND
            bvar[level] = best
            brest[level] = doms[level, best]
            ctl[1] = _NEXT_VALUE
            continue
        # _NEXT_VALUE: try the next candidate of the branching variable at this level
        if level < 0:
            ctl[1] = _DONE
            return _EXHAUSTED
        rest = brest[level]
        if rest == 0:
            ctl[0] = level - 1
            continue
        if level + 1 >= depth:
            return _STACK_FULL
        if ctl[2] >= max_nodes:
            return _OUT_OF_NODES
        var = bvar[level]
        if rank[var, 0] < 0:  # natural order: the smallest value first
            bit = rest & -rest
        else:
            bit = 0
            best_rank = nvals + 1
            for b in range(nvals):
                if (rest >> b) & 1 and rank[var, b] < best_rank:
                    best_rank = rank[var, b]
                    bit = np.int64(1) << b
        brest[level] = rest & ~bit
        ctl[2] += 1
        for v in range(nvars):
            doms[level + 1, v] = doms[level, v]
        doms[level + 1, var] = bit
        if _propagate(
            doms[level + 1],
            var,
            ctype,
            cstart,
            cvars,
            ccoef,
            clo,
            chi,
            tstart,
            tvals,
            vstart,
            vlist,
            queue,
            inq,
            scratch_lo,
            scratch_hi,
        ):
            ctl[0] = level + 1
            ctl[1] = _BRANCH


@njit(cache=True)
def _count(
    doms,
    bvar,
    brest,
    ctl,
    rank,
    out,
    first,
    ctype,
    cstart,
    cvars,
    ccoef,
    clo,
    chi,
    tstart,
    tvals,
    vstart,
    vlist,
    queue,
    inq,
    scratch_lo,
    scratch_hi,
    max_nodes,
    limit,
):
    """Count solutions up to ``limit`` (the first copied to ``first``). Returns (count, code)
    with the code of the last ``_next_solution`` call."""
    count = 0
    code = _FOUND
    while count < limit:
        code = _next_solution(
            doms,
            bvar,
            brest,
            ctl,
            rank,
            out,
            ctype,
            cstart,
            cvars,
            ccoef,
            clo,
            chi,
            tstart,
            tvals,
            vstart,
            vlist,
            queue,
            inq,
            scratch_lo,
            scratch_hi,
            max_nodes,
        )
        if code != _FOUND:
            break
        if count == 0:
            for v in range(out.shape[0]):
                first[v] = out[v]
        count += 1
    return count, code


@njit(cache=True)
def _remove_clues(
    base,
    solution_bits,
    given,
    order,
    target,
    doms,
    bvar,
    brest,
    rank,
    out,
    first,
    ctype,
    cstart,
    cvars,
    ccoef,
    clo,
    chi,
    tstart,
    tvals,
    vstart,
    vlist,
    queue,
    inq,
    scratch_lo,
    scratch_hi,
    max_nodes,
):
    """Drop the givens of ``order`` one at a time, keeping each drop that leaves exactly one
    solution (proven within ``max_nodes``); stop after ``target`` drops. Updates ``given``;
    returns the number of drops. A stack too shallow for a check counts as unproven."""
    ctl = np.zeros(3, dtype=np.int64)
    removed = 0
    for i in range(order.shape[0]):
        if removed >= target:
            break
        var = order[i]
        if not given[var]:
            continue
        given[var] = False
        for v in range(base.shape[0]):
            doms[0, v] = base[v] & solution_bits[v] if given[v] else base[v]
        ctl[0] = 0
        ctl[1] = _FRESH
        ctl[2] = 0
        count, code = _count(
            doms,
            bvar,
            brest,
            ctl,
            rank,
            out,
            first,
            ctype,
            cstart,
            cvars,
            ccoef,
            clo,
            chi,
            tstart,
            tvals,
            vstart,
            vlist,
            queue,
            inq,
            scratch_lo,
            scratch_hi,
            max_nodes,
            2,
        )
        if count == 1 and code == _EXHAUSTED:  # the search ran out after one: unique
            removed += 1
            continue
        given[var] = True
    return removed


# ---------------------------------------------------------------------------------------------
# the model


@dataclass(frozen=True)
class SearchResult:
    """What a bounded search found: ``count`` solutions (at most the limit asked for), the first
    one (None if none), the branching ``nodes`` spent, and whether the search was ``complete``
    (it ran out of solutions or reached the limit, rather than out of nodes)."""

    count: int
    solution: list[int] | None
    nodes: int
    complete: bool


class ConstraintModel:
    """Variables ``0..num_vars-1`` with values in ``low..high`` and the constraints on them (see
    the module docstring). Adding constraints after a search is allowed; each search uses the
    model as it is when the search starts."""

    def __init__(self, num_vars: int, low: int, high: int):
        if num_vars < 1:
            raise ValueError(f"num_vars must be >= 1, got {num_vars}")
        if not 1 <= high - low + 1 <= MAX_VALUES:
            raise ValueError(f"values {low}..{high}: a variable takes 1 to {MAX_VALUES} values")
        self.num_vars, self.low, self.high = num_vars, low, high
        self.num_values = high - low + 1
        self._domains = np.full(num_vars, (1 << self.num_values) - 1, dtype=np.int64)
        self._kinds: list[int] = []
        self._scopes: list[list[int]] = []
        self._coefs: list[list[int]] = []
        self._bounds: list[tuple[int, int]] = []
        self._tuples: list[list[int]] = []  # flat, bit indices
        self._arrays = None
        self._rank = np.full((1, self.num_values), -1, dtype=np.int64)

    # -------------------------------------------------------------- stating the puzzle
    def _mask(self, values: Iterable[int]) -> int:
        mask = 0
        for value in values:
            if self.low <= value <= self.high:
                mask |= 1 << (value - self.low)
        return mask

    def _check_scope(self, variables: Sequence[int]) -> list[int]:
        scope = [int(v) for v in variables]
        for v in scope:
            if not 0 <= v < self.num_vars:
                raise ValueError(f"variable {v} is outside 0..{self.num_vars - 1}")
        if len(set(scope)) != len(scope):
            raise ValueError("a constraint names the same variable twice")
        return scope

    def _add(self, kind, scope, coefs=(), bounds=(0, 0), tuples=()) -> ConstraintModel:
        self._kinds.append(kind)
        self._scopes.append(scope)
        self._coefs.append(list(coefs) if coefs else [0] * len(scope))
        self._bounds.append(bounds)
        self._tuples.append(list(tuples))
        self._arrays = None
        return self

    def restrict(self, var: int, values: Iterable[int]) -> ConstraintModel:
        """Keep only ``values`` in the domain of ``var`` (values outside low..high are ignored)."""
        (var,) = self._check_scope([var])
        self._domains[var] &= self._mask(values)
        return self

    def fix(self, var: int, value: int) -> ConstraintModel:
        return self.restrict(var, [value])

    def all_different(self, variables: Sequence[int]) -> ConstraintModel:
        scope = self._check_scope(variables)
        return self._add(ALL_DIFFERENT, scope) if len(scope) > 1 else self

    def linear(
        self,
        variables: Sequence[int],
        coefs: Sequence[int] | None = None,
        lo: int | None = None,
        hi: int | None = None,
    ) -> ConstraintModel:
        """``lo <= sum(coef_i * value_i) <= hi``; coefficients default to 1, a missing bound to
        none. Values are the model's values (low..high), not bit positions."""
        scope = self._check_scope(variables)
        coefs = [1] * len(scope) if coefs is None else [int(a) for a in coefs]
        if len(coefs) != len(scope):
            raise ValueError("linear() needs one coefficient per variable")
        shift = self.low * sum(coefs)  # sum a*(low + bit) = shift + sum a*bit
        lower = -_UNBOUNDED if lo is None else int(lo) - shift
        upper = _UNBOUNDED if hi is None else int(hi) - shift
        return self._add(LINEAR, scope, coefs, (lower, upper))

    def table(self, variables: Sequence[int], tuples: Iterable[Sequence[int]]) -> ConstraintModel:
        """The values of ``variables`` must form one of ``tuples`` (an empty list: unsatisfiable)."""
        scope = self._check_scope(variables)
        if not scope:
            raise ValueError("table() needs at least one variable")
        flat: list[int] = []
        for row in tuples:
            if len(row) != len(scope):
                raise ValueError(f"a tuple of length {len(row)} for {len(scope)} variables")
            if all(self.low <= x <= self.high for x in row):
                flat.extend(x - self.low for x in row)
        return self._add(TABLE, scope, tuples=flat)

    def shuffle_values(self, rng: random.Random) -> ConstraintModel:
        """Try each variable's values in a random order (from ``rng``) from now on, so that
        ``solve`` returns a random solution; ``shuffle_values(None)`` restores increasing order."""
        if rng is None:
            self._rank = np.full((1, self.num_values), -1, dtype=np.int64)
            return self
        rank = np.empty((self.num_vars, self.num_values), dtype=np.int64)
        order = list(range(self.num_values))
        for v in range(self.num_vars):
            rng.shuffle(order)
            rank[v] = order
        self._rank = rank
        return self

    # -------------------------------------------------------------- searching
    def _compiled(self):
        if self._arrays is None:
            ncons = len(self._kinds)
            cstart = np.zeros(ncons + 1, dtype=np.int64)
            tstart = np.zeros(ncons + 1, dtype=np.int64)
            for c, scope in enumerate(self._scopes):
                cstart[c + 1] = cstart[c] + len(scope)
                tstart[c + 1] = tstart[c] + len(self._tuples[c])
            cvars = np.array([v for s in self._scopes for v in s], dtype=np.int64)
            ccoef = np.array([a for cs in self._coefs for a in cs], dtype=np.int64)
            tvals = np.array([x for t in self._tuples for x in t], dtype=np.int64)
            by_var: list[list[int]] = [[] for _ in range(self.num_vars)]
            for c, scope in enumerate(self._scopes):
                for v in scope:
                    by_var[v].append(c)
            vstart = np.zeros(self.num_vars + 1, dtype=np.int64)
            for v in range(self.num_vars):
                vstart[v + 1] = vstart[v] + len(by_var[v])
            vlist = np.array([c for cs in by_var for c in cs], dtype=np.int64)
            widest = max((len(s) for s in self._scopes), default=1)
            self._arrays = (
                np.array(self._kinds, dtype=np.int64),
                cstart,
                cvars if cvars.size else np.zeros(0, dtype=np.int64),
                ccoef if ccoef.size else np.zeros(0, dtype=np.int64),
                np.array([b[0] for b in self._bounds], dtype=np.int64),
                np.array([b[1] for b in self._bounds], dtype=np.int64),
                tstart,
                tvals if tvals.size else np.zeros(0, dtype=np.int64),
                vstart,
                vlist if vlist.size else np.zeros(0, dtype=np.int64),
                widest,
            )
        return self._arrays

    def _initial(self, fixed: Mapping[int, int] | None) -> np.ndarray:
        dom = self._domains.copy()
        if fixed:
            for var, value in fixed.items():
                if self.low <= value <= self.high:
                    dom[var] &= 1 << (value - self.low)
                else:
                    dom[var] = 0
        return dom

    def _decode(self, masks: np.ndarray) -> list[int]:
        return [self.low + int(m).bit_length() - 1 for m in masks]

    def _search_state(self, fixed):
        arrays = self._compiled()
        ncons = len(self._kinds)
        depth = min(self.num_vars + 1, 64)
        doms = np.zeros((depth, self.num_vars), dtype=np.int64)
        doms[0] = self._initial(fixed)
        work = (
            np.zeros(max(ncons, 1), dtype=np.int64),  # queue
            np.zeros(max(ncons, 1), dtype=np.bool_),  # in-queue flags
            np.zeros(arrays[-1], dtype=np.int64),
            np.zeros(arrays[-1], dtype=np.int64),
        )
        rank = self._rank
        if rank.shape[0] != self.num_vars:  # natural order: a -1 in column 0 of every row
            rank = np.full((self.num_vars, self.num_values), -1, dtype=np.int64)
        state = {
            "doms": doms,
            "bvar": np.zeros(depth, dtype=np.int64),
            "brest": np.zeros(depth, dtype=np.int64),
            "ctl": np.zeros(3, dtype=np.int64),
            "rank": rank,
            "out": np.zeros(self.num_vars, dtype=np.int64),
        }
        return arrays, work, state

    @staticmethod
    def _deepen(state) -> None:
        depth = state["doms"].shape[0]
        bigger = min(2 * depth, state["doms"].shape[1] + 1)
        doms = np.zeros((bigger, state["doms"].shape[1]), dtype=np.int64)
        doms[:depth] = state["doms"]
        state["doms"] = doms
        for key in ("bvar", "brest"):
            grown = np.zeros(bigger, dtype=np.int64)
            grown[:depth] = state[key]
            state[key] = grown

    def search(
        self,
        limit: int = 2,
        fixed: Mapping[int, int] | None = None,
        max_nodes: int | None = None,
    ) -> SearchResult:
        """Count solutions up to ``limit`` with the extra givens ``fixed`` (var -> value), using
        at most ``max_nodes`` branchings (None: no bound)."""
        arrays, work, state = self._search_state(fixed)
        budget = (1 << 62) if max_nodes is None else int(max_nodes)
        first = np.zeros(self.num_vars, dtype=np.int64)
        count, found_first = 0, None
        while True:
            got, code = _count(
                state["doms"],
                state["bvar"],
                state["brest"],
                state["ctl"],
                state["rank"],
                state["out"],
                first,
                *arrays[:-1],
                *work,
                budget,
                limit - count,
            )
            if got and found_first is None:
                found_first = self._decode(first)
            count += got
            if code != _STACK_FULL:
                break
            self._deepen(state)
        complete = code != _OUT_OF_NODES
        return SearchResult(count, found_first, int(state["ctl"][2]), complete)

    def count_solutions(
        self,
        limit: int = 2,
        fixed: Mapping[int, int] | None = None,
        max_nodes: int | None = None,
        accept: Callable[[list[int]], bool] | None = None,
    ) -> int:
        """Number of solutions, stopping at ``limit``. With ``accept`` only the solutions it
        approves count (for rules that are not local). If ``max_nodes`` runs out first, the
        result is ``limit`` (unproven is treated like ambiguous, which keeps generators safe)."""
        if accept is None:
            result = self.search(limit, fixed, max_nodes)
            return result.count if result.complete else limit
        count = 0
        for solution in self.iter_solutions(fixed, max_nodes, strict=False):
            if solution is None:
                return limit
            if accept(solution):
                count += 1
                if count >= limit:
                    break
        return count

    def solve(
        self, fixed: Mapping[int, int] | None = None, max_nodes: int | None = None
    ) -> list[int] | None:
        """One solution (values per variable), or None if there is none (or none was found
        within ``max_nodes``)."""
        return self.search(1, fixed, max_nodes).solution

    def unique_solution(
        self, fixed: Mapping[int, int] | None = None, max_nodes: int | None = None
    ) -> list[int] | None:
        """The solution if there is provably exactly one, else None."""
        result = self.search(2, fixed, max_nodes)
        return result.solution if result.complete and result.count == 1 else None

    def iter_solutions(
        self,
        fixed: Mapping[int, int] | None = None,
        max_nodes: int | None = None,
        strict: bool = True,
    ) -> Iterator[list[int]]:
        """Every solution, one at a time (the search resumes where it stopped). When
        ``max_nodes`` runs out it raises ``RuntimeError`` (``strict``) or yields None once."""
        arrays, work, state = self._search_state(fixed)
        budget = (1 << 62) if max_nodes is None else int(max_nodes)
        while True:
            code = _next_solution(
                state["doms"],
                state["bvar"],
                state["brest"],
                state["ctl"],
                state["rank"],
                state["out"],
                *arrays[:-1],
                *work,
                budget,
            )
            if code == _FOUND:
                yield self._decode(state["out"])
            elif code == _STACK_FULL:
                self._deepen(state)
            elif code == _OUT_OF_NODES:
                if strict:
                    raise RuntimeError(f"search stopped after {budget} nodes")
                yield None
                return
            else:
                return

    def remove_clues(
        self,
        solution: Sequence[int],
        order: Sequence[int],
        givens: Iterable[int] | None = None,
        target: int | None = None,
        max_nodes: int | None = None,
    ) -> list[int]:
        """Thin out the givens of a planted ``solution`` while it stays the only solution.

        Starting from ``givens`` (variables fixed to their solution values; default: all), try
        to drop the variables of ``order`` one by one, keeping a drop when a search of at most
        ``max_nodes`` branchings proves the solution still unique (``max_nodes=0``: propagation
        alone must still determine every cell, so the puzzle needs no guessing). Stops after
        ``target`` drops. Returns the sorted variables that stay given. The planted solution
        must satisfy the model."""
        arrays = self._compiled()
        ncons = len(self._kinds)
        budget = (1 << 62) if max_nodes is None else int(max_nodes)
        depth = min(self.num_vars, budget) + 2
        given = np.zeros(self.num_vars, dtype=np.bool_)
        for v in range(self.num_vars) if givens is None else givens:
            given[v] = True
        bits = np.array([1 << (x - self.low) for x in solution], dtype=np.int64)
        rank = np.full((self.num_vars, self.num_values), -1, dtype=np.int64)
        _remove_clues(
            self._domains,
            bits,
            given,
            np.array(list(order), dtype=np.int64),
            self.num_vars if target is None else int(target),
            np.zeros((depth, self.num_vars), dtype=np.int64),
            np.zeros(depth, dtype=np.int64),
            np.zeros(depth, dtype=np.int64),
            rank,
            np.zeros(self.num_vars, dtype=np.int64),
            np.zeros(self.num_vars, dtype=np.int64),
            *arrays[:-1],
            np.zeros(max(ncons, 1), dtype=np.int64),
            np.zeros(max(ncons, 1), dtype=np.bool_),
            np.zeros(arrays[-1], dtype=np.int64),
            np.zeros(arrays[-1], dtype=np.int64),
            budget,
        )
        return [v for v in range(self.num_vars) if given[v]]

    def add_clues_until_unique(
        self,
        solution: Sequence[int],
        givens: Iterable[int] = (),
        rng: random.Random | None = None,
        max_nodes: int | None = None,
        max_clues: int | None = None,
    ) -> list[int] | None:
        """Reveal variables of a planted ``solution`` until it is the only solution.

        Starting from ``givens``, repeatedly find a second solution and reveal one variable
        (chosen with ``rng``, else the first) on which it differs from the planted one; each
        reveal removes that rival, so this ends. Returns the sorted givens, or None when a
        search ran out of ``max_nodes`` or more than ``max_clues`` reveals were needed."""
        given = set(givens)
        planted = list(solution)
        while True:
            fixed = {v: planted[v] for v in given}
            rival = None
            for found in self.iter_solutions(fixed, max_nodes, strict=False):
                if found is None:
                    return None
                if found != planted:
                    rival = found
                    break
            if rival is None:
                return sorted(given)
            if max_clues is not None and len(given) >= max_clues:
                return None
            differing = [v for v in range(self.num_vars) if rival[v] != planted[v]]
            given.add(rng.choice(differing) if rng is not None else differing[0])

    def propagate(self, fixed: Mapping[int, int] | None = None) -> list[list[int]] | None:
        """The candidates left for every variable after propagation alone (no branching), or
        None on a contradiction. All singletons mean the givens determine the solution by
        deduction alone, which proves it unique."""
        arrays, work, _ = self._search_state(fixed)
        dom = self._initial(fixed)
        if not dom.all() or not _propagate(dom, -1, *arrays[:-1], *work):
            return None
        return [[self.low + b for b in range(self.num_values) if (int(m) >> b) & 1] for m in dom]

"""Environments of category `combinatorics_counting`."""

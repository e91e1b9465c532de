"""Environments of category `dp_optimization`."""

"""Numba kernels shared by environments."""

"""Environments of category `number_theory`."""

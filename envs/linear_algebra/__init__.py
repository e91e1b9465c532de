"""Environments of category `linear_algebra`."""

"""Environments of category `geometry`."""

"""Environments of category `sequence_array`."""

"""Environments of category `other`."""

"""Environments of category `string`."""

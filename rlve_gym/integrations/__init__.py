"""Glue between rlve-gym and training frameworks that load plug-ins by name from their configs.

Each module imports its framework lazily, so ``import rlve_gym.integrations.<name>`` works without
that framework installed; only the objects the framework itself asks for import it.

- ``rlve_gym.integrations.verl``: veRL 0.7.x curriculum sampler, reward function and the dataset
  of problem keys they work on (docs/training.md, "veRL").
"""

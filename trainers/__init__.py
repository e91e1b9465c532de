"""Trainer integrations (installed as rlve_gym.trainers); imported only when training."""

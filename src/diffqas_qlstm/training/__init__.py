"""Training: the loop, checkpoints and resumption, seeding, one grid run."""

from diffqas_qlstm.training.loop import (
    TrainingConfig,
    TrainingDivergedError,
    fit,
    make_optimizer,
    make_train_step,
    mse,
    predict,
)
from diffqas_qlstm.training.run import RunSpec, execute_run, grid_runs, validate_train_parameters
from diffqas_qlstm.training.seeding import seed_everything

__all__ = [
    "RunSpec",
    "TrainingConfig",
    "TrainingDivergedError",
    "execute_run",
    "fit",
    "make_optimizer",
    "make_train_step",
    "grid_runs",
    "mse",
    "predict",
    "seed_everything",
    "validate_train_parameters",
]

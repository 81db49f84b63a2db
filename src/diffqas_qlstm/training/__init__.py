"""Training: the loop, checkpoints and resumption, seeding, one grid run."""

from diffqas_qlstm.config import RunSpec, TrainingConfig
from diffqas_qlstm.training.loop import (
    TrainingDivergedError,
    fit,
    learning_rate,
    make_optimizer,
    make_train_step,
    mse,
    predict,
)
from diffqas_qlstm.training.guard import degeneracy
from diffqas_qlstm.training.run import execute_run
from diffqas_qlstm.training.seeding import seed_everything
from diffqas_qlstm.training.split import validation_split

__all__ = [
    "RunSpec",
    "TrainingConfig",
    "TrainingDivergedError",
    "degeneracy",
    "execute_run",
    "fit",
    "learning_rate",
    "make_optimizer",
    "make_train_step",
    "mse",
    "predict",
    "seed_everything",
    "validation_split",
]

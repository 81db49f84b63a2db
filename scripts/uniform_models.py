"""Print the model names of every candidate of the default search space as a uniform single-circuit
QLSTM (``uniform_<candidate>``), joined by ``;`` as ``--params train.grid.models=…`` takes them.

Example (the Makefile's ``ground-truth`` target): ``python scripts/uniform_models.py`` →
``uniform_H-Rx-brick-Rx;uniform_H-Rx-brick-Ry;…`` (36 names).
"""

from diffqas_qlstm.circuits.space import SearchSpace
from diffqas_qlstm.config import uniform_name

if __name__ == "__main__":
    print(";".join(uniform_name(candidate) for candidate in SearchSpace.default().candidates()))

"""DiffQAS-QLSTM: differentiable quantum architecture search for quantum LSTMs.

TensorFlow Quantum works only with Keras 2, so ``TF_USE_LEGACY_KERAS`` must be set before
TensorFlow is first imported; importing this package does that (and quiets TensorFlow's
start-up chatter and Kedro telemetry) for every entry point: ``kedro``, tests, notebooks.
"""

import os

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
# 3 also hides the CUDA probing errors TensorFlow prints on machines without a GPU.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("KEDRO_DISABLE_TELEMETRY", "1")

__version__ = "0.1.0"

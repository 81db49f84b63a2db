# Set-up and entry points. Every target is safe to run again: the virtual environment is
# (re)installed only when pyproject.toml changed since the last install.
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.10 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
export KEDRO_DISABLE_TELEMETRY := 1
export TF_USE_LEGACY_KERAS := 1
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: install install-test mlflow-ui run test test-fast viz bench clean-data paper-grid rederive results results-tfq-check explore ground-truth rerun-band rerun-band-derive rederive-band rederive-swaps rederive-cosine rederive-fresh rederive-keep rederive-restarts rederive-fresh-gain tune-paper train-tuned adopt-rederivation

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,mlflow]"
	touch $@ $(VENV)/.installed $(VENV)/.installed-mlflow

$(VENV)/.installed-mlflow: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[mlflow]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## MLflow's UI on the runs tracked with runtime.mlflow=true (README, "Tracking in MLflow").
mlflow-ui: $(VENV)/.installed-mlflow
	$(BIN)/mlflow ui --backend-store-uri sqlite:///$(CURDIR)/mlflow.db --port $${MLFLOW_PORT:-5000}

## The main job: generate data, window it, train the configured grid, derive, evaluate, report.
run: install
	$(BIN)/kedro run --pipeline=train

## The whole test suite.
test: install-test
	$(BIN)/python -m pytest --durations=20

## Everything but the tests marked slow (those that run the kedro command or train for long).
test-fast: install-test
	$(BIN)/python -m pytest -m "not slow"

## The paper grid (conf/paper): every finished run's small outputs go to results/paper/ (committed).
## Resumable: finished runs are skipped, a stopped run continues from its last epoch checkpoint.
## MLFLOW=true also tracks every run in MLflow (README, "Tracking in MLflow").
MLFLOW ?= false
paper-grid: install $(if $(filter true,$(MLFLOW)),$(VENV)/.installed-mlflow)
	$(BIN)/kedro run --pipeline=train --env=paper --runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params runtime.mlflow=$(MLFLOW)

## The TFQ check of the paper grid: narma10, diffqas_nonshared, seed 0 trained end to end on TFQ
## (about 3 hours of one core here). Its per-epoch checkpoint lives in results/ so that it can be
## committed and resumed on another machine; it is removed when the run has finished.
TFQ_CHECK_RUN ?= narma10.diffqas_nonshared.seed_0
results-tfq-check: install
	$(BIN)/kedro run --pipeline=train --env=paper --namespaces=$(TFQ_CHECK_RUN) --only-missing-outputs \
		--params "results_dir=results/paper/tfq_check,train.model.backend=tfq,train.checkpoint_dir=results/paper/tfq_check/checkpoints" \
		&& rm -rf results/paper/tfq_check/checkpoints

## The DiffQAS settings explored (one changed per label) on two small datasets, seeds 0 and 1;
## each label's runs go to results/paper/explore/<label>/. Needs the series: run paper-grid first.
## The Gumbel-softmax search's settings (EXPLORE_GDAS_*) and the score-function search's
## (EXPLORE_REINFORCE_*) likewise, seeds 0-2 of the four small datasets; reinforce_paper_form_again
## changes nothing: the paper form run again on this machine's CPU, beside which a setting run on that
## CPU is read (chaotic seeds part ways between CPUs).
EXPLORE_RUNS ?= damped_shm.diffqas_nonshared.seed_0,narma5.diffqas_nonshared.seed_0,damped_shm.diffqas_nonshared.seed_1,narma5.diffqas_nonshared.seed_1
EXPLORE_SETTINGS ?= arch_lr_x10:train.model.arch_lr_scale=10.0 arch_init_1:train.model.arch_init=1.0 \
	arch_lr_x0.1:train.model.arch_lr_scale=0.1 theta_init_1:train.model.init_scale=1.0
comma := ,
empty :=
space := $(empty) $(empty)
EXPLORE_GDAS_RUNS ?= $(subst $(space),$(comma),$(foreach s,0 1 2,$(foreach d,bessel damped_shm narma5 narma10,$(d).diffqas_gdas.seed_$(s))))
EXPLORE_GDAS_SETTINGS ?= gdas_arch_lr_x10:train.model.arch_lr_scale=10.0 gdas_tau_max_1:train.model.gdas_tau_max=1.0
EXPLORE_REINFORCE_RUNS ?= $(subst diffqas_gdas,diffqas_reinforce,$(EXPLORE_GDAS_RUNS))
EXPLORE_REINFORCE_SETTINGS ?= reinforce_arch_lr_x10:train.model.arch_lr_scale=10.0 \
	reinforce_arch_lr_x3:train.model.arch_lr_scale=3.0 \
	reinforce_greedy:train.model.reinforce_baseline=greedy \
	reinforce_paper_form_again:train.model.reinforce_baseline=leave_one_out
explore: install
	@for pair in "$(EXPLORE_RUNS)|$(EXPLORE_SETTINGS)" "$(EXPLORE_GDAS_RUNS)|$(EXPLORE_GDAS_SETTINGS)" \
			"$(EXPLORE_REINFORCE_RUNS)|$(EXPLORE_REINFORCE_SETTINGS)"; do \
		runs=$${pair%%|*}; for setting in $${pair#*|}; do label=$${setting%%:*}; param=$${setting#*:}; \
		echo "== $$label: $$param"; \
		$(BIN)/kedro run --pipeline=runs --env=paper --namespaces=$$runs --only-missing-outputs \
			--params "results_dir=results/paper/explore/$$label,$$param,train.checkpoint_dir=data/06_models/checkpoints_explore_$$label" \
			|| exit 1; \
	done; done

## Re-derive the paper grid's DiffQAS ensembles (no ensemble is re-trained): the paper's magnitude
## rule into results/paper/derive_magnitude/ (derivation nodes only), then the grid's own
## derive.method (validated) with its circuits, then the evaluation of every run (issue 21).
## RUNS=<comma-separated namespaces> limits it to those runs.
RUNS ?=
NAMESPACES := $(if $(RUNS),--namespaces=$(RUNS))
rederive: install
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice $(NAMESPACES) \
		--params "derive.method=magnitude,derived_dir=results/paper/derive_magnitude"
	$(BIN)/kedro run --pipeline=derive --env=paper $(NAMESPACES)
	$(BIN)/kedro run --pipeline=evaluate --env=paper $(NAMESPACES)

## The ground truth of the search space (issue 22): every candidate of the default space as a
## uniform single-circuit QLSTM (one candidate for all four gates, trained like the baselines) on
## GROUND_TRUTH_DATASETS, seeds 0-2, into results/paper/ground_truth/. Resumable like paper-grid.
GROUND_TRUTH_DATASETS ?= bessel;damped_shm;narma5;narma10
ground-truth: install
	$(BIN)/kedro run --pipeline=runs --env=paper --runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params "results_dir=results/paper/ground_truth,train.grid.datasets=$(GROUND_TRUTH_DATASETS),train.grid.models=$$($(BIN)/python scripts/uniform_models.py),train.grid.seeds=0;1;2,train.grid.extra=[]"

## The rerun band (issue 22): committed grid runs re-run with one thing changed that should not
## matter (thread count, backend, a 1e-7 perturbation of the initial θ, double precision), each
## label into results/paper/rerun/<label>/; the document shows how far each moves from the grid's run.
RERUN_RUNS ?= bessel.diffqas_nonshared.seed_0,damped_shm.diffqas_nonshared.seed_0,narma5.diffqas_nonshared.seed_0,narma10.diffqas_nonshared.seed_0,bessel.baseline_1.seed_0,damped_shm.baseline_1.seed_0,narma5.baseline_1.seed_0,narma10.baseline_1.seed_0
RERUN_SETTINGS ?= perturb_1e-7:train.model.init_perturbation=1e-7 threads_2:runtime.tf_threads.intra_op=2 \
	statevector:train.model.backend=statevector statevector_double:train.model.backend=statevector,train.model.precision=double
rerun-band: install
	@for setting in $(RERUN_SETTINGS); do label=$${setting%%:*}; param=$${setting#*:}; \
		echo "== $$label: $$param"; \
		$(BIN)/kedro run --pipeline=runs --env=paper --namespaces=$(RERUN_RUNS) --only-missing-outputs \
			--params "results_dir=results/paper/rerun/$$label,$$param,train.checkpoint_dir=data/06_models/checkpoints_rerun_$$label" \
			|| exit 1; \
	done

## The rerun band's DiffQAS runs derived again with the grid's derive settings (conf/), each label's
## setting kept, so their derived models compare with the grid's (report/rerun.py sets a derived ratio
## only beside the same derivation): derived into results/paper/rerun/<label>/rederive/current/, then
## adopted there (scripts/adopt_rederivation.py --results ...: checked, copied in, what the old
## derivation fed recomputed); the label folders stay on this machine (git ignores them), so the
## command run again skips what is done. No run is re-trained. Resumable.
RERUN_DERIVED_RUNS ?= $(subst $(space),$(comma),$(strip $(foreach run,$(subst $(comma),$(space),$(RERUN_RUNS)),$(if $(findstring .diffqas_,$(run)),$(run)))))
rerun-band-derive: install
	@for setting in $(RERUN_SETTINGS); do label=$${setting%%:*}; param=$${setting#*:}; \
		echo "== $$label: $$param"; \
		$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(RERUN_DERIVED_RUNS) --only-missing-outputs \
			--runner=diffqas_qlstm.runners.RunByRunParallelRunner \
			--params "results_dir=results/paper/rerun/$$label,derived_dir=results/paper/rerun/$$label/rederive/current,$$param,train.checkpoint_dir=data/06_models/checkpoints_rerun_derive_$$label" \
			|| exit 1; \
		$(BIN)/python scripts/adopt_rederivation.py --results results/paper/rerun/$$label --label current --params "$$param" || exit 1; \
	done

## The derivation's rerun band (issue 21): the grid's DiffQAS ensembles of REDERIVE_RUNS re-derived
## (no ensemble is re-trained) with the SPEC's start (derive.fresh_start=never, the grid's derive
## settings until it adopted final) on this machine (same_method) and with one more setting changed per label, each into results/paper/rederive/<label>/ (derivation
## outputs only); the document compares each label's derived models with the grid's. Resumable.
## A band on another CPU is a label that starts with same_method (e.g. same_method_xeon, given as
## REDERIVE_SETTINGS=same_method_xeon:derive.fresh_start=never REDERIVE_RUNS=...): a changed
## setting is set beside the band derived on its own CPU.
REDERIVE_RUNS ?= $(subst $(space),$(comma),$(strip $(foreach d,bessel damped_shm narma5 narma10,\
	$(foreach s,0 1 2 3 4 5 6 7 8 9,$(d).diffqas_nonshared.seed_$(s)) $(foreach s,0 1 2,$(d).diffqas_shared.seed_$(s))) \
	$(foreach s,0 1 2 3 4 5 6 7 8 9,delayed_quantum_control.diffqas_nonshared.seed_$(s))))
REDERIVE_SETTINGS ?= same_method:derive.fresh_start=never trainable_siblings:derive.trainable_siblings=true,derive.fresh_start=never
rederive-band: install
	@for setting in $(REDERIVE_SETTINGS); do label=$${setting%%:*}; param=$${setting#*:}; \
		echo "== $$label: $$param"; \
		$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(REDERIVE_RUNS) \
			--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
			--params "derived_dir=results/paper/rederive/$$label,$$param,train.checkpoint_dir=data/06_models/checkpoints_rederive_$$label" \
			|| exit 1; \
	done

## The validated derivation with swap rounds (derive.swap_rounds, opt-in): the diffqas_nonshared and
## diffqas_shared ensembles of SWAP_RUNS (every seed of both on the five paper datasets: 0-9, the
## shared row's 0-2 on delayed_quantum_control) derived again into results/paper/rederive/swap_rounds/,
## set beside the grid and same_method in the same document section. Resumable.
SWAP_RUNS ?= $(subst $(space),$(comma),$(strip $(foreach d,bessel damped_shm narma5 narma10,\
	$(foreach m,diffqas_nonshared diffqas_shared,$(foreach s,0 1 2 3 4 5 6 7 8 9,$(d).$(m).seed_$(s))))) \
	$(foreach s,0 1 2 3 4 5 6 7 8 9,delayed_quantum_control.diffqas_nonshared.seed_$(s)) \
	$(foreach s,0 1 2,delayed_quantum_control.diffqas_shared.seed_$(s))))
rederive-swaps: install
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(SWAP_RUNS) \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params "derived_dir=results/paper/rederive/swap_rounds,derive.swap_rounds=3,derive.fresh_start=never,train.checkpoint_dir=data/06_models/checkpoints_rederive_swap_rounds"

## The derivation's re-training with a cosine learning rate (derive.retrain_lr_schedule: cosine, the
## schedule of DARTS' re-training): the ensembles of SWAP_RUNS and the diffqas_reinforce searches of
## the five paper datasets (seeds 0-9; the gap-free comparison, both sides re-trained alike) derived
## again into results/paper/rederive/cosine_retrain/, and the hand-designed baselines of the five paper datasets
## trained with the same schedule into results/paper/schedule/cosine_retrain/ (baseline_1 and
## baseline_4 over seeds 0-9, the others 0-2, as in the grid), so the document compares the
## re-derived models with baselines trained alike. Resumable.
COSINE_BASELINE_RUNS ?= $(subst $(space),$(comma),$(strip $(foreach d,bessel damped_shm delayed_quantum_control narma5 narma10,\
	$(foreach m,baseline_1 baseline_4,$(foreach s,0 1 2 3 4 5 6 7 8 9,$(d).$(m).seed_$(s))) \
	$(foreach m,baseline_2 baseline_3 baseline_5 baseline_6,$(foreach s,0 1 2,$(d).$(m).seed_$(s))))))
COSINE_SEARCH_RUNS ?= $(subst $(space),$(comma),$(strip $(foreach d,bessel damped_shm delayed_quantum_control narma5 narma10,\
	$(foreach s,0 1 2 3 4 5 6 7 8 9,$(d).diffqas_reinforce.seed_$(s)))))
rederive-cosine: install
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(SWAP_RUNS),$(COSINE_SEARCH_RUNS) \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params "derived_dir=results/paper/rederive/cosine_retrain,derive.retrain_lr_schedule=cosine,derive.fresh_start=never,train.checkpoint_dir=data/06_models/checkpoints_rederive_cosine_retrain"
	$(BIN)/kedro run --pipeline=runs --env=paper --namespaces=$(COSINE_BASELINE_RUNS) \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params "results_dir=results/paper/schedule/cosine_retrain,train.training.lr_schedule=cosine,train.checkpoint_dir=data/06_models/checkpoints_schedule_cosine_retrain"

## The derivation with a fresh start (derive.fresh_start): the ensembles of SWAP_RUNS and the
## diffqas_reinforce searches of COSINE_SEARCH_RUNS derived again, one label per setting of
## FRESH_SETTINGS, into results/paper/rederive/<label>/: fresh_start (shortlist: each shortlisted
## architecture also validated started from the model's own initialisation, as a hand-designed
## baseline starts) and, given as FRESH_SETTINGS=fresh_final:derive.fresh_start=final, fresh_final
## (final: the shortlist's winner re-trained from both starts for retrain_epochs on the first part of
## the training windows, the better on validation kept; the reinforce argmax checked against itself
## started fresh alike) — measured so, final became the default and that label, extended to every
## DiffQAS run, the grid's derivation (make adopt-rederivation). Resumable.
FRESH_SETTINGS ?= fresh_start:derive.fresh_start=shortlist
rederive-fresh: install
	@for setting in $(FRESH_SETTINGS); do label=$${setting%%:*}; param=$${setting#*:}; \
		echo "== $$label: $$param"; \
		$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(SWAP_RUNS),$(COSINE_SEARCH_RUNS) \
			--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
			--params "derived_dir=results/paper/rederive/$$label,$$param,train.checkpoint_dir=data/06_models/checkpoints_rederive_$$label" \
			|| exit 1; \
	done

## The sampled searches' derivation with policy draws (derive.policy_samples=8: the argmax validated
## beside 8 architectures drawn from the learned policy, as ENAS picks among its controller's samples):
## the diffqas_reinforce searches of COSINE_SEARCH_RUNS derived again into results/paper/rederive/policy8/.
## Then keep_validated (derive.keep_validated=true: the final check's winner, re-trained on the first
## part of the training windows, handed back when the re-training on every window ends worse on the
## validation part; policy draws as above for the searches): the ensembles of SWAP_RUNS and the
## searches of COSINE_SEARCH_RUNS into results/paper/rederive/keep_validated/. Resumable.
rederive-keep: install
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(COSINE_SEARCH_RUNS) \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params "derived_dir=results/paper/rederive/policy8,derive.policy_samples=8,train.checkpoint_dir=data/06_models/checkpoints_rederive_policy8"
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(SWAP_RUNS),$(COSINE_SEARCH_RUNS) \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params "derived_dir=results/paper/rederive/keep_validated,derive.keep_validated=true,derive.policy_samples=8,train.checkpoint_dir=data/06_models/checkpoints_rederive_keep_validated"

## derive.fresh_restarts (issue 21): the grid's 43 shared-theta and 50 nonshared ensembles and its 50
## reinforce searches of the five paper datasets (SWAP_RUNS, COSINE_SEARCH_RUNS) derived with RESTARTS
## more fresh starts in the final check (rederive/restarts<RESTARTS>/), every other setting conf/'s; then
## every other DiffQAS run of the grid alike (a few hours of two cores). Resumable. RESTARTS=4 was
## adopted on 2026-12-07 (fresh_restarts: 4 is the default since; the derivation before is
## rederive/keep_validated/): run again so, it re-derives the grid's derivation into
## rederive/restarts4/. RESTARTS=8 (rederive/restarts8/): four more restarts, measured first on the
## shared and nonshared ensembles (RESTART_RUNS=$$(SWAP_RUNS)).
RESTARTS ?= 4
RESTART_RUNS ?= $(SWAP_RUNS),$(COSINE_SEARCH_RUNS)
RESTART_PARAMS = derived_dir=results/paper/rederive/restarts$(RESTARTS),derive.fresh_restarts=$(RESTARTS),train.checkpoint_dir=data/06_models/checkpoints_rederive_restarts$(RESTARTS)
rederive-restarts: install
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice --namespaces=$(RESTART_RUNS) \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs --params "$(RESTART_PARAMS)"
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs --params "$(RESTART_PARAMS)"

## derive.fresh_gain (issue 21): the grid runs whose final check's winner kept trainable gains (the
## only derivations the setting changes, scripts/fresh_gain_runs.py) derived again with it, every
## other setting conf/'s, into results/paper/rederive/fresh_gain/ (a fresh start keeps the winner's
## gains, started at 1, instead of dropping them). Adopted on 2026-12-07 (make adopt-rederivation
## LABEL=fresh_gain KEEP_AS=restarts4), so conf/ sets it and the grid's derivation holds it. Resumable.
rederive-fresh-gain: install
	$(BIN)/kedro run --pipeline=derive --env=paper --tags=derive_choice \
		--namespaces=$$($(BIN)/python scripts/fresh_gain_runs.py) \
		--runner=diffqas_qlstm.runners.RunByRunParallelRunner --only-missing-outputs \
		--params "derived_dir=results/paper/rederive/fresh_gain,derive.fresh_gain=true,train.checkpoint_dir=data/06_models/checkpoints_rederive_fresh_gain"

## Adopt a re-derivation label as the grid's derivation (LABEL=<folder under results/paper/rederive/>;
## issue 21), once conf/ holds the label's derive settings: every run's settings, and the files its
## derivation read (ensemble, windows), are checked first (nothing is touched on a mismatch), its derivation is copied into the grid's run folder, what the
## grid computed from the old one is removed and recomputed, run by run only what the grid had
## (derived circuits, predictions, metrics, native compilation, noisy evaluation). KEEP_AS=<label>
## keeps the replaced derivation under results/paper/rederive/<label>/. Resumable: an adopted run is
## left alone, and what is still to recompute waits in data/adoption/<label>.json.
LABEL ?=
KEEP_AS ?=
adopt-rederivation: install
	@test -n "$(LABEL)" || { echo "make adopt-rederivation needs LABEL=<folder under results/paper/rederive/>"; exit 2; }
	$(BIN)/python scripts/adopt_rederivation.py --label $(LABEL) $(if $(KEEP_AS),--keep-as $(KEEP_AS))

## The equal-budget tuning (issue 25, conf/paper/parameters_tune.yml): 20 Optuna trials per
## (dataset, model), resumable (the study lives in results/paper/tune/optuna.db).
tune-paper: install
	$(BIN)/kedro run --pipeline=tune --env=paper --params runtime.tf_threads.intra_op=1

## Each tuned setting (results/paper/tune/<dataset>/<model>/best_parameters.yml) trained at the paper
## protocol over TUNED_SEEDS into results/paper/tuned/ (resumable).
TUNED_SEEDS ?= 0;1;2;3;4
train-tuned: install
	$(BIN)/python scripts/train_tuned.py --seeds "$(TUNED_SEEDS)"

## docs/RESULTS.md (and docs/results/: tables, figures) from results/paper/ alone; nothing is trained.
results: install
	$(BIN)/kedro run --pipeline=publish

viz: install
	$(BIN)/kedro viz run

bench: install
	$(BIN)/python bench/epoch_time.py

clean-data:
	find data -type f ! -name .gitkeep -delete

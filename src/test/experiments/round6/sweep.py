# Round 6 of docs/classifier.md: round 5's shared scoring (../round5/sweep.py: the service's
# combination, shrink, 0.99 cap, per-group macro-F1 / ECE / pre-selection as FacetScoreSheet computes
# them), with unit's temperature as round 5 kept it (2.2). The round 6 scripts import it as `sweep`.
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "round5_sweep", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round5", "sweep.py"))
_round5 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round5)
globals().update({k: v for k, v in vars(_round5).items() if not k.startswith("__")})

T0 = {**_round5.T0, "unit": 2.2}

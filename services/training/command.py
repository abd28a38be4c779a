"""`ncrs-watch train`: build models/crimeability/<version>/ deterministically.

Generates training and calibration cases, fits the model, writes the skops artifact with its
SHA-256 and library versions in metadata.json, evaluates the learned and rule-based scorers on
held-out generated data and the hand-written set, and writes card.md and calibration.png.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path
from typing import Any

from services.adapters.crimeability_features import FeatureSpace
from services.adapters.learned_scorer import LearnedScorer
from services.adapters.model_store import save_bundle
from services.domain.rule_scorer import RuleScorer
from services.synthetic import SyntheticCase, generate_cases
from services.training.card import render_card
from services.training.evaluation import evaluate, plot_calibration
from services.training.evaluation_set import from_synthetic, load_evaluation_set
from services.training.fit import CALIBRATION_CASES, TRAIN_CASES, fit_bundle

VERSION = "v4"
ROOT = Path(__file__).resolve().parents[2]
EVALUATION_SET = ROOT / "models" / "eval" / "handwritten.jsonl"
DEV_SET = ROOT / "models" / "eval" / "dev_handwritten.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=20260301, help="generator seed (default fixed)")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "crimeability")
    parser.add_argument("--version", default=VERSION)
    parser.add_argument("--eval", type=Path, default=EVALUATION_SET, help="hand-written set")


def _data_hash(cases: list[SyntheticCase]) -> str:
    digest = hashlib.sha256()
    for c in cases:
        digest.update(
            json.dumps(
                [
                    c.narrative,
                    c.opening_code,
                    sorted(c.qualifiers),
                    c.reporter,
                    c.channel,
                    c.labels.crimeable,
                    str(c.labels.offence_group),
                    c.labels.domestic_abuse,
                ]
            ).encode()
        )
    return digest.hexdigest()


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    train = generate_cases(args.seed, TRAIN_CASES)
    calibration = generate_cases(args.seed + 1, CALIBRATION_CASES)
    held_out = from_synthetic(generate_cases(args.seed + 2, 3000))
    dev = load_evaluation_set(DEV_SET) if DEV_SET.is_file() else []
    bundle = fit_bundle(train, calibration, args.seed, [(f, lab.crimeable) for f, lab in dev])
    directory: Path = args.out / args.version
    space = FeatureSpace.from_parts(bundle)
    metadata: dict[str, Any] = {
        "name": "crimeability",
        "version": f"crimeability-{args.version}",
        "seed": args.seed,
        "features": {
            "word_1_2grams": space.sizes[0],
            "char_3_5grams": space.sizes[1],
            "structured": sorted(space.structured),
            "domain_cues": list(space.cues),
            "cue_value": space.cue_value,
            "negation_marking": "neg_ prefix, 3 words",
        },
        "heads": [
            "crimeable (LR + Platt on degraded generated + hand-written dev)",
            "offence_group (multinomial LR, balanced classes)",
            "domestic_abuse (LR)",
        ],
        "data": {
            "train_cases": len(train),
            "calibration_cases": len(calibration),
            "train_sha256": _data_hash(train),
        },
    }
    scorer = LearnedScorer(bundle, metadata["version"])
    rules = RuleScorer()
    metrics = {"generated held-out (learned)": evaluate(scorer, held_out)}
    if dev:
        metadata["data"]["dev_set"] = f"{DEV_SET.name}, {len(dev)} cases (also calibrates)"
        metrics["hand-written dev (learned, in-sample for calibration)"] = evaluate(scorer, dev)
    if args.eval.is_file():
        handwritten = load_evaluation_set(args.eval)
        metadata["data"]["evaluation_set"] = f"{args.eval.name}, {len(handwritten)} cases"
        metrics["hand-written (learned)"] = evaluate(scorer, handwritten)
        metrics["hand-written (rules)"] = evaluate(rules, handwritten)
    metadata["metrics"] = metrics
    metadata = save_bundle(bundle, directory, metadata)
    curves = {k: v for k, v in metrics.items() if "hand-written" in k} or metrics
    plot_calibration(curves, directory / "calibration.png")
    (directory / "card.md").write_text(render_card(metadata))
    elapsed = time.perf_counter() - started
    print(f"wrote {directory} in {elapsed:.0f}s")
    for name, m in metrics.items():
        print(
            f"  {name}: recall {m['crimeable_recall']:.3f} "
            f"precision {m['crimeable_precision']:.3f} "
            f"group {m['offence_group_accuracy']:.3f} DA recall {m['domestic_abuse_recall']:.3f}"
        )
    return 0

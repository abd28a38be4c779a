"""Quality figures for a scorer on a labelled set: recall, precision, group accuracy, DA recall,
confusion matrices and a reliability table (is a 0.8 about 80%?)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from services.domain.scoring import Scorer
from services.training.evaluation_set import Labelled

THRESHOLD = 0.5
BINS = 10


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def reliability(probabilities: Sequence[float], truths: Sequence[bool]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for b in range(BINS):
        lo, hi = b / BINS, (b + 1) / BINS
        idx = [
            i for i, p in enumerate(probabilities) if lo <= p < hi or (b == BINS - 1 and p == 1.0)
        ]
        if idx:
            mean_p = sum(probabilities[i] for i in idx) / len(idx)
            rows.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "n": len(idx),
                    "mean_probability": round(mean_p, 3),
                    "observed_rate": round(sum(truths[i] for i in idx) / len(idx), 3),
                }
            )
    return rows


def evaluate(scorer: Scorer, data: Sequence[Labelled]) -> dict[str, Any]:
    scores = scorer.score_many([facts for facts, _ in data])
    truth = [labels.crimeable for _, labels in data]
    predicted = [s.probability >= THRESHOLD for s in scores]
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    fp = sum(p and not t for t, p in zip(truth, predicted, strict=True))
    fn = sum(t and not p for t, p in zip(truth, predicted, strict=True))
    tn = len(data) - tp - fp - fn
    groups: Counter[tuple[str, str]] = Counter()
    per_group: dict[str, list[int]] = {}
    for (_, labels), score in zip(data, scores, strict=True):
        if labels.crimeable and labels.offence_group is not None:
            want, got = labels.offence_group.value, str(score.offence_group or "none")
            groups[(want, got)] += 1
            per_group.setdefault(want, [0, 0])
            per_group[want][0] += 1
            per_group[want][1] += want == got
    group_right = sum(n for (w, g), n in groups.items() if w == g)
    da_truth = [i for i, (_, labels) in enumerate(data) if labels.domestic_abuse]
    return {
        "n": len(data),
        "crimeable_recall": _ratio(tp, tp + fn),
        "crimeable_precision": _ratio(tp, tp + fp),
        "offence_group_accuracy": _ratio(group_right, sum(groups.values())),
        "domestic_abuse_recall": _ratio(
            sum(scores[i].domestic_abuse for i in da_truth), len(da_truth)
        ),
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "group_confusion": {f"{w} -> {g}": n for (w, g), n in sorted(groups.items())},
        "per_group_accuracy": {
            g: {"n": v[0], "accuracy": _ratio(v[1], v[0])} for g, v in sorted(per_group.items())
        },
        "reliability": reliability([s.probability for s in scores], truth),
        "brier": round(
            sum((s.probability - t) ** 2 for s, t in zip(scores, truth, strict=True))
            / max(len(data), 1),
            4,
        ),
    }


def plot_calibration(results: dict[str, dict[str, Any]], path: Path) -> None:
    """A reliability diagram: mean predicted probability against observed crime rate per bin."""
    import matplotlib  # noqa: PLC0415  (optional, dev-only dependency)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    fig, ax = plt.subplots(figsize=(5, 5), dpi=90)
    ax.plot([0, 1], [0, 1], "k:", label="perfect calibration")
    for name, result in results.items():
        rows = result["reliability"]
        ax.plot(
            [r["mean_probability"] for r in rows],
            [r["observed_rate"] for r in rows],
            "o-",
            label=name,
        )
    ax.set_xlabel("predicted probability of a crime")
    ax.set_ylabel("observed share that are crimes")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)

"""Save and load crimeability model artifacts safely.

An artifact directory `models/<name>/<version>/` holds `model.skops`, `metadata.json` and
`card.md`. Loading never unpickles: skops reconstructs only the types on an explicit allowlist,
the file's SHA-256 must equal the one pinned in metadata.json, and the library versions that
trained it must match the running ones (same scikit-learn minor, numpy major), or loading fails
with a message saying what differs.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import scipy
import sklearn
import skops
import skops.io as sio

ARTIFACT = "model.skops"
METADATA = "metadata.json"
TRUSTED_TYPES = (
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.float",
    "builtins.int",
    "builtins.tuple",
    "numpy.ndarray",
    "numpy.dtype",
    "numpy.float64",
    "numpy.float32",
    "numpy.str_",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
)


class ModelArtifactError(RuntimeError):
    """The artifact is missing, altered, built by other library versions, or unsafe."""


def library_versions() -> dict[str, str]:
    return {
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "skops": skops.__version__,
    }


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_bundle(
    bundle: dict[str, Any], directory: Path, metadata: dict[str, Any]
) -> dict[str, Any]:
    """Write the artifact and metadata (with the artifact's hash and library versions)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / ARTIFACT
    sio.dump(bundle, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
    if untrusted:
        raise ModelArtifactError(f"artifact would need untrusted types: {sorted(untrusted)}")
    full = {**metadata, "artifact": ARTIFACT, "sha256": sha256_of(path)}
    full["libraries"] = library_versions()
    (directory / METADATA).write_text(json.dumps(full, indent=2, sort_keys=True) + "\n")
    return full


def _check_versions(trained: dict[str, str]) -> None:
    running = library_versions()
    problems = []
    for lib, depth in (("scikit-learn", 2), ("numpy", 1), ("skops", 2)):
        want = ".".join(str(trained.get(lib, "?")).split(".")[:depth])
        have = ".".join(running[lib].split(".")[:depth])
        if want != have:
            problems.append(f"{lib} {trained.get(lib)} (running {running[lib]})")
    if problems:
        raise ModelArtifactError(
            "model was trained with different library versions: "
            + ", ".join(problems)
            + "; rebuild it with `make model` or install the pinned versions"
        )


def read_metadata(directory: Path) -> dict[str, Any]:
    path = directory / METADATA
    if not path.is_file():
        raise ModelArtifactError(f"no {METADATA} in {directory}")
    metadata: dict[str, Any] = json.loads(path.read_text())
    return metadata


def load_bundle(directory: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The bundle and its metadata, after the hash, version and type checks."""
    metadata = read_metadata(directory)
    _check_versions(metadata.get("libraries", {}))
    path = directory / str(metadata.get("artifact", ARTIFACT))
    if not path.is_file():
        raise ModelArtifactError(f"artifact {path} not found")
    if sha256_of(path) != metadata.get("sha256"):
        raise ModelArtifactError(f"artifact {path} does not match the SHA-256 pinned in metadata")
    untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
    if untrusted:
        raise ModelArtifactError(f"artifact contains untrusted types: {sorted(untrusted)}")
    bundle: dict[str, Any] = sio.load(path, trusted=list(TRUSTED_TYPES))
    return bundle, metadata


def _version_key(path: Path) -> tuple[int, str]:
    """`v10` after `v9`: the number in the directory name, then the name itself."""
    digits = "".join(ch for ch in path.name if ch.isdigit())
    return (int(digits) if digits else -1, path.name)


def latest_version(root: Path) -> Path:
    """The newest version directory under `models/<name>/` (v2 < v10)."""
    versions = (
        sorted((p for p in root.iterdir() if (p / METADATA).is_file()), key=_version_key)
        if root.is_dir()
        else []
    )
    if not versions:
        raise ModelArtifactError(f"no model versions under {root}; run `make model`")
    return versions[-1]

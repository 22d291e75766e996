"""Why a propagated value is masked: SGP4's error codes plus ssaviewer's own."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

#: Code for an SGP4-XP element set (ephemeris type 4), which SGP4 cannot propagate.
EPHEMERIS_TYPE_4: Final = 10
#: Code for a time that no element set serves (an object without any propagatable set).
NO_ELEMENT_SET: Final = 11

#: Human reason per code; 1-6 are SGP4's own error codes.
REASONS: Final[dict[int, str]] = {
    0: "",
    1: "mean eccentricity outside 0 to 1 (SGP4 error 1)",
    2: "mean motion below zero (SGP4 error 2)",
    3: "perturbed eccentricity outside 0 to 1 (SGP4 error 3)",
    4: "semi-latus rectum below zero (SGP4 error 4)",
    5: "satellite underground (SGP4 error 5)",
    6: "decayed (SGP4 error 6)",
    EPHEMERIS_TYPE_4: "SGP4-XP element set (ephemeris type 4) cannot be propagated with SGP4",
    NO_ELEMENT_SET: "no propagatable element set for this object",
}


def element_codes(elements: pd.DataFrame) -> np.ndarray:
    """Return the error code each element set earns before any propagation (int16, 0 = fine).

    SGP4-XP sets get ``EPHEMERIS_TYPE_4``; eccentricity outside [0, 1) gets 1 and a mean
    motion that is not positive gets 2, as SGP4 would (it does not always check them).
    """
    return element_codes_of(
        elements["eccentricity"].to_numpy(dtype=np.float64),
        elements["mean_motion_rev_per_day"].to_numpy(dtype=np.float64),
        elements["ephemeris_type"].to_numpy(),
    )


def element_codes_of(ecc: np.ndarray, motion: np.ndarray, ephemeris_type: np.ndarray) -> np.ndarray:
    """:func:`element_codes` from the columns' values."""
    xp = ephemeris_type == 4
    codes = np.select(
        [xp, ~((ecc >= 0.0) & (ecc < 1.0)), ~(motion > 0.0)], [EPHEMERIS_TYPE_4, 1, 2], 0
    )
    result: np.ndarray = codes.astype(np.int16)
    return result


def reason(code: int) -> str:
    """Return the human reason for one error code ("" for 0)."""
    return REASONS.get(int(code), f"SGP4 error {int(code)}")


def reasons(codes: np.ndarray) -> np.ndarray:
    """Return an object array of reasons, the same shape as ``codes``."""
    codes = np.asarray(codes)
    unique, inverse = np.unique(codes, return_inverse=True)
    table = np.array([reason(int(c)) for c in unique], dtype=object)
    result: np.ndarray = table[inverse].reshape(codes.shape)
    return result

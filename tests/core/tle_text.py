"""A small TLE writer for tests: exact integer fields in, fixed-column text out.

Every field is given as the integer its digits spell (``inclination_e4=516416`` is
`` 51.6416``), so the expected parsed value is ``float`` of the field's text, exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

import pandas as pd

ALPHA5 = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def checksum(line: str) -> int:
    """The modulo-10 TLE checksum of the first 68 characters."""
    return sum(int(c) if c.isdigit() else (c == "-") for c in line[:68]) % 10


def with_checksum(line: str) -> str:
    """Return the 68-character ``line`` with its checksum appended."""
    assert len(line) == 68, (len(line), line)
    return line + str(checksum(line))


def catalogue(norad: int) -> str:
    """Five-character catalogue number, alpha-5 for 100000-339999."""
    if norad >= 100000:
        return f"{ALPHA5[norad // 10000 - 10]}{norad % 10000:04d}"
    return f"{norad:05d}"


def _fixed(value: int, int_digits: int, frac_digits: int) -> str:
    whole, frac = divmod(value, 10**frac_digits)
    return f"{whole:{int_digits}d}.{frac:0{frac_digits}d}"


def _implied(mantissa: int, exponent: int) -> str:
    sign = "-" if mantissa < 0 else " "
    return f"{sign}{abs(mantissa):05d}{'-' if exponent < 0 else '+'}{abs(exponent)}"


@dataclass(frozen=True)
class TleFields:
    """The integer content of one element set (defaults: the ISS, 2008)."""

    norad: int = 25544
    classification: str = "U"
    designator: str = "98067A"
    year2: int = 8
    day: int = 264
    day_fraction_e8: int = 51782528
    ndot_e8: int = -2182
    nddot_mantissa: int = 0
    nddot_exponent: int = 0
    bstar_mantissa: int = -11606
    bstar_exponent: int = -4
    ephemeris_type: int = 0
    element_set_no: int = 292
    inclination_e4: int = 516416
    raan_e4: int = 2474627
    eccentricity_e7: int = 6703
    argp_e4: int = 1305360
    mean_anomaly_e4: int = 3250288
    mean_motion_e8: int = 1572125391
    rev_at_epoch: int = 56353

    def lines(self) -> tuple[str, str]:
        """Return line 1 and line 2, with checksums."""
        ndot = f"{'-' if self.ndot_e8 < 0 else ' '}.{abs(self.ndot_e8):08d}"
        line1 = (
            f"1 {catalogue(self.norad)}{self.classification} {self.designator:8s} "
            f"{self.year2:02d}{self.day:03d}.{self.day_fraction_e8:08d} {ndot} "
            f"{_implied(self.nddot_mantissa, self.nddot_exponent)} "
            f"{_implied(self.bstar_mantissa, self.bstar_exponent)} {self.ephemeris_type} "
            f"{self.element_set_no:4d}"
        )
        line2 = (
            f"2 {catalogue(self.norad)} {_fixed(self.inclination_e4, 3, 4)} "
            f"{_fixed(self.raan_e4, 3, 4)} {self.eccentricity_e7:07d} "
            f"{_fixed(self.argp_e4, 3, 4)} {_fixed(self.mean_anomaly_e4, 3, 4)} "
            f"{_fixed(self.mean_motion_e8, 2, 8)}{self.rev_at_epoch:5d}"
        )
        return with_checksum(line1), with_checksum(line2)

    def expected(self) -> dict[str, object]:
        """The parsed values ssaviewer must produce, from Python's own float parsing."""
        line1, line2 = self.lines()
        year = 1900 + self.year2 if self.year2 >= 57 else 2000 + self.year2
        epoch = pd.Timestamp(year=year, month=1, day=1, tz="UTC") + pd.Timedelta(
            days=self.day - 1, nanoseconds=self.day_fraction_e8 * 864000
        )
        return {
            "norad_id": self.norad,
            "epoch_utc": epoch,
            "mean_motion_rev_per_day": float(line2[52:63]),
            "eccentricity": float("0." + line2[26:33]),
            "inclination_deg": float(line2[8:16]),
            "ra_of_asc_node_deg": float(line2[17:25]),
            "arg_of_pericenter_deg": float(line2[34:42]),
            "mean_anomaly_deg": float(line2[43:51]),
            "bstar": _float_implied(line1[53:61]),
            "mean_motion_dot": float(line1[33:43]),
            "mean_motion_ddot": _float_implied(line1[44:52]),
            "ephemeris_type": self.ephemeris_type,
            "element_set_no": self.element_set_no,
            "rev_at_epoch": self.rev_at_epoch,
            "classification": self.classification,
        }


def _float_implied(text: str) -> float:
    sign = "-" if text[0] == "-" else ""
    return float(f"{sign}0.{text[1:6]}e{text[6:8]}")


def tle_file(sets: list[tuple[str, TleFields]], newline: str = "\n") -> bytes:
    """Return a TLE file: each set with its name line ("" for a 2-line set)."""
    out: list[str] = []
    for name, element_set in sets:
        if name:
            out.append(name)
        out.extend(element_set.lines())
    return (newline.join(out) + newline).encode("ascii")


def field_names() -> list[str]:
    """The names of TleFields' fields."""
    return [f.name for f in fields(TleFields)]


ISS = TleFields()
__all__ = ["ISS", "TleFields", "catalogue", "checksum", "replace", "tle_file", "with_checksum"]

"""The documents each norm check cites (written into events, the rules file and the docs).

These checks are estimates from public element sets, not legal findings: the documents are
guidelines and national rules, and whether one applies to an object is a question for the
state and operator concerned.
"""

from __future__ import annotations

from typing import Final

from ssaviewer.core.i18n import message

#: IADC Space Debris Mitigation Guidelines (IADC-02-01), section 5.3.1: GEO re-orbit.
IADC_GEO: Final = (
    "IADC Space Debris Mitigation Guidelines (IADC-02-01) 5.3.1: re-orbit at least "
    "235 km + 1000*C_R*A/m above GEO, e <= 0.003"
)
#: UN COPUOS Space Debris Mitigation Guidelines (endorsed by UNGA res. 62/217, 2007).
UN_SDM_GEO: Final = "UN Space Debris Mitigation Guidelines (UNGA res. 62/217), guideline 6"
UN_SDM_LEO: Final = "UN Space Debris Mitigation Guidelines (UNGA res. 62/217), guideline 7"
#: IADC guidelines 5.3.2: post-mission orbital lifetime in LEO limited to 25 years.
IADC_LEO: Final = "IADC Space Debris Mitigation Guidelines (IADC-02-01) 5.3.2: 25 years"
#: US FCC Second Report and Order, FCC 22-74 (2022): 5-year post-mission disposal rule.
FCC_2022: Final = "US FCC Second Report and Order FCC 22-74 (2022): 5 years"
#: ESA Space Debris Mitigation Requirements, ESSB-ST-U-007 (2023).
ESA_2023: Final = "ESA Space Debris Mitigation Requirements ESSB-ST-U-007 (2023): 5 years"
#: UN COPUOS Guidelines for the Long-term Sustainability of Outer Space Activities (2019).
LTS: Final = "UN LTS Guidelines (A/74/20, annex II)"
#: Pre-launch notification: Hague Code of Conduct and the UN GGE on TCBMs (A/68/189).
LAUNCH_NOTICE: Final = (
    "Hague Code of Conduct against Ballistic Missile Proliferation (2002): pre-launch "
    "notifications; UN GGE on TCBMs in outer space (A/68/189)"
)
#: Close approaches to others' satellites: the UN Secretary-General's report A/76/77 (2021).
PROXIMITY: Final = (
    "UN Secretary-General report on reducing space threats (A/76/77, 2021); "
    "UN LTS Guidelines (A/74/20, annex II) B.1, B.4"
)
#: Manoeuvre notification: sharing information on orbital events.
MANOEUVRE_NOTICE: Final = "UN LTS Guidelines (A/74/20, annex II) B.1: share orbital events"

#: The disclaimer every norm explanation and summary carries.
NOT_A_FINDING: Final = message("not-a-legal-finding")

"""Pattern-of-life labelling: each manoeuvre judged regular, irregular or undetermined.

Every rule module takes the manoeuvre table and returns
:class:`~ssaviewer.core.detect.pattern_of_life.findings.Finding` objects (reason codes that
fired, with one sentence each):

- :mod:`.magnitude`: Δv unlike the object's own history (with :mod:`.robust` statistics);
- :mod:`.direction`: a burn direction the object does not usually use;
- :mod:`.cadence`: off the object's usual cadence, or after a long silence;
- :mod:`.box`: leaving the object's usual element box;
- :mod:`.geo`: GEO station-keeping and longitude slots;
- :mod:`.context`: object type from the catalogue, operator notifications.

:mod:`.labels` combines the findings into a label, reason codes and an explanation.
"""

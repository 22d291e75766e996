"""Events other than manoeuvres, and the event table every detector writes.

- :mod:`.decay`: re-entry and decay;
- :mod:`.fragmentation`: break-ups (several new objects from one parent);
- :mod:`.close_approach`: a close approach after a manoeuvre;
- :mod:`.data_quality`: duplicates, epoch conflicts, out-of-family and stale sets;
- :mod:`.names`: the object name of each event (with its source);
- :mod:`.event_frame` and :mod:`.event_table`: building and conforming the event table
  (:mod:`.text_columns` and :mod:`.iso_text` are their vectorised text helpers).
"""

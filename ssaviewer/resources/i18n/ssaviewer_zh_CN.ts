<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Environment variables that tell Qt where to show windows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no demo scenario found: use File → Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Double-click to go back to a bookmark; Delete removes it</source>
        <extracomment>Item role holding the bookmark id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks (Ctrl+B adds this moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps bookmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark %1: time %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object: NORAD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCheck</name>
    <message>
        <source>Open a findings bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does NOT verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irreg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, NORAD or COSPAR id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has irregular events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>All events…</source>
        <extracomment>Export choices: name → (menu text, which events).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (irregular) events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the current filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Space situational awareness viewer: loads shared element-set data (TLE, CCSDS OMM), plots orbits, finds manoeuvres and labels each one regular or irregular against the object&apos;s own pattern of life.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open element sets or SATCAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote a report of %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plot panel to export: show a plot panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules file not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules file to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files could not be loaded; the data already loaded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded %1 element sets, %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening for close approaches after manoeuvres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening close approaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events, %2 irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy %1: wait or cancel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open files</source>
        <extracomment>(keys, what they do) for Help → Keyboard shortcuts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events CSV (current filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export flagged (irregular) events CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the focused plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run detection with a rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause the time bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next irregular event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next event of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next irregular event of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the element history to the selected event&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this moment (time, object, event) in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no element set could be read; %2 records rejected (first, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <extracomment>Header text per events column (the columns of ``schema.EVENT_COLUMNS``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object name or NORAD id</source>
        <extracomment>The order events are shown in: the most useful first, then the rest of the schema. Where the verdict column is (hidden without a workspace). Where the tags column is (hidden without a workspace). The type filter&apos;s choice showing the norm checks (``norm`` and ``launch`` events).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide detections less confident than this (calibrated on real objects: detections of confidence ≥ X were true at least X of the time). Events without a confidence are always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d</source>
        <extracomment>The locale numbers and dates are shown in; None: the source-language formats above. A ``COLUMN_FORMATS`` entry: ``{:.&lt;digits&gt;&lt;f|g&gt;}``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoBeltPanel</name>
    <message>
        <source>Names</source>
        <extracomment>Element sets further apart than this are not joined by a line (days). How close (pixels) a click must be to an element set to select its object. Tracks named at most (with &quot;Names&quot; checked): beyond this the names would cover the belt. Names of tracks closer than this in longitude are stacked instead of overlapping (°).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label each track with its object&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GEO objects loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-satellite longitude (°E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GEO objects, %2 element sets — click a track to select its object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundTrackPanel</name>
    <message>
        <source>Names</source>
        <extracomment>Objects whose element sets all lie further than this from the current time are not placed. Objects named at most (with &quot;Names&quot; checked); beyond, only the selected one is named. Ground-track samples per orbit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the objects on the map with their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC — %2 of %3 objects placed (%4 without an element set within %5 days left out); shaded: night side; click an object to select it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No object selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mean altitude instead of the semi-major axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator record %1 (%2)
%3 to %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data loaded: open element sets with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object selected: pick one in the catalogue or the events table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element sets loaded for NORAD %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 element sets, %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>event %1</source>
        <extracomment>Element sets are drawn as dots only when at most this many are in view (dots are slow). How close (pixels) the pointer must be to an element set for the read-out to show it. Operator records: a dashed line at each start and a band to each end.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>a (km)</source>
        <extracomment>Not shown for GEO and IGSO objects (where it means nothing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean alt. (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i (°)</source>
        <extracomment>The rows, top to bottom (the first is replaced by ``MEAN_ALTITUDE`` on request).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node − J2 (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon. (°E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift (°/day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Epoch (UTC)</source>
        <extracomment>Element-set columns shown before and after an event: (column, header).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perigee (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Event fields shown as numbers: (column, header).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event in the events table to see why it was flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (between %2 and %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 · detector %2 · source %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules fired:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds used&lt;/b&gt; (rules %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some element sets around the event are not in the loaded data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element sets around the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Norms&lt;/b&gt; (estimates from public element sets, not legal findings):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <extracomment>Message boxes still open (a box opened with ``open()`` needs a reference).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will be in %1 when ssaviewer starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Element history</source>
        <extracomment>Plot panels: (dock title, &quot;module:Class&quot;), each built as ``Class(session)``. The titles are the docks&apos; keys in ``MainWindow.docks``; the docks show them translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEO belt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <extracomment>Titles of the other docks, for lupdate (docks are keyed by their English title).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous irregular event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next irregular event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event of this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event of this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous irregular event of this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next irregular event of this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the event&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Light</source>
        <extracomment>Theme name → its menu text (translated when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with rules file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotCommon</name>
    <message>
        <source>Events:</source>
        <extracomment>Colour of element-set points and lines (light theme; see ``PLOT_THEMES``). Colour of axes and their labels (light theme). Colour of the time cursor (light theme). Colour that highlights the selected object. Where there is no data: what the &quot;no data&quot; message is written in. Theme name → plot colours (&quot;light&quot; for any other name). How each label&apos;s markers are drawn: (symbol, size factor, opacity 0-255, z value). Irregular events stand out; regular and undetermined (data-quality) ones recede, drawn smaller, fainter and underneath, so a few irregular events are not buried by hundreds. Labels whose markers the &quot;Irregular only&quot; toggles hide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose marks these are; change it for the next trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark regular (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark irregular (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object, move the time cursor to the event, and mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object first, then mark its event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: marked NORAD %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: found %2 of %3, missed %4, false marks %5, correct labels %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Operator records (*.csv *man.txt *.fy *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open operator records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records read: %1; problems: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some operator records could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open operator records…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Object</source>
        <extracomment>The records table: (column, header).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: object</source>
        <extracomment>The evaluation table: (column of ``Evaluation.scores``, header).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarms / yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element-set gap</source>
        <extracomment>The evaluation table shows this many rows before it scrolls. How the matching modes read in the evaluation table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no usable record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of the detected manoeuvres against the records, per object with records, as ssaviewer evaluate computes it (matching by element-set gap and within ±12 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator records: File → Open operator records….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records; matching failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 matched to a detected manoeuvre, %3 without. Manoeuvres of these objects: %4 announced, %5 not announced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Edit rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioBuilder</name>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altitude km / Lon °E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. °</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NORAD id of a loaded object to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objects and behaviours, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (from 2025-01-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz tolerance (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add LEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add GEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add loaded object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an object loaded in the viewer: its orbit, name and id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded NORAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events (%2 irregular); edit the notes, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Show the rejected records and why</source>
        <extracomment>Width of the progress bar (fixed, so the Cancel button beside it never moves).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records loaded with an assumption (an archival field read as sgp4 reads it, a comment line skipped...): see ssaviewer info or the load report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects · %2 element sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events (%2 irregular)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1 min/s</source>
        <extracomment>Play speeds: label → simulated seconds per wall-clock second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time; ticks mark the selected object&apos;s operator records</source>
        <extracomment>Slider values (seconds since the first epoch) of the ticks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous event ([)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next event (])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous irregular event ({)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next irregular event (})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenarios (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario builder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz on lesson…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <source>quiz</source>
        <extracomment>The plots a lesson shows (the 3D view needs OpenGL, which a projector laptop may lack).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size (Ctrl++ / Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Anomaly (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly (N) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the previous / next anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz: %1&lt;/b&gt; — mark each event you see on the selected object at the time cursor: R regular, I irregular.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Confirm</source>
        <extracomment>Button text → verdict stored (None clears it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (ssaviewer workspace events)</source>
        <extracomment>How many orphaned events the panel names (the rest are counted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: %1 events no longer detected keep their verdicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated; Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of the selected event, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps verdicts and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to give a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: verdict %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View3DPanel</name>
    <message>
        <source>3D view unavailable: %1.</source>
        <extracomment>Orbit samples per revolution.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC — TEME frame; drag to rotate, wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manoeuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close-approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proximity-operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>ssaviewer workspaces (*.ssaw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s events cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source moved or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

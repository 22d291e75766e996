<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>no demo scenario found: use File → Open</source>
        <translation>no se encontró el escenario de demostración: use Archivo → Abrir</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Double-click to go back to a bookmark; Delete removes it</source>
        <translation>Doble clic para volver a un marcador; Supr lo elimina</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Eliminar marcador</translation>
    </message>
    <message>
        <source>Bookmarks (Ctrl+B adds this moment)</source>
        <translation>Marcadores (Ctrl+B añade este momento)</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps bookmarks.</source>
        <translation>Sin espacio de trabajo: Archivo → Nuevo espacio de trabajo guarda los marcadores.</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>Marcar este momento</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>bookmark %1: time %2 cannot be read</source>
        <translation>marcador %1: no se puede leer la hora %2</translation>
    </message>
    <message>
        <source>time: %1 UTC</source>
        <translation>hora: %1 UTC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>marcador</translation>
    </message>
    <message>
        <source>object: NORAD %1</source>
        <translation>objeto: NORAD %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>evento: %1</translation>
    </message>
</context>
<context>
    <name>BundleCheck</name>
    <message>
        <source>Open a findings bundle</source>
        <translation>Abrir un paquete de hallazgos</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Paquetes (*.zip)</translation>
    </message>
    <message>
        <source>Findings bundle</source>
        <translation>Paquete de hallazgos</translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation>%1 se verifica.</translation>
    </message>
    <message>
        <source>%1 does NOT verify.</source>
        <translation>%1 NO se verifica.</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <source>Irreg.</source>
        <translation>Irreg.</translation>
    </message>
    <message>
        <source>Search name, NORAD or COSPAR id</source>
        <translation>Buscar nombre, identificador NORAD o COSPAR</translation>
    </message>
    <message>
        <source>Has irregular events</source>
        <translation>Con eventos irregulares</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation>Todos los regímenes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los propietarios</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>All events…</source>
        <translation>Todos los eventos…</translation>
    </message>
    <message>
        <source>Flagged (irregular) events…</source>
        <translation>Eventos señalados (irregulares)…</translation>
    </message>
    <message>
        <source>Events in the current filter…</source>
        <translation>Eventos del filtro actual…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Space situational awareness viewer: loads shared element-set data (TLE, CCSDS OMM), plots orbits, finds manoeuvres and labels each one regular or irregular against the object&apos;s own pattern of life.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Visor de conocimiento de la situación espacial: carga conjuntos de elementos orbitales compartidos (TLE, CCSDS OMM), traza las órbitas, detecta maniobras y califica cada una de regular o irregular frente al patrón de comportamiento del propio objeto.&lt;/p&gt;&lt;p&gt;Licencia BSD-3-Clause.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open element sets or SATCAT</source>
        <translation>Abrir conjuntos de elementos o SATCAT</translation>
    </message>
    <message>
        <source>Open a folder of element sets</source>
        <translation>Abrir una carpeta de conjuntos de elementos</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>wrote %1 events to %2</source>
        <translation>se escribieron %1 eventos en %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Páginas HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>wrote a report of %1 events to %2</source>
        <translation>se escribió un informe de %1 eventos en %2</translation>
    </message>
    <message>
        <source>no plot panel to export: show a plot panel first</source>
        <translation>no hay gráfico que exportar: muestre primero un panel de gráfico</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Archivo de reglas</translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <source>Rules file not valid</source>
        <translation>El archivo de reglas no es válido</translation>
    </message>
    <message>
        <source>Rules file to edit</source>
        <translation>Archivo de reglas que editar</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>Acerca de ssaviewer</translation>
    </message>
    <message>
        <source>These files could not be loaded; the data already loaded is kept.</source>
        <translation>No se pudieron cargar estos archivos; los datos ya cargados se conservan.</translation>
    </message>
    <message>
        <source>Some files could not be loaded</source>
        <translation>No se pudieron cargar algunos archivos</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>loaded %1 element sets, %2 rejected</source>
        <translation>se cargaron %1 conjuntos de elementos, %2 rechazados</translation>
    </message>
    <message>
        <source>screening for close approaches after manoeuvres…</source>
        <translation>buscando aproximaciones cercanas tras las maniobras…</translation>
    </message>
    <message>
        <source>screening close approaches</source>
        <translation>buscando aproximaciones cercanas</translation>
    </message>
    <message>
        <source>detecting</source>
        <translation>detectando</translation>
    </message>
    <message>
        <source>%1 events, %2 irregular</source>
        <translation>%1 eventos, %2 irregulares</translation>
    </message>
    <message>
        <source>busy %1: wait or cancel first</source>
        <translation>ocupado (%1): espere o cancele primero</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 cancelado</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation>Abrir una carpeta</translation>
    </message>
    <message>
        <source>Export events CSV (current filter)</source>
        <translation>Exportar eventos a CSV (filtro actual)</translation>
    </message>
    <message>
        <source>Export flagged (irregular) events CSV</source>
        <translation>Exportar eventos señalados (irregulares) a CSV</translation>
    </message>
    <message>
        <source>Export the focused plot as PNG</source>
        <translation>Exportar el gráfico activo como PNG</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Run detection with a rules file</source>
        <translation>Ejecutar la detección con un archivo de reglas</translation>
    </message>
    <message>
        <source>Play / pause the time bar</source>
        <translation>Reproducir / pausar la barra de tiempo</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>Evento anterior / siguiente</translation>
    </message>
    <message>
        <source>Previous / next irregular event</source>
        <translation>Evento irregular anterior / siguiente</translation>
    </message>
    <message>
        <source>Previous / next event of the selected object</source>
        <translation>Evento anterior / siguiente del objeto seleccionado</translation>
    </message>
    <message>
        <source>Previous / next irregular event of the selected object</source>
        <translation>Evento irregular anterior / siguiente del objeto seleccionado</translation>
    </message>
    <message>
        <source>Zoom the element history to the selected event&apos;s window</source>
        <translation>Ampliar el historial de elementos a la ventana del evento seleccionado</translation>
    </message>
    <message>
        <source>Bookmark this moment (time, object, event) in the workspace</source>
        <translation>Marcar este momento (hora, objeto, evento) en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1: no element set could be read; %2 records rejected (first, %3)</source>
        <translation>%1: no se pudo leer ningún conjunto de elementos; %2 registros rechazados (el primero, %3)</translation>
    </message>
    <message>
        <source>Rejected records (%1)</source>
        <translation>Registros rechazados (%1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Época (UTC)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Window start (UTC)</source>
        <translation>Inicio de la ventana (UTC)</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fin de la ventana (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Rule ids</source>
        <translation>Identificadores de reglas</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas libres</translation>
    </message>
    <message>
        <source>Object name or NORAD id</source>
        <translation>Nombre del objeto o identificador NORAD</translation>
    </message>
    <message>
        <source>confidence ≥ </source>
        <translation>confianza ≥ </translation>
    </message>
    <message>
        <source>Hide detections less confident than this (calibrated on real objects: detections of confidence ≥ X were true at least X of the time). Events without a confidence are always shown.</source>
        <translation>Ocultar las detecciones menos fiables que este valor (calibrado con objetos reales: las detecciones de confianza ≥ X fueron ciertas al menos en una proporción X de los casos). Los eventos sin confianza se muestran siempre.</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>Solo eventos entre</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>GeoBeltPanel</name>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Label each track with its object&apos;s name</source>
        <translation>Rotular cada traza con el nombre de su objeto</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>Solo irregulares</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>Ocultar los marcadores de eventos regulares e indeterminados</translation>
    </message>
    <message>
        <source>No GEO objects loaded.</source>
        <translation>No hay objetos GEO cargados.</translation>
    </message>
    <message>
        <source>Sub-satellite longitude (°E)</source>
        <translation>Longitud del punto subsatélite (°E)</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Época (UTC)</translation>
    </message>
    <message>
        <source>%1 GEO objects, %2 element sets — click a track to select its object</source>
        <translation>%1 objetos GEO, %2 conjuntos de elementos — haga clic en una traza para seleccionar su objeto</translation>
    </message>
</context>
<context>
    <name>GroundTrackPanel</name>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Label the objects on the map with their names</source>
        <translation>Rotular los objetos del mapa con sus nombres</translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation>Longitud (°E)</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>Latitud (°N)</translation>
    </message>
    <message>
        <source>%1 UTC — %2 of %3 objects placed (%4 without an element set within %5 days left out); shaded: night side; click an object to select it</source>
        <translation>%1 UTC — %2 de %3 objetos situados (se omiten %4 sin conjunto de elementos en %5 días); sombreado: lado nocturno; haga clic en un objeto para seleccionarlo</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No object selected</source>
        <translation>Ningún objeto seleccionado</translation>
    </message>
    <message>
        <source>Mean altitude</source>
        <translation>Altitud media</translation>
    </message>
    <message>
        <source>Show the mean altitude instead of the semi-major axis</source>
        <translation>Mostrar la altitud media en lugar del semieje mayor</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>Solo irregulares</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>Ocultar los marcadores de eventos regulares e indeterminados</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Época (UTC)</translation>
    </message>
    <message>
        <source>operator record %1 (%2)
%3 to %4 UTC</source>
        <translation>registro del operador %1 (%2)
%3 a %4 UTC</translation>
    </message>
    <message>
        <source>No data loaded: open element sets with File → Open.</source>
        <translation>No hay datos cargados: abra conjuntos de elementos con Archivo → Abrir.</translation>
    </message>
    <message>
        <source>No object selected: pick one in the catalogue or the events table.</source>
        <translation>Ningún objeto seleccionado: elija uno en el catálogo o en la tabla de eventos.</translation>
    </message>
    <message>
        <source>No element sets loaded for NORAD %1.</source>
        <translation>No hay conjuntos de elementos cargados para NORAD %1.</translation>
    </message>
    <message>
        <source>No element sets</source>
        <translation>Sin conjuntos de elementos</translation>
    </message>
    <message>
        <source>%1 element sets, %2 events</source>
        <translation>%1 conjuntos de elementos, %2 eventos</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>a (km)</source>
        <translation>a (km)</translation>
    </message>
    <message>
        <source>Mean alt. (km)</source>
        <translation>Alt. media (km)</translation>
    </message>
    <message>
        <source>i (°)</source>
        <translation>i (°)</translation>
    </message>
    <message>
        <source>Node − J2 (°)</source>
        <translation>Nodo − J2 (°)</translation>
    </message>
    <message>
        <source>Lon. (°E)</source>
        <translation>Long. (°E)</translation>
    </message>
    <message>
        <source>Drift (°/day)</source>
        <translation>Deriva (°/día)</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Época (UTC)</translation>
    </message>
    <message>
        <source>Perigee (km)</source>
        <translation>Perigeo (km)</translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation>Apogeo (km)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Select an event in the events table to see why it was flagged.</source>
        <translation>Seleccione un evento en la tabla de eventos para ver por qué se señaló.</translation>
    </message>
    <message>
        <source>%1 UTC (between %2 and %3%4)</source>
        <translation>%1 UTC (entre %2 y %3%4)</translation>
    </message>
    <message>
        <source>event %1 · detector %2 · source %3</source>
        <translation>evento %1 · detector %2 · fuente %3</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Reason codes:</source>
        <translation>Códigos de motivo:</translation>
    </message>
    <message>
        <source>Rules fired:</source>
        <translation>Reglas aplicadas:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds used&lt;/b&gt; (rules %1)</source>
        <translation>&lt;b&gt;Umbrales usados&lt;/b&gt; (reglas %1)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Some element sets around the event are not in the loaded data.</source>
        <translation>Algunos conjuntos de elementos alrededor del evento no están en los datos cargados.</translation>
    </message>
    <message>
        <source>Element sets around the event</source>
        <translation>Conjuntos de elementos alrededor del evento</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Norms&lt;/b&gt; (estimates from public element sets, not legal findings):</source>
        <translation>&lt;b&gt;Normas&lt;/b&gt; (estimaciones a partir de conjuntos de elementos públicos, no conclusiones jurídicas):</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The window will be in %1 when ssaviewer starts again.</source>
        <translation>La ventana estará en %1 cuando ssaviewer se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>LaunchNotices</name>
    <message>
        <source>Load launch notifications</source>
        <translation>Cargar notificaciones de lanzamiento</translation>
    </message>
    <message>
        <source>Launch notifications (*.csv);;All files (*)</source>
        <translation>Notificaciones de lanzamiento (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Launch notifications could not be used</source>
        <translation>No se pudieron usar las notificaciones de lanzamiento</translation>
    </message>
    <message>
        <source>{path}: expected a CSV with columns cospar_launch, notified_utc, state, note.</source>
        <translation>{path}: se esperaba un CSV con las columnas cospar_launch, notified_utc, state, note.</translation>
    </message>
    <message>
        <source>{count} launch notifications from {name}</source>
        <translation>{count} notificaciones de lanzamiento de {name}</translation>
    </message>
    <message>
        <source>Load launch notifications…</source>
        <translation>Cargar notificaciones de lanzamiento…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Element history</source>
        <translation>Historial de elementos</translation>
    </message>
    <message>
        <source>Ground track</source>
        <translation>Traza en tierra</translation>
    </message>
    <message>
        <source>GEO belt</source>
        <translation>Cinturón GEO</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>Vista 3D</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation>Inspector de eventos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>panel not available: %1</source>
        <translation>panel no disponible: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Previous irregular event</source>
        <translation>Evento irregular anterior</translation>
    </message>
    <message>
        <source>Next irregular event</source>
        <translation>Evento irregular siguiente</translation>
    </message>
    <message>
        <source>Previous event of this object</source>
        <translation>Evento anterior de este objeto</translation>
    </message>
    <message>
        <source>Next event of this object</source>
        <translation>Evento siguiente de este objeto</translation>
    </message>
    <message>
        <source>Previous irregular event of this object</source>
        <translation>Evento irregular anterior de este objeto</translation>
    </message>
    <message>
        <source>Next irregular event of this object</source>
        <translation>Evento irregular siguiente de este objeto</translation>
    </message>
    <message>
        <source>Zoom to the event&apos;s window</source>
        <translation>Ampliar a la ventana del evento</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Detection</source>
        <translation>&amp;Detección</translation>
    </message>
    <message>
        <source>Run with rules file…</source>
        <translation>Ejecutar con archivo de reglas…</translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation>Editar reglas…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navegar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>Acerca de ssaviewer</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Abrir archivos…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open findings bundle…</source>
        <translation>Abrir paquete de hallazgos…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>Export events CSV</source>
        <translation>Exportar eventos a CSV</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
</context>
<context>
    <name>PlotCommon</name>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Trainee</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Hora del evento</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>trainee 1</source>
        <translation>alumno 1</translation>
    </message>
    <message>
        <source>Whose marks these are; change it for the next trainee</source>
        <translation>De quién son estas marcas; cámbielo para el siguiente alumno</translation>
    </message>
    <message>
        <source>Mark regular (R)</source>
        <translation>Marcar regular (R)</translation>
    </message>
    <message>
        <source>Mark irregular (I)</source>
        <translation>Marcar irregular (I)</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuar</translation>
    </message>
    <message>
        <source>Export results CSV…</source>
        <translation>Exportar resultados a CSV…</translation>
    </message>
    <message>
        <source>Select an object, move the time cursor to the event, and mark it.</source>
        <translation>Seleccione un objeto, lleve el cursor de tiempo al evento y márquelo.</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Alumno:</translation>
    </message>
    <message>
        <source>Select an object first, then mark its event.</source>
        <translation>Seleccione primero un objeto y luego marque su evento.</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>alumno</translation>
    </message>
    <message>
        <source>%1: marked NORAD %2 %3</source>
        <translation>%1: marcó NORAD %2 como %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: found %2 of %3, missed %4, false marks %5, correct labels %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: encontró %2 de %3, omitió %4, marcas falsas %5, etiquetas correctas %6</translation>
    </message>
    <message>
        <source>No marks to score.</source>
        <translation>No hay marcas que puntuar.</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>Exportar resultados de la prueba</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Operator records (*.csv *man.txt *.fy *.txt);;All files (*)</source>
        <translation>Registros del operador (*.csv *man.txt *.fy *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open operator records</source>
        <translation>Abrir registros del operador</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Records read: %1; problems: %2.</source>
        <translation>Registros leídos: %1; problemas: %2.</translation>
    </message>
    <message>
        <source>Some operator records could not be used</source>
        <translation>No se pudieron usar algunos registros del operador</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Open operator records…</source>
        <translation>Abrir registros del operador…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Matched event</source>
        <translation>Evento asociado</translation>
    </message>
    <message>
        <source>Its label</source>
        <translation>Su etiqueta</translation>
    </message>
    <message>
        <source>Evaluation: object</source>
        <translation>Evaluación: objeto</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <source>Truth events</source>
        <translation>Eventos reales</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>False alarms / yr</source>
        <translation>Falsas alarmas / año</translation>
    </message>
    <message>
        <source>element-set gap</source>
        <translation>intervalo entre conjuntos de elementos</translation>
    </message>
    <message>
        <source>±12 h</source>
        <translation>±12 h</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: no usable record</source>
        <translation>%1: ningún registro utilizable</translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation>Abrir registros…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Evaluation of the detected manoeuvres against the records, per object with records, as ssaviewer evaluate computes it (matching by element-set gap and within ±12 h)</source>
        <translation>Evaluación de las maniobras detectadas frente a los registros, por objeto con registros, tal como la calcula ssaviewer evaluate (asociación por intervalo entre conjuntos de elementos y dentro de ±12 h)</translation>
    </message>
    <message>
        <source>No operator records: File → Open operator records….</source>
        <translation>Sin registros del operador: Archivo → Abrir registros del operador….</translation>
    </message>
    <message>
        <source>%1 records; matching failed: %2</source>
        <translation>%1 registros; la asociación falló: %2</translation>
    </message>
    <message>
        <source>%1 records, %2 matched to a detected manoeuvre, %3 without. Manoeuvres of these objects: %4 announced, %5 not announced.</source>
        <translation>%1 registros, %2 asociados a una maniobra detectada, %3 sin asociar. Maniobras de estos objetos: %4 anunciadas, %5 no anunciadas.</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Edit rules: %1</source>
        <translation>Editar reglas: %1</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>The rules are valid.</source>
        <translation>Las reglas son válidas.</translation>
    </message>
</context>
<context>
    <name>ScenarioBuilder</name>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Altitude km / Lon °E</source>
        <translation>Altitud km / Long. °E</translation>
    </message>
    <message>
        <source>Incl. °</source>
        <translation>Incl. °</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Narration note</source>
        <translation>Nota de narración</translation>
    </message>
    <message>
        <source>Scenario builder</source>
        <translation>Constructor de escenarios</translation>
    </message>
    <message>
        <source>NORAD id of a loaded object to start from</source>
        <translation>Identificador NORAD de un objeto cargado desde el que empezar</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Mi lección</translation>
    </message>
    <message>
        <source>Add objects and behaviours, then Preview.</source>
        <translation>Añada objetos y comportamientos y luego Vista previa.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Days (from 2025-01-01)</source>
        <translation>Días (desde 2025-01-01)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Quiz tolerance (h)</source>
        <translation>Tolerancia de la prueba (h)</translation>
    </message>
    <message>
        <source>Add LEO</source>
        <translation>Añadir LEO</translation>
    </message>
    <message>
        <source>Add GEO</source>
        <translation>Añadir GEO</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add loaded object</source>
        <translation>Añadir objeto cargado</translation>
    </message>
    <message>
        <source>Start from an object loaded in the viewer: its orbit, name and id</source>
        <translation>Empezar desde un objeto cargado en el visor: su órbita, nombre e identificador</translation>
    </message>
    <message>
        <source>Loaded NORAD</source>
        <translation>NORAD cargado</translation>
    </message>
    <message>
        <source>Add to selected object</source>
        <translation>Añadir al objeto seleccionado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Guardar lección…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportamientos</translation>
    </message>
    <message>
        <source>Select an object first.</source>
        <translation>Seleccione primero un objeto.</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>No se puede simular: %1</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular); edit the notes, then Save.</source>
        <translation>%1 eventos (%2 irregulares); edite las notas y luego guarde.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Lessons (*%1)</source>
        <translation>Lecciones (*%1)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Show the rejected records and why</source>
        <translation>Mostrar los registros rechazados y por qué</translation>
    </message>
    <message>
        <source>Records loaded with an assumption (an archival field read as sgp4 reads it, a comment line skipped...): see ssaviewer info or the load report</source>
        <translation>Registros cargados con una suposición (un campo de archivo histórico leído como lo lee sgp4, una línea de comentario omitida...): véase ssaviewer info o el informe de carga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 objects · %2 element sets</source>
        <translation>%1 objetos · %2 conjuntos de elementos</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular)</source>
        <translation>%1 eventos (%2 irregulares)</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1 min/s</source>
        <translation>1 min/s</translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation>1 h/s</translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation>6 h/s</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>1 día/s</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1 semana/s</translation>
    </message>
    <message>
        <source>Time; ticks mark the selected object&apos;s operator records</source>
        <translation>Tiempo; las marcas señalan los registros del operador del objeto seleccionado</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausar (Space)</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Evento anterior</translation>
    </message>
    <message>
        <source>Select the previous event ([)</source>
        <translation>Seleccionar el evento anterior ([)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Evento siguiente</translation>
    </message>
    <message>
        <source>Select the next event (])</source>
        <translation>Seleccionar el evento siguiente (])</translation>
    </message>
    <message>
        <source>◀ Irregular</source>
        <translation>◀ Irregular</translation>
    </message>
    <message>
        <source>Select the previous irregular event ({)</source>
        <translation>Seleccionar el evento irregular anterior ({)</translation>
    </message>
    <message>
        <source>Irregular ▶</source>
        <translation>Irregular ▶</translation>
    </message>
    <message>
        <source>Select the next irregular event (})</source>
        <translation>Seleccionar el evento irregular siguiente (})</translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Abrir una lección</translation>
    </message>
    <message>
        <source>Training scenarios (*%1);;All files (*)</source>
        <translation>Escenarios de formación (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Formación</translation>
    </message>
    <message>
        <source>Scenario builder…</source>
        <translation>Constructor de escenarios…</translation>
    </message>
    <message>
        <source>Present lesson…</source>
        <translation>Presentar lección…</translation>
    </message>
    <message>
        <source>Quiz on lesson…</source>
        <translation>Prueba sobre una lección…</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <source>quiz</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>presentación</translation>
    </message>
    <message>
        <source>Font size (Ctrl++ / Ctrl+-)</source>
        <translation>Tamaño de letra (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>◀ Anomaly (P)</source>
        <translation>◀ Anomalía (P)</translation>
    </message>
    <message>
        <source>Anomaly (N) ▶</source>
        <translation>Anomalía (N) ▶</translation>
    </message>
    <message>
        <source>Jump to the previous / next anomaly</source>
        <translation>Ir a la anomalía anterior / siguiente</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Letra:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz: %1&lt;/b&gt; — mark each event you see on the selected object at the time cursor: R regular, I irregular.</source>
        <translation>&lt;b&gt;Prueba: %1&lt;/b&gt; — marque cada evento que vea en el objeto seleccionado en el cursor de tiempo: R regular, I irregular.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Irregular</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>… and %1 more (ssaviewer workspace events)</source>
        <translation>… y %1 más (ssaviewer workspace events)</translation>
    </message>
    <message>
        <source>Orphaned: %1 events no longer detected keep their verdicts:</source>
        <translation>Huérfanos: %1 eventos que ya no se detectan conservan sus veredictos:</translation>
    </message>
    <message>
        <source>Enter saves</source>
        <translation>Intro guarda</translation>
    </message>
    <message>
        <source>comma-separated; Enter saves</source>
        <translation>separadas por comas; Intro guarda</translation>
    </message>
    <message>
        <source>Tags of the selected event, separated by commas</source>
        <translation>Etiquetas libres del evento seleccionado, separadas por comas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas libres</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps verdicts and notes.</source>
        <translation>Sin espacio de trabajo: Archivo → Nuevo espacio de trabajo guarda veredictos y notas.</translation>
    </message>
    <message>
        <source>Select an event to give a verdict.</source>
        <translation>Seleccione un evento para dar un veredicto.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Event %1: verdict %2</source>
        <translation>Evento %1: veredicto %2</translation>
    </message>
</context>
<context>
    <name>View3DPanel</name>
    <message>
        <source>3D view unavailable: %1.</source>
        <translation>Vista 3D no disponible: %1.</translation>
    </message>
    <message>
        <source>%1 UTC — TEME frame; drag to rotate, wheel to zoom</source>
        <translation>%1 UTC — marco TEME; arrastre para girar, rueda para ampliar</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>regular</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>irregular</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>indeterminado</translation>
    </message>
    <message>
        <source>manoeuvre</source>
        <translation>maniobra</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>decaimiento</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>fragmentación</translation>
    </message>
    <message>
        <source>close-approach</source>
        <translation>aproximación cercana</translation>
    </message>
    <message>
        <source>data-quality</source>
        <translation>calidad de datos</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lanzamiento</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>norma</translation>
    </message>
    <message>
        <source>norms</source>
        <translation>normas</translation>
    </message>
    <message>
        <source>proximity-operation</source>
        <translation>operación de proximidad</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>ssaviewer workspaces (*.ssaw)</source>
        <translation>Espacios de trabajo de ssaviewer (*.ssaw)</translation>
    </message>
    <message>
        <source>verdict %1 on %2</source>
        <translation>veredicto %1 sobre %2</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>tags on %1</source>
        <translation>etiquetas de %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace&apos;s events cannot be read</source>
        <translation>No se pueden leer los eventos del espacio de trabajo</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>No se puede guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace was not changed</source>
        <translation>El espacio de trabajo no se modificó</translation>
    </message>
    <message>
        <source>Source moved or changed</source>
        <translation>Fuente movida o modificada</translation>
    </message>
    <message>
        <source>Locate this file?</source>
        <translation>¿Localizar este archivo?</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Localizar %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>Guardar espacio de trabajo como…</translation>
    </message>
    <message>
        <source>Bookmark this moment…</source>
        <translation>Marcar este momento…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
</TS>

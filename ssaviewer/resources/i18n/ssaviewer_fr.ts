<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>no demo scenario found: use File → Open</source>
        <translation>aucun scénario de démonstration trouvé : utilisez Fichier → Ouvrir</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Double-click to go back to a bookmark; Delete removes it</source>
        <translation>Double-cliquez pour revenir à un signet ; Suppr le supprime</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Supprimer le signet</translation>
    </message>
    <message>
        <source>Bookmarks (Ctrl+B adds this moment)</source>
        <translation>Signets (Ctrl+B ajoute ce moment)</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps bookmarks.</source>
        <translation>Pas d’espace de travail : Fichier → Nouvel espace de travail conserve les signets.</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>Marquer ce moment d’un signet</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>bookmark %1: time %2 cannot be read</source>
        <translation>signet %1 : l’heure %2 est illisible</translation>
    </message>
    <message>
        <source>time: %1 UTC</source>
        <translation>heure : %1 UTC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>signet</translation>
    </message>
    <message>
        <source>object: NORAD %1</source>
        <translation>objet : NORAD %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>événement : %1</translation>
    </message>
</context>
<context>
    <name>BundleCheck</name>
    <message>
        <source>Open a findings bundle</source>
        <translation>Ouvrir un paquet de constats</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Paquets (*.zip)</translation>
    </message>
    <message>
        <source>Findings bundle</source>
        <translation>Paquet de constats</translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation>%1 est vérifié.</translation>
    </message>
    <message>
        <source>%1 does NOT verify.</source>
        <translation>%1 n’est PAS vérifié.</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>Irreg.</source>
        <translation>Irrég.</translation>
    </message>
    <message>
        <source>Search name, NORAD or COSPAR id</source>
        <translation>Rechercher un nom, un identifiant NORAD ou COSPAR</translation>
    </message>
    <message>
        <source>Has irregular events</source>
        <translation>A des événements irréguliers</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation>Tous les régimes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>All events…</source>
        <translation>Tous les événements…</translation>
    </message>
    <message>
        <source>Flagged (irregular) events…</source>
        <translation>Événements signalés (irréguliers)…</translation>
    </message>
    <message>
        <source>Events in the current filter…</source>
        <translation>Événements du filtre actuel…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Space situational awareness viewer: loads shared element-set data (TLE, CCSDS OMM), plots orbits, finds manoeuvres and labels each one regular or irregular against the object&apos;s own pattern of life.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Visualiseur de connaissance de la situation spatiale : charge des jeux d’éléments orbitaux partagés (TLE, CCSDS OMM), trace les orbites, détecte les manœuvres et qualifie chacune de régulière ou d’irrégulière au regard du comportement habituel de l’objet.&lt;/p&gt;&lt;p&gt;Licence BSD-3-Clause.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open element sets or SATCAT</source>
        <translation>Ouvrir des jeux d’éléments ou un SATCAT</translation>
    </message>
    <message>
        <source>Open a folder of element sets</source>
        <translation>Ouvrir un dossier de jeux d’éléments</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>wrote %1 events to %2</source>
        <translation>%1 événements écrits dans %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>wrote a report of %1 events to %2</source>
        <translation>rapport de %1 événements écrit dans %2</translation>
    </message>
    <message>
        <source>no plot panel to export: show a plot panel first</source>
        <translation>aucun graphique à exporter : affichez d’abord un panneau de graphique</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Fichier de règles</translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <source>Rules file not valid</source>
        <translation>Fichier de règles non valide</translation>
    </message>
    <message>
        <source>Rules file to edit</source>
        <translation>Fichier de règles à modifier</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>À propos de ssaviewer</translation>
    </message>
    <message>
        <source>These files could not be loaded; the data already loaded is kept.</source>
        <translation>Ces fichiers n’ont pas pu être chargés ; les données déjà chargées sont conservées.</translation>
    </message>
    <message>
        <source>Some files could not be loaded</source>
        <translation>Certains fichiers n’ont pas pu être chargés</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>loaded %1 element sets, %2 rejected</source>
        <translation>%1 jeux d’éléments chargés, %2 rejetés</translation>
    </message>
    <message>
        <source>screening for close approaches after manoeuvres…</source>
        <translation>recherche des rapprochements après les manœuvres…</translation>
    </message>
    <message>
        <source>screening close approaches</source>
        <translation>recherche des rapprochements</translation>
    </message>
    <message>
        <source>detecting</source>
        <translation>détection</translation>
    </message>
    <message>
        <source>%1 events, %2 irregular</source>
        <translation>%1 événements, dont %2 irréguliers</translation>
    </message>
    <message>
        <source>busy %1: wait or cancel first</source>
        <translation>occupé (%1) : attendez ou annulez d’abord</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 annulé</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Ouvrir des fichiers</translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Export events CSV (current filter)</source>
        <translation>Exporter les événements en CSV (filtre actuel)</translation>
    </message>
    <message>
        <source>Export flagged (irregular) events CSV</source>
        <translation>Exporter les événements signalés (irréguliers) en CSV</translation>
    </message>
    <message>
        <source>Export the focused plot as PNG</source>
        <translation>Exporter le graphique actif en PNG</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Run detection with a rules file</source>
        <translation>Lancer la détection avec un fichier de règles</translation>
    </message>
    <message>
        <source>Play / pause the time bar</source>
        <translation>Lecture / pause de la barre de temps</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>Événement précédent / suivant</translation>
    </message>
    <message>
        <source>Previous / next irregular event</source>
        <translation>Événement irrégulier précédent / suivant</translation>
    </message>
    <message>
        <source>Previous / next event of the selected object</source>
        <translation>Événement précédent / suivant de l’objet sélectionné</translation>
    </message>
    <message>
        <source>Previous / next irregular event of the selected object</source>
        <translation>Événement irrégulier précédent / suivant de l’objet sélectionné</translation>
    </message>
    <message>
        <source>Zoom the element history to the selected event&apos;s window</source>
        <translation>Zoomer l’historique des éléments sur la fenêtre de l’événement sélectionné</translation>
    </message>
    <message>
        <source>Bookmark this moment (time, object, event) in the workspace</source>
        <translation>Marquer ce moment (heure, objet, événement) d’un signet dans l’espace de travail</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1: no element set could be read; %2 records rejected (first, %3)</source>
        <translation>%1 : aucun jeu d’éléments n’a pu être lu ; %2 enregistrements rejetés (premier, %3)</translation>
    </message>
    <message>
        <source>Rejected records (%1)</source>
        <translation>Enregistrements rejetés (%1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Époque (UTC)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Window start (UTC)</source>
        <translation>Début de fenêtre (UTC)</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fin de fenêtre (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Rule ids</source>
        <translation>Identifiants de règles</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Object name or NORAD id</source>
        <translation>Nom de l’objet ou identifiant NORAD</translation>
    </message>
    <message>
        <source>confidence ≥ </source>
        <translation>confiance ≥ </translation>
    </message>
    <message>
        <source>Hide detections less confident than this (calibrated on real objects: detections of confidence ≥ X were true at least X of the time). Events without a confidence are always shown.</source>
        <translation>Masquer les détections moins sûres que ce seuil (étalonné sur des objets réels : les détections de confiance ≥ X étaient vraies au moins dans une proportion X des cas). Les événements sans confiance sont toujours affichés.</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>Seulement les événements entre</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>GeoBeltPanel</name>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Label each track with its object&apos;s name</source>
        <translation>Nommer chaque trace d’après son objet</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>Irréguliers seulement</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>Masquer les marqueurs des événements réguliers et indéterminés</translation>
    </message>
    <message>
        <source>No GEO objects loaded.</source>
        <translation>Aucun objet GEO chargé.</translation>
    </message>
    <message>
        <source>Sub-satellite longitude (°E)</source>
        <translation>Longitude du point subsatellite (°E)</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Époque (UTC)</translation>
    </message>
    <message>
        <source>%1 GEO objects, %2 element sets — click a track to select its object</source>
        <translation>%1 objets GEO, %2 jeux d’éléments — cliquez sur une trace pour sélectionner son objet</translation>
    </message>
</context>
<context>
    <name>GroundTrackPanel</name>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Label the objects on the map with their names</source>
        <translation>Nommer les objets sur la carte</translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation>Longitude (°E)</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>Latitude (°N)</translation>
    </message>
    <message>
        <source>%1 UTC — %2 of %3 objects placed (%4 without an element set within %5 days left out); shaded: night side; click an object to select it</source>
        <translation>%1 UTC — %2 objets placés sur %3 (%4 sans jeu d’éléments depuis moins de %5 jours sont omis) ; ombré : côté nuit ; cliquez sur un objet pour le sélectionner</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No object selected</source>
        <translation>Aucun objet sélectionné</translation>
    </message>
    <message>
        <source>Mean altitude</source>
        <translation>Altitude moyenne</translation>
    </message>
    <message>
        <source>Show the mean altitude instead of the semi-major axis</source>
        <translation>Afficher l’altitude moyenne au lieu du demi-grand axe</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>Irréguliers seulement</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>Masquer les marqueurs des événements réguliers et indéterminés</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Époque (UTC)</translation>
    </message>
    <message>
        <source>operator record %1 (%2)
%3 to %4 UTC</source>
        <translation>enregistrement d’opérateur %1 (%2)
%3 à %4 UTC</translation>
    </message>
    <message>
        <source>No data loaded: open element sets with File → Open.</source>
        <translation>Aucune donnée chargée : ouvrez des jeux d’éléments avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <source>No object selected: pick one in the catalogue or the events table.</source>
        <translation>Aucun objet sélectionné : choisissez-en un dans le catalogue ou la table des événements.</translation>
    </message>
    <message>
        <source>No element sets loaded for NORAD %1.</source>
        <translation>Aucun jeu d’éléments chargé pour NORAD %1.</translation>
    </message>
    <message>
        <source>No element sets</source>
        <translation>Aucun jeu d’éléments</translation>
    </message>
    <message>
        <source>%1 element sets, %2 events</source>
        <translation>%1 jeux d’éléments, %2 événements</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
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
        <translation>Alt. moy. (km)</translation>
    </message>
    <message>
        <source>i (°)</source>
        <translation>i (°)</translation>
    </message>
    <message>
        <source>Node − J2 (°)</source>
        <translation>Nœud − J2 (°)</translation>
    </message>
    <message>
        <source>Lon. (°E)</source>
        <translation>Long. (°E)</translation>
    </message>
    <message>
        <source>Drift (°/day)</source>
        <translation>Dérive (°/jour)</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Époque (UTC)</translation>
    </message>
    <message>
        <source>Perigee (km)</source>
        <translation>Périgée (km)</translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation>Apogée (km)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Select an event in the events table to see why it was flagged.</source>
        <translation>Sélectionnez un événement dans la table des événements pour voir pourquoi il a été signalé.</translation>
    </message>
    <message>
        <source>%1 UTC (between %2 and %3%4)</source>
        <translation>%1 UTC (entre %2 et %3%4)</translation>
    </message>
    <message>
        <source>event %1 · detector %2 · source %3</source>
        <translation>événement %1 · détecteur %2 · source %3</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Reason codes:</source>
        <translation>Codes de motif :</translation>
    </message>
    <message>
        <source>Rules fired:</source>
        <translation>Règles déclenchées :</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds used&lt;/b&gt; (rules %1)</source>
        <translation>&lt;b&gt;Seuils utilisés&lt;/b&gt; (règles %1)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Some element sets around the event are not in the loaded data.</source>
        <translation>Certains jeux d’éléments autour de l’événement ne sont pas dans les données chargées.</translation>
    </message>
    <message>
        <source>Element sets around the event</source>
        <translation>Jeux d’éléments autour de l’événement</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&lt;b&gt;Norms&lt;/b&gt; (estimates from public element sets, not legal findings):</source>
        <translation>&lt;b&gt;Normes&lt;/b&gt; (estimations à partir de jeux d’éléments publics, pas des conclusions juridiques) :</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The window will be in %1 when ssaviewer starts again.</source>
        <translation>La fenêtre sera en %1 au prochain démarrage de ssaviewer.</translation>
    </message>
</context>
<context>
    <name>LaunchNotices</name>
    <message>
        <source>Load launch notifications</source>
        <translation>Charger des notifications de lancement</translation>
    </message>
    <message>
        <source>Launch notifications (*.csv);;All files (*)</source>
        <translation>Notifications de lancement (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Launch notifications could not be used</source>
        <translation>Les notifications de lancement n&apos;ont pas pu être utilisées</translation>
    </message>
    <message>
        <source>{path}: expected a CSV with columns cospar_launch, notified_utc, state, note.</source>
        <translation>{path} : un CSV aux colonnes cospar_launch, notified_utc, state, note était attendu.</translation>
    </message>
    <message>
        <source>{count} launch notifications from {name}</source>
        <translation>{count} notifications de lancement depuis {name}</translation>
    </message>
    <message>
        <source>Load launch notifications…</source>
        <translation>Charger des notifications de lancement…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Element history</source>
        <translation>Historique des éléments</translation>
    </message>
    <message>
        <source>Ground track</source>
        <translation>Trace au sol</translation>
    </message>
    <message>
        <source>GEO belt</source>
        <translation>Ceinture GEO</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>Vue 3D</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation>Inspecteur d’événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>panel not available: %1</source>
        <translation>panneau indisponible : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Previous irregular event</source>
        <translation>Événement irrégulier précédent</translation>
    </message>
    <message>
        <source>Next irregular event</source>
        <translation>Événement irrégulier suivant</translation>
    </message>
    <message>
        <source>Previous event of this object</source>
        <translation>Événement précédent de cet objet</translation>
    </message>
    <message>
        <source>Next event of this object</source>
        <translation>Événement suivant de cet objet</translation>
    </message>
    <message>
        <source>Previous irregular event of this object</source>
        <translation>Événement irrégulier précédent de cet objet</translation>
    </message>
    <message>
        <source>Next irregular event of this object</source>
        <translation>Événement irrégulier suivant de cet objet</translation>
    </message>
    <message>
        <source>Zoom to the event&apos;s window</source>
        <translation>Zoomer sur la fenêtre de l’événement</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Detection</source>
        <translation>Dé&amp;tection</translation>
    </message>
    <message>
        <source>Run with rules file…</source>
        <translation>Lancer avec un fichier de règles…</translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation>Modifier les règles…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>À propos de ssaviewer</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open findings bundle…</source>
        <translation>Ouvrir un paquet de constats…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>Export events CSV</source>
        <translation>Exporter les événements en CSV</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
</context>
<context>
    <name>PlotCommon</name>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Heure de l’événement</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marqué</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>trainee 1</source>
        <translation>stagiaire 1</translation>
    </message>
    <message>
        <source>Whose marks these are; change it for the next trainee</source>
        <translation>À qui sont ces marques ; changez-le pour le stagiaire suivant</translation>
    </message>
    <message>
        <source>Mark regular (R)</source>
        <translation>Marquer régulier (R)</translation>
    </message>
    <message>
        <source>Mark irregular (I)</source>
        <translation>Marquer irrégulier (I)</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Retirer la marque</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Export results CSV…</source>
        <translation>Exporter les résultats en CSV…</translation>
    </message>
    <message>
        <source>Select an object, move the time cursor to the event, and mark it.</source>
        <translation>Sélectionnez un objet, amenez le curseur de temps sur l’événement et marquez-le.</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Stagiaire :</translation>
    </message>
    <message>
        <source>Select an object first, then mark its event.</source>
        <translation>Sélectionnez d’abord un objet, puis marquez son événement.</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>stagiaire</translation>
    </message>
    <message>
        <source>%1: marked NORAD %2 %3</source>
        <translation>%1 : NORAD %2 marqué %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: found %2 of %3, missed %4, false marks %5, correct labels %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 trouvés sur %3, %4 manqués, %5 fausses marques, %6 étiquettes correctes</translation>
    </message>
    <message>
        <source>No marks to score.</source>
        <translation>Aucune marque à noter.</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>Exporter les résultats du quiz</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Operator records (*.csv *man.txt *.fy *.txt);;All files (*)</source>
        <translation>Enregistrements d’opérateur (*.csv *man.txt *.fy *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open operator records</source>
        <translation>Ouvrir des enregistrements d’opérateur</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Records read: %1; problems: %2.</source>
        <translation>Enregistrements lus : %1 ; problèmes : %2.</translation>
    </message>
    <message>
        <source>Some operator records could not be used</source>
        <translation>Certains enregistrements d’opérateur n’ont pas pu être utilisés</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Open operator records…</source>
        <translation>Ouvrir des enregistrements d’opérateur…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Matched event</source>
        <translation>Événement associé</translation>
    </message>
    <message>
        <source>Its label</source>
        <translation>Son étiquette</translation>
    </message>
    <message>
        <source>Evaluation: object</source>
        <translation>Évaluation : objet</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Truth events</source>
        <translation>Événements réels</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>False alarms / yr</source>
        <translation>Fausses alertes / an</translation>
    </message>
    <message>
        <source>element-set gap</source>
        <translation>écart entre jeux d’éléments</translation>
    </message>
    <message>
        <source>±12 h</source>
        <translation>±12 h</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>%1: no usable record</source>
        <translation>%1 : aucun enregistrement exploitable</translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation>Ouvrir des enregistrements…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Evaluation of the detected manoeuvres against the records, per object with records, as ssaviewer evaluate computes it (matching by element-set gap and within ±12 h)</source>
        <translation>Évaluation des manœuvres détectées au regard des enregistrements, par objet ayant des enregistrements, comme la calcule ssaviewer evaluate (appariement par écart entre jeux d’éléments et à ±12 h)</translation>
    </message>
    <message>
        <source>No operator records: File → Open operator records….</source>
        <translation>Aucun enregistrement d’opérateur : Fichier → Ouvrir des enregistrements d’opérateur….</translation>
    </message>
    <message>
        <source>%1 records; matching failed: %2</source>
        <translation>%1 enregistrements ; échec de l’appariement : %2</translation>
    </message>
    <message>
        <source>%1 records, %2 matched to a detected manoeuvre, %3 without. Manoeuvres of these objects: %4 announced, %5 not announced.</source>
        <translation>%1 enregistrements, %2 associés à une manœuvre détectée, %3 sans. Manœuvres de ces objets : %4 annoncées, %5 non annoncées.</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Edit rules: %1</source>
        <translation>Modifier les règles : %1</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>The rules are valid.</source>
        <translation>Les règles sont valides.</translation>
    </message>
</context>
<context>
    <name>ScenarioBuilder</name>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Altitude km / Lon °E</source>
        <translation>Altitude km / Long. °E</translation>
    </message>
    <message>
        <source>Incl. °</source>
        <translation>Incl. °</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Narration note</source>
        <translation>Note de narration</translation>
    </message>
    <message>
        <source>Scenario builder</source>
        <translation>Constructeur de scénario</translation>
    </message>
    <message>
        <source>NORAD id of a loaded object to start from</source>
        <translation>Identifiant NORAD d’un objet chargé à partir duquel commencer</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Ma leçon</translation>
    </message>
    <message>
        <source>Add objects and behaviours, then Preview.</source>
        <translation>Ajoutez des objets et des comportements, puis Aperçu.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Days (from 2025-01-01)</source>
        <translation>Jours (à partir du 2025-01-01)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Quiz tolerance (h)</source>
        <translation>Tolérance du quiz (h)</translation>
    </message>
    <message>
        <source>Add LEO</source>
        <translation>Ajouter LEO</translation>
    </message>
    <message>
        <source>Add GEO</source>
        <translation>Ajouter GEO</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add loaded object</source>
        <translation>Ajouter un objet chargé</translation>
    </message>
    <message>
        <source>Start from an object loaded in the viewer: its orbit, name and id</source>
        <translation>Partir d’un objet chargé dans le visualiseur : son orbite, son nom et son identifiant</translation>
    </message>
    <message>
        <source>Loaded NORAD</source>
        <translation>NORAD chargé</translation>
    </message>
    <message>
        <source>Add to selected object</source>
        <translation>Ajouter à l’objet sélectionné</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Enregistrer la leçon…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportements</translation>
    </message>
    <message>
        <source>Select an object first.</source>
        <translation>Sélectionnez d’abord un objet.</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>Simulation impossible : %1</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular); edit the notes, then Save.</source>
        <translation>%1 événements (%2 irréguliers) ; modifiez les notes, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Lessons (*%1)</source>
        <translation>Leçons (*%1)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Show the rejected records and why</source>
        <translation>Afficher les enregistrements rejetés et pourquoi</translation>
    </message>
    <message>
        <source>Records loaded with an assumption (an archival field read as sgp4 reads it, a comment line skipped...): see ssaviewer info or the load report</source>
        <translation>Enregistrements chargés avec une hypothèse (un champ d’archive lu comme le lit sgp4, une ligne de commentaire ignorée...) : voir ssaviewer info ou le rapport de chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 objects · %2 element sets</source>
        <translation>%1 objets · %2 jeux d’éléments</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rejetés</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular)</source>
        <translation>%1 événements (%2 irréguliers)</translation>
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
        <translation>1 jour/s</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1 semaine/s</translation>
    </message>
    <message>
        <source>Time; ticks mark the selected object&apos;s operator records</source>
        <translation>Temps ; les graduations marquent les enregistrements d’opérateur de l’objet sélectionné</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Space)</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Événement précédent</translation>
    </message>
    <message>
        <source>Select the previous event ([)</source>
        <translation>Sélectionner l’événement précédent ([)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Événement suivant</translation>
    </message>
    <message>
        <source>Select the next event (])</source>
        <translation>Sélectionner l’événement suivant (])</translation>
    </message>
    <message>
        <source>◀ Irregular</source>
        <translation>◀ Irrégulier</translation>
    </message>
    <message>
        <source>Select the previous irregular event ({)</source>
        <translation>Sélectionner l’événement irrégulier précédent ({)</translation>
    </message>
    <message>
        <source>Irregular ▶</source>
        <translation>Irrégulier ▶</translation>
    </message>
    <message>
        <source>Select the next irregular event (})</source>
        <translation>Sélectionner l’événement irrégulier suivant (})</translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Impossible d’ouvrir la leçon</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Training scenarios (*%1);;All files (*)</source>
        <translation>Scénarios de formation (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>Fo&amp;rmation</translation>
    </message>
    <message>
        <source>Scenario builder…</source>
        <translation>Constructeur de scénario…</translation>
    </message>
    <message>
        <source>Present lesson…</source>
        <translation>Présenter une leçon…</translation>
    </message>
    <message>
        <source>Quiz on lesson…</source>
        <translation>Quiz sur une leçon…</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <source>quiz</source>
        <translation>quiz</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>Font size (Ctrl++ / Ctrl+-)</source>
        <translation>Taille de police (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>◀ Anomaly (P)</source>
        <translation>◀ Anomalie (P)</translation>
    </message>
    <message>
        <source>Anomaly (N) ▶</source>
        <translation>Anomalie (N) ▶</translation>
    </message>
    <message>
        <source>Jump to the previous / next anomaly</source>
        <translation>Aller à l’anomalie précédente / suivante</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Police :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz: %1&lt;/b&gt; — mark each event you see on the selected object at the time cursor: R regular, I irregular.</source>
        <translation>&lt;b&gt;Quiz : %1&lt;/b&gt; — marquez chaque événement que vous voyez sur l’objet sélectionné au curseur de temps : R régulier, I irrégulier.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Régulier</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Irrégulier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>… and %1 more (ssaviewer workspace events)</source>
        <translation>… et %1 de plus (ssaviewer workspace events)</translation>
    </message>
    <message>
        <source>Orphaned: %1 events no longer detected keep their verdicts:</source>
        <translation>Orphelins : %1 événements qui ne sont plus détectés gardent leur verdict :</translation>
    </message>
    <message>
        <source>Enter saves</source>
        <translation>Entrée enregistre</translation>
    </message>
    <message>
        <source>comma-separated; Enter saves</source>
        <translation>séparés par des virgules ; Entrée enregistre</translation>
    </message>
    <message>
        <source>Tags of the selected event, separated by commas</source>
        <translation>Mots-clés de l’événement sélectionné, séparés par des virgules</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps verdicts and notes.</source>
        <translation>Pas d’espace de travail : Fichier → Nouvel espace de travail conserve verdicts et notes.</translation>
    </message>
    <message>
        <source>Select an event to give a verdict.</source>
        <translation>Sélectionnez un événement pour rendre un verdict.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Event %1: verdict %2</source>
        <translation>Événement %1 : verdict %2</translation>
    </message>
</context>
<context>
    <name>View3DPanel</name>
    <message>
        <source>3D view unavailable: %1.</source>
        <translation>Vue 3D indisponible : %1.</translation>
    </message>
    <message>
        <source>%1 UTC — TEME frame; drag to rotate, wheel to zoom</source>
        <translation>%1 UTC — repère TEME ; faites glisser pour tourner, molette pour zoomer</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>regular</source>
        <translation>régulier</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>irrégulier</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <source>manoeuvre</source>
        <translation>manœuvre</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>décroissance</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>fragmentation</translation>
    </message>
    <message>
        <source>close-approach</source>
        <translation>rapprochement</translation>
    </message>
    <message>
        <source>data-quality</source>
        <translation>qualité des données</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>norme</translation>
    </message>
    <message>
        <source>norms</source>
        <translation>normes</translation>
    </message>
    <message>
        <source>proximity-operation</source>
        <translation>opération de proximité</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>ssaviewer workspaces (*.ssaw)</source>
        <translation>Espaces de travail ssaviewer (*.ssaw)</translation>
    </message>
    <message>
        <source>verdict %1 on %2</source>
        <translation>verdict %1 sur %2</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>tags on %1</source>
        <translation>mots-clés de %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>The workspace&apos;s events cannot be read</source>
        <translation>Les événements de l’espace de travail sont illisibles</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>Impossible d’enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>The workspace was not changed</source>
        <translation>L’espace de travail n’a pas été modifié</translation>
    </message>
    <message>
        <source>Source moved or changed</source>
        <translation>Source déplacée ou modifiée</translation>
    </message>
    <message>
        <source>Locate this file?</source>
        <translation>Localiser ce fichier ?</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Localiser %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>Enregistrer l’espace de travail sous…</translation>
    </message>
    <message>
        <source>Bookmark this moment…</source>
        <translation>Marquer ce moment d’un signet…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
</TS>

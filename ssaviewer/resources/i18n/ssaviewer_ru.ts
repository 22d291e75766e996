<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>no demo scenario found: use File → Open</source>
        <translation>демонстрационный сценарий не найден: используйте Файл → Открыть</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Double-click to go back to a bookmark; Delete removes it</source>
        <translation>Двойной щелчок — вернуться к закладке; Delete удаляет её</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Удалить закладку</translation>
    </message>
    <message>
        <source>Bookmarks (Ctrl+B adds this moment)</source>
        <translation>Закладки (Ctrl+B добавляет этот момент)</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps bookmarks.</source>
        <translation>Нет рабочей области: Файл → Новая рабочая область сохраняет закладки.</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>Добавить закладку на этот момент</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>bookmark %1: time %2 cannot be read</source>
        <translation>закладка %1: не удаётся прочитать время %2</translation>
    </message>
    <message>
        <source>time: %1 UTC</source>
        <translation>время: %1 UTC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>закладка</translation>
    </message>
    <message>
        <source>object: NORAD %1</source>
        <translation>объект: NORAD %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>событие: %1</translation>
    </message>
</context>
<context>
    <name>BundleCheck</name>
    <message>
        <source>Open a findings bundle</source>
        <translation>Открыть пакет результатов</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Пакеты (*.zip)</translation>
    </message>
    <message>
        <source>Findings bundle</source>
        <translation>Пакет результатов</translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation>%1: проверка пройдена.</translation>
    </message>
    <message>
        <source>%1 does NOT verify.</source>
        <translation>%1: проверка НЕ пройдена.</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Орбита</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>Irreg.</source>
        <translation>Нерег.</translation>
    </message>
    <message>
        <source>Search name, NORAD or COSPAR id</source>
        <translation>Поиск по названию, номеру NORAD или COSPAR</translation>
    </message>
    <message>
        <source>Has irregular events</source>
        <translation>Есть нерегулярные события</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation>Все орбиты</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все владельцы</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>All events…</source>
        <translation>Все события…</translation>
    </message>
    <message>
        <source>Flagged (irregular) events…</source>
        <translation>Отмеченные (нерегулярные) события…</translation>
    </message>
    <message>
        <source>Events in the current filter…</source>
        <translation>События текущего фильтра…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Space situational awareness viewer: loads shared element-set data (TLE, CCSDS OMM), plots orbits, finds manoeuvres and labels each one regular or irregular against the object&apos;s own pattern of life.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Программа для анализа космической обстановки: загружает общедоступные наборы орбитальных элементов (TLE, CCSDS OMM), строит орбиты, находит манёвры и относит каждый к регулярным или нерегулярным по сравнению с обычным поведением самого объекта.&lt;/p&gt;&lt;p&gt;Лицензия BSD-3-Clause.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open element sets or SATCAT</source>
        <translation>Открыть наборы элементов или SATCAT</translation>
    </message>
    <message>
        <source>Open a folder of element sets</source>
        <translation>Открыть папку с наборами элементов</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>wrote %1 events to %2</source>
        <translation>Событий записано: %1, в %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Страницы HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>wrote a report of %1 events to %2</source>
        <translation>отчёт о событиях (%1) записан в %2</translation>
    </message>
    <message>
        <source>no plot panel to export: show a plot panel first</source>
        <translation>нечего экспортировать: сначала откройте панель графика</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>записано: %1</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Файл правил</translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <source>Rules file not valid</source>
        <translation>Файл правил недействителен</translation>
    </message>
    <message>
        <source>Rules file to edit</source>
        <translation>Файл правил для редактирования</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>О программе ssaviewer</translation>
    </message>
    <message>
        <source>These files could not be loaded; the data already loaded is kept.</source>
        <translation>Эти файлы не удалось загрузить; уже загруженные данные сохранены.</translation>
    </message>
    <message>
        <source>Some files could not be loaded</source>
        <translation>Некоторые файлы не удалось загрузить</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>loading</source>
        <translation>загрузка</translation>
    </message>
    <message>
        <source>loaded %1 element sets, %2 rejected</source>
        <translation>загружено наборов элементов: %1, отклонено: %2</translation>
    </message>
    <message>
        <source>screening for close approaches after manoeuvres…</source>
        <translation>поиск тесных сближений после манёвров…</translation>
    </message>
    <message>
        <source>screening close approaches</source>
        <translation>поиск тесных сближений</translation>
    </message>
    <message>
        <source>detecting</source>
        <translation>обнаружение</translation>
    </message>
    <message>
        <source>%1 events, %2 irregular</source>
        <translation>событий: %1, нерегулярных: %2</translation>
    </message>
    <message>
        <source>busy %1: wait or cancel first</source>
        <translation>занято (%1): подождите или сначала отмените</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1: отменено</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Открыть файлы</translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Export events CSV (current filter)</source>
        <translation>Экспорт событий в CSV (текущий фильтр)</translation>
    </message>
    <message>
        <source>Export flagged (irregular) events CSV</source>
        <translation>Экспорт отмеченных (нерегулярных) событий в CSV</translation>
    </message>
    <message>
        <source>Export the focused plot as PNG</source>
        <translation>Экспорт текущего графика в PNG</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Поиск в каталоге</translation>
    </message>
    <message>
        <source>Run detection with a rules file</source>
        <translation>Запустить обнаружение с файлом правил</translation>
    </message>
    <message>
        <source>Play / pause the time bar</source>
        <translation>Воспроизведение / пауза шкалы времени</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>Предыдущее / следующее событие</translation>
    </message>
    <message>
        <source>Previous / next irregular event</source>
        <translation>Предыдущее / следующее нерегулярное событие</translation>
    </message>
    <message>
        <source>Previous / next event of the selected object</source>
        <translation>Предыдущее / следующее событие выбранного объекта</translation>
    </message>
    <message>
        <source>Previous / next irregular event of the selected object</source>
        <translation>Предыдущее / следующее нерегулярное событие выбранного объекта</translation>
    </message>
    <message>
        <source>Zoom the element history to the selected event&apos;s window</source>
        <translation>Масштабировать историю элементов по окну выбранного события</translation>
    </message>
    <message>
        <source>Bookmark this moment (time, object, event) in the workspace</source>
        <translation>Добавить закладку на этот момент (время, объект, событие) в рабочей области</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>%1: no element set could be read; %2 records rejected (first, %3)</source>
        <translation>%1: не удалось прочитать ни одного набора элементов; отклонено записей: %2 (первая, %3)</translation>
    </message>
    <message>
        <source>Rejected records (%1)</source>
        <translation>Отклонённые записи (%1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Эпоха (UTC)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>Window start (UTC)</source>
        <translation>Начало окна (UTC)</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Конец окна (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Rule ids</source>
        <translation>Идентификаторы правил</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Детектор</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Object name or NORAD id</source>
        <translation>Название объекта или номер NORAD</translation>
    </message>
    <message>
        <source>confidence ≥ </source>
        <translation>достоверность ≥ </translation>
    </message>
    <message>
        <source>Hide detections less confident than this (calibrated on real objects: detections of confidence ≥ X were true at least X of the time). Events without a confidence are always shown.</source>
        <translation>Скрыть обнаружения с достоверностью ниже этой (калибровано на реальных объектах: обнаружения с достоверностью ≥ X оказывались верными как минимум в доле X случаев). События без достоверности показываются всегда.</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>Только события между</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>GeoBeltPanel</name>
    <message>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <source>Label each track with its object&apos;s name</source>
        <translation>Подписать каждый след названием объекта</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>Только нерегулярные</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>Скрыть маркеры регулярных и неопределённых событий</translation>
    </message>
    <message>
        <source>No GEO objects loaded.</source>
        <translation>Объекты на GEO не загружены.</translation>
    </message>
    <message>
        <source>Sub-satellite longitude (°E)</source>
        <translation>Долгота подспутниковой точки (°E)</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Эпоха (UTC)</translation>
    </message>
    <message>
        <source>%1 GEO objects, %2 element sets — click a track to select its object</source>
        <translation>Объектов на GEO: %1, наборов элементов: %2 — щёлкните след, чтобы выбрать объект</translation>
    </message>
</context>
<context>
    <name>GroundTrackPanel</name>
    <message>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <source>Label the objects on the map with their names</source>
        <translation>Подписать объекты на карте их названиями</translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation>Долгота (°E)</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>Широта (°N)</translation>
    </message>
    <message>
        <source>%1 UTC — %2 of %3 objects placed (%4 without an element set within %5 days left out); shaded: night side; click an object to select it</source>
        <translation>%1 UTC — размещено объектов: %2 из %3 (без набора элементов за последние %5 дн. пропущено: %4); затенение: ночная сторона; щёлкните объект, чтобы выбрать его</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No object selected</source>
        <translation>Объект не выбран</translation>
    </message>
    <message>
        <source>Mean altitude</source>
        <translation>Средняя высота</translation>
    </message>
    <message>
        <source>Show the mean altitude instead of the semi-major axis</source>
        <translation>Показать среднюю высоту вместо большой полуоси</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>Только нерегулярные</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>Скрыть маркеры регулярных и неопределённых событий</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Эпоха (UTC)</translation>
    </message>
    <message>
        <source>operator record %1 (%2)
%3 to %4 UTC</source>
        <translation>запись оператора %1 (%2)
с %3 по %4 UTC</translation>
    </message>
    <message>
        <source>No data loaded: open element sets with File → Open.</source>
        <translation>Данные не загружены: откройте наборы элементов через Файл → Открыть.</translation>
    </message>
    <message>
        <source>No object selected: pick one in the catalogue or the events table.</source>
        <translation>Объект не выбран: выберите его в каталоге или в таблице событий.</translation>
    </message>
    <message>
        <source>No element sets loaded for NORAD %1.</source>
        <translation>Для NORAD %1 наборы элементов не загружены.</translation>
    </message>
    <message>
        <source>No element sets</source>
        <translation>Нет наборов элементов</translation>
    </message>
    <message>
        <source>%1 element sets, %2 events</source>
        <translation>наборов элементов: %1, событий: %2</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
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
        <translation>Ср. высота (km)</translation>
    </message>
    <message>
        <source>i (°)</source>
        <translation>i (°)</translation>
    </message>
    <message>
        <source>Node − J2 (°)</source>
        <translation>Узел − J2 (°)</translation>
    </message>
    <message>
        <source>Lon. (°E)</source>
        <translation>Долг. (°E)</translation>
    </message>
    <message>
        <source>Drift (°/day)</source>
        <translation>Дрейф (°/сут)</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Epoch (UTC)</source>
        <translation>Эпоха (UTC)</translation>
    </message>
    <message>
        <source>Perigee (km)</source>
        <translation>Перигей (km)</translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation>Апогей (km)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Select an event in the events table to see why it was flagged.</source>
        <translation>Выберите событие в таблице событий, чтобы увидеть, почему оно отмечено.</translation>
    </message>
    <message>
        <source>%1 UTC (between %2 and %3%4)</source>
        <translation>%1 UTC (между %2 и %3%4)</translation>
    </message>
    <message>
        <source>event %1 · detector %2 · source %3</source>
        <translation>событие %1 · детектор %2 · источник %3</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <source>Reason codes:</source>
        <translation>Коды причин:</translation>
    </message>
    <message>
        <source>Rules fired:</source>
        <translation>Сработавшие правила:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds used&lt;/b&gt; (rules %1)</source>
        <translation>&lt;b&gt;Использованные пороги&lt;/b&gt; (правила %1)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Some element sets around the event are not in the loaded data.</source>
        <translation>Некоторых наборов элементов вокруг события нет в загруженных данных.</translation>
    </message>
    <message>
        <source>Element sets around the event</source>
        <translation>Наборы элементов вокруг события</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&lt;b&gt;Norms&lt;/b&gt; (estimates from public element sets, not legal findings):</source>
        <translation>&lt;b&gt;Нормы&lt;/b&gt; (оценки по общедоступным наборам элементов, а не юридические выводы):</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The window will be in %1 when ssaviewer starts again.</source>
        <translation>Окно будет на языке «%1» при следующем запуске ssaviewer.</translation>
    </message>
</context>
<context>
    <name>LaunchNotices</name>
    <message>
        <source>Load launch notifications</source>
        <translation>Загрузить уведомления о запусках</translation>
    </message>
    <message>
        <source>Launch notifications (*.csv);;All files (*)</source>
        <translation>Уведомления о запусках (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Launch notifications could not be used</source>
        <translation>Не удалось использовать уведомления о запусках</translation>
    </message>
    <message>
        <source>{path}: expected a CSV with columns cospar_launch, notified_utc, state, note.</source>
        <translation>{path}: ожидался CSV со столбцами cospar_launch, notified_utc, state, note.</translation>
    </message>
    <message>
        <source>{count} launch notifications from {name}</source>
        <translation>Уведомлений о запусках из {name}: {count}</translation>
    </message>
    <message>
        <source>Load launch notifications…</source>
        <translation>Загрузить уведомления о запусках…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Element history</source>
        <translation>История элементов</translation>
    </message>
    <message>
        <source>Ground track</source>
        <translation>Наземная трасса</translation>
    </message>
    <message>
        <source>GEO belt</source>
        <translation>Пояс GEO</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D-вид</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation>Инспектор событий</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>panel not available: %1</source>
        <translation>панель недоступна: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Previous irregular event</source>
        <translation>Предыдущее нерегулярное событие</translation>
    </message>
    <message>
        <source>Next irregular event</source>
        <translation>Следующее нерегулярное событие</translation>
    </message>
    <message>
        <source>Previous event of this object</source>
        <translation>Предыдущее событие этого объекта</translation>
    </message>
    <message>
        <source>Next event of this object</source>
        <translation>Следующее событие этого объекта</translation>
    </message>
    <message>
        <source>Previous irregular event of this object</source>
        <translation>Предыдущее нерегулярное событие этого объекта</translation>
    </message>
    <message>
        <source>Next irregular event of this object</source>
        <translation>Следующее нерегулярное событие этого объекта</translation>
    </message>
    <message>
        <source>Zoom to the event&apos;s window</source>
        <translation>Масштаб по окну события</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Detection</source>
        <translation>&amp;Обнаружение</translation>
    </message>
    <message>
        <source>Run with rules file…</source>
        <translation>Запустить с файлом правил…</translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation>Изменить правила…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Сбросить расположение</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Навигация</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Н&amp;астройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>О программе ssaviewer</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Открыть файлы…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <source>Open findings bundle…</source>
        <translation>Открыть пакет результатов…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>Export events CSV</source>
        <translation>Экспорт событий в CSV</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <translation>Экспорт графика в PNG…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
</context>
<context>
    <name>PlotCommon</name>
    <message>
        <source>Events:</source>
        <translation>События:</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Время события</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидалось</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>trainee 1</source>
        <translation>слушатель 1</translation>
    </message>
    <message>
        <source>Whose marks these are; change it for the next trainee</source>
        <translation>Чьи это отметки; смените для следующего слушателя</translation>
    </message>
    <message>
        <source>Mark regular (R)</source>
        <translation>Отметить как регулярное (R)</translation>
    </message>
    <message>
        <source>Mark irregular (I)</source>
        <translation>Отметить как нерегулярное (I)</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Убрать отметку</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценить</translation>
    </message>
    <message>
        <source>Export results CSV…</source>
        <translation>Экспорт результатов в CSV…</translation>
    </message>
    <message>
        <source>Select an object, move the time cursor to the event, and mark it.</source>
        <translation>Выберите объект, переместите курсор времени к событию и отметьте его.</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Слушатель:</translation>
    </message>
    <message>
        <source>Select an object first, then mark its event.</source>
        <translation>Сначала выберите объект, затем отметьте его событие.</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>слушатель</translation>
    </message>
    <message>
        <source>%1: marked NORAD %2 %3</source>
        <translation>%1: отмечен NORAD %2 как %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: found %2 of %3, missed %4, false marks %5, correct labels %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: найдено %2 из %3, пропущено %4, ложных отметок %5, верных меток %6</translation>
    </message>
    <message>
        <source>No marks to score.</source>
        <translation>Нет отметок для оценки.</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>Экспорт результатов теста</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Operator records (*.csv *man.txt *.fy *.txt);;All files (*)</source>
        <translation>Записи оператора (*.csv *man.txt *.fy *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open operator records</source>
        <translation>Открыть записи оператора</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Records read: %1; problems: %2.</source>
        <translation>Прочитано записей: %1; проблем: %2.</translation>
    </message>
    <message>
        <source>Some operator records could not be used</source>
        <translation>Некоторые записи оператора не удалось использовать</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Open operator records…</source>
        <translation>Открыть записи оператора…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Конец (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Matched event</source>
        <translation>Сопоставленное событие</translation>
    </message>
    <message>
        <source>Its label</source>
        <translation>Его метка</translation>
    </message>
    <message>
        <source>Evaluation: object</source>
        <translation>Оценка: объект</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Truth events</source>
        <translation>Истинные события</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>False alarms / yr</source>
        <translation>Ложные тревоги / год</translation>
    </message>
    <message>
        <source>element-set gap</source>
        <translation>разрыв между наборами элементов</translation>
    </message>
    <message>
        <source>±12 h</source>
        <translation>±12 h</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: не удаётся прочитать (%2)</translation>
    </message>
    <message>
        <source>%1: no usable record</source>
        <translation>%1: нет пригодных записей</translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation>Открыть записи…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Evaluation of the detected manoeuvres against the records, per object with records, as ssaviewer evaluate computes it (matching by element-set gap and within ±12 h)</source>
        <translation>Оценка обнаруженных манёвров по записям для каждого объекта с записями, как её вычисляет ssaviewer evaluate (сопоставление по разрыву между наборами элементов и в пределах ±12 h)</translation>
    </message>
    <message>
        <source>No operator records: File → Open operator records….</source>
        <translation>Нет записей оператора: Файл → Открыть записи оператора….</translation>
    </message>
    <message>
        <source>%1 records; matching failed: %2</source>
        <translation>Записей: %1; сопоставление не удалось: %2</translation>
    </message>
    <message>
        <source>%1 records, %2 matched to a detected manoeuvre, %3 without. Manoeuvres of these objects: %4 announced, %5 not announced.</source>
        <translation>Записей: %1, сопоставлено с обнаруженным манёвром: %2, без сопоставления: %3. Манёвры этих объектов: объявлено %4, не объявлено %5.</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Edit rules: %1</source>
        <translation>Изменить правила: %1</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>The rules are valid.</source>
        <translation>Правила корректны.</translation>
    </message>
</context>
<context>
    <name>ScenarioBuilder</name>
    <message>
        <source>Regime</source>
        <translation>Орбита</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Altitude km / Lon °E</source>
        <translation>Высота km / Долг. °E</translation>
    </message>
    <message>
        <source>Incl. °</source>
        <translation>Накл. °</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>Величина</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Narration note</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Scenario builder</source>
        <translation>Конструктор сценариев</translation>
    </message>
    <message>
        <source>NORAD id of a loaded object to start from</source>
        <translation>Номер NORAD загруженного объекта, с которого начать</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Мой урок</translation>
    </message>
    <message>
        <source>Add objects and behaviours, then Preview.</source>
        <translation>Добавьте объекты и поведение, затем нажмите «Просмотр».</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Days (from 2025-01-01)</source>
        <translation>Дней (с 2025-01-01)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Начальное значение</translation>
    </message>
    <message>
        <source>Quiz tolerance (h)</source>
        <translation>Допуск теста (h)</translation>
    </message>
    <message>
        <source>Add LEO</source>
        <translation>Добавить LEO</translation>
    </message>
    <message>
        <source>Add GEO</source>
        <translation>Добавить GEO</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add loaded object</source>
        <translation>Добавить загруженный объект</translation>
    </message>
    <message>
        <source>Start from an object loaded in the viewer: its orbit, name and id</source>
        <translation>Начать с объекта, загруженного в программу: его орбита, название и номер</translation>
    </message>
    <message>
        <source>Loaded NORAD</source>
        <translation>Загруженный NORAD</translation>
    </message>
    <message>
        <source>Add to selected object</source>
        <translation>Добавить к выбранному объекту</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Сохранить урок…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Select an object first.</source>
        <translation>Сначала выберите объект.</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>Не удаётся смоделировать: %1</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular); edit the notes, then Save.</source>
        <translation>Событий: %1 (нерегулярных: %2); отредактируйте комментарии и сохраните.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Сохранить урок</translation>
    </message>
    <message>
        <source>Lessons (*%1)</source>
        <translation>Уроки (*%1)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Show the rejected records and why</source>
        <translation>Показать отклонённые записи и причины</translation>
    </message>
    <message>
        <source>Records loaded with an assumption (an archival field read as sgp4 reads it, a comment line skipped...): see ssaviewer info or the load report</source>
        <translation>Записи, загруженные с допущением (архивное поле прочитано так, как его читает sgp4, пропущена строка комментария...): см. ssaviewer info или отчёт о загрузке</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 objects · %2 element sets</source>
        <translation>Объектов: %1 · наборов элементов: %2</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>Предупреждений: %1</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular)</source>
        <translation>Событий: %1 (нерегулярных: %2)</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1 min/s</source>
        <translation>1 мин/с</translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation>1 ч/с</translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation>6 ч/с</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>1 сут/с</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1 нед/с</translation>
    </message>
    <message>
        <source>Time; ticks mark the selected object&apos;s operator records</source>
        <translation>Время; штрихи отмечают записи оператора для выбранного объекта</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Воспроизведение / пауза (Space)</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <source>Select the previous event ([)</source>
        <translation>Выбрать предыдущее событие ([)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <source>Select the next event (])</source>
        <translation>Выбрать следующее событие (])</translation>
    </message>
    <message>
        <source>◀ Irregular</source>
        <translation>◀ Нерегулярное</translation>
    </message>
    <message>
        <source>Select the previous irregular event ({)</source>
        <translation>Выбрать предыдущее нерегулярное событие ({)</translation>
    </message>
    <message>
        <source>Irregular ▶</source>
        <translation>Нерегулярное ▶</translation>
    </message>
    <message>
        <source>Select the next irregular event (})</source>
        <translation>Выбрать следующее нерегулярное событие (})</translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Не удаётся открыть урок</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <source>Training scenarios (*%1);;All files (*)</source>
        <translation>Учебные сценарии (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>О&amp;бучение</translation>
    </message>
    <message>
        <source>Scenario builder…</source>
        <translation>Конструктор сценариев…</translation>
    </message>
    <message>
        <source>Present lesson…</source>
        <translation>Показать урок…</translation>
    </message>
    <message>
        <source>Quiz on lesson…</source>
        <translation>Тест по уроку…</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <source>quiz</source>
        <translation>тест</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>показ</translation>
    </message>
    <message>
        <source>Font size (Ctrl++ / Ctrl+-)</source>
        <translation>Размер шрифта (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>◀ Anomaly (P)</source>
        <translation>◀ Аномалия (P)</translation>
    </message>
    <message>
        <source>Anomaly (N) ▶</source>
        <translation>Аномалия (N) ▶</translation>
    </message>
    <message>
        <source>Jump to the previous / next anomaly</source>
        <translation>Перейти к предыдущей / следующей аномалии</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Шрифт:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz: %1&lt;/b&gt; — mark each event you see on the selected object at the time cursor: R regular, I irregular.</source>
        <translation>&lt;b&gt;Тест: %1&lt;/b&gt; — отметьте каждое событие, которое видите у выбранного объекта на курсоре времени: R — регулярное, I — нерегулярное.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Регулярное</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Нерегулярное</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>… and %1 more (ssaviewer workspace events)</source>
        <translation>… и ещё %1 (ssaviewer workspace events)</translation>
    </message>
    <message>
        <source>Orphaned: %1 events no longer detected keep their verdicts:</source>
        <translation>Осиротевшие: событий, которые больше не обнаруживаются, но сохраняют вердикты: %1</translation>
    </message>
    <message>
        <source>Enter saves</source>
        <translation>Enter сохраняет</translation>
    </message>
    <message>
        <source>comma-separated; Enter saves</source>
        <translation>через запятую; Enter сохраняет</translation>
    </message>
    <message>
        <source>Tags of the selected event, separated by commas</source>
        <translation>Теги выбранного события через запятую</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps verdicts and notes.</source>
        <translation>Нет рабочей области: Файл → Новая рабочая область сохраняет вердикты и заметки.</translation>
    </message>
    <message>
        <source>Select an event to give a verdict.</source>
        <translation>Выберите событие, чтобы вынести вердикт.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Event %1: verdict %2</source>
        <translation>Событие %1: вердикт %2</translation>
    </message>
</context>
<context>
    <name>View3DPanel</name>
    <message>
        <source>3D view unavailable: %1.</source>
        <translation>3D-вид недоступен: %1.</translation>
    </message>
    <message>
        <source>%1 UTC — TEME frame; drag to rotate, wheel to zoom</source>
        <translation>%1 UTC — система TEME; перетаскивайте для вращения, колесо — масштаб</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>regular</source>
        <translation>регулярное</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>нерегулярное</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>неопределённое</translation>
    </message>
    <message>
        <source>manoeuvre</source>
        <translation>манёвр</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>снижение орбиты</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>фрагментация</translation>
    </message>
    <message>
        <source>close-approach</source>
        <translation>тесное сближение</translation>
    </message>
    <message>
        <source>data-quality</source>
        <translation>качество данных</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>norms</source>
        <translation>нормы</translation>
    </message>
    <message>
        <source>proximity-operation</source>
        <translation>операция сближения</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>ssaviewer workspaces (*.ssaw)</source>
        <translation>Рабочие области ssaviewer (*.ssaw)</translation>
    </message>
    <message>
        <source>verdict %1 on %2</source>
        <translation>вердикт %1 для %2</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>снят</translation>
    </message>
    <message>
        <source>tags on %1</source>
        <translation>теги для %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Не удаётся создать рабочую область</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Не удаётся открыть рабочую область</translation>
    </message>
    <message>
        <source>The workspace&apos;s events cannot be read</source>
        <translation>Не удаётся прочитать события рабочей области</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Сохранить рабочую область как</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>Не удаётся сохранить рабочую область</translation>
    </message>
    <message>
        <source>The workspace was not changed</source>
        <translation>Рабочая область не изменена</translation>
    </message>
    <message>
        <source>Source moved or changed</source>
        <translation>Источник перемещён или изменён</translation>
    </message>
    <message>
        <source>Locate this file?</source>
        <translation>Найти этот файл?</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Найти %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Новая рабочая область…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Открыть рабочую область…</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>Сохранить рабочую область как…</translation>
    </message>
    <message>
        <source>Bookmark this moment…</source>
        <translation>Добавить закладку на этот момент…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
</context>
</TS>

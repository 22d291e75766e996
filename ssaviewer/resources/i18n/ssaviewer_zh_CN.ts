<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>no demo scenario found: use File → Open</source>
        <translation>未找到演示场景：请使用 文件 → 打开</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Double-click to go back to a bookmark; Delete removes it</source>
        <translation>双击返回某个书签；按 Delete 删除</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Bookmarks (Ctrl+B adds this moment)</source>
        <translation>书签（Ctrl+B 添加此刻）</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps bookmarks.</source>
        <translation>没有工作区：文件 → 新建工作区 可保存书签。</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>为此刻添加书签</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>bookmark %1: time %2 cannot be read</source>
        <translation>书签 %1：无法读取时间 %2</translation>
    </message>
    <message>
        <source>time: %1 UTC</source>
        <translation>时间：%1 UTC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>object: NORAD %1</source>
        <translation>对象：NORAD %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>事件：%1</translation>
    </message>
</context>
<context>
    <name>BundleCheck</name>
    <message>
        <source>Open a findings bundle</source>
        <translation>打开发现包</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>包 (*.zip)</translation>
    </message>
    <message>
        <source>Findings bundle</source>
        <translation>发现包</translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation>%1 验证通过。</translation>
    </message>
    <message>
        <source>%1 does NOT verify.</source>
        <translation>%1 验证未通过。</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>轨道类型</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>组数</translation>
    </message>
    <message>
        <source>Irreg.</source>
        <translation>不规则</translation>
    </message>
    <message>
        <source>Search name, NORAD or COSPAR id</source>
        <translation>搜索名称、NORAD 或 COSPAR 编号</translation>
    </message>
    <message>
        <source>Has irregular events</source>
        <translation>有不规则事件</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation>所有轨道类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有所有者</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>All events…</source>
        <translation>所有事件…</translation>
    </message>
    <message>
        <source>Flagged (irregular) events…</source>
        <translation>已标记（不规则）事件…</translation>
    </message>
    <message>
        <source>Events in the current filter…</source>
        <translation>当前筛选中的事件…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Space situational awareness viewer: loads shared element-set data (TLE, CCSDS OMM), plots orbits, finds manoeuvres and labels each one regular or irregular against the object&apos;s own pattern of life.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;空间态势感知查看器：加载共享的轨道根数数据（TLE、CCSDS OMM），绘制轨道，发现机动，并对照目标自身的生命周期模式将每次机动标记为规则或不规则。&lt;/p&gt;&lt;p&gt;BSD-3-Clause 许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open element sets or SATCAT</source>
        <translation>打开轨道根数或 SATCAT</translation>
    </message>
    <message>
        <source>Open a folder of element sets</source>
        <translation>打开轨道根数文件夹</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>wrote %1 events to %2</source>
        <translation>已将 %1 个事件写入 %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>wrote a report of %1 events to %2</source>
        <translation>已将包含 %1 个事件的报告写入 %2</translation>
    </message>
    <message>
        <source>no plot panel to export: show a plot panel first</source>
        <translation>没有可导出的图：请先显示一个图面板</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <source>Rules file not valid</source>
        <translation>规则文件无效</translation>
    </message>
    <message>
        <source>Rules file to edit</source>
        <translation>要编辑的规则文件</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>关于 ssaviewer</translation>
    </message>
    <message>
        <source>These files could not be loaded; the data already loaded is kept.</source>
        <translation>这些文件无法加载；已加载的数据保持不变。</translation>
    </message>
    <message>
        <source>Some files could not be loaded</source>
        <translation>部分文件无法加载</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>loaded %1 element sets, %2 rejected</source>
        <translation>已加载 %1 组轨道根数，拒绝 %2 条</translation>
    </message>
    <message>
        <source>screening for close approaches after manoeuvres…</source>
        <translation>正在筛查机动后的近距离接近…</translation>
    </message>
    <message>
        <source>screening close approaches</source>
        <translation>筛查近距离接近</translation>
    </message>
    <message>
        <source>detecting</source>
        <translation>正在检测</translation>
    </message>
    <message>
        <source>%1 events, %2 irregular</source>
        <translation>%1 个事件，其中 %2 个不规则</translation>
    </message>
    <message>
        <source>busy %1: wait or cancel first</source>
        <translation>忙碌（%1）：请等待或先取消</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 已取消</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export events CSV (current filter)</source>
        <translation>导出事件 CSV（当前筛选）</translation>
    </message>
    <message>
        <source>Export flagged (irregular) events CSV</source>
        <translation>导出已标记（不规则）事件 CSV</translation>
    </message>
    <message>
        <source>Export the focused plot as PNG</source>
        <translation>将当前图导出为 PNG</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>Run detection with a rules file</source>
        <translation>使用规则文件运行检测</translation>
    </message>
    <message>
        <source>Play / pause the time bar</source>
        <translation>播放 / 暂停时间条</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>上一个 / 下一个事件</translation>
    </message>
    <message>
        <source>Previous / next irregular event</source>
        <translation>上一个 / 下一个不规则事件</translation>
    </message>
    <message>
        <source>Previous / next event of the selected object</source>
        <translation>所选对象的上一个 / 下一个事件</translation>
    </message>
    <message>
        <source>Previous / next irregular event of the selected object</source>
        <translation>所选对象的上一个 / 下一个不规则事件</translation>
    </message>
    <message>
        <source>Zoom the element history to the selected event&apos;s window</source>
        <translation>将轨道根数历史缩放到所选事件的时间窗口</translation>
    </message>
    <message>
        <source>Bookmark this moment (time, object, event) in the workspace</source>
        <translation>在工作区中为此刻（时间、对象、事件）添加书签</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1: no element set could be read; %2 records rejected (first, %3)</source>
        <translation>%1：未能读取任何轨道根数；拒绝 %2 条记录（第一条，%3）</translation>
    </message>
    <message>
        <source>Rejected records (%1)</source>
        <translation>被拒绝的记录（%1）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>历元 (UTC)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Window start (UTC)</source>
        <translation>窗口开始 (UTC)</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>窗口结束 (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Rule ids</source>
        <translation>规则编号</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Object name or NORAD id</source>
        <translation>对象名称或 NORAD 编号</translation>
    </message>
    <message>
        <source>confidence ≥ </source>
        <translation>置信度 ≥ </translation>
    </message>
    <message>
        <source>Hide detections less confident than this (calibrated on real objects: detections of confidence ≥ X were true at least X of the time). Events without a confidence are always shown.</source>
        <translation>隐藏置信度低于此值的检测（在真实目标上校准：置信度 ≥ X 的检测至少有 X 的比例为真）。没有置信度的事件总是显示。</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>仅显示此时间段的事件：</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>GeoBeltPanel</name>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Label each track with its object&apos;s name</source>
        <translation>用对象名称标注每条轨迹</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>仅不规则</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>隐藏规则和未定事件的标记</translation>
    </message>
    <message>
        <source>No GEO objects loaded.</source>
        <translation>未加载 GEO 目标。</translation>
    </message>
    <message>
        <source>Sub-satellite longitude (°E)</source>
        <translation>星下点经度 (°E)</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>历元 (UTC)</translation>
    </message>
    <message>
        <source>%1 GEO objects, %2 element sets — click a track to select its object</source>
        <translation>%1 个 GEO 目标，%2 组轨道根数 — 点击轨迹选择其对象</translation>
    </message>
</context>
<context>
    <name>GroundTrackPanel</name>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Label the objects on the map with their names</source>
        <translation>在地图上用名称标注对象</translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation>经度 (°E)</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>纬度 (°N)</translation>
    </message>
    <message>
        <source>%1 UTC — %2 of %3 objects placed (%4 without an element set within %5 days left out); shaded: night side; click an object to select it</source>
        <translation>%1 UTC — 已放置 %2 / %3 个对象（%4 个在 %5 天内没有轨道根数，未显示）；阴影：夜半球；点击对象以选择</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No object selected</source>
        <translation>未选择对象</translation>
    </message>
    <message>
        <source>Mean altitude</source>
        <translation>平均高度</translation>
    </message>
    <message>
        <source>Show the mean altitude instead of the semi-major axis</source>
        <translation>显示平均高度而不是半长轴</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>仅不规则</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>隐藏规则和未定事件的标记</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>历元 (UTC)</translation>
    </message>
    <message>
        <source>operator record %1 (%2)
%3 to %4 UTC</source>
        <translation>运营方记录 %1（%2）
%3 至 %4 UTC</translation>
    </message>
    <message>
        <source>No data loaded: open element sets with File → Open.</source>
        <translation>未加载数据：请通过 文件 → 打开 加载轨道根数。</translation>
    </message>
    <message>
        <source>No object selected: pick one in the catalogue or the events table.</source>
        <translation>未选择对象：请在目录或事件表中选择一个。</translation>
    </message>
    <message>
        <source>No element sets loaded for NORAD %1.</source>
        <translation>未加载 NORAD %1 的轨道根数。</translation>
    </message>
    <message>
        <source>No element sets</source>
        <translation>没有轨道根数</translation>
    </message>
    <message>
        <source>%1 element sets, %2 events</source>
        <translation>%1 组轨道根数，%2 个事件</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>event %1</source>
        <translation>事件 %1</translation>
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
        <translation>平均高度 (km)</translation>
    </message>
    <message>
        <source>i (°)</source>
        <translation>i (°)</translation>
    </message>
    <message>
        <source>Node − J2 (°)</source>
        <translation>升交点 − J2 (°)</translation>
    </message>
    <message>
        <source>Lon. (°E)</source>
        <translation>经度 (°E)</translation>
    </message>
    <message>
        <source>Drift (°/day)</source>
        <translation>漂移 (°/天)</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Epoch (UTC)</source>
        <translation>历元 (UTC)</translation>
    </message>
    <message>
        <source>Perigee (km)</source>
        <translation>近地点 (km)</translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation>远地点 (km)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Select an event in the events table to see why it was flagged.</source>
        <translation>在事件表中选择一个事件，查看它被标记的原因。</translation>
    </message>
    <message>
        <source>%1 UTC (between %2 and %3%4)</source>
        <translation>%1 UTC（介于 %2 与 %3 之间%4）</translation>
    </message>
    <message>
        <source>event %1 · detector %2 · source %3</source>
        <translation>事件 %1 · 检测器 %2 · 来源 %3</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reason codes:</source>
        <translation>原因代码：</translation>
    </message>
    <message>
        <source>Rules fired:</source>
        <translation>触发的规则：</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds used&lt;/b&gt; (rules %1)</source>
        <translation>&lt;b&gt;使用的阈值&lt;/b&gt;（规则 %1）</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Some element sets around the event are not in the loaded data.</source>
        <translation>事件前后的部分轨道根数不在已加载的数据中。</translation>
    </message>
    <message>
        <source>Element sets around the event</source>
        <translation>事件前后的轨道根数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&lt;b&gt;Norms&lt;/b&gt; (estimates from public element sets, not legal findings):</source>
        <translation>&lt;b&gt;规范&lt;/b&gt;（基于公开轨道根数的估计，并非法律结论）：</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The window will be in %1 when ssaviewer starts again.</source>
        <translation>ssaviewer 下次启动时窗口将使用%1。</translation>
    </message>
</context>
<context>
    <name>LaunchNotices</name>
    <message>
        <source>Load launch notifications</source>
        <translation>加载发射通知</translation>
    </message>
    <message>
        <source>Launch notifications (*.csv);;All files (*)</source>
        <translation>发射通知 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Launch notifications could not be used</source>
        <translation>无法使用发射通知</translation>
    </message>
    <message>
        <source>{path}: expected a CSV with columns cospar_launch, notified_utc, state, note.</source>
        <translation>{path}：应为包含 cospar_launch、notified_utc、state、note 列的 CSV。</translation>
    </message>
    <message>
        <source>{count} launch notifications from {name}</source>
        <translation>来自 {name} 的 {count} 条发射通知</translation>
    </message>
    <message>
        <source>Load launch notifications…</source>
        <translation>加载发射通知…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Element history</source>
        <translation>轨道根数历史</translation>
    </message>
    <message>
        <source>Ground track</source>
        <translation>星下点轨迹</translation>
    </message>
    <message>
        <source>GEO belt</source>
        <translation>GEO 带</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation>事件检查器</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>panel not available: %1</source>
        <translation>面板不可用：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Previous irregular event</source>
        <translation>上一个不规则事件</translation>
    </message>
    <message>
        <source>Next irregular event</source>
        <translation>下一个不规则事件</translation>
    </message>
    <message>
        <source>Previous event of this object</source>
        <translation>此对象的上一个事件</translation>
    </message>
    <message>
        <source>Next event of this object</source>
        <translation>此对象的下一个事件</translation>
    </message>
    <message>
        <source>Previous irregular event of this object</source>
        <translation>此对象的上一个不规则事件</translation>
    </message>
    <message>
        <source>Next irregular event of this object</source>
        <translation>此对象的下一个不规则事件</translation>
    </message>
    <message>
        <source>Zoom to the event&apos;s window</source>
        <translation>缩放到事件的时间窗口</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Detection</source>
        <translation>检测(&amp;D)</translation>
    </message>
    <message>
        <source>Run with rules file…</source>
        <translation>使用规则文件运行…</translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation>编辑规则…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>导航(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>关于 ssaviewer</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Open findings bundle…</source>
        <translation>打开发现包…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Export events CSV</source>
        <translation>导出事件 CSV</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <translation>将图导出为 PNG…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>PlotCommon</name>
    <message>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>事件时间</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>trainee 1</source>
        <translation>学员 1</translation>
    </message>
    <message>
        <source>Whose marks these are; change it for the next trainee</source>
        <translation>这些标记属于谁；换下一位学员时请修改</translation>
    </message>
    <message>
        <source>Mark regular (R)</source>
        <translation>标记为规则 (R)</translation>
    </message>
    <message>
        <source>Mark irregular (I)</source>
        <translation>标记为不规则 (I)</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Export results CSV…</source>
        <translation>导出结果 CSV…</translation>
    </message>
    <message>
        <source>Select an object, move the time cursor to the event, and mark it.</source>
        <translation>选择一个对象，将时间光标移到事件处，然后标记。</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <source>Select an object first, then mark its event.</source>
        <translation>请先选择一个对象，再标记其事件。</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>%1: marked NORAD %2 %3</source>
        <translation>%1：已标记 NORAD %2 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: found %2 of %3, missed %4, false marks %5, correct labels %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：发现 %2 / %3，遗漏 %4，误标 %5，标签正确 %6</translation>
    </message>
    <message>
        <source>No marks to score.</source>
        <translation>没有可评分的标记。</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>导出测验结果</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Operator records (*.csv *man.txt *.fy *.txt);;All files (*)</source>
        <translation>运营方记录 (*.csv *man.txt *.fy *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open operator records</source>
        <translation>打开运营方记录</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 还有 %1 条</translation>
    </message>
    <message>
        <source>Records read: %1; problems: %2.</source>
        <translation>已读取记录：%1；问题：%2。</translation>
    </message>
    <message>
        <source>Some operator records could not be used</source>
        <translation>部分运营方记录无法使用</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Open operator records…</source>
        <translation>打开运营方记录…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>开始 (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>结束 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Matched event</source>
        <translation>匹配的事件</translation>
    </message>
    <message>
        <source>Its label</source>
        <translation>其类别</translation>
    </message>
    <message>
        <source>Evaluation: object</source>
        <translation>评估：对象</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Truth events</source>
        <translation>真实事件</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已发现</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>False alarms / yr</source>
        <translation>误报 / 年</translation>
    </message>
    <message>
        <source>element-set gap</source>
        <translation>轨道根数间隔</translation>
    </message>
    <message>
        <source>±12 h</source>
        <translation>±12 h</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: no usable record</source>
        <translation>%1：没有可用记录</translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation>打开记录…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Evaluation of the detected manoeuvres against the records, per object with records, as ssaviewer evaluate computes it (matching by element-set gap and within ±12 h)</source>
        <translation>按有记录的对象，将检测到的机动与记录进行对照评估，计算方法与 ssaviewer evaluate 相同（按轨道根数间隔匹配，以及在 ±12 h 内匹配）</translation>
    </message>
    <message>
        <source>No operator records: File → Open operator records….</source>
        <translation>没有运营方记录：文件 → 打开运营方记录…。</translation>
    </message>
    <message>
        <source>%1 records; matching failed: %2</source>
        <translation>%1 条记录；匹配失败：%2</translation>
    </message>
    <message>
        <source>%1 records, %2 matched to a detected manoeuvre, %3 without. Manoeuvres of these objects: %4 announced, %5 not announced.</source>
        <translation>%1 条记录，%2 条与检测到的机动匹配，%3 条未匹配。这些对象的机动：%4 次已公告，%5 次未公告。</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Edit rules: %1</source>
        <translation>编辑规则：%1</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The rules are valid.</source>
        <translation>规则有效。</translation>
    </message>
</context>
<context>
    <name>ScenarioBuilder</name>
    <message>
        <source>Regime</source>
        <translation>轨道类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Altitude km / Lon °E</source>
        <translation>高度 km / 经度 °E</translation>
    </message>
    <message>
        <source>Incl. °</source>
        <translation>倾角 °</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规操作</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>量级</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Narration note</source>
        <translation>解说注释</translation>
    </message>
    <message>
        <source>Scenario builder</source>
        <translation>场景构建器</translation>
    </message>
    <message>
        <source>NORAD id of a loaded object to start from</source>
        <translation>作为起点的已加载对象的 NORAD 编号</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>Add objects and behaviours, then Preview.</source>
        <translation>添加对象和行为，然后预览。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Days (from 2025-01-01)</source>
        <translation>天数（自 2025-01-01 起）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Quiz tolerance (h)</source>
        <translation>测验容差 (h)</translation>
    </message>
    <message>
        <source>Add LEO</source>
        <translation>添加 LEO</translation>
    </message>
    <message>
        <source>Add GEO</source>
        <translation>添加 GEO</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add loaded object</source>
        <translation>添加已加载对象</translation>
    </message>
    <message>
        <source>Start from an object loaded in the viewer: its orbit, name and id</source>
        <translation>从查看器中已加载的对象开始：其轨道、名称和编号</translation>
    </message>
    <message>
        <source>Loaded NORAD</source>
        <translation>已加载的 NORAD</translation>
    </message>
    <message>
        <source>Add to selected object</source>
        <translation>添加到所选对象</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>保存课程…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Select an object first.</source>
        <translation>请先选择一个对象。</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>无法模拟：%1</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular); edit the notes, then Save.</source>
        <translation>%1 个事件（%2 个不规则）；编辑注释后保存。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Lessons (*%1)</source>
        <translation>课程 (*%1)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Show the rejected records and why</source>
        <translation>显示被拒绝的记录及原因</translation>
    </message>
    <message>
        <source>Records loaded with an assumption (an archival field read as sgp4 reads it, a comment line skipped...): see ssaviewer info or the load report</source>
        <translation>基于某种假设加载的记录（按 sgp4 的方式读取的存档字段、跳过的注释行……）：参见 ssaviewer info 或加载报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 objects · %2 element sets</source>
        <translation>%1 个对象 · %2 组轨道根数</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 条被拒绝</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 条警告</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular)</source>
        <translation>%1 个事件（%2 个不规则）</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1 min/s</source>
        <translation>1 分钟/秒</translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation>1 小时/秒</translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation>6 小时/秒</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>1 天/秒</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1 周/秒</translation>
    </message>
    <message>
        <source>Time; ticks mark the selected object&apos;s operator records</source>
        <translation>时间；刻度标示所选对象的运营方记录</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停 (Space)</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>上一个事件</translation>
    </message>
    <message>
        <source>Select the previous event ([)</source>
        <translation>选择上一个事件 ([)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>下一个事件</translation>
    </message>
    <message>
        <source>Select the next event (])</source>
        <translation>选择下一个事件 (])</translation>
    </message>
    <message>
        <source>◀ Irregular</source>
        <translation>◀ 不规则</translation>
    </message>
    <message>
        <source>Select the previous irregular event ({)</source>
        <translation>选择上一个不规则事件 ({)</translation>
    </message>
    <message>
        <source>Irregular ▶</source>
        <translation>不规则 ▶</translation>
    </message>
    <message>
        <source>Select the next irregular event (})</source>
        <translation>选择下一个不规则事件 (})</translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Training scenarios (*%1);;All files (*)</source>
        <translation>训练场景 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>培训(&amp;T)</translation>
    </message>
    <message>
        <source>Scenario builder…</source>
        <translation>场景构建器…</translation>
    </message>
    <message>
        <source>Present lesson…</source>
        <translation>演示课程…</translation>
    </message>
    <message>
        <source>Quiz on lesson…</source>
        <translation>课程测验…</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <source>quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Font size (Ctrl++ / Ctrl+-)</source>
        <translation>字号 (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 磅</translation>
    </message>
    <message>
        <source>◀ Anomaly (P)</source>
        <translation>◀ 异常 (P)</translation>
    </message>
    <message>
        <source>Anomaly (N) ▶</source>
        <translation>异常 (N) ▶</translation>
    </message>
    <message>
        <source>Jump to the previous / next anomaly</source>
        <translation>跳到上一个 / 下一个异常</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz: %1&lt;/b&gt; — mark each event you see on the selected object at the time cursor: R regular, I irregular.</source>
        <translation>&lt;b&gt;测验：%1&lt;/b&gt; — 在时间光标处标记所选对象上看到的每个事件：R 规则，I 不规则。</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>不规则</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>… and %1 more (ssaviewer workspace events)</source>
        <translation>… 还有 %1 个（ssaviewer workspace events）</translation>
    </message>
    <message>
        <source>Orphaned: %1 events no longer detected keep their verdicts:</source>
        <translation>孤立：%1 个不再被检测到的事件保留其判定：</translation>
    </message>
    <message>
        <source>Enter saves</source>
        <translation>按 Enter 保存</translation>
    </message>
    <message>
        <source>comma-separated; Enter saves</source>
        <translation>逗号分隔；按 Enter 保存</translation>
    </message>
    <message>
        <source>Tags of the selected event, separated by commas</source>
        <translation>所选事件的标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps verdicts and notes.</source>
        <translation>没有工作区：文件 → 新建工作区 可保存判定和备注。</translation>
    </message>
    <message>
        <source>Select an event to give a verdict.</source>
        <translation>选择一个事件以给出判定。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Event %1: verdict %2</source>
        <translation>事件 %1：判定 %2</translation>
    </message>
</context>
<context>
    <name>View3DPanel</name>
    <message>
        <source>3D view unavailable: %1.</source>
        <translation>三维视图不可用：%1。</translation>
    </message>
    <message>
        <source>%1 UTC — TEME frame; drag to rotate, wheel to zoom</source>
        <translation>%1 UTC — TEME 坐标系；拖动旋转，滚轮缩放</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>regular</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>不规则</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>manoeuvre</source>
        <translation>机动</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>衰减</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>解体</translation>
    </message>
    <message>
        <source>close-approach</source>
        <translation>近距离接近</translation>
    </message>
    <message>
        <source>data-quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>发射</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>norms</source>
        <translation>规范检查</translation>
    </message>
    <message>
        <source>proximity-operation</source>
        <translation>抵近操作</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>ssaviewer workspaces (*.ssaw)</source>
        <translation>ssaviewer 工作区 (*.ssaw)</translation>
    </message>
    <message>
        <source>verdict %1 on %2</source>
        <translation>对 %2 的判定：%1</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>tags on %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>The workspace&apos;s events cannot be read</source>
        <translation>无法读取工作区的事件</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>无法保存工作区</translation>
    </message>
    <message>
        <source>The workspace was not changed</source>
        <translation>工作区未更改</translation>
    </message>
    <message>
        <source>Source moved or changed</source>
        <translation>数据源已移动或更改</translation>
    </message>
    <message>
        <source>Locate this file?</source>
        <translation>要定位此文件吗？</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>工作区另存为…</translation>
    </message>
    <message>
        <source>Bookmark this moment…</source>
        <translation>为此刻添加书签…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chipwatch::Ui::ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point of the image; 2 gives a sharp picture on high-resolution screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::ChipTableView</name>
    <message>
        <source>Filter chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter chips, vendors, purposes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chip Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Facts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point (1.5), fields separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal comma (1,5), fields separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chip Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::CompanyFilterPanel</name>
    <message>
        <source>Company filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match any or all companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles naming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::CorrectionController</name>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished">Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>Select the name to mark first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base already has an entity with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entity of the knowledge base to link “%1” to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the correction of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::CorrectionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your corrections of the entities found in this library. Removing one is undone with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Remove the selected correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::Dashboard</name>
    <message>
        <source>US dollars per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where articles disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency &amp;Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter subjects, metrics, periods, sentences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a fact to read its sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements between articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each disagreement lists every article that states the fact. Double-click or press Enter on a source to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Articles&apos; Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your rate for the selected currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. JPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates are what one unit is worth in US dollars. The articles&apos; rates come from sentences that give an amount in two currencies; double-click a rate to use your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Figures Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures chart as PNG, SVG or PDF with its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Figures &amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Mentions Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mentions-over-time chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Mentions C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chip &amp;Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chip table of the filtered articles as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export F&amp;acts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every fact of the filtered articles, with its sentence, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the currency rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disagreements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Articles disagree on %n fact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now worth %2 US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::EntityLegend</name>
    <message>
        <source>Highlight legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the highlighting of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::EntityPanel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type and relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a highlighted name in the reader to see all its mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, suggested name (not in the knowledge base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Files examined:</source>
        <translation>Untersuchte Dateien:</translation>
    </message>
    <message>
        <source>Articles imported:</source>
        <translation>Importierte Artikel:</translation>
    </message>
    <message>
        <source>Already in the library:</source>
        <translation>Bereits in der Bibliothek:</translation>
    </message>
    <message>
        <source>Refused files:</source>
        <translation>Abgelehnte Dateien:</translation>
    </message>
    <message>
        <source>The import was cancelled. The articles imported before that remain in the library.</source>
        <translation>Der Import wurde abgebrochen. Die bis dahin importierten Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Duplicate and refused files</source>
        <translation>Doppelte und abgelehnte Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Doppelt (%1)</translation>
    </message>
    <message>
        <source>Same article as library entry #%1</source>
        <translation>Gleicher Artikel wie Bibliothekseintrag #%1</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <source>imported: %1, duplicates: %2, refused: %3</source>
        <translation>importiert: %1, doppelt: %2, abgelehnt: %3</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>Import abgebrochen: %1</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::Launcher</name>
    <message>
        <source>the window could not be rendered</source>
        <translation>das Fenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Chipwatch follows the AI-chip race through news articles. Without arguments it opens your library (on the first run with the demo articles in it).</source>
        <translation>Chipwatch verfolgt das Rennen um KI-Chips anhand von Nachrichtenartikeln. Ohne Argumente öffnet es Ihre Bibliothek (beim ersten Start mit den Demo-Artikeln).</translation>
    </message>
    <message>
        <source>Article files or folders to import and show.</source>
        <translation>Artikeldateien oder Ordner, die importiert und angezeigt werden.</translation>
    </message>
    <message>
        <source>[path...]</source>
        <translation>[Pfad...]</translation>
    </message>
    <message>
        <source>Use the library &lt;file&gt; (created if missing).</source>
        <translation>Die Bibliothek &lt;Datei&gt; verwenden (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; once the articles are loaded, print its path and quit. Without paths or --library, the demo articles are shown.</source>
        <translation>Das Hauptfenster nach dem Laden der Artikel als PNG in &lt;Datei&gt; speichern, den Pfad ausgeben und beenden. Ohne Pfade oder --library werden die Demo-Artikel gezeigt.</translation>
    </message>
    <message>
        <source>Open the built-in demo articles in a temporary library.</source>
        <translation>Die eingebauten Demo-Artikel in einer temporären Bibliothek öffnen.</translation>
    </message>
    <message>
        <source>Use a dark colour palette.</source>
        <translation>Eine dunkle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>chipwatch: cannot create a temporary folder: %1</source>
        <translation>chipwatch: Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Chipwatch</source>
        <translation>Chipwatch</translation>
    </message>
    <message>
        <source>chipwatch: cannot write %1: %2</source>
        <translation>chipwatch: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Demo library (temporary)</source>
        <translation>Demo-Bibliothek (temporär)</translation>
    </message>
    <message>
        <source>Show the &lt;page&gt; first: articles or dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the articles, charts and chip table by &lt;name&gt; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the &lt;metric&gt; first (e.g. revenue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chipwatch: unknown page %1 (articles or dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::LinkChooser</name>
    <message>
        <source>Link to an Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::MainWindow</name>
    <message>
        <source>Chipwatch</source>
        <translation>Chipwatch</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import article files (text, Markdown, HTML, JSON) into the library</source>
        <translation>Artikeldateien (Text, Markdown, HTML, JSON) in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every article file in a folder and its subfolders</source>
        <translation>Alle Artikeldateien eines Ordners und seiner Unterordner importieren</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>&amp;Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show &amp;Original</source>
        <translation>&amp;Original anzeigen</translation>
    </message>
    <message>
        <source>Show the whole text of the file, with the removed clutter greyed</source>
        <translation>Den ganzen Text der Datei zeigen, entfernte Seitenelemente ausgegraut</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;About Chipwatch</source>
        <translation>Ü&amp;ber Chipwatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Libraries</source>
        <translation>&amp;Zuletzt verwendete Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Search titles and text (%1)</source>
        <translation>Titel und Text durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it first.</source>
        <translation>Ein Import läuft. Warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>%1 — Chipwatch</source>
        <translation>%1 — Chipwatch</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Import wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.json);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Chipwatch libraries (*.sqlite)</source>
        <translation>Chipwatch-Bibliotheken (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open Library to open it.</source>
        <translation>%1 existiert bereits. Öffnen Sie es mit „Bibliothek öffnen“.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Chipwatch libraries (*.sqlite);;All files (*)</source>
        <translation>Chipwatch-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About Chipwatch</source>
        <translation>Über Chipwatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chipwatch %1&lt;/h3&gt;&lt;p&gt;Follows the race for AI chips through news articles: it imports articles, strips the page clutter and lets you search and read them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chipwatch %1&lt;/h3&gt;&lt;p&gt;Verfolgt das Rennen um KI-Chips anhand von Nachrichtenartikeln: Es importiert Artikel, entfernt die Seitenelemente drumherum und macht sie durchsuchbar und lesbar.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Suche nach Artikeln…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <source>No library</source>
        <translation>Keine Bibliothek</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Articles: %1 of %2</source>
        <translation>Artikel: %1 von %2</translation>
    </message>
    <message>
        <source>The library is empty. Import articles with File › Import Files or Import Folder, or drop files on this window.</source>
        <translation>Die Bibliothek ist leer. Importieren Sie Artikel über Datei › Dateien importieren oder Ordner importieren, oder ziehen Sie Dateien auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Select an article in the list to read it.</source>
        <translation>Wählen Sie einen Artikel in der Liste, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article list and the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts, the chip table and the facts of the filtered articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures Chart as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures chart as PNG, SVG or PDF, with its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentions Chart as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mentions-over-time chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chip Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chip table of the filtered articles as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every fact of the filtered articles, with its sentence, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Figures Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the figures chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Mentions Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the mentions-over-time chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a library to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source sentence is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Analysis stopped after %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the corrections stored in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mention of the entity last clicked (Enter on a highlight in the reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the correction to the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Companies Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the company filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::MentionTimelineView</name>
    <message>
        <source>Mentions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company is mentioned in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these articles has a date with a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a month in their date are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::MetricChartView</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPO volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show money in the currency the articles use most, or converted to another one at the rates of the currency settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article in the selection states a figure of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n value(s) differ between articles (marked bars; point at them for the sources).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) left out: no exchange rate for their currency. Add one under Currency Rates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::ReaderView</name>
    <message>
        <source>Article reader</source>
        <translation>Artikelansicht</translation>
    </message>
    <message>
        <source>Select an article in the list to read it.</source>
        <translation>Wählen Sie einen Artikel in der Liste, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>The cleaner kept no article text in this file. Use View › Show Original to see everything it contains.</source>
        <translation>Die Bereinigung hat in dieser Datei keinen Artikeltext behalten. Unter Ansicht › Original anzeigen sehen Sie den ganzen Inhalt.</translation>
    </message>
    <message>
        <source>Original text of the file. Greyed: page clutter that the cleaner removed.</source>
        <translation>Originaltext der Datei. Ausgegraut: Seitenelemente, die die Bereinigung entfernt hat.</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not an Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Figure (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, suggested name (not in the knowledge base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyFilterPanel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityHighlighter</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size %1 × %2 at scale %3 cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

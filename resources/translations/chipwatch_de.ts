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
</context>
</TS>

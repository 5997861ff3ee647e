<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chipwatch::Cli::Commands</name>
    <message>
        <source>chipwatch-cli %1</source>
        <translation>chipwatch-cli %1</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>Artikeldateien oder Ordner.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>no files or folders given.</source>
        <translation>keine Dateien oder Ordner angegeben.</translation>
    </message>
    <message>
        <source>no article could be read.</source>
        <translation>kein Artikel konnte gelesen werden.</translation>
    </message>
    <message>
        <source>Write one JSON object per article (JSON Lines); the default.</source>
        <translation>Ein JSON-Objekt je Artikel schreiben (JSON Lines); die Voreinstellung.</translation>
    </message>
    <message>
        <source>Write the chip table as JSON; the default.</source>
        <translation>Die Chip-Tabelle als JSON schreiben; die Voreinstellung.</translation>
    </message>
    <message>
        <source>Write the facts as CSV (UTF-8, RFC 4180); the default.</source>
        <translation>Die Fakten als CSV schreiben (UTF-8, RFC 4180); die Voreinstellung.</translation>
    </message>
    <message>
        <source>Write numbers with a decimal comma and separate fields with &apos;;&apos;.</source>
        <translation>Zahlen mit Dezimalkomma schreiben und Felder durch &apos;;&apos; trennen.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for some spreadsheets).</source>
        <translation>Mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen (für manche Tabellenkalkulationen).</translation>
    </message>
    <message>
        <source>none; periods without a year assume %1</source>
        <translation>keins; Zeiträume ohne Jahr gelten für %1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>no fact: only money and percentages inside a sentence make facts</source>
        <translation>kein Fakt: nur Geldbeträge und Prozentangaben innerhalb eines Satzes werden zu Fakten</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>against</source>
        <translation>gegenüber</translation>
    </message>
    <message>
        <source>no fact</source>
        <translation>kein Fakt</translation>
    </message>
    <message>
        <source>The metric to chart: %1.</source>
        <translation>Die darzustellende Kennzahl: %1.</translation>
    </message>
    <message>
        <source>Only this company (repeat for several).</source>
        <translation>Nur dieses Unternehmen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Convert money to this currency (ISO 4217).</source>
        <translation>Geldbeträge in diese Währung umrechnen (ISO 4217).</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the file name, else png).</source>
        <translation>png, svg oder pdf (Voreinstellung: nach dem Dateinamen, sonst png).</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>Breite in Pixeln (Voreinstellung 1600).</translation>
    </message>
    <message>
        <source>Height in pixels (default 900).</source>
        <translation>Höhe in Pixeln (Voreinstellung 900).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Also draw forecasts and estimates, as bars of their own (default: reported values only).</source>
        <translation>Auch Prognosen und Schätzungen zeichnen, als eigene Balken (Voreinstellung: nur berichtete Werte).</translation>
    </message>
    <message>
        <source>--metric must be one of: %1.</source>
        <translation>--metric muss eines hiervon sein: %1.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (png, svg or pdf).</source>
        <translation>unbekanntes Format &apos;%1&apos; (png, svg oder pdf).</translation>
    </message>
    <message>
        <source>--width and --height take whole numbers of pixels above 0.</source>
        <translation>--width und --height erwarten ganze Pixelzahlen über 0.</translation>
    </message>
    <message>
        <source>the articles state no figure for &apos;%1&apos;.</source>
        <translation>die Artikel nennen keine Zahl für &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Files examined: %1</source>
        <translation>Untersuchte Dateien: %1</translation>
    </message>
    <message>
        <source>Articles imported: %1</source>
        <translation>Importierte Artikel: %1</translation>
    </message>
    <message>
        <source>Duplicates (already in the library): %1</source>
        <translation>Doppelt (bereits in der Bibliothek): %1</translation>
    </message>
    <message>
        <source>Refused files: %1</source>
        <translation>Abgelehnte Dateien: %1</translation>
    </message>
    <message>
        <source>Not article files: %1</source>
        <translation>Keine Artikeldateien: %1</translation>
    </message>
    <message>
        <source>The library file to import into; created when it does not exist (its folder must).</source>
        <translation>Die Bibliotheksdatei, in die importiert wird; sie wird angelegt, wenn es sie nicht gibt (ihren Ordner muss es geben).</translation>
    </message>
    <message>
        <source>chipwatch-cli import: imports article files and folders into a library and analyses them,
as the import of the Chipwatch window does.

Prints the counts on standard output and each refused file with its reason on standard
error; on a terminal, a progress line on standard error. Ctrl+C stops after the article
at hand; the articles imported before stay in the library.

Exit status: 0 every file imported or already in the library, 1 the library cannot be
opened or no article could be read, 2 usage error, 3 some files were refused,
130 interrupted.</source>
        <translation>chipwatch-cli import: importiert Artikeldateien und Ordner in eine Bibliothek und analysiert
sie, wie es der Import im Chipwatch-Fenster tut.

Gibt die Zahlen auf der Standardausgabe aus und jede abgelehnte Datei mit ihrem Grund auf
der Standardfehlerausgabe; in einem Terminal dort auch eine Fortschrittszeile. Strg+C hält
nach dem gerade bearbeiteten Artikel an; die zuvor importierten Artikel bleiben in der
Bibliothek.

Rückgabewert: 0 jede Datei importiert oder schon in der Bibliothek, 1 die Bibliothek kann
nicht geöffnet werden oder kein Artikel konnte gelesen werden, 2 Aufruffehler, 3 einige
Dateien wurden abgelehnt, 130 abgebrochen.</translation>
    </message>
    <message>
        <source>--library FILE is required.</source>
        <translation>--library FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>cannot create the library %1: %2 is not a folder.</source>
        <translation>die Bibliothek %1 kann nicht angelegt werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>cannot create the library %1: the folder %2 does not exist.</source>
        <translation>die Bibliothek %1 kann nicht angelegt werden: den Ordner %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>nothing was imported. Open the library in Chipwatch to read it read-only or to recover what can still be read into a new library.</source>
        <translation>es wurde nichts importiert. Öffnen Sie die Bibliothek in Chipwatch, um sie schreibgeschützt zu lesen oder das noch Lesbare in eine neue Bibliothek wiederherzustellen.</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importiere %1 von %2: %3</translation>
    </message>
    <message>
        <source>Preparing the analysis…</source>
        <translation>Analyse wird vorbereitet…</translation>
    </message>
    <message>
        <source>interrupted; the articles imported before that stay in the library.</source>
        <translation>abgebrochen; die bis dahin importierten Artikel bleiben in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::AnalysisStore</name>
    <message>
        <source>Cannot store the analysis of article %1: %2</source>
        <translation>Die Analyse von Artikel %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Unknown correction: %1</source>
        <translation>Unbekannte Korrektur: %1</translation>
    </message>
    <message>
        <source>The correction of %1 is stored under another key.</source>
        <translation>Die Korrektur von %1 ist unter einem anderen Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store the correction: %1</source>
        <translation>Die Korrektur kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the analyses: %1</source>
        <translation>Die Analysen können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>added by the user</source>
        <translation>vom Benutzer hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::ArticleFilter</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>mit „%1“</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::ArticleLoader</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Not an article file (supported: .txt, .md, .html, .htm, .json).</source>
        <translation>Keine Artikeldatei (unterstützt: .txt, .md, .html, .htm, .json).</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Malformed JSON at byte %1: %2.</source>
        <translation>Fehlerhaftes JSON bei Byte %1: %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no articles.</source>
        <translation>Die JSON-Datei enthält keine Artikel.</translation>
    </message>
    <message>
        <source>No article in the JSON file has a text field (text, body or content).</source>
        <translation>Kein Artikel in der JSON-Datei hat ein Textfeld (text, body oder content).</translation>
    </message>
    <message>
        <source>Entry %1 of the file: %2</source>
        <translation>Eintrag %1 der Datei: %2</translation>
    </message>
    <message>
        <source>The text is %1 million characters long; articles of up to %2 million are read.</source>
        <translation>Der Text ist %1 Millionen Zeichen lang; gelesen werden Artikel bis %2 Millionen.</translation>
    </message>
    <message>
        <source>Entry %1 of the file: the text is %2 million characters long; articles of up to %3 million are read.</source>
        <translation>Eintrag %1 der Datei: Der Text ist %2 Millionen Zeichen lang; gelesen werden Artikel bis %3 Millionen.</translation>
    </message>
    <message>
        <source>The text has %1 lines; articles of up to %2 lines are read.</source>
        <translation>Der Text hat %1 Zeilen; gelesen werden Artikel bis %2 Zeilen.</translation>
    </message>
    <message>
        <source>The file is a link to something that does not exist.</source>
        <translation>Die Datei ist eine Verknüpfung auf etwas, das nicht existiert.</translation>
    </message>
    <message>
        <source>Not a regular file (a pipe, socket or device); only regular files are read.</source>
        <translation>Keine gewöhnliche Datei (eine Pipe, ein Socket oder ein Gerät); gelesen werden nur gewöhnliche Dateien.</translation>
    </message>
    <message>
        <source>Cannot read the file: permission denied.</source>
        <translation>Die Datei kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Cannot read the folder: permission denied.</source>
        <translation>Der Ordner kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8; rename the file to import it.</source>
        <translation>Der Dateiname ist kein gültiges UTF-8; benennen Sie die Datei um, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Not an article file, and its name is not valid UTF-8.</source>
        <translation>Keine Artikeldatei, und ihr Name ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The file holds no article text once its markup is removed.</source>
        <translation>Ohne ihr Markup enthält die Datei keinen Artikeltext.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::ChipTableModel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Einsatzzweck</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>training and inference</source>
        <translation>Training und Inferenz</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>ersetzt ihn</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>überlegen</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>unterlegen</translation>
    </message>
    <message>
        <source>on a par</source>
        <translation>gleichauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Specs (as stated)</source>
        <translation>Daten (laut Artikeln)</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::CompanyListModel</name>
    <message numerus="yes">
        <source>%1: %n mention(s)</source>
        <translation>
            <numerusform>%1: %n Nennung</numerusform>
            <numerusform>%1: %n Nennungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n Artikel</numerusform>
            <numerusform>in %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::CurrencyRates</name>
    <message>
        <source>Cannot read the currency rates: %1</source>
        <translation>Die Wechselkurse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the currency rates: %1</source>
        <translation>Die Wechselkurse können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three capital letters, such as EUR).</source>
        <translation>%1 ist kein Währungscode (drei Großbuchstaben, etwa EUR).</translation>
    </message>
    <message>
        <source>Rates are stated in %1; its own rate is always 1.</source>
        <translation>Kurse werden in %1 angegeben; sein eigener Kurs ist immer 1.</translation>
    </message>
    <message>
        <source>A rate must be a number greater than 0.</source>
        <translation>Ein Kurs muss eine Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>Cannot store the rate of %1: %2</source>
        <translation>Der Kurs von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot reset the rate of %1: %2</source>
        <translation>Der Kurs von %1 kann nicht zurückgesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::CurrencyRatesModel</name>
    <message>
        <source>set by you</source>
        <translation>von Ihnen gesetzt</translation>
    </message>
    <message>
        <source>from articles</source>
        <translation>aus Artikeln</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Angabe</numerusform>
            <numerusform>%n Angaben</numerusform>
        </translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Per %1</source>
        <translation>Pro %1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Articles say</source>
        <translation>Laut Artikeln</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::EntityMentionsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::FactTableModel</name>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::HtmlExtractor</name>
    <message>
        <source>The page nests its elements more than %1 levels deep; it cannot be read reliably.</source>
        <translation>Die Seite verschachtelt ihre Elemente mehr als %1 Ebenen tief; sie kann nicht verlässlich gelesen werden.</translation>
    </message>
    <message>
        <source>The page has more than %1 elements; a news page has a few thousand.</source>
        <translation>Die Seite hat mehr als %1 Elemente; eine Nachrichtenseite hat einige Tausend.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::Importer</name>
    <message>
        <source>Reading or analysing the file took longer than %1 seconds; it was left out so that the import could go on.</source>
        <translation>Lesen oder Analysieren der Datei dauerte länger als %1 Sekunden; sie wurde ausgelassen, damit der Import weiterlaufen kann.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::Library</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Chipwatch library or is damaged: %2</source>
        <translation>%1 ist keine Chipwatch-Bibliothek oder beschädigt: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged: its schema version cannot be read.</source>
        <translation>Die Bibliothek %1 ist beschädigt: ihre Schemaversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Chipwatch library.</source>
        <translation>%1 ist eine Datenbank, aber keine Chipwatch-Bibliothek.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer Chipwatch (schema %2; this version reads up to %3).</source>
        <translation>Die Bibliothek %1 wurde von einer neueren Chipwatch-Version geschrieben (Schema %2; diese Version liest bis %3).</translation>
    </message>
    <message>
        <source>Cannot update the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot update the library %1 to schema %2: %3</source>
        <translation>Die Bibliothek %1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot write to the library: %1</source>
        <translation>In die Bibliothek kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged: %2</source>
        <translation>Die Bibliothek %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged and was not changed: %2</source>
        <translation>Die Bibliothek %1 ist beschädigt und wurde nicht verändert: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged: its schema version %2 is not valid.</source>
        <translation>Die Bibliothek %1 ist beschädigt: ihre Schemaversion %2 ist ungültig.</translation>
    </message>
    <message>
        <source>The library %1 does not exist.</source>
        <translation>Die Bibliothek %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The library %1 cannot be written: the folder %2 is read-only. Open it read-only, or copy it to a folder you can write to.</source>
        <translation>In die Bibliothek %1 kann nicht geschrieben werden: Der Ordner %2 ist schreibgeschützt. Öffnen Sie sie schreibgeschützt oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The library %1 cannot be written: the file is read-only. Open it read-only, or copy it to a folder you can write to.</source>
        <translation>In die Bibliothek %1 kann nicht geschrieben werden: Die Datei ist schreibgeschützt. Öffnen Sie sie schreibgeschützt oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The library %1 was written by an older Chipwatch and must be updated, which a library opened read-only cannot be.</source>
        <translation>Die Bibliothek %1 wurde von einer älteren Chipwatch-Version geschrieben und muss aktualisiert werden, was bei einer schreibgeschützt geöffneten Bibliothek nicht geht.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only: nothing can be stored in it.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt geöffnet: Es kann nichts darin gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::LibraryRecovery</name>
    <message>
        <source>The library %1 does not exist.</source>
        <translation>Die Bibliothek %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists already; recover into a new file.</source>
        <translation>%1 existiert bereits; stellen Sie in eine neue Datei wieder her.</translation>
    </message>
    <message>
        <source>The recovered library must be a new file, not the damaged one.</source>
        <translation>Die wiederhergestellte Bibliothek muss eine neue Datei sein, nicht die beschädigte.</translation>
    </message>
    <message>
        <source>Cannot read the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing can be read from %1: %2</source>
        <translation>Aus %1 kann nichts gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The recovery was cancelled.</source>
        <translation>Die Wiederherstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the new library does not pass its check.</source>
        <translation>die neue Bibliothek besteht ihre Prüfung nicht.</translation>
    </message>
    <message>
        <source>Cannot recover into %1: %2</source>
        <translation>Wiederherstellen nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot write the library %1.</source>
        <translation>Die Bibliothek %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::MentionTimelineModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1 (Monat)</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::MetricChartModel</name>
    <message>
        <source>The articles disagree:</source>
        <translation>Die Artikel widersprechen sich:</translation>
    </message>
    <message>
        <source>%1 (forecast)</source>
        <translation>%1 (Prognose)</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (Schätzung)</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Core::TextDecoder</name>
    <message>
        <source>This is a binary file, not text.</source>
        <translation>Dies ist eine Binärdatei, kein Text.</translation>
    </message>
    <message>
        <source>The text encoding could not be recognised.</source>
        <translation>Die Textkodierung konnte nicht erkannt werden.</translation>
    </message>
</context>
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
    <message>
        <source>(damaged: cannot be read)</source>
        <translation>(beschädigt: nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Pixels per point of the image; 2 gives a sharp picture on high-resolution screens.</source>
        <translation>Pixel pro Punkt des Bildes; mit 2 wird das Bild auf hochauflösenden Bildschirmen scharf.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::ChipTableView</name>
    <message>
        <source>Filter chips</source>
        <translation>Chips filtern</translation>
    </message>
    <message>
        <source>Filter chips, vendors, purposes…</source>
        <translation>Chips, Hersteller, Einsatzzwecke filtern…</translation>
    </message>
    <message>
        <source>Chip table</source>
        <translation>Chiptabelle</translation>
    </message>
    <message>
        <source>Export Chip Table as CSV…</source>
        <translation>Chiptabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Facts as CSV…</source>
        <translation>Fakten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Decimal point (1.5), fields separated by commas</source>
        <translation>Dezimalpunkt (1.5), Felder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Decimal comma (1,5), fields separated by semicolons</source>
        <translation>Dezimalkomma (1,5), Felder durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Chip Table</source>
        <translation>Chiptabelle exportieren</translation>
    </message>
    <message>
        <source>Export Facts</source>
        <translation>Fakten exportieren</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::CompanyFilterPanel</name>
    <message>
        <source>Company filter</source>
        <translation>Unternehmensfilter</translation>
    </message>
    <message>
        <source>Find a company</source>
        <translation>Unternehmen suchen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Match any or all companies</source>
        <translation>Mindestens eines oder alle Unternehmen</translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation>Mindestens eines</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Articles naming:</source>
        <translation>Artikel nennen:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::CorrectionController</name>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>„%1“ als %2 übernehmen</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>Select the name to mark first.</source>
        <translation>Wählen Sie zuerst den Namen aus, der markiert werden soll.</translation>
    </message>
    <message>
        <source>The knowledge base already has an entity with the id %1.</source>
        <translation>Die Wissensbasis enthält bereits eine Entität mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no text to reject.</source>
        <translation>Es gibt keinen Text, der verworfen werden kann.</translation>
    </message>
    <message>
        <source>“%1” is not an entity</source>
        <translation>„%1“ ist keine Entität</translation>
    </message>
    <message>
        <source>Choose an entity of the knowledge base to link “%1” to.</source>
        <translation>Wählen Sie eine Entität der Wissensbasis, mit der „%1“ verknüpft werden soll.</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>„%1“ mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>The correction is no longer stored.</source>
        <translation>Die Korrektur ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Remove the correction of “%1”</source>
        <translation>Korrektur von „%1“ entfernen</translation>
    </message>
    <message>
        <source>The correction cannot be stored: %1</source>
        <translation>Die Korrektur kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::CorrectionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Your corrections of the entities found in this library. Removing one is undone with Edit › Undo.</source>
        <translation>Ihre Korrekturen an den in dieser Bibliothek gefundenen Entitäten. Das Entfernen einer Korrektur lässt sich mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Stored corrections</source>
        <translation>Gespeicherte Korrekturen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Remove the selected correction</source>
        <translation>Ausgewählte Korrektur entfernen</translation>
    </message>
    <message>
        <source>Marked as %1</source>
        <translation>Markiert als %1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Not an entity</source>
        <translation>Keine Entität</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>%1 (no longer known)</source>
        <translation>%1 (nicht mehr bekannt)</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::Dashboard</name>
    <message>
        <source>US dollars per unit</source>
        <translation>US-Dollar pro Einheit</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Dashboard scope</source>
        <translation>Umfang des Dashboards</translation>
    </message>
    <message>
        <source>Show where articles disagree</source>
        <translation>Zeigen, wo Artikel sich widersprechen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>&amp;Chips</source>
        <translation>&amp;Chips</translation>
    </message>
    <message>
        <source>F&amp;acts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>Wider&amp;sprüche</translation>
    </message>
    <message>
        <source>Currency &amp;Rates</source>
        <translation>&amp;Wechselkurse</translation>
    </message>
    <message>
        <source>Filter facts</source>
        <translation>Fakten filtern</translation>
    </message>
    <message>
        <source>Filter subjects, metrics, periods, sentences…</source>
        <translation>Subjekte, Kennzahlen, Zeiträume, Sätze filtern…</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a fact to read its sentence.</source>
        <translation>Doppelklicken Sie auf einen Fakt oder drücken Sie die Eingabetaste, um seinen Satz zu lesen.</translation>
    </message>
    <message>
        <source>Disagreements between articles</source>
        <translation>Widersprüche zwischen Artikeln</translation>
    </message>
    <message>
        <source>Each disagreement lists every article that states the fact. Double-click or press Enter on a source to read it.</source>
        <translation>Jeder Widerspruch führt alle Artikel auf, die den Fakt nennen. Doppelklicken Sie auf eine Quelle oder drücken Sie die Eingabetaste, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Use the &amp;Articles&apos; Rate</source>
        <translation>Kurs der &amp;Artikel verwenden</translation>
    </message>
    <message>
        <source>Drop your rate for the selected currency</source>
        <translation>Eigenen Kurs für die ausgewählte Währung verwerfen</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <source>Code, e.g. JPY</source>
        <translation>Code, z. B. JPY</translation>
    </message>
    <message>
        <source>A&amp;dd Rate</source>
        <translation>Kurs &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Rates are what one unit is worth in US dollars. The articles&apos; rates come from sentences that give an amount in two currencies; double-click a rate to use your own.</source>
        <translation>Ein Kurs gibt an, wie viel eine Einheit in US-Dollar wert ist. Die Kurse der Artikel stammen aus Sätzen, die einen Betrag in zwei Währungen nennen; doppelklicken Sie auf einen Kurs, um einen eigenen zu verwenden.</translation>
    </message>
    <message>
        <source>Export &amp;Figures Chart…</source>
        <translation>&amp;Kennzahlendiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the figures chart as PNG, SVG or PDF with its sources</source>
        <translation>Das Kennzahlendiagramm mit seinen Quellen als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Copy Figures &amp;Chart</source>
        <translation>Kennzahlendiagramm k&amp;opieren</translation>
    </message>
    <message>
        <source>Export &amp;Mentions Chart…</source>
        <translation>&amp;Nennungsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the mentions-over-time chart as PNG, SVG or PDF</source>
        <translation>Das Diagramm der Nennungen im Zeitverlauf als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Copy Mentions C&amp;hart</source>
        <translation>Nennungsdiagramm ko&amp;pieren</translation>
    </message>
    <message>
        <source>Export Chip &amp;Table as CSV…</source>
        <translation>&amp;Chiptabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the chip table of the filtered articles as CSV</source>
        <translation>Die Chiptabelle der gefilterten Artikel als CSV speichern</translation>
    </message>
    <message>
        <source>Export F&amp;acts as CSV…</source>
        <translation>&amp;Fakten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every fact of the filtered articles, with its sentence, as CSV</source>
        <translation>Alle Fakten der gefilterten Artikel samt ihrem Satz als CSV speichern</translation>
    </message>
    <message>
        <source>Cannot read the currency rates: %1</source>
        <translation>Die Wechselkurse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
    <message numerus="yes">
        <source>All %n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>Alle %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fact and source</source>
        <translation>Fakt und Quelle</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Artikeldatum</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>different values</source>
        <translation>abweichende Werte</translation>
    </message>
    <message>
        <source>different runs</source>
        <translation>abweichende Serien</translation>
    </message>
    <message>
        <source>&amp;Disagreements (%1)</source>
        <translation>Wider&amp;sprüche (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Articles disagree on %n fact(s)</source>
        <translation>
            <numerusform>Artikel widersprechen sich bei %n Fakt</numerusform>
            <numerusform>Artikel widersprechen sich bei %n Fakten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now worth %2 US dollars.</source>
        <translation>%1 ist jetzt %2 US-Dollar wert.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::EntityLegend</name>
    <message>
        <source>Highlight legend</source>
        <translation>Legende der Hervorhebungen</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>%1 hervorheben</translation>
    </message>
    <message>
        <source>Show or hide the highlighting of %1</source>
        <translation>Hervorhebung von %1 ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::EntityPanel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Name der Entität</translation>
    </message>
    <message>
        <source>Entity type and relations</source>
        <translation>Typ und Beziehungen der Entität</translation>
    </message>
    <message>
        <source>Mention count</source>
        <translation>Anzahl der Nennungen</translation>
    </message>
    <message>
        <source>Search the mentions</source>
        <translation>Nennungen durchsuchen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>Reading the mentions…</source>
        <translation>Nennungen werden gelesen…</translation>
    </message>
    <message>
        <source>No entity</source>
        <translation>Keine Entität</translation>
    </message>
    <message>
        <source>Click a highlighted name in the reader to see all its mentions.</source>
        <translation>Klicken Sie in der Leseansicht auf einen hervorgehobenen Namen, um alle seine Nennungen zu sehen.</translation>
    </message>
    <message>
        <source>%1, suggested name (not in the knowledge base)</source>
        <translation>%1, vorgeschlagener Name (nicht in der Wissensbasis)</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Hersteller: %1</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Teil von: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Nennung</numerusform>
            <numerusform>%n Nennungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n Artikel</numerusform>
            <numerusform>in %n Artikeln</numerusform>
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
    <message>
        <source>Not article files:</source>
        <translation>Keine Artikeldateien:</translation>
    </message>
    <message>
        <source>Files and what became of them</source>
        <translation>Dateien und was aus ihnen wurde</translation>
    </message>
    <message>
        <source>Not article files (%1)</source>
        <translation>Keine Artikeldateien (%1)</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importiert (%1)</translation>
    </message>
    <message>
        <source>Imported as library entry #%1</source>
        <translation>Importiert als Bibliothekseintrag Nr. %1</translation>
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
        <translation>Zuerst die &lt;Seite&gt; zeigen: articles oder dashboard.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Filter the articles, charts and chip table by &lt;name&gt; (repeatable).</source>
        <translation>Artikel, Diagramme und Chiptabelle nach &lt;Name&gt; filtern (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chart the &lt;metric&gt; first (e.g. revenue).</source>
        <translation>Zuerst die &lt;Kennzahl&gt; als Diagramm zeigen (z. B. revenue).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>chipwatch: unknown page %1 (articles or dashboard)</source>
        <translation>chipwatch: unbekannte Seite %1 (articles oder dashboard)</translation>
    </message>
    <message>
        <source>Temporary library</source>
        <translation>Temporäre Bibliothek</translation>
    </message>
    <message>
        <source>List every mention of the entity &lt;name&gt; in the entity panel.</source>
        <translation>Alle Nennungen der Entität &lt;Name&gt; in der Entitätsansicht auflisten.</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::LinkChooser</name>
    <message>
        <source>Link to an Entity</source>
        <translation>Mit einer Entität verknüpfen</translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation>„%1“ verknüpfen mit:</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Name der Entität</translation>
    </message>
    <message>
        <source>Type to filter the entities</source>
        <translation>Tippen, um die Entitäten zu filtern</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
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
        <translation>Bibliothek ö&amp;ffnen…</translation>
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
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>The article list and the reader</source>
        <translation>Die Artikelliste und die Leseansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Charts, the chip table and the facts of the filtered articles</source>
        <translation>Diagramme, die Chiptabelle und die Fakten der gefilterten Artikel</translation>
    </message>
    <message>
        <source>&amp;Figures Chart as Image…</source>
        <translation>&amp;Kennzahlendiagramm als Bild…</translation>
    </message>
    <message>
        <source>Save the figures chart as PNG, SVG or PDF, with its sources</source>
        <translation>Das Kennzahlendiagramm mit seinen Quellen als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Mentions Chart as Image…</source>
        <translation>&amp;Nennungsdiagramm als Bild…</translation>
    </message>
    <message>
        <source>Save the mentions-over-time chart as PNG, SVG or PDF</source>
        <translation>Das Diagramm der Nennungen im Zeitverlauf als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Chip Table as CSV…</source>
        <translation>&amp;Chiptabelle als CSV…</translation>
    </message>
    <message>
        <source>Save the chip table of the filtered articles as CSV</source>
        <translation>Die Chiptabelle der gefilterten Artikel als CSV speichern</translation>
    </message>
    <message>
        <source>F&amp;acts as CSV…</source>
        <translation>&amp;Fakten als CSV…</translation>
    </message>
    <message>
        <source>Save every fact of the filtered articles, with its sentence, as CSV</source>
        <translation>Alle Fakten der gefilterten Artikel samt ihrem Satz als CSV speichern</translation>
    </message>
    <message>
        <source>Copy &amp;Figures Chart</source>
        <translation>Kenn&amp;zahlendiagramm kopieren</translation>
    </message>
    <message>
        <source>Copy the figures chart to the clipboard as an image</source>
        <translation>Das Kennzahlendiagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Mentions Chart</source>
        <translation>&amp;Nennungsdiagramm kopieren</translation>
    </message>
    <message>
        <source>Copy the mentions-over-time chart to the clipboard as an image</source>
        <translation>Das Diagramm der Nennungen im Zeitverlauf als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Open or create a library to see its dashboard.</source>
        <translation>Öffnen oder erstellen Sie eine Bibliothek, um ihr Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The source sentence is no longer in the library.</source>
        <translation>Der Quellsatz ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Analysefortschritt</translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation>Analysiere %v von %m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the analysis</source>
        <translation>Analyse anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Analysis stopped after %n article(s).</source>
        <translation>
            <numerusform>Analyse nach %n Artikel angehalten.</numerusform>
            <numerusform>Analyse nach %n Artikeln angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n article(s).</source>
        <translation>
            <numerusform>%n Artikel analysiert.</numerusform>
            <numerusform>%n Artikel analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Korrekturen…</translation>
    </message>
    <message>
        <source>List the corrections stored in this library</source>
        <translation>Die in dieser Bibliothek gespeicherten Korrekturen auflisten</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>&amp;Entity Panel</source>
        <translation>&amp;Entitätsansicht</translation>
    </message>
    <message>
        <source>Every mention of the entity last clicked (Enter on a highlight in the reader)</source>
        <translation>Alle Nennungen der zuletzt angeklickten Entität (Eingabetaste auf einer Hervorhebung in der Leseansicht)</translation>
    </message>
    <message>
        <source>Applying the correction to the library…</source>
        <translation>Korrektur wird auf die Bibliothek angewendet…</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Companies Panel</source>
        <translation>&amp;Unternehmensfilter</translation>
    </message>
    <message>
        <source>Show or hide the company filter</source>
        <translation>Unternehmensfilter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysiere…</translation>
    </message>
    <message>
        <source>No entity is called %1.</source>
        <translation>Keine Entität heißt %1.</translation>
    </message>
    <message>
        <source>The library is damaged and open read-only: it shows what can still be read, and nothing is stored in it.</source>
        <translation>Die Bibliothek ist beschädigt und schreibgeschützt geöffnet: Sie zeigt, was noch lesbar ist, und es wird nichts darin gespeichert.</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing is stored in it.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet: Es wird nichts darin gespeichert.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Chipwatch</source>
        <translation>%1 (schreibgeschützt) — Chipwatch</translation>
    </message>
    <message>
        <source>Damaged Library</source>
        <translation>Beschädigte Bibliothek</translation>
    </message>
    <message>
        <source>The library %1 is damaged. Chipwatch has not changed it.</source>
        <translation>Die Bibliothek %1 ist beschädigt. Chipwatch hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>Open it read-only to see what can still be read, or copy everything that can be read into a new library and go on working there. The damaged file stays as it is.</source>
        <translation>Öffnen Sie sie schreibgeschützt, um zu sehen, was noch lesbar ist, oder kopieren Sie alles Lesbare in eine neue Bibliothek und arbeiten Sie dort weiter. Die beschädigte Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Recover into a New Library…</source>
        <translation>In eine neue Bibliothek wiederherstellen…</translation>
    </message>
    <message>
        <source>Cannot open %1 read-only:
%2</source>
        <translation>%1 kann nicht schreibgeschützt geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Recover into a New Library</source>
        <translation>In eine neue Bibliothek wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (recovered).sqlite</source>
        <translation>%1 (wiederhergestellt).sqlite</translation>
    </message>
    <message>
        <source>Recover Library</source>
        <translation>Bibliothek wiederherstellen</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the recovered library.</source>
        <translation>%1 existiert bereits. Wählen Sie eine neue Datei für die wiederhergestellte Bibliothek.</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Recovering the library: %n row(s) copied…</source>
        <translation>
            <numerusform>Bibliothek wird wiederhergestellt: %n Zeile kopiert…</numerusform>
            <numerusform>Bibliothek wird wiederhergestellt: %n Zeilen kopiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The library was recovered into %1, but cannot be opened:
%2</source>
        <translation>Die Bibliothek wurde nach %1 wiederhergestellt, kann aber nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>The library was recovered into %1 and is now open.</source>
        <translation>Die Bibliothek wurde nach %1 wiederhergestellt und ist jetzt geöffnet.</translation>
    </message>
    <message>
        <source>Articles: %1 copied, %2 lost.</source>
        <translation>Artikel: %1 kopiert, %2 verloren.</translation>
    </message>
    <message>
        <source>Analyses, corrections and rates: %1 rows copied, %2 lost.</source>
        <translation>Analysen, Korrekturen und Kurse: %1 Zeilen kopiert, %2 verloren.</translation>
    </message>
    <message>
        <source>Parts of the analyses could not be read: the articles are analysed again.</source>
        <translation>Teile der Analysen waren nicht lesbar: Die Artikel werden neu analysiert.</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only)</source>
        <translation>%1 (beschädigt, schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::MentionTimelineView</name>
    <message>
        <source>Mentions per month</source>
        <translation>Nennungen pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>No company is mentioned in these articles.</source>
        <translation>In diesen Artikeln wird kein Unternehmen genannt.</translation>
    </message>
    <message>
        <source>None of these articles has a date with a month.</source>
        <translation>Keiner dieser Artikel hat ein Datum mit Monatsangabe.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a month in their date are not shown.</source>
        <translation>
            <numerusform>%n Artikel ohne Monat im Datum wird nicht angezeigt.</numerusform>
            <numerusform>%n Artikel ohne Monat im Datum werden nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chipwatch::Ui::MetricChartView</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Profit growth</source>
        <translation>Gewinnwachstum</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>IPO volume</source>
        <translation>IPO-Volumen</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>Marktanteil</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Share price change</source>
        <translation>Aktienkursänderung</translation>
    </message>
    <message>
        <source>Levy</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Sonstige Zahlen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Show money in the currency the articles use most, or converted to another one at the rates of the currency settings.</source>
        <translation>Beträge in der Währung anzeigen, die die Artikel am häufigsten verwenden, oder zu den Kursen unter „Wechselkurse“ in eine andere Währung umrechnen.</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation>Kennzahlendiagramm</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>Wie angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No article in the selection states a figure of this kind.</source>
        <translation>Kein Artikel der Auswahl nennt eine Zahl dieser Art.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n value(s) differ between articles (marked bars; point at them for the sources).</source>
        <translation>
            <numerusform>⚠ %n Wert weicht zwischen Artikeln ab (markierte Balken; für die Quellen mit der Maus darauf zeigen).</numerusform>
            <numerusform>⚠ %n Werte weichen zwischen Artikeln ab (markierte Balken; für die Quellen mit der Maus darauf zeigen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) left out: no exchange rate for their currency. Add one under Currency Rates.</source>
        <translation>
            <numerusform>%n Zahl ausgelassen: kein Wechselkurs für ihre Währung. Fügen Sie einen unter Wechselkurse hinzu.</numerusform>
            <numerusform>%n Zahlen ausgelassen: kein Wechselkurs für ihre Währung. Fügen Sie einen unter Wechselkurse hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include &amp;forecasts</source>
        <translation>&amp;Prognosen zeigen</translation>
    </message>
    <message>
        <source>Also draw what companies and analysts expect or estimate, as bars of their own labelled &quot;forecast&quot; or &quot;estimate&quot;. Reported values only when off.</source>
        <translation>Auch zeigen, was Unternehmen und Analysten erwarten oder schätzen, als eigene Balken mit der Aufschrift „Prognose“ oder „Schätzung“. Ausgeschaltet nur gemeldete Werte.</translation>
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
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>C&amp;hip</source>
        <translation>&amp;Chip</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>&amp;Mark as</source>
        <translation>&amp;Markieren als</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Mit %1 verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Accept as %1</source>
        <translation>Als %1 &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Not an Entity</source>
        <translation>&amp;Keine Entität</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Verknüpfen mit…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Figure (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Zahl (%2)</translation>
    </message>
    <message>
        <source>%1, suggested name (not in the knowledge base)</source>
        <translation>%1, vorgeschlagener Name (nicht in der Wissensbasis)</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Hersteller: %1</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Teil von: %1</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>Prozentangabe</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The article is too long to show whole: the reader stops at character %L1 of %L2.</source>
        <translation>Der Artikel ist zu lang, um ihn ganz zu zeigen: Die Ansicht endet bei Zeichen %L1 von %L2.</translation>
    </message>
</context>
<context>
    <name>CompanyFilterPanel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>EntityHighlighter</name>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>Chips</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>The size %1 × %2 at scale %3 cannot be exported.</source>
        <translation>Die Größe %1 × %2 bei Skalierung %3 kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>%1 kann nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Die SVG-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Die PDF-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>trillion</source>
        <translation>Billionen</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>million</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Profit growth</source>
        <translation>Gewinnwachstum</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>IPO volume</source>
        <translation>Börsengang-Volumen</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>Marktanteil</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Share price change</source>
        <translation>Kursveränderung</translation>
    </message>
    <message>
        <source>Levy</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: chipwatch-cli COMMAND [OPTIONS] PATH...

Reads article files (.txt, .md, .html, .htm, .json) and folders of them.

Commands:
  extract --jsonl PATH...   one JSON object per article: text, article ranges,
                            title, date, language, source, entities, figures, facts
  chips --json PATH...      the chip table: chip, vendor, kind, purpose, what it is
                            compared with, claims with their sentences
  chart --metric METRIC --out FILE PATH...
                            one metric as a bar chart (png, svg, pdf);
                            --company NAME, --currency CODE, --forecasts, --format,
                            --width, --height
  explain FILE...           for every figure: its trigger, frame, role, subject
                            and how it was found, period, polarity, modality,
                            and the fact it became or why none
  facts --csv PATH...       the facts as CSV: subject, metric, value, unit, period,
                            article, date, source, file, sentence
                            (--decimal-comma: 26,5 and &apos;;&apos; between fields; --bom)
  import --library FILE PATH...
                            import and analyse into a library file (created if
                            needed), as the GUI does; prints the import report;
                            exit status 130 when interrupted with Ctrl+C

Options:
  -h, --help                show this help (COMMAND --help: the command&apos;s own)
  -v, --version             show the version

Exit status: 0 all files read, 1 nothing could be read, 2 usage error,
3 some files were refused (their reasons are on standard error).
</source>
        <translation>Aufruf: chipwatch-cli BEFEHL [OPTIONEN] PATH...

Liest Artikeldateien (.txt, .md, .html, .htm, .json) und Ordner mit solchen.

Befehle:
  extract --jsonl PATH...   ein JSON-Objekt je Artikel: Text, Artikelbereiche,
                            Titel, Datum, Sprache, Quelle, Entitäten, Zahlen, Fakten
  chips --json PATH...      die Chip-Tabelle: Chip, Hersteller, Art, Zweck, womit er
                            verglichen wird, Aussagen mit ihren Sätzen
  chart --metric METRIC --out FILE PATH...
                            eine Kennzahl als Balkendiagramm (png, svg, pdf);
                            --company NAME, --currency CODE, --forecasts, --format,
                            --width, --height
  explain FILE...           für jede Zahl: ihr Auslöser, Rahmen, Rolle, Subjekt
                            und wie es gefunden wurde, Zeitraum, Polarität,
                            Modalität, und der Fakt, der daraus wurde, oder warum keiner
  facts --csv PATH...       die Fakten als CSV: Subjekt, Kennzahl, Wert, Einheit,
                            Zeitraum, Artikel, Datum, Quelle, Datei, Satz
                            (--decimal-comma: 26,5 und &apos;;&apos; zwischen Feldern; --bom)
  import --library FILE PATH...
                            in eine Bibliotheksdatei importieren und analysieren
                            (wird bei Bedarf angelegt), wie es das Fenster tut; gibt
                            den Importbericht aus; Rückgabewert 130 nach Strg+C

Optionen:
  -h, --help                diese Hilfe anzeigen (BEFEHL --help: die des Befehls)
  -v, --version             die Version anzeigen

Rückgabewert: 0 alle Dateien gelesen, 1 nichts konnte gelesen werden, 2 Aufruffehler,
3 einige Dateien wurden abgelehnt (ihre Gründe stehen auf der Standardfehlerausgabe).
</translation>
    </message>
    <message>
        <source>chipwatch-cli: unknown command &apos;%1&apos;.</source>
        <translation>chipwatch-cli: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
</context>
</TS>

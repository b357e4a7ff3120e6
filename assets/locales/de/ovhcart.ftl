# ovhcart, Deutsch. Dieselben Schlüssel wie der englische Katalog (ein Test prüft das).
# Tastennamen (enter, esc, ctrl-u…): englisch, wie in der Fußzeile.

## Steps

step-subsidiary = Niederlassung
step-plan = Angebot
step-name = Name
step-voucher = Gutschein
step-review = Übersicht
step-order = Bestellung

## Key hints (footer and help)

hint-quit = beenden
hint-help = Hilfe
hint-retry = wiederholen
hint-back = zurück
hint-up = hoch
hint-down = runter
hint-choose = wählen
hint-clear-or-quit = Filter leeren / beenden
hint-next = weiter
hint-check-or-skip = prüfen / leer: überspringen
hint-activate = auswählen
hint-toggle = an-/abhaken
hint-toggle-hds = HDS abhaken
hint-focus-next = nächstes Feld
hint-focus-prev = voriges Feld
hint-leave = verlassen, später verfolgen
hint-leave-only = verlassen
hint-finish = fertig
hint-close = schließen
hint-page-up = Seite hoch
hint-page-down = Seite runter
hint-keep-cart = behalten und beenden
hint-delete-cart = löschen und beenden
hint-cancel = abbrechen
hint-place-order = Bestellung aufgeben
hint-language = Sprache
hint-first = erste
hint-last = letzte
hint-top = Anfang
hint-bottom = Ende
hint-scroll-up = nach oben scrollen
hint-scroll-down = nach unten scrollen
hint-open-url = Link öffnen
hint-copy-url = Link kopieren

## Validation and refusals

name-error-empty = Der Name darf nicht leer sein.
name-error-too-long = Der Name hat { $count } Zeichen; erlaubt sind höchstens { $max }.
name-error-control = Der Name darf keine Steuerzeichen wie Tabulatoren enthalten.
voucher-error-space = Ein Gutscheincode enthält keine Leerzeichen.
voucher-error-control = Ein Gutscheincode darf keine Steuerzeichen enthalten.
voucher-error-too-long = Das ist zu lang für einen Gutscheincode.
plan-error-no-renew = Dieses Angebot hat keinen Verlängerungspreis und kann daher hier nicht bestellt werden. Wählen Sie ein anderes.
review-refused-waiver = Haken Sie oben das Kästchen zum Verzicht auf das Widerrufsrecht an, um die Bestellung aufzugeben.
review-refused-quote = Die Kostenübersicht ist noch nicht fertig: Warten Sie darauf, oder versuchen Sie es erneut, falls sie fehlgeschlagen ist.
review-consents-language = Die Sprache wurde gewechselt, daher sind dieses Kästchen und die anderen nicht mehr angehakt: Lesen Sie ihren Text erneut, in der neuen Sprache, und haken Sie sie wieder an, wenn Sie einverstanden sind.
review-consents-order = Was Sie bestellen, hat sich geändert (Niederlassung, Angebot oder Option) und damit die Verträge, daher sind dieses Kästchen und die anderen nicht mehr angehakt: Lesen Sie ihren Text erneut und haken Sie sie wieder an, wenn Sie einverstanden sind.

## What failed

failed-account = Ihr Konto konnte nicht geladen werden
failed-cart = Der Warenkorb konnte nicht vorbereitet werden
failed-item = Das Projekt konnte nicht in den Warenkorb gelegt werden
failed-description = Der Projektname konnte nicht gespeichert werden
failed-voucher = Der Gutschein konnte nicht hinzugefügt oder entfernt werden
failed-option = Die Option konnte nicht hinzugefügt oder entfernt werden
failed-voucher-check = Der Gutschein konnte nicht geprüft werden
failed-quote = Die Kostenübersicht konnte nicht geladen werden
failed-checkout = Die Bestellung konnte nicht aufgegeben werden
checkout-outcome-unknown = Die Bestellung wurde möglicherweise aufgegeben (Warenkorb { $cart }): Ihre Antwort ging verloren und konnte noch nicht geprüft werden
failed-follow = Die Bestellung konnte nicht verfolgt werden

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = Nach dem Verbraucherrecht der EU haben Sie ein Widerrufsrecht: Einen im Fernabsatz geschlossenen Vertrag können Sie binnen 14 Tagen ohne Angabe von Gründen widerrufen. Mit dem Anhaken dieses Kästchens verlangen Sie, dass OVHcloud diese Bestellung sofort bearbeitet und liefert, und Sie verzichten für diese Bestellung auf dieses Recht. Lassen Sie das Kästchen leer, wenn Sie nicht einverstanden sind: ovhcart gibt die Bestellung dann nicht auf. Nichts anderes in ovhcart hakt dieses Kästchen für Sie an.

## Die weiteren Zustimmungen der Übersicht: die Verträge und, für die Niederlassung IT, die
## ausdrückliche Genehmigung von Klauseln (Art. 1341 und 1342 des italienischen
## Zivilgesetzbuchs). Jeder Text wird mit seinem Kästchen gezeigt und im Beleg gespeichert.

review-contracts-label = Ich habe die Verträge gelesen und akzeptiere sie
contracts-text = Mit dem Anhaken dieses Kästchens akzeptieren Sie jeden oben aufgeführten Vertrag so, wie OVHcloud ihn unter der angegebenen Adresse veröffentlicht; der Beleg speichert Namen und Adresse jedes Vertrags. Nichts anderes in ovhcart hakt dieses Kästchen für Sie an.
review-clauses-label = Ich genehmige diese Klauseln ausdrücklich
clauses-text = Gemäß Art. 1341 und 1342 ital. ZGB genehmige ich ausdrücklich die OVHcloud-Klauseln zu: Haftungsgrenzen, Sperrung und Kündigung, stillschweigender Verlängerung, Änderung der Bedingungen, Gerichtsstand.
clauses-translation = Übersetzung:
review-refused-contracts = Haken Sie das Kästchen zur Annahme der Verträge an, um die Bestellung aufzugeben.
review-refused-clauses = Haken Sie das Kästchen zur Genehmigung der Klauseln (Art. 1341 und 1342 des italienischen Zivilgesetzbuchs) an, um die Bestellung aufzugeben.
review-contracts-changed = Die Verträge haben sich geändert, daher ist das Kästchen zu ihrer Annahme nicht mehr angehakt: Lesen Sie sie und haken Sie es erneut an, wenn Sie einverstanden sind.

## Frame

header-endpoint = · API { $endpoint }
header-language = Sprache: { $language }
too-small = Das Terminal ist zu klein ({ $width }×{ $height }). ovhcart braucht mindestens { $min_width }×{ $min_height }: Vergrößern Sie das Fenster.
busy-account = Ihr Konto wird geladen…
busy-earlier = Was ein früherer Lauf offen ließ, wird geklärt…
busy-cart = Der Warenkorb wird vorbereitet…
busy-item = Das Projekt wird in den Warenkorb gelegt…
busy-config = Wird im Warenkorb gespeichert…
busy-option = Optionen werden aktualisiert…
busy-quote = Die Kostenübersicht wird aktualisiert…
busy-voucher = Der Gutschein wird geprüft…
busy-placing = Die Bestellung wird aufgegeben…
busy-following = Die Bestellung wird verfolgt…

## Errors

error-prefix = Fehler
error-network-connect = Keine Verbindung zur API möglich.
error-network-lost = Die Verbindung zur API brach ab, bevor ihre Antwort kam.
error-network-timeout = Die API hat nicht rechtzeitig geantwortet.
error-title = Die Bestellung konnte nicht aufgegeben werden
error-query-id = Query-ID: { $id } (geben Sie sie beim OVHcloud-Support an)
error-hint-credentials = Prüfen Sie den Application Key und den Consumer Key (ovhcart doctor), oder holen Sie neue mit ovhcart login.
error-hint-signature = Das Application Secret passt nicht zum Application Key, oder die Uhr geht stark falsch: Führen Sie ovhcart doctor aus.
error-hint-not-granted = Die Zugriffsregeln des Consumer Keys decken diesen Aufruf nicht ab: Führen Sie ovhcart doctor aus, dann ovhcart login für einen Schlüssel mit den Regeln, die ovhcart braucht.
error-hint-forbidden = Das Konto darf dies nicht; der Warenkorb gehört womöglich zu einem anderen Konto.
error-hint-cart-gone = Der Warenkorb ist abgelaufen (Warenkörbe gelten einen Tag) oder wurde gelöscht: Beginnen Sie eine neue Bestellung.
error-hint-not-found = Prüfen Sie die Kennung; das Objekt wurde womöglich gelöscht.
error-hint-bad-request = Korrigieren Sie den in der Meldung genannten Wert und versuchen Sie es erneut.
error-hint-rate-limited = Zu viele Anfragen: Warten Sie eine Minute und versuchen Sie es erneut.
error-hint-server = Die API hat Probleme: Versuchen Sie es gleich noch einmal.
error-hint-network = Prüfen Sie die Netzwerkverbindung und den Endpoint, und versuchen Sie es dann erneut.
error-hint-invalid-response = Die API hat etwas Unerwartetes geantwortet: Versuchen Sie es erneut; falls es bestehen bleibt, prüfen Sie den Endpoint.
error-hint-clear-http = Verwenden Sie https://, oder geben Sie --allow-clear-http an, wenn Sie dieses Risiko eingehen.
sandbox-start-failed = Die Sandbox kann nicht gestartet werden: { $error }
config-hint-parse = Korrigieren Sie diese Zeile der Datei (eine ovh.conf enthält [Abschnitt]-Überschriften und Zeilen der Form Schlüssel = Wert), und versuchen Sie es dann erneut.
config-hint-read = Korrigieren Sie die Berechtigungen der Datei oder entfernen Sie sie, und versuchen Sie es dann erneut.
config-hint-missing-file = Prüfen Sie den Pfad, der an --config übergeben wurde.
config-hint-endpoint-name = Verwenden Sie einen der genannten Endpoint-Namen oder eine Basis-URL wie https://eu.api.ovh.com/1.0.
config-hint-endpoint-url = Geben Sie eine Basis-URL an, die mit http:// oder https:// beginnt und einen Host nennt, etwa https://eu.api.ovh.com/1.0.
config-hint-no-credentials = Führen Sie ovhcart login aus, um Zugangsdaten zu erstellen.
config-hint-incomplete-key-pair = Ergänzen Sie den fehlenden Wert, oder führen Sie ovhcart login aus, um ein neues Paar zu erstellen.
config-hint-one-method = Behalten Sie nur eine Methode.
config-hint-incomplete-oauth2 = Ergänzen Sie den fehlenden Wert.
config-hint-oauth2-endpoint = Verwenden Sie mit diesem Endpoint einen Application Key und ein Application Secret.
config-hint-bad-value = Kopieren Sie den Wert erneut von dort, wo er erstellt wurde, in einer Zeile und ohne Leerzeichen davor oder danach, und versuchen Sie es dann erneut.
config-hint-foreign-symlink = Ersetzen Sie den Link durch eine eigene Datei, oder schreiben Sie mit --config an einen anderen Ort.
config-hint-write-not-a-file = Geben Sie den Pfad einer Datei an, nicht den eines Verzeichnisses.
config-hint-write-link-loop = Lassen Sie den Link auf eine normale Datei zeigen.
config-hint-write-directory = Prüfen Sie, ob das Verzeichnis der Datei existiert und ob Sie darin schreiben dürfen.

## Step 1: subsidiary

subsidiary-intro = Wählen Sie die OVHcloud-Niederlassung, bei der Sie bestellen: Sie legt Währung, Verträge und die API der Bestellung fest.
subsidiary-filter = Filter
subsidiary-filter-placeholder = Land oder Code eingeben
subsidiary-no-match = Keine Niederlassung passt zu „{ $filter }“. Drücken Sie Esc, um den Filter zu leeren.
subsidiary-col-code = Code
subsidiary-col-country = Land
subsidiary-col-currency = Währung
subsidiary-col-endpoint = Bestellung über
subsidiary-chosen = gewählt
subsidiary-yours = die Ihres Kontos

## Step 2: plan

plan-intro = Public-Cloud-Angebote für { $subsidiary }. Ein Projekt selbst kostet nichts; was darin läuft, wird nach Verbrauch abgerechnet.
plan-loading = Warenkorb wird vorbereitet, Angebote werden geladen…
plan-no-offers = Die API bietet für diese Niederlassung kein Public-Cloud-Projekt an. Gehen Sie zurück und wählen Sie eine andere.
plan-no-renew = kein Verlängerungspreis
hds-label = HDS-Zertifizierung (Hosting von Gesundheitsdaten)
hds-explanation = Nötig, um personenbezogene Gesundheitsdaten in Frankreich zu hosten; erfordert das Support-Level Business oder Enterprise.
hds-not-sold = Die HDS-Zertifizierung wird mit diesem Tarif nicht verkauft.
plan-code = Plan-Code
plan-renew = Preis
plan-pricing-mode = Preismodus
plan-consumption-title = Nach Verbrauch abgerechnet
plan-consumption-none = Nichts ist als nach Verbrauch abgerechnet aufgeführt.
duration-days = { $count ->
    [one] pro Tag
   *[other] alle { $count } Tage
}
duration-weeks = { $count ->
    [one] pro Woche
   *[other] alle { $count } Wochen
}
duration-months = { $count ->
    [one] pro Monat
   *[other] alle { $count } Monate
}
duration-years = { $count ->
    [one] pro Jahr
   *[other] alle { $count } Jahre
}
duration-once = einmalig
duration-other = alle { $iso }

## Step 3: name

name-intro = Unter diesem Namen erscheint das Projekt im Kundencenter und in der API. Sie können ihn später ändern.
name-label = Projektname
name-count = { $count } von { $max } Zeichen
name-default = Projekt { $date }
name-count-over = { $count } von { $max } Zeichen: { $over } zu viel, kürzen Sie den Namen.
paste-controls-removed =
    { $count ->
        [one] Der eingefügte Text enthielt ein Steuerzeichen: Es wurde weggelassen.
       *[other] Der eingefügte Text enthielt { $count } Steuerzeichen: Sie wurden weggelassen.
    }
name-saved = Im Warenkorb gespeichert als „{ $name }“.

## Step 4: voucher

voucher-intro = Wenn Sie einen Gutschein haben, geben Sie seinen Code ein: Er wird bei OVHcloud geprüft, bevor er hinzugefügt wird. Lassen Sie das Feld leer und drücken Sie Enter, um ohne Gutschein fortzufahren (das entfernt auch einen bereits hinzugefügten Gutschein).
voucher-label = Gutscheincode
voucher-checking = { $code } wird geprüft…
voucher-refused = OVHcloud hat den Gutschein { $code } abgelehnt: { $message }
voucher-fix = Korrigieren Sie den Code, oder leeren Sie das Feld und drücken Sie Enter, um ohne Gutschein fortzufahren.
voucher-attached = Gutschein { $code } angenommen: { $credit } Guthaben.
voucher-attached-no-credit = Gutschein { $code } angenommen.

## Step 5: review

review-subsidiary = Niederlassung
review-plan = Angebot
review-name = Name
review-voucher = Gutschein
review-option = Zusatzoption
review-no-voucher = keiner
review-quote = Kostenübersicht
review-quote-loading = Kostenübersicht wird vorbereitet…
review-reduction = Rabatte
review-without-tax = Summe ohne Steuern
review-tax = Steuern
review-with-tax = Summe inkl. Steuern
review-contracts = Verträge (Enter auf einem Vertrag, um ihn zu lesen)
review-payment = Standard-Zahlungsmittel
payment-type-credit-card = Kreditkarte
payment-type-bank-account = Bankkonto
payment-type-sepa = SEPA-Lastschrift
payment-type-paypal = PayPal
payment-type-deferred = Konto für Zahlung auf Rechnung
payment-type-fidelity = Treuekonto
payment-type-prepaid = OVHcloud-Prepaid-Konto
payment-type-rupay = RuPay-Karte
review-payment-none = keines im Konto hinterlegt
review-payment-unknown = unbekannt (das Konto konnte nicht geladen werden)
review-payment-loading = wird geladen…
review-auto-pay = Automatisch mit dem Standard-Zahlungsmittel bezahlen
review-waiver-label = Ich verzichte auf mein Widerrufsrecht
review-place-order = Bestellung aufgeben

## Step 6: order

order-placed = Bestellung { $id } aufgegeben.
order-url = Bestellseite
order-paid = Bezahlt.
order-not-paid = Noch nicht bezahlt: Bezahlen Sie sie auf der Bestellseite.
order-reconciled = Die Antwort auf den Checkout ging unterwegs verloren; ovhcart hat die Bestellung in Ihrem Konto gefunden.
order-status = Status
order-status-cancelled = storniert
order-status-cancelling = wird storniert
order-status-checking = wird geprüft
order-status-delivered = geliefert
order-status-delivering = wird geliefert
order-status-documents = Dokumente angefordert
order-status-not-paid = nicht bezahlt
order-status-unknown = unbekannt
order-step-validating = Prüfung
order-step-validated = Bestätigt
order-step-delivering = Lieferung
order-step-available = Verfügbar
order-delivered = Projekt geliefert: { $project }
order-follow-later = Sie können jetzt gehen: Die Bestellung läuft weiter. Verfolgen Sie sie später mit: ovhcart order status { $id }
order-follow-later-sandbox = Diese Bestellung liegt in der eingebauten Sandbox, die mit ovhcart endet: Sobald ovhcart endet, gibt es nichts mehr zu verfolgen.
order-receipt = Beleg gespeichert unter { $path }
order-receipt-failed = Der Beleg konnte nicht geschrieben werden: { $error }
order-not-placed = Es wurde keine Bestellung aufgegeben. Sie können es erneut versuchen oder zur Übersicht zurückgehen.
order-maybe-placed = Die Bestellung wurde möglicherweise aufgegeben. Bestellen Sie nicht erneut: Prüfen Sie mit ovhcart order status oder im Kundencenter unter Rechnungen > Bestellungen.
order-maybe-placed-sandbox = Die Bestellung wurde in der Sandbox möglicherweise aufgegeben. Bestellen Sie in diesem Lauf nicht erneut: Die eingebaute Sandbox endet mit ovhcart, und mit ihr ihre Warenkörbe und Bestellungen.

## Overlays

help-title = Tasten
help-editing = Tippen bearbeitet das Feld: ← → home end, backspace, delete, ctrl-u (löscht bis zum Anfang).
help-editing-name = Tippen bearbeitet den Namen (auch ?): ← → home end, backspace, delete, ctrl-u (löscht bis zum Anfang).
help-editing-filter = Tippen filtert die Liste: ← →, ctrl-a ctrl-e (Anfang, Ende des Filters), backspace, delete, ctrl-u (löscht bis zum Anfang). home und end springen zur ersten und letzten Zeile.
help-close = esc schließt dieses Fenster.

## Scrolled views, links

more-above = ▲ mehr oben
more-below = ▼ mehr unten
key-wheel-up = Mausrad ↑
key-wheel-down = Mausrad ↓
notice-opening = Der Link wird im Browser geöffnet…
notice-opened = Link im Browser geöffnet ({ $program }).
notice-not-opened = Es konnte kein Browser gestartet werden ({ $why }): Kopieren Sie den Link mit { $copy } und öffnen Sie ihn selbst.
notice-copied = Link in die Zwischenablage gelegt (sofern Ihr Terminal es erlaubt, OSC 52).
contract-empty = Die API hat keinen Text für diesen Vertrag gesendet: Lesen Sie ihn unter der Adresse oben.
contract-position = Zeile { $line } von { $total }
confirm-quit-title = Beenden?
confirm-quit-text = Der Warenkorb { $cart } ist in Ihrem Konto noch offen. Behalten (er läuft nach einem Tag von selbst ab) oder jetzt löschen?
confirm-order-title = Bestellung aufgeben?
confirm-order-text = Bestellung jetzt aufgeben? Summe inkl. Steuern: { $total }. Damit wird die Bestellung an OVHcloud gesendet.

## Cart browser
hint-carts = Warenkörbe
hint-refresh = aktualisieren
hint-delete = löschen
hint-open = öffnen
hint-resume = im Assistenten fortsetzen
hint-confirm-delete = löschen
busy-carts = Warenkörbe werden gelesen…
busy-deleting = Wird gelöscht…
carts-title = Warenkörbe
cart-title = Warenkorb
carts-intro = Die Warenkörbe Ihres Kontos. Enter öffnet einen, um seine Positionen und Kosten zu sehen, ihn fortzusetzen oder Teile davon zu löschen.
carts-intro-start = Ihr Konto hat offene Warenkörbe. Setzen Sie einen fort (Enter zeigt ihn zuerst) oder beginnen Sie eine neue Bestellung.
carts-new-order = Neue Bestellung
carts-loading = Die Warenkörbe des Kontos werden gelesen…
carts-none = Keine Warenkörbe in diesem Konto.
carts-column-items = Positionen
carts-column-expires = Läuft ab
carts-column-state = Status
carts-items = { $count ->
    [one] 1 Position
   *[other] { $count } Positionen
}
carts-state-open = offen
carts-state-in-use = hier in Arbeit
carts-state-read-only = schreibgeschützt
carts-state-expired = abgelaufen
carts-legend = { $mark } von ovhcart angelegt
carts-column-project = Projekt
carts-column-cart = Warenkorb
carts-refused-read-only = Dieser Warenkorb wurde bereits bestellt (er ist schreibgeschützt): Sie können ihn ansehen, aber nicht erneut bestellen.
carts-refused-expired = Dieser Warenkorb ist abgelaufen: Sie können ihn ansehen, aber nicht bestellen. Beginnen Sie stattdessen eine neue Bestellung.
carts-refused-several = Dieser Warenkorb enthält mehrere Projekte; der Assistent bestellt ein Projekt pro Warenkorb. Löschen Sie zuerst die überzähligen Positionen.
carts-refused-offers = Die Public-Cloud-Angebote dieses Warenkorbs konnten nicht gelesen werden, daher kann er jetzt nicht fortgesetzt werden. Aktualisieren Sie mit r.
carts-refused-ordered = In dieser Sitzung wurde bereits bestellt. Starten Sie ovhcart neu, um einen anderen Warenkorb fortzusetzen.
carts-refused-in-use = Der Assistent füllt gerade diesen Warenkorb: Ändern Sie seine Positionen über die Schritte oder löschen Sie den ganzen Warenkorb.
failed-carts = Die Warenkörbe des Kontos konnten nicht gelesen werden
failed-cart-read = Der Warenkorb konnte nicht gelesen werden
failed-delete = Löschen fehlgeschlagen
cart-loading = Warenkorb, Positionen und Kostenübersicht werden gelesen…
cart-expires = läuft ab am { $date }
cart-no-items = Keine Positionen.
cart-item = Position
cart-no-quote = Keine Kostenübersicht: Der Warenkorb ist leer, schreibgeschützt oder abgelaufen.
cart-in-use = Der Assistent füllt gerade diesen Warenkorb. Esc führt zurück zur Liste.
cart-resume-note = Enter setzt diesen Warenkorb im Assistenten fort, beim ersten Schritt, der noch fehlt. Ein Warenkorb speichert seine Niederlassung nicht: Die Ihres Kontos, { $subsidiary }, wird angenommen.
confirm-delete-cart-title = Warenkorb löschen?
confirm-delete-cart-text = Den Warenkorb { $cart } mit seinem gesamten Inhalt löschen? Das kann nicht rückgängig gemacht werden.
confirm-delete-item-title = Position löschen?
confirm-delete-item-text = Position { $item } mit ihren Konfigurationen aus dem Warenkorb { $cart } löschen? Das kann nicht rückgängig gemacht werden.
confirm-delete-configuration-title = Konfiguration löschen?
confirm-delete-configuration-text = Die Konfiguration „{ $label }“ aus dem Warenkorb { $cart } löschen? Das kann nicht rückgängig gemacht werden.

## Leaving the full screen

exit-delivered = Projekt { $project } bereitgestellt (Bestellung { $id }).
exit-following = Die Bestellung { $id } ist aufgegeben und wird noch bearbeitet. Verfolgen mit: ovhcart order status { $id } --follow
exit-following-sandbox = Die Bestellung { $id } ist in der Sandbox aufgegeben und wurde noch bearbeitet, als Sie gingen.
exit-cart-kept = Ihr Warenkorb { $cart } bleibt einen Tag lang in Ihrem Konto erhalten.
exit-cart-kept-sandbox = Ihr Warenkorb { $cart } war in der Sandbox noch offen.
exit-receipt = Beleg: { $path }
exit-needs-terminal = Der Assistent braucht ein Terminal. Für Skripte: ovhcart order --help
exit-no-public-cloud = Der Endpunkt { $endpoint } verkauft keine Public-Cloud-Projekte: verwenden Sie ovh-eu, ovh-ca oder ovh-us.
exit-unknown-subsidiary = Unbekannte Niederlassung { $code } für { $endpoint }. Gültig: { $valid }
exit-terminated = Durch ein Beendigungssignal gestoppt; das Terminal wurde wiederhergestellt.

## ovhcart login

login-no-sandbox = Die Sandbox braucht keine Anmeldung: Die Demo-Zugangsdaten der Sandbox sind eingebaut. Um login damit auszuprobieren, führen Sie `ovhcart sandbox` aus und übergeben Sie deren URL mit --endpoint.
login-ask-endpoint = Endpoint (ovh-eu, ovh-ca, ovh-us oder eine URL)
login-no-home = Kein Home-Verzeichnis, in dem ~/.ovh.conf gespeichert werden kann: Wählen Sie mit --config FILE eine Datei.
login-missing-keys = Ein Application Key und ein Application Secret werden benötigt. Erstellen Sie sie unter { $url } (Name und Beschreibung beliebig), und setzen Sie dann OVH_APPLICATION_KEY und OVH_APPLICATION_SECRET, oder übergeben Sie --application-key und --application-secret-stdin.
login-create-app = ovhcart braucht einen Application Key und ein Application Secret. Erstellen Sie sie unter { $url } (anmelden, beliebigen Namen und beliebige Beschreibung eingeben), und kopieren Sie die beiden Werte hierher. Das Secret wird bei der Eingabe nicht angezeigt.
login-ask-application-key = Application Key
login-ask-application-secret = Application Secret
login-empty-stdin = --application-secret-stdin: Die erste Zeile der Standardeingabe (stdin) ist leer.
login-terminal-unreadable = Das Terminal kann nicht gelesen werden: { $error }
login-stdin-unreadable = Die Standardeingabe kann nicht gelesen werden: { $error }
login-requested = Consumer Key bei { $endpoint } angefordert, beschränkt auf die { $count } Routen, die ovhcart aufruft (`ovhcart doctor` zeigt sie an).
login-open-url = Öffnen Sie diese Seite, melden Sie sich mit Ihrem OVHcloud-Konto an und stimmen Sie zu:
login-waiting = Warten auf die Bestätigung (bis zu { $minutes } min; Ctrl-C zum Abbrechen)…
login-validated = Bestätigt: Der Schlüssel handelt für das Konto { $account }.
login-saved = Application Key, Application Secret und Consumer Key in { $file } [{ $section }] gespeichert.
login-next = Als Nächstes: `ovhcart doctor` prüft alles, `ovhcart` startet eine Bestellung.
login-verify-failed = Der Schlüssel wurde bestätigt, aber GET /me ist damit fehlgeschlagen; es wurde nichts gespeichert.
login-cancelled = Abgebrochen: Es wurde nichts gespeichert.
login-timed-out = Der Consumer Key wurde nicht innerhalb von { $secs } s bestätigt; es wurde nichts gespeichert. Führen Sie `ovhcart login` erneut aus und öffnen Sie den Link früher, oder geben Sie mit --timeout mehr Zeit.
login-not-validated = Der Consumer Key hatte auf der Bestätigungsseite den Status { $state }; es wurde nichts gespeichert. Führen Sie `ovhcart login` erneut aus und stimmen Sie zu.

## ovhcart doctor

doctor-label-endpoint = Endpoint
doctor-label-files = Dateien
doctor-label-credentials = Zugangsdaten
doctor-label-clock = Uhr
doctor-label-oauth2 = OAuth2
doctor-label-key = Consumer Key
doctor-label-rules = Seine Regeln
doctor-from = aus { $source }
doctor-endpoint-defaulted = nirgends gesetzt: Standardwert
doctor-file-found = gelesen
doctor-file-missing = nicht gefunden
doctor-sandbox-credentials = den Demo-Zugangsdaten der Sandbox
doctor-clock = API-Zeit minus lokale Zeit: { $drift } s (ovhcart gleicht das in seinen Signaturen aus)
doctor-token-ok = ein Token wurde von der Token-URL bezogen
doctor-token-failed = kein Token von der Token-URL
doctor-key-status = { $status }, läuft ab: { $expires }
doctor-never = nie
doctor-routes-title = Routen, die ovhcart aufruft:
doctor-granted = erlaubt
doctor-not-granted = NICHT erlaubt
doctor-all-good = Alles in Ordnung: ovhcart kann mit diesen Zugangsdaten bestellen.
doctor-problems = { $count } { $count ->
    [one] Problem
   *[other] Probleme
} zu beheben:
doctor-no-consumer-key = Es gibt einen Application Key und ein Application Secret, aber keinen Consumer Key.
doctor-key-not-validated = Der Consumer Key hat den Status { $status } und ist nicht bestätigt.
doctor-routes-missing = Der Consumer Key erlaubt nicht: { $routes }.
doctor-next-login = Als Nächstes: Führen Sie `ovhcart login` aus, um einen Consumer Key mit den Regeln zu erstellen, die ovhcart braucht.
doctor-next-unreachable = Als Nächstes: Prüfen Sie das Netzwerk und den Endpoint (--endpoint oder OVH_ENDPOINT).
doctor-next-signature = Als Nächstes: Das Application Secret gehört nicht zum Application Key; kopieren Sie beide erneut von der Seite, auf der die Anwendung erstellt wurde.
doctor-next-oauth2 = Als Nächstes: Prüfen Sie client_id und client_secret (ein Dienstkonto der Region dieses Endpoints).
doctor-next-sandbox = Als Nächstes: Prüfen Sie, ob 127.0.0.1 lokale Verbindungen annimmt, oder wählen Sie mit --listen eine andere Adresse.

## Commands (ovhcart order, carts, cart show/delete, order status)

cli-waiver-required = Es wurde nichts bestellt: ovhcart gibt eine Bestellung nur mit --waive-retraction auf.
cli-waiver-text = Nach dem Verbraucherrecht der EU haben Sie ein Widerrufsrecht: Einen im Fernabsatz geschlossenen Vertrag können Sie binnen 14 Tagen ohne Angabe von Gründen widerrufen. Mit der Angabe von --waive-retraction verlangen Sie, dass OVHcloud diese Bestellung sofort bearbeitet und liefert, und Sie verzichten für diese Bestellung auf dieses Recht. Ohne diese Option gibt ovhcart die Bestellung nicht auf.
cli-waiver-how = Wenn Sie einverstanden sind, führen Sie denselben Befehl mit --waive-retraction aus; um die Kostenübersicht ohne Bestellung zu sehen, fügen Sie --dry-run hinzu.
cli-contracts-required = Es wurde nichts bestellt: ovhcart gibt eine Bestellung nur mit --accept-contracts auf, womit Sie die Verträge der Bestellung akzeptieren:
cli-contracts-text = Mit --accept-contracts akzeptieren Sie jeden Vertrag dieser Bestellung so, wie OVHcloud ihn unter seiner Adresse veröffentlicht (mit der Kostenübersicht und im Beleg aufgeführt). Ohne diese Option gibt ovhcart die Bestellung nicht auf.
cli-contracts-how = Lesen Sie sie; wenn Sie sie akzeptieren, führen Sie denselben Befehl mit --accept-contracts aus. Um die Kostenübersicht ohne Bestellung zu sehen, fügen Sie --dry-run hinzu.
cli-clauses-required = Es wurde nichts bestellt: Für die Niederlassung IT gibt ovhcart eine Bestellung nur mit --approve-clauses auf, Ihrer ausdrücklichen Genehmigung dieser Klauseln:
cli-clauses-how = Wenn Sie sie genehmigen, führen Sie denselben Befehl mit --approve-clauses aus; um die Kostenübersicht ohne Bestellung zu sehen, fügen Sie --dry-run hinzu.
cli-clauses-not-used = --approve-clauses wurde nicht verwendet: Bestellungen für die Niederlassung { $subsidiary } haben keine ausdrücklich zu genehmigenden Klauseln (nur IT hat sie).
cli-no-terminal = Es wurde nichts bestellt: Es gibt kein Terminal für eine Rückfrage. Fügen Sie --yes hinzu, um ohne Rückfrage zu bestellen, oder --dry-run, um nur die Kostenübersicht zu sehen.
cli-subsidiary-unknown = Die Niederlassung „{ $code }“ gehört nicht zu denen, für die { $endpoint } Public-Cloud-Projekte bestellt. Verwenden Sie eine von: { $valid }.
cli-endpoint-no-cloud = Der Endpoint { $endpoint } verkauft keine Public-Cloud-Projekte: Verwenden Sie ovh-eu, ovh-ca oder ovh-us.
cli-hds-not-sold = --hds: Die HDS-Zertifizierung wird mit dem Tarif { $plan } für { $subsidiary } nicht verkauft.
cli-voucher-refused = OVHcloud hat den Gutschein { $code } abgelehnt
cli-voucher-fix = Es wurde nichts bestellt, und der Warenkorb wurde gelöscht. Korrigieren Sie den Code, oder führen Sie den Befehl ohne --voucher aus.
cli-prompt-order = Diese Bestellung aufgeben? [y/N]
cli-declined = Es wurde nichts bestellt: Sie haben abgelehnt.
cli-interrupted-before-order = Vor der Bestellung abgebrochen: Es wurde nichts bestellt.
cli-interrupted = Abgebrochen.
cli-retrying = Noch keine brauchbare Antwort auf { $method } { $path }: neuer Versuch in { $ms } ms (Versuch { $attempt }).
cli-cart-deleted = Warenkorb { $cart } gelöscht.
cli-cart-kept = Der Warenkorb { $cart } wurde behalten: Anzeigen mit ovhcart cart show { $cart }, löschen mit ovhcart cart delete { $cart }.
cli-dry-run-deleted = Probelauf: Es wurde nichts bestellt, und der Warenkorb { $cart } wurde gelöscht.
cli-dry-run-kept = Probelauf: Es wurde nichts bestellt. Der Warenkorb { $cart } wurde behalten (er läuft nach einem Tag von selbst ab).
cli-failed-delete = Der Warenkorb konnte nicht gelöscht werden
cli-failed-pay = Die Bestellung wurde aufgegeben, konnte aber nicht bezahlt werden
cli-pay-from-page = Bezahlen Sie sie auf der Bestellseite: { $url }
cli-order-maybe-placed = Die Bestellung wurde möglicherweise aufgegeben: Bestellen Sie nicht erneut. Prüfen Sie mit ovhcart order status oder ovhcart carts (ein bestätigter Warenkorb ist schreibgeschützt) oder im Kundencenter unter Rechnungen > Bestellungen.
cli-no-data-dir = kein Datenverzeichnis (setzen Sie OVHCART_DATA_DIR)
cli-follow-timeout = Das Projekt wurde nicht innerhalb von { $seconds } { $seconds ->
    [one] Sekunde
   *[other] Sekunden
} geliefert. Die Bestellung läuft weiter: Verfolgen Sie sie mit ovhcart order status { $id } --follow.
cli-follow-timeout-sandbox = Das Projekt wurde nicht innerhalb von { $seconds } { $seconds ->
    [one] Sekunde
   *[other] Sekunden
} geliefert. Diese Bestellung liegt in der eingebauten Sandbox, die mit ovhcart endet: Es gibt nichts mehr zu verfolgen.
cli-order = Bestellung
cli-order-id-invalid = „{ $id }“ ist keine Bestellnummer: Eine Bestellnummer ist eine positive Zahl, wie ovhcart order sie ausgibt.
cli-order-unknown = Ihr Konto hat keine Bestellung { $id }
cli-help-examples = Beispiele:
cli-usage-hint = Führen Sie { $command } --help aus, um zu sehen, was es annimmt.
cli-flag-wizard-only = { $flag } gilt nur für den Assistenten (ovhcart ohne Befehl).
cli-flag-subsidiary = { $flag } gilt nur für den Assistenten und für ovhcart order.
cli-man-unknown = ovhcart hat keinen Befehl { $command }: Seine Befehle an dieser Stelle sind { $known }.
cli-flag-clauses-italy = { $flag } gilt nur für die Niederlassung IT: Die ausdrückliche Genehmigung von Klauseln ist eine Regel des italienischen Rechts (Art. 1341 und 1342 des Zivilgesetzbuchs).
cli-flag-no-api = { $flag } bewirkt bei diesem Befehl nichts: Er ruft die API nicht auf.
cli-flag-sandbox-only = { $flag } stellt die eingebaute Sandbox ein: Fügen Sie --sandbox hinzu, oder geben Sie es nach ovhcart sandbox an.
cli-step-todo = offen
cli-step-doing = läuft
cli-step-done = erledigt
cli-step-error = fehlgeschlagen
cli-contracts = Verträge
cli-no-carts = Keine Warenkörbe in diesem Konto.
cli-cart-mine = von ovhcart angelegt
cli-cart-read-only = schreibgeschützt (bestellt)
cli-cart-items = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
cli-cart-expires = läuft ab
cli-cart-id-invalid = „{ $id }“ ist keine Warenkorb-ID.
cli-cart-unknown = Ihr Konto hat keinen Warenkorb { $cart }
cli-cart-list-hint = Er ist womöglich abgelaufen (Warenkörbe gelten einen Tag) oder wurde gelöscht: Listen Sie die Warenkörbe mit ovhcart carts auf.
cli-failed-carts = Die Warenkörbe konnten nicht aufgelistet werden
cli-failed-cart-read = Der Warenkorb konnte nicht gelesen werden
cli-delete-no-terminal = Es wurde nichts gelöscht: Es gibt kein Terminal für eine Rückfrage. Fügen Sie --yes hinzu, um ohne Rückfrage zu löschen.
cli-prompt-delete = Warenkorb { $cart } löschen? [y/N]
cli-delete-declined = Es wurde nichts gelöscht: Sie haben abgelehnt.

## Recovering what an earlier run left unfinished

recover-ordered = Die Bestellung eines früheren Laufs wurde doch aufgegeben: Bestellung { $id } für „{ $name }“. Sie wird nicht noch einmal aufgegeben.
recover-unsettled = Ein früherer Lauf hat die Bestellung für „{ $name }“ gesendet, und ihr Ausgang ist noch unbekannt ({ $error }). Nichts wurde erneut gesendet: Prüfen Sie Ihre Bestellungen (ovhcart order status oder das Kundencenter), bevor Sie erneut bestellen.
earlier-unsettled = Ein früherer Lauf hat die Bestellung für „{ $name }“ gesendet, und ob sie aufgegeben wurde, ist noch unbekannt. Nichts wurde erneut gesendet: Prüfen Sie Ihre Bestellungen (ovhcart order status oder das Kundencenter), bevor Sie erneut bestellen.
cli-resuming-cart = Der Warenkorb { $cart }, den ein früherer Lauf für dieses Projekt hinterlassen hat, wird vervollständigt.

## Zeilenmodus (--plain, TERM=dumb)

plain-intro = ovhcart, Zeile für Zeile (API { $endpoint }). Jede Frage endet mit einem Doppelpunkt: Geben Sie die Antwort ein und drücken Sie die Eingabetaste. Strg-C bricht bei jeder Frage ab.
plain-open-carts =
    { $count ->
        [one] Ihr Konto hat einen offenen Warenkorb ({ $carts }): Er bleibt, wie er ist, und dieser Lauf beginnt einen neuen. ovhcart carts listet ihn auf; der Vollbild-Assistent kann ihn fortsetzen.
       *[other] Ihr Konto hat { $count } offene Warenkörbe ({ $carts }): Sie bleiben, wie sie sind, und dieser Lauf beginnt einen neuen. ovhcart carts listet sie auf; der Vollbild-Assistent kann sie fortsetzen.
    }
plain-step = Schritt { $number } von { $total }: { $name }
plain-working = Wird bearbeitet…
plain-reduction = Rabatt: { $what }
plain-contract = Vertrag: { $name }, { $url }
plain-yes = ja
plain-no = nein
plain-yes-no-default-yes = [J/n]:
plain-yes-no-default-no = [j/N]:
plain-yes-no-again = Bitte antworten Sie mit ja oder nein.
plain-retry = Erneut versuchen?
plain-ask-subsidiary = Niederlassung: Geben Sie ihre Nummer (1 bis { $count }), ihren Code oder ihr Land ein; die Eingabetaste behält { $default }:
plain-not-in-list = „{ $answer }“ steht nicht in der Liste: Geben Sie eine Nummer von 1 bis { $count } ein.
plain-ask-plan = Angebot: Geben Sie seine Nummer (1 bis { $count }) ein; die Eingabetaste behält { $default }:
plain-ask-option = { $option } hinzufügen?
plain-ask-name = Projektname; die Eingabetaste behält „{ $default }“:
plain-ask-voucher = Gutscheincode; Eingabetaste für keinen:
plain-consent-word = ja
plain-ask-waiver = Um dieses Kästchen anzuhaken und damit für diese Bestellung auf Ihr Widerrufsrecht zu verzichten, geben Sie „{ $word }“ vollständig ein. Jede andere Antwort lässt es leer, und es wird nichts bestellt:
plain-waiver-refused = Es wurde nichts bestellt: Sie behalten Ihr Widerrufsrecht.
plain-ask-contracts = Um dieses Kästchen anzuhaken und damit die oben aufgeführten Verträge zu akzeptieren, geben Sie „{ $word }“ vollständig ein. Jede andere Antwort lässt es leer, und es wird nichts bestellt:
plain-contracts-refused = Es wurde nichts bestellt: Sie haben die Verträge nicht akzeptiert.
plain-ask-clauses = Um dieses Kästchen anzuhaken und damit diese Klauseln ausdrücklich zu genehmigen, geben Sie „{ $word }“ vollständig ein. Jede andere Antwort lässt es leer, und es wird nichts bestellt:
plain-clauses-refused = Es wurde nichts bestellt: Sie haben die Klauseln nicht genehmigt.
plain-ask-order = Bestellung jetzt aufgeben? Summe inkl. Steuern: { $total }. Damit wird die Bestellung an OVHcloud gesendet.
plain-declined = Es wurde nichts bestellt: Sie haben abgelehnt.
plain-nothing-ordered = Vor der Bestellung abgebrochen: Es wurde nichts bestellt.
plain-ask-delete-cart = Der Warenkorb { $cart } ist in Ihrem Konto noch offen. Löschen? Sonst bleibt er erhalten und läuft nach einem Tag von selbst ab.
plain-cart-kept = Der Warenkorb { $cart } wurde behalten: Anzeigen mit ovhcart cart show { $cart }, löschen mit ovhcart cart delete { $cart }.
plain-cart-kept-sandbox = Der Warenkorb { $cart } bleibt in der Sandbox offen, bis ovhcart endet.
plain-cart-deleted = Warenkorb { $cart } gelöscht.

## Onboarding: die Bildschirme vor dem Assistenten, wenn keine nutzbaren Zugangsdaten gefunden wurden
onboard-title = Mit OVHcloud verbinden
onboard-step = Verbinden
onboard-page-endpoint = API
onboard-page-keys = Anwendungsschlüssel
onboard-page-validation = Bestätigung
onboard-page-saved = Gespeichert
onboard-intro = Es wurden keine nutzbaren Zugangsdaten für die OVHcloud-API gefunden. ovhcart erstellt sie mit Ihnen: Wählen Sie die API Ihres Kontos, erstellen Sie einen Application Key und bestätigen Sie dann einen Schlüssel, der auf die Routen beschränkt ist, die ovhcart aufruft.
onboard-choose-endpoint = Auf welcher API liegt Ihr OVHcloud-Konto?
onboard-region-eu = Europa und Afrika
onboard-region-ca = Kanada, Asien-Pazifik und übrige Welt
onboard-region-us = Vereinigte Staaten
onboard-region-custom = die mit --endpoint oder in Ihrer Konfiguration angegebene Adresse
onboard-serves = Niederlassungen: { $codes }
onboard-save-to = Die Schlüssel werden in { $file } gespeichert.
onboard-create-app = Öffnen Sie { $url } in einem Browser, melden Sie sich mit Ihrem OVHcloud-Konto an und erstellen Sie eine Anwendung (beliebiger Name und beliebige Beschreibung). Kopieren Sie ihren Application Key und ihr Application Secret hierher.
onboard-reused = Die Schlüssel aus Ihrer Konfiguration sind bereits eingetragen: Drücken Sie Enter, um sie zu verwenden.
onboard-application-key = Application Key
onboard-application-secret = Application Secret (verborgen)
onboard-refused-key = Geben Sie den Application Key ein.
onboard-refused-secret = Geben Sie das Application Secret ein.
onboard-request-failed = Zugriffsanfrage
onboard-requesting = Zugriff wird angefragt…
onboard-open-url = Öffnen Sie diese Seite, melden Sie sich mit Ihrem OVHcloud-Konto an und stimmen Sie zu. Der Schlüssel erlaubt nur die { $count } Routen, die ovhcart aufruft.
onboard-qr-too-small = Vergrößern Sie das Terminal, um diesen Link als QR-Code zu sehen.
onboard-waiting = Warten auf Ihre Bestätigung (bis zu { $minutes } min). Esc bricht ab; bis dahin wird nichts gespeichert.
onboard-saving = Bestätigt für das Konto { $account }; die Schlüssel werden gespeichert…
onboard-saved = Application Key, Application Secret und Consumer Key in { $file } [{ $section }] gespeichert.
onboard-save-failed = Die Schlüssel konnten nicht gespeichert werden: { $error }
onboard-save-failed-hint = r versucht es erneut. Enter macht ohne Speichern weiter: Der Schlüssel funktioniert, bis ovhcart beendet wird.
onboard-continue = Drücken Sie Enter, um Ihre Bestellung zu beginnen.
onboard-timed-out = Der Schlüssel wurde nicht innerhalb von { $minutes } min bestätigt; es wurde nichts gespeichert. Drücken Sie Enter für einen neuen Link.
onboard-not-validated = Der Schlüssel hat auf der Bestätigungsseite den Status { $state } erhalten; es wurde nichts gespeichert. Drücken Sie Enter, um es erneut zu versuchen.
hint-request-access = Zugriff anfragen
hint-next-field = nächstes Feld
hint-prev-field = vorheriges Feld
hint-continue = weiter
hint-retry-save = erneut speichern
busy-requesting-access = Zugriff wird angefragt…
busy-validation = Warten auf die Bestätigung…
busy-saving-keys = Die Schlüssel werden gespeichert…

## Die Bestellung wurde vielleicht aufgegeben (Ausgang des Checkouts unbekannt)

hint-check-again = erneut prüfen
order-unknown-title = Die Bestellung wurde vielleicht aufgegeben
order-unknown-text = Die Antwort auf die Bestellung ging verloren, und ovhcart konnte nicht feststellen, ob OVHcloud sie angelegt hat. ovhcart sendet die Bestellung nicht erneut.
order-unknown-cart = Warenkorb
order-unknown-order = Bestellung
order-unknown-order-none = noch nicht bekannt
order-unknown-checking = Warenkorb und Ihre letzten Bestellungen werden geprüft…
order-unknown-why = die letzte Prüfung brachte keine Klarheit
order-unknown-next = Erneut prüfen (r) liest den Warenkorb und Ihre letzten Bestellungen. Wird die Bestellung gefunden, bezahlt ovhcart sie, wenn sie kostenlos ist, schreibt den Beleg und verfolgt sie. Ist der Warenkorb noch offen, wurde nichts bestellt: Sie kehren zur Übersicht zurück, wo das Verzichtskästchen erneut angekreuzt werden muss.
order-unknown-next-earlier = Diese Bestellung wurde von einem früheren Lauf von ovhcart gesendet. Erneut prüfen (r) liest den Warenkorb und Ihre letzten Bestellungen. Wird die Bestellung gefunden, bezahlt ovhcart sie, wenn sie kostenlos ist, und verfolgt sie. Ist der Warenkorb noch offen, wurde nichts bestellt: er wird in Ihren Warenkörben angezeigt, zum Fortsetzen.
order-unknown-exit = Die Bestellung für den Warenkorb { $cart } wurde vielleicht aufgegeben. Bestellen Sie nicht erneut, bevor Sie geprüft haben: führen Sie ovhcart order status oder ovhcart carts aus (ein bestellter Warenkorb ist schreibgeschützt), oder sehen Sie im Kundencenter unter Abrechnung > Bestellungen nach.
order-unknown-exit-sandbox = Die Bestellung für den Warenkorb { $cart } wurde in der Sandbox vielleicht aufgegeben.
sandbox-ended = Die eingebaute Sandbox endete mit ovhcart, und mit ihr ihre Warenkörbe und Bestellungen: Es gibt nichts mehr zu prüfen. Um eine Sandbox zwischen zwei Läufen zu behalten, starten Sie eine mit `ovhcart sandbox` in einem anderen Terminal und führen Sie ovhcart mit den Variablen aus, die sie ausgibt.
carts-state-unknown = Ausgang unbekannt
plain-ask-recheck = Geben Sie r ein, um erneut zu prüfen, oder q, um aufzuhören (nichts wird erneut gesendet):

# Real accounts: held and refused orders, eligibility actions, VOUCHER_* refusals (docs/api-notes.md).
order-held-review = OVHcloud prüft die Bestellung { $id }, bevor sie geliefert wird; das kann einige Tage dauern, und Sie werden eventuell per E-Mail um Unterlagen gebeten. Nichts erneut senden: prüfen Sie später mit ovhcart order status { $id } oder im Kundencenter: { $url }
order-held-review-sandbox = OVHcloud prüft die Bestellung { $id }, bevor sie geliefert wird; das kann einige Tage dauern, und Sie werden eventuell per E-Mail um Unterlagen gebeten. Nichts erneut senden. Diese Bestellung liegt in der eingebauten Sandbox, die mit ovhcart endet: Sobald ovhcart endet, gibt es nichts mehr zu prüfen.
order-held-documents = OVHcloud verlangt Unterlagen, bevor die Bestellung { $id } geliefert wird: Senden Sie sie über das Kundencenter ({ $url }) oder als Antwort auf die E-Mail und prüfen Sie dann mit ovhcart order status { $id }.
order-held-documents-sandbox = OVHcloud verlangt Unterlagen, bevor die Bestellung { $id } geliefert wird: Mit einem echten Konto würden Sie sie über das Kundencenter ({ $url }) oder als Antwort auf die E-Mail senden. Diese Bestellung liegt in der eingebauten Sandbox, die mit ovhcart endet: Sobald ovhcart endet, gibt es nichts mehr zu prüfen.
order-held-not-paid = Die Bestellung { $id } wartet auf ihre Zahlung: Bezahlen Sie sie über ihre Bestellseite oder das Kundencenter ({ $url }) und prüfen Sie dann mit ovhcart order status { $id }.
order-held-not-paid-sandbox = Die Bestellung { $id } wartet auf ihre Zahlung: Mit einem echten Konto würden Sie sie über ihre Bestellseite oder das Kundencenter ({ $url }) bezahlen. Diese Bestellung liegt in der eingebauten Sandbox, die mit ovhcart endet: Sobald ovhcart endet, gibt es nichts mehr zu prüfen.
order-refused = OVHcloud hat die Bestellung { $id } abgelehnt: Es wird nichts geliefert. Fragen Sie den OVHcloud-Support über das Kundencenter nach dem Grund: { $url }
eligibility-blocked = Ihr Konto muss zuerst Folgendes im OVHcloud-Kundencenter erledigen, bevor es ein Public-Cloud-Projekt bestellen kann (es wurde nichts bestellt):
eligibility-add-payment-method = Fügen Sie ein gültiges Zahlungsmittel hinzu: { $url }
eligibility-challenge-payment-method = Bestätigen Sie Ihr Zahlungsmittel (eine kleine Prüfzahlung): { $url }
eligibility-verify-paypal = Verifizieren Sie Ihr PayPal-Konto: { $url }
eligibility-projects-quota = Beantragen Sie mehr Projekte: Ihr Konto hat seine Anzahl an Public-Cloud-Projekten erreicht: { $url }
eligibility-other = Erledigen Sie die von OVHcloud verlangte Aktion „{ $action }“: { $url }
eligibility-minimum-credit = Ein erstes Guthaben von mindestens { $amount } ist nötig.
eligibility-methods = Akzeptierte Zahlungsmittel: { $methods }.
voucher-code-invalid = Diesen Gutscheincode gibt es nicht: Prüfen Sie die Schreibweise.
voucher-code-too-many-attempts = Zu viele Gutscheinversuche: Warten Sie eine Weile, bevor Sie es erneut versuchen.
voucher-code-no-longer-valid = Dieser Gutschein ist nicht mehr gültig.
voucher-code-already-used = Dieser Gutschein wurde bereits verwendet.
voucher-code-expired = Dieser Gutschein ist abgelaufen.
voucher-code-country = Dieser Gutschein gilt nicht für das Land Ihres Kontos.
voucher-code-payment-mean = Dieser Gutschein verlangt ein gültiges Zahlungsmittel in Ihrem Konto: Fügen Sie zuerst eines im Kundencenter hinzu.
voucher-code-too-many-used = Dieser Gutschein wurde so oft verwendet, wie er erlaubt.
voucher-code-nichandle = Dieser Gutschein ist einem anderen Konto vorbehalten.
voucher-code-scored = Dieser Gutschein kann mit Ihrem Konto nicht verwendet werden.
voucher-code-new-customer = Dieser Gutschein gilt nur für Neukunden.
voucher-code-new-project = Dieser Gutschein gilt nur für ein erstes Public-Cloud-Projekt.
voucher-code-other = OVHcloud hat diesen Gutschein abgelehnt.
review-refused-eligibility = Ihr Konto muss zuerst das oben Genannte im OVHcloud-Kundencenter erledigen: Bis dahin kann nichts bestellt werden.
review-refused-earlier = Noch nicht: Was ein früherer Lauf offen ließ, wird noch geklärt (er hat dies vielleicht schon bestellt). Versuchen Sie es gleich noch einmal.
busy-retrying = noch keine brauchbare Antwort, neuer Versuch (Versuch { $attempt })

## Die Hilfe der Befehlszeile (--help, ovhcart man, Vervollständigungen): Die Definitionen in src/cli/args.rs,
## src/cli/login.rs, src/cli/doctor.rs und src/sandbox/ verweisen auf diese Schlüssel
usage-about = Ein Public-Cloud-Projekt bei OVHcloud im Terminal bestellen
usage-about-long =
    Ein Public-Cloud-Projekt bei OVHcloud im Terminal bestellen.

    Ohne Befehl öffnet ovhcart den Vollbild-Assistenten. `ovhcart --sandbox` führt ihn gegen eine eingebaute OVHcloud-API auf 127.0.0.1 aus: kein Konto, nichts wird berechnet.
usage-heading-usage = Verwendung
usage-heading-commands = Befehle
usage-heading-arguments = Argumente
usage-heading-options = Optionen
usage-heading-connection-anywhere = Verbindung (vor oder nach dem Befehl)
usage-heading-connection = Verbindung
usage-heading-wizard = Assistent
usage-heading-sandbox = Sandbox (nach `ovhcart sandbox` oder mit --sandbox vor einem Befehl)
usage-arg-help = Hilfe anzeigen
usage-arg-help-more = Hilfe anzeigen (mehr mit --help)
usage-arg-help-summary = Hilfe anzeigen (Zusammenfassung mit -h)
usage-arg-version = Version anzeigen
usage-about-help = Diese Meldung oder die Hilfe des angegebenen Befehls anzeigen
usage-arg-lang = Sprache der Oberfläche (en, fr, es, it, pl, pt, de); Standard aus LC_ALL/LANG
usage-arg-verbose = Mehr Details in der Protokolldatei (-v: debug, -vv: trace)
usage-arg-log-file = Das Protokoll hierhin schreiben statt ins Datenverzeichnis
usage-arg-endpoint = API-Endpoint: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca oder eine Basis-URL [Standard: OVH_ENDPOINT, dann ovh.conf]
usage-arg-config = Diese ovh.conf nach /etc/ovh.conf, ~/.ovh.conf und ./ovh.conf lesen
usage-arg-retry-budget = Wie lange ein API-Lesezugriff bei vorübergehenden Fehlern (Netzwerk, Zeitüberschreitung, 5xx, 429) wiederholt werden darf; 0: nie wiederholen [Standard: 30]
usage-arg-request-timeout = Die längste Dauer einer API-Anfrage, einschließlich des Lesens ihrer ganzen Antwort (mindestens 1) [Standard: 30]
usage-arg-allow-clear-http = Zulassen, dass Zugangsdaten über unverschlüsseltes http:// an einen anderen Host als diesen Rechner gesendet werden (jeder auf dem Weg kann sie lesen)
usage-arg-sandbox = Gegen die eingebaute Sandbox-API mit ihren Demo-Zugangsdaten laufen (nichts wird berechnet); ihre Einstellungen (--delivery-ms, …) stehen vor dem Befehl
usage-arg-high-contrast = Helle Farben mit hohem Kontrast im Assistenten (NO_COLOR schaltet Farben weiterhin ab)
usage-arg-plain = Die Fragen des Assistenten Zeile für Zeile stellen, für Screenreader und einfache Terminals (automatisch bei TERM=dumb)
usage-arg-subsidiary = Diese Niederlassung vorauswählen (z. B. FR, GB, QC); `ovhcart --subsidiary FR order …` bestellt für sie
usage-about-sandbox = Die Sandbox-API auf 127.0.0.1 starten und ihre Zugangsdaten als Shell-Zeilen mit `export` ausgeben
usage-about-login = Einen Consumer Key erstellen, der auf die Routen beschränkt ist, die ovhcart aufruft, und ihn in ovh.conf speichern
usage-about-doctor = Endpoint, Zugangsdaten, Uhr und die Rechte des Consumer Keys prüfen
usage-about-order = Ein Public-Cloud-Projekt ohne Vollbild bestellen oder (`order status ID`) eine Bestellung verfolgen
usage-about-carts = Die Warenkörbe des Kontos mit ihren Positionen und ihrem Ablaufdatum auflisten
usage-about-cart = Einen Warenkorb anzeigen oder löschen
usage-about-completions = Ein Vervollständigungsskript für eine Shell ausgeben, erzeugt aus diesen Definitionen
usage-about-man = Die Handbuchseite (roff) von ovhcart oder einem seiner Befehle ausgeben, erzeugt aus diesen Definitionen
usage-arg-name = Der Name des Projekts (seine Beschreibung im Kundencenter), 1 bis 255 Zeichen
usage-arg-order-subsidiary = Die Niederlassung, für die bestellt wird (z. B. FR, GB, QC) [Standard: die des Kontos]
usage-arg-voucher = Ein Gutscheincode, der vor der Bestellung bei OVHcloud geprüft wird
usage-arg-hds = Die Option HDS-Zertifizierung (Hosting von Gesundheitsdaten, Frankreich) zum Projekt hinzufügen; abgelehnt, wenn sie nicht verkauft wird
usage-arg-auto-pay = Automatisch mit dem Standard-Zahlungsmittel des Kontos bezahlen
usage-arg-waive-retraction = Für diese Bestellung auf das Widerrufsrecht verzichten (erforderlich: ovhcart bestellt nicht ohne diese Zustimmung)
usage-arg-accept-contracts = Die Verträge dieser Bestellung akzeptieren, wie sie mit der Kostenübersicht aufgeführt sind (erforderlich: ovhcart bestellt nicht ohne diese Zustimmung)
usage-arg-approve-clauses = Für die Niederlassung IT: die Klauseln nach Art. 1341 und 1342 des italienischen Zivilgesetzbuchs ausdrücklich genehmigen (dort erforderlich)
usage-arg-dry-run = Nach der Kostenübersicht anhalten und den Warenkorb löschen; es wird nichts bestellt
usage-arg-keep-cart = Mit --dry-run: den Warenkorb behalten, statt ihn zu löschen
usage-arg-order-yes = Die Bestellung ohne Rückfrage aufgeben (nötig, wenn es kein Terminal für eine Rückfrage gibt)
usage-arg-order-follow = Nach der Bestellung warten, bis das Projekt geliefert ist, und seine ID ausgeben
usage-arg-order-follow-timeout = Mit --follow: das Warten nach so vielen Sekunden aufgeben (die Bestellung läuft weiter)
usage-arg-json = Ein JSON-Dokument auf stdout ausgeben statt Text
usage-about-order-status = Status und Lieferschritte einer Bestellung anzeigen, nach der Lieferung auch die Projekt-ID
usage-arg-order-id = Die Bestellnummer (eine Zahl, wie `ovhcart order` sie ausgibt)
usage-arg-status-follow = Warten, bis das Projekt geliefert ist
usage-arg-status-follow-timeout = Mit --follow: das Warten nach so vielen Sekunden aufgeben
usage-about-cart-show = Einen Warenkorb anzeigen: seine Positionen, deren Konfigurationen und die Kostenübersicht
usage-about-cart-delete = Einen Warenkorb löschen (fragt in einem Terminal zuerst nach)
usage-arg-cart-delete-yes = Ohne Rückfrage löschen (nötig, wenn es kein Terminal für eine Rückfrage gibt)
usage-arg-shell = Die Shell, für die vervollständigt wird
usage-arg-command = Der Befehl, dessen Seite ausgegeben wird (`order`, `order status`, `cart show`…); ohne ihn die Seite von ovhcart selbst
usage-arg-application-key = Der Application Key von der createApp-Seite [Standard: OVH_APPLICATION_KEY, dann ovh.conf]
usage-arg-application-secret-stdin = Das Application Secret aus der ersten Zeile von stdin lesen. Eine Option, die das Secret selbst entgegennimmt, gibt es absichtlich nicht: Eine Befehlszeile ist für jeden Benutzer des Rechners sichtbar (ps, /proc) und bleibt im Shell-Verlauf. Andernfalls kommt es aus OVH_APPLICATION_SECRET, ovh.conf oder einer verdeckten Eingabeaufforderung im Terminal
usage-arg-timeout = Aufgeben, wenn der Schlüssel nicht innerhalb so vieler Sekunden bestätigt wird
usage-arg-login-json = JSON-Zeilen (die Bestätigungs-URL, das Konto, die gespeicherte Datei) statt Text ausgeben
usage-arg-no-qr = Die Bestätigungs-URL nicht als QR-Code zeichnen
usage-arg-poll-interval = Sekunden zwischen zwei Prüfungen des Schlüssels während des Wartens
usage-arg-doctor-json = Den Bericht als ein einziges JSON-Dokument ausgeben
usage-arg-listen = Adresse, auf der gelauscht wird. Standardmäßig Loopback; alles andere erfordert --expose
usage-arg-expose = Eine andere --listen-Adresse als Loopback erlauben: Jeder, der sie erreicht, erhält die Demo-Zugangsdaten und kann Bestellungen aufgeben
usage-arg-latency-ms = Millisekunden, die vor jeder Antwort hinzugefügt werden
usage-arg-fault-rate = Anteil der Anfragen (0 bis 1), die fehlschlagen: HTML-Seiten 502/503, Verbindungsabbrüche, verlorene Antworten
usage-arg-seed = Startwert für Fehler und erzeugte IDs (zufällig, wenn nicht angegeben)
usage-arg-clock-skew = Sekunden, die die Uhr der Sandbox gegenüber diesem Rechner vorgeht (oder, negativ, nachgeht)
usage-arg-cart-ttl = Lebensdauer eines neuen Warenkorbs, in Sekunden
usage-arg-delivery-ms = Millisekunden von der Zahlung bis zur Lieferung
usage-arg-plan-price-cents = Monatspreis des Projekttarifs, in Cent (der echte Tarif kostet 0)
usage-arg-hds-price-cents = Monatspreis der Option HDS-Zertifizierung, in Cent
usage-arg-lose-checkout-answers = Die Antworten der ersten N Checkouts verlieren, nachdem die Bestellung angelegt wurde
usage-arg-token-ttl = Lebensdauer der OAuth2-Zugriffstoken, in Sekunden
usage-arg-situation = Worauf das Demo-Konto stößt, wie echte Erstkunden
usage-situation-ready = Alles in Ordnung: eine gültige Standardkarte, nichts erforderlich
usage-situation-add-payment-method = Kein Zahlungsmittel: Das Konto muss vor der Bestellung eines hinzufügen; ein Gutschein, der eines verlangt, wird abgelehnt
usage-situation-challenge-payment-method = Ein neues Konto, dessen Karte vor der Bestellung bestätigt werden muss
usage-situation-verify-paypal = Ein PayPal-Konto, das vor der Bestellung verifiziert werden muss
usage-situation-projects-quota = Das Projektkontingent des Kontos ist erreicht: Es muss mehr beantragen
usage-situation-fraud-review = Bestellungen werden vor der Lieferung von Hand geprüft und dann geliefert
usage-situation-documents-requested = Bestellungen warten vor der Lieferung auf Unterlagen
usage-situation-fraud-refused = Bestellungen werden nach der Betrugsprüfung abgelehnt (Fehler 906)
usage-situation-us = Die US-API: ein US-Konto, keine Route zur Bestellberechtigung, die Projekt-ID steht in den Vorgängen der Bestellung

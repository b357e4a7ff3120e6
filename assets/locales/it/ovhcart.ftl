# ovhcart, italiano. Le stesse chiavi del catalogo inglese (un test lo verifica).
# Nomi dei tasti (enter, esc, ctrl-u…): in inglese, come nel piè di pagina.

## Steps

step-subsidiary = Filiale
step-plan = Offerta
step-name = Nome
step-voucher = Voucher
step-review = Riepilogo
step-order = Ordine

## Key hints (footer and help)

hint-quit = esci
hint-help = aiuto
hint-retry = riprova
hint-back = indietro
hint-up = su
hint-down = giù
hint-choose = scegli
hint-clear-or-quit = cancella filtro / esci
hint-next = avanti
hint-check-or-skip = verifica / salta se vuoto
hint-activate = seleziona
hint-toggle = spunta / togli
hint-focus-next = campo successivo
hint-focus-prev = campo precedente
hint-leave = esci, segui dopo
hint-finish = fine
hint-close = chiudi
hint-page-up = pagina su
hint-page-down = pagina giù
hint-keep-cart = tieni il carrello ed esci
hint-delete-cart = elimina il carrello ed esci
hint-cancel = annulla
hint-place-order = effettua l'ordine
hint-language = lingua

## Validation and refusals

name-error-empty = Il nome non può essere vuoto.
name-error-too-long = Il nome ha { $count } caratteri; ne sono ammessi al massimo { $max }.
name-error-control = Il nome non può contenere caratteri di controllo, come le tabulazioni.
voucher-error-space = Un codice voucher non contiene spazi.
voucher-error-control = Un codice voucher non può contenere caratteri di controllo.
voucher-error-too-long = È troppo lungo per essere un codice voucher.
plan-error-no-renew = Questa offerta non ha un prezzo di rinnovo, quindi non può essere ordinata qui. Scegline un'altra.
review-refused-waiver = Per effettuare l'ordine, spunta qui sopra la casella di rinuncia al diritto di recesso.
review-refused-quote = Il preventivo non è ancora pronto: attendilo, oppure riprova se non è riuscito.
review-waiver-language = La lingua è cambiata, quindi la spunta dalla casella di rinuncia è stata tolta: leggi il testo qui sotto e spuntala di nuovo se sei d'accordo.

## What failed

failed-account = Impossibile caricare il tuo account
failed-cart = Impossibile preparare il carrello
failed-item = Impossibile aggiungere il progetto al carrello
failed-description = Impossibile salvare il nome del progetto
failed-voucher = Impossibile aggiungere o rimuovere il voucher
failed-voucher-check = Impossibile verificare il voucher
failed-quote = Impossibile caricare il preventivo
failed-checkout = Non è stato possibile effettuare l'ordine
failed-follow = Impossibile seguire l'ordine

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = La normativa UE a tutela dei consumatori ti riconosce un diritto di recesso: per un contratto concluso a distanza puoi recedere entro 14 giorni senza dover fornire alcuna motivazione. Spuntando questa casella chiedi a OVHcloud di elaborare e consegnare subito questo ordine, e rinunci a tale diritto per questo ordine. Se non sei d'accordo, lascia la casella vuota: ovhcart non effettuerà l'ordine. Nient'altro in ovhcart spunta questa casella al posto tuo.

## Frame

header-endpoint = · API { $endpoint }
header-language = Lingua: { $language }
too-small = Il terminale è troppo piccolo ({ $width }×{ $height }). ovhcart richiede almeno { $min_width }×{ $min_height }: ingrandisci la finestra.
busy-account = Caricamento del tuo account…
busy-cart = Preparazione del carrello…
busy-item = Aggiunta del progetto al carrello…
busy-config = Salvataggio nel carrello…
busy-quote = Aggiornamento del preventivo…
busy-voucher = Verifica del voucher…
busy-placing = Invio dell'ordine…
busy-following = Monitoraggio dell'ordine…

## Errors

error-prefix = Errore
error-title = Non è stato possibile effettuare l'ordine
error-query-id = ID della richiesta: { $id } (comunicalo al supporto OVHcloud)
error-hint-credentials = Verifica l'application key e la consumer key (ovhcart doctor), oppure ottienine di nuove con ovhcart login.
error-hint-signature = L'application secret non corrisponde all'application key, oppure l'orologio è molto sfasato: esegui ovhcart doctor.
error-hint-not-granted = Le regole di accesso della consumer key non coprono questa chiamata: esegui ovhcart doctor, poi ovhcart login per ottenere una chiave con le regole di cui ovhcart ha bisogno.
error-hint-forbidden = L'account non è autorizzato a farlo; il carrello potrebbe appartenere a un altro account.
error-hint-cart-gone = Il carrello è scaduto (un carrello dura un giorno) o è stato eliminato: torna al primo step per crearne uno nuovo.
error-hint-not-found = Verifica l'identificativo; potrebbe essere stato eliminato.
error-hint-bad-request = Correggi il valore indicato nel messaggio e riprova.
error-hint-rate-limited = Troppe richieste: attendi un minuto e riprova.
error-hint-server = L'API ha dei problemi: riprova tra poco.
error-hint-network = Verifica la connessione di rete e l'endpoint, poi riprova.
error-hint-invalid-response = L'API ha risposto in modo inatteso: riprova; se il problema persiste, verifica l'endpoint.

## Step 1: subsidiary

subsidiary-intro = Scegli la filiale OVHcloud presso cui ordinare il progetto: determina la valuta, i contratti e l'API attraverso cui passa l'ordine.
subsidiary-filter = Filtro
subsidiary-filter-placeholder = digita un paese o un codice
subsidiary-no-match = Nessuna filiale corrisponde a "{ $filter }". Premi Esc per cancellare il filtro.
subsidiary-col-code = Codice
subsidiary-col-country = Paese
subsidiary-col-currency = Valuta
subsidiary-col-endpoint = Ordine tramite
subsidiary-chosen = scelta
subsidiary-yours = quella del tuo account

## Step 2: plan

plan-intro = Offerte Public Cloud per { $subsidiary }. Un progetto di per sé non costa nulla; ciò che vi è in esecuzione viene fatturato a consumo.
plan-loading = Preparazione di un carrello e caricamento delle offerte…
plan-no-offers = L'API non propone alcun progetto Public Cloud per questa filiale. Torna indietro e scegline un'altra.
plan-no-renew = nessun prezzo di rinnovo
plan-code = Codice offerta
plan-renew = Prezzo
plan-pricing-mode = Modalità di prezzo
plan-consumption-title = Fatturato a consumo
plan-consumption-none = Nulla risulta fatturato a consumo.
duration-days = { $count ->
    [one] al giorno
   *[other] ogni { $count } giorni
}
duration-weeks = { $count ->
    [one] alla settimana
   *[other] ogni { $count } settimane
}
duration-months = { $count ->
    [one] al mese
   *[other] ogni { $count } mesi
}
duration-years = { $count ->
    [one] all'anno
   *[other] ogni { $count } anni
}
duration-once = una tantum
duration-other = ogni { $iso }

## Step 3: name

name-intro = Il nome è quello con cui il progetto appare nello Spazio Cliente e nell'API. Potrai modificarlo in seguito.
name-label = Nome del progetto
name-count = { $count } { $count ->
    [one] carattere
   *[other] caratteri
} su { $max }
name-saved = Salvato nel carrello come "{ $name }".

## Step 4: voucher

voucher-intro = Se hai un voucher, digitane il codice: viene verificato con OVHcloud prima di essere aggiunto. Lascia il campo vuoto e premi Enter per continuare senza (in questo modo si rimuove anche un voucher già aggiunto).
voucher-label = Codice voucher
voucher-checking = Verifica di { $code }…
voucher-refused = OVHcloud ha rifiutato il voucher { $code }: { $message }
voucher-fix = Correggi il codice, oppure svuota il campo e premi Enter per continuare senza voucher.
voucher-attached = Voucher { $code } accettato: { $credit } di credito.
voucher-attached-no-credit = Voucher { $code } accettato.

## Step 5: review

review-subsidiary = Filiale
review-plan = Offerta
review-name = Nome
review-voucher = Voucher
review-no-voucher = nessuno
review-quote = Preventivo
review-quote-loading = Preparazione del preventivo…
review-reduction = Sconti
review-without-tax = Totale imposte escluse
review-tax = Imposte
review-with-tax = Totale imposte incluse
review-contracts = Contratti (Enter su uno per leggerlo)
review-payment = Metodo di pagamento predefinito
review-payment-none = nessuno registrato sull'account
review-payment-unknown = sconosciuto (impossibile caricare l'account)
review-payment-loading = caricamento…
review-auto-pay = Paga automaticamente con il metodo di pagamento predefinito
review-waiver-label = Rinuncio al mio diritto di recesso per questo ordine
review-place-order = Effettua l'ordine

## Step 6: order

order-placed = Ordine { $id } effettuato.
order-url = Pagina dell'ordine
order-paid = Pagato.
order-not-paid = Non ancora pagato: pagalo dalla pagina dell'ordine.
order-reconciled = La risposta alla convalida è andata persa; ovhcart ha trovato l'ordine nel tuo account.
order-status = Stato
order-status-cancelled = annullato
order-status-cancelling = in annullamento
order-status-checking = in verifica
order-status-delivered = consegnato
order-status-delivering = in consegna
order-status-documents = documenti richiesti
order-status-not-paid = non pagato
order-status-unknown = sconosciuto
order-step-validating = Convalida
order-step-validated = Convalidato
order-step-delivering = Consegna
order-step-available = Disponibile
order-delivered = Progetto consegnato: { $project }
order-follow-later = Ora puoi uscire: l'ordine va avanti. Seguilo più tardi con: ovhcart order status { $id }
order-receipt = Ricevuta salvata in { $path }
order-receipt-failed = Impossibile scrivere la ricevuta: { $error }
order-not-placed = Nessun ordine è stato effettuato. Puoi riprovare o tornare al riepilogo.
order-maybe-placed = L'ordine potrebbe essere stato effettuato. Non ordinare di nuovo: verifica con ovhcart order status, oppure nello Spazio Cliente in Fatturazione > Ordini.

## Overlays

help-title = Tasti
help-editing = Digitando si modifica il campo: ← → home end, backspace, delete, ctrl-u (cancella fino all'inizio).
help-editing-name = Digitando si modifica il nome (anche ?): ← → home end, backspace, delete, ctrl-u (cancella fino all'inizio).
help-close = esc chiude questa finestra.
contract-empty = L'API non ha inviato il testo di questo contratto: leggilo all'indirizzo indicato sopra.
contract-position = riga { $line } di { $total }
confirm-quit-title = Uscire?
confirm-quit-text = Il carrello { $cart } è ancora aperto sul tuo account. Tenerlo (scade da solo dopo un giorno) o eliminarlo ora?
confirm-order-title = Effettuare l'ordine?
confirm-order-text = Effettuare l'ordine adesso? Totale imposte incluse: { $total }. L'ordine viene inviato a OVHcloud.

## Leaving the full screen

exit-delivered = Progetto { $project } consegnato (ordine { $id }).
exit-following = L'ordine { $id } è stato effettuato ed è ancora in lavorazione. Per seguirlo: ovhcart order status { $id } --follow
exit-cart-kept = Il tuo carrello { $cart } resta sul tuo account per un giorno.
exit-receipt = Ricevuta: { $path }
exit-needs-terminal = La procedura guidata ha bisogno di un terminale. Per gli script usa: ovhcart order --help
exit-no-public-cloud = L'endpoint { $endpoint } non vende progetti Public Cloud: usa ovh-eu, ovh-ca o ovh-us.
exit-unknown-subsidiary = Filiale { $code } sconosciuta per { $endpoint }. Valide: { $valid }
exit-terminated = Interrotto da un segnale di terminazione; il terminale è stato ripristinato.

## Modalità riga per riga (--plain, TERM=dumb)

plain-intro = ovhcart, riga per riga (API { $endpoint }). Ogni domanda termina con i due punti: scrivi la risposta e premi Invio. Ctrl-C interrompe a ogni domanda.
plain-step = Passo { $number } di { $total }: { $name }
plain-working = Elaborazione in corso…
plain-reduction = Sconto: { $what }
plain-contract = Contratto: { $name }, { $url }
plain-yes = sì
plain-no = no
plain-yes-no-default-yes = [S/n]:
plain-yes-no-default-no = [s/N]:
plain-yes-no-again = Rispondi sì o no.
plain-retry = Riprovare?
plain-ask-subsidiary = Filiale: scrivi il suo numero (da 1 a { $count }) o il suo codice; Invio mantiene { $default }:
plain-not-in-list = «{ $answer }» non è nell'elenco: scrivi un numero da 1 a { $count }.
plain-ask-plan = Offerta: scrivi il suo numero (da 1 a { $count }); Invio mantiene { $default }:
plain-ask-name = Nome del progetto; Invio mantiene «{ $default }»:
plain-ask-voucher = Codice voucher; Invio per nessuno:
plain-consent-word = sì
plain-ask-waiver = Per spuntare questa casella, e quindi rinunciare al tuo diritto di recesso per questo ordine, scrivi «{ $word }» per intero. Qualsiasi altra risposta la lascia senza spunta e non viene ordinato nulla:
plain-waiver-refused = Non è stato ordinato nulla: hai mantenuto il tuo diritto di recesso.
plain-ask-order = Effettuare l'ordine adesso? Totale imposte incluse: { $total }. L'ordine viene inviato a OVHcloud.
plain-declined = Non è stato ordinato nulla: hai rifiutato.
plain-nothing-ordered = Interrotto prima dell'ordine: non è stato ordinato nulla.
plain-ask-delete-cart = Il carrello { $cart } è ancora aperto sul tuo account. Eliminarlo? Altrimenti resta e scade da solo dopo un giorno.
plain-cart-kept = Il carrello { $cart } è stato tenuto: vedilo con ovhcart cart show { $cart }, eliminalo con ovhcart cart delete { $cart }.
plain-cart-deleted = Carrello { $cart } eliminato.

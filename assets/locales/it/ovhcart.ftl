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
hint-toggle-hds = spunta HDS
hint-focus-next = campo successivo
hint-focus-prev = campo precedente
hint-leave = esci, segui dopo
hint-leave-only = esci
hint-finish = fine
hint-close = chiudi
hint-page-up = pagina su
hint-page-down = pagina giù
hint-keep-cart = tieni il carrello ed esci
hint-delete-cart = elimina il carrello ed esci
hint-cancel = annulla
hint-place-order = effettua l'ordine
hint-language = lingua
hint-first = primo
hint-last = ultimo
hint-top = inizio
hint-bottom = fine
hint-scroll-up = scorri su
hint-scroll-down = scorri giù
hint-open-url = apri link
hint-copy-url = copia link

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
review-consents-language = La lingua è cambiata, quindi la spunta da questa casella e dalle altre è stata tolta: rileggi il loro testo, nella nuova lingua, e spuntale di nuovo se sei d'accordo.
review-consents-order = Ciò che ordini è cambiato (filiale, offerta o opzione), e con esso i contratti, quindi la spunta da questa casella e dalle altre è stata tolta: rileggi il loro testo e spuntale di nuovo se sei d'accordo.

## What failed

failed-account = Impossibile caricare il tuo account
failed-cart = Impossibile preparare il carrello
failed-item = Impossibile aggiungere il progetto al carrello
failed-description = Impossibile salvare il nome del progetto
failed-voucher = Impossibile aggiungere o rimuovere il voucher
failed-option = Impossibile aggiungere o rimuovere l'opzione
failed-voucher-check = Impossibile verificare il voucher
failed-quote = Impossibile caricare il preventivo
failed-checkout = Non è stato possibile effettuare l'ordine
checkout-outcome-unknown = L'ordine potrebbe essere stato effettuato (carrello { $cart }): la sua risposta è andata persa e non è ancora stato possibile verificarla
failed-follow = Impossibile seguire l'ordine

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = La normativa UE a tutela dei consumatori ti riconosce un diritto di recesso: per un contratto concluso a distanza puoi recedere entro 14 giorni senza dover fornire alcuna motivazione. Spuntando questa casella chiedi a OVHcloud di elaborare e consegnare subito questo ordine, e rinunci a tale diritto per questo ordine. Se non sei d'accordo, lascia la casella vuota: ovhcart non effettuerà l'ordine. Nient'altro in ovhcart spunta questa casella al posto tuo.

## Gli altri consensi del riepilogo: i contratti e, per la filiale IT, l'approvazione
## specifica di clausole (artt. 1341 e 1342 del Codice civile). Ogni testo è mostrato con
## la sua casella e registrato nella ricevuta.

review-contracts-label = Ho letto e accetto i contratti
contracts-text = Spuntando questa casella accetti ciascuno dei contratti elencati qui sopra, così come OVHcloud lo pubblica all'indirizzo indicato; la ricevuta registra il nome e l'indirizzo di ciascuno. Nient'altro in ovhcart spunta questa casella al posto tuo.
review-clauses-label = Approvo specificamente queste clausole
clauses-text = Ai sensi degli artt. 1341 e 1342 c.c. approvo specificamente le clausole OVHcloud su: limiti di responsabilità, sospensione e risoluzione, rinnovo tacito, modifiche alle condizioni, foro competente.
clauses-translation = Traduzione:
review-refused-contracts = Per effettuare l'ordine, spunta la casella di accettazione dei contratti.
review-refused-clauses = Per effettuare l'ordine, spunta la casella di approvazione delle clausole (artt. 1341 e 1342 del Codice civile).
review-contracts-changed = I contratti sono cambiati, quindi la spunta dalla casella che li accetta è stata tolta: leggili e spuntala di nuovo se sei d'accordo.

## Frame

header-endpoint = · API { $endpoint }
header-language = Lingua: { $language }
too-small = Il terminale è troppo piccolo ({ $width }×{ $height }). ovhcart richiede almeno { $min_width }×{ $min_height }: ingrandisci la finestra.
busy-account = Caricamento del tuo account…
busy-earlier = Sistemazione di ciò che un'esecuzione precedente ha lasciato in sospeso…
busy-cart = Preparazione del carrello…
busy-item = Aggiunta del progetto al carrello…
busy-config = Salvataggio nel carrello…
busy-option = Aggiornamento delle opzioni…
busy-quote = Aggiornamento del preventivo…
busy-voucher = Verifica del voucher…
busy-placing = Invio dell'ordine…
busy-following = Monitoraggio dell'ordine…

## Errors

error-prefix = Errore
error-network-connect = Impossibile connettersi all'API.
error-network-lost = La connessione all'API è caduta prima che arrivasse la risposta.
error-network-timeout = L'API non ha risposto in tempo.
error-title = Non è stato possibile effettuare l'ordine
error-query-id = ID della richiesta: { $id } (comunicalo al supporto OVHcloud)
error-hint-credentials = Verifica l'application key e la consumer key (ovhcart doctor), oppure ottienine di nuove con ovhcart login.
error-hint-signature = L'application secret non corrisponde all'application key, oppure l'orologio è molto sfasato: esegui ovhcart doctor.
error-hint-not-granted = Le regole di accesso della consumer key non coprono questa chiamata: esegui ovhcart doctor, poi ovhcart login per ottenere una chiave con le regole di cui ovhcart ha bisogno.
error-hint-forbidden = L'account non è autorizzato a farlo; il carrello potrebbe appartenere a un altro account.
error-hint-cart-gone = Il carrello è scaduto (un carrello dura un giorno) o è stato eliminato: avvia un nuovo ordine.
error-hint-not-found = Verifica l'identificativo; potrebbe essere stato eliminato.
error-hint-bad-request = Correggi il valore indicato nel messaggio e riprova.
error-hint-rate-limited = Troppe richieste: attendi un minuto e riprova.
error-hint-server = L'API ha dei problemi: riprova tra poco.
error-hint-network = Verifica la connessione di rete e l'endpoint, poi riprova.
error-hint-invalid-response = L'API ha risposto in modo inatteso: riprova; se il problema persiste, verifica l'endpoint.
error-hint-clear-http = Usa https://, oppure passa --allow-clear-http se accetti questo rischio.
sandbox-start-failed = Impossibile avviare la sandbox: { $error }
config-hint-parse = Correggi questa riga del file (un ovh.conf contiene intestazioni [sezione] e righe chiave = valore), poi riprova.
config-hint-read = Correggi i permessi del file o eliminalo, poi riprova.
config-hint-missing-file = Verifica il percorso passato a --config.
config-hint-endpoint-name = Usa uno dei nomi di endpoint indicati, oppure un URL di base come https://eu.api.ovh.com/1.0.
config-hint-endpoint-url = Indica un URL di base che inizi con http:// o https:// e nomini un host, come https://eu.api.ovh.com/1.0.
config-hint-no-credentials = Esegui ovhcart login per creare le credenziali.
config-hint-incomplete-key-pair = Aggiungi quella mancante, oppure esegui ovhcart login per creare una nuova coppia.
config-hint-one-method = Tieni un solo metodo.
config-hint-incomplete-oauth2 = Aggiungi quello mancante.
config-hint-oauth2-endpoint = Usa una application key e un application secret con questo endpoint.
config-hint-bad-value = Copia di nuovo il valore da dove è stato creato, su una sola riga e senza spazi intorno, poi riprova.
config-hint-foreign-symlink = Sostituisci il collegamento con un file tuo, oppure scrivi altrove con --config.
config-hint-write-not-a-file = Indica il percorso di un file, non di una cartella.
config-hint-write-link-loop = Fai puntare il collegamento a un file normale.
config-hint-write-directory = Verifica che la cartella del file esista e che tu possa scriverci.

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
hds-label = Certificazione HDS (hosting di dati sanitari)
hds-explanation = Necessaria per ospitare dati sanitari personali in Francia; richiede un livello di supporto Business o Enterprise.
hds-not-sold = La certificazione HDS non è venduta con questo piano.
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
name-default = Progetto { $date }
name-count-over = { $count } caratteri su { $max }: { $over } di troppo, accorcia il nome.
paste-controls-removed =
    { $count ->
        [one] Il testo incollato conteneva un carattere di controllo: è stato tolto.
       *[other] Il testo incollato conteneva { $count } caratteri di controllo: sono stati tolti.
    }
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
review-option = Opzione
review-no-voucher = nessuno
review-quote = Preventivo
review-quote-loading = Preparazione del preventivo…
review-reduction = Sconti
review-without-tax = Totale imposte escluse
review-tax = Imposte
review-with-tax = Totale imposte incluse
review-contracts = Contratti (Enter su uno per leggerlo)
review-payment = Metodo di pagamento predefinito
payment-type-credit-card = Carta di credito
payment-type-bank-account = Conto bancario
payment-type-sepa = Addebito diretto SEPA
payment-type-paypal = PayPal
payment-type-deferred = Conto di pagamento differito
payment-type-fidelity = Conto fedeltà
payment-type-prepaid = Conto prepagato OVHcloud
payment-type-rupay = Carta RuPay
review-payment-none = nessuno registrato sull'account
review-payment-unknown = sconosciuto (impossibile caricare l'account)
review-payment-loading = caricamento…
review-auto-pay = Paga automaticamente con il metodo di pagamento predefinito
review-waiver-label = Rinuncio al mio diritto di recesso
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
order-follow-later-sandbox = Questo ordine è nella sandbox integrata, che termina con ovhcart: quando ovhcart termina, non resta nulla da seguire.
order-receipt = Ricevuta salvata in { $path }
order-receipt-failed = Impossibile scrivere la ricevuta: { $error }
order-not-placed = Nessun ordine è stato effettuato. Puoi riprovare o tornare al riepilogo.
order-maybe-placed = L'ordine potrebbe essere stato effettuato. Non ordinare di nuovo: verifica con ovhcart order status, oppure nello Spazio Cliente in Fatturazione > Ordini.
order-maybe-placed-sandbox = L'ordine potrebbe essere stato effettuato nella sandbox. Non ordinare di nuovo in questa esecuzione: la sandbox integrata termina con ovhcart, e con lei i suoi carrelli e ordini.

## Overlays

help-title = Tasti
help-editing = Digitando si modifica il campo: ← → home end, backspace, delete, ctrl-u (cancella fino all'inizio).
help-editing-name = Digitando si modifica il nome (anche ?): ← → home end, backspace, delete, ctrl-u (cancella fino all'inizio).
help-editing-filter = Digitando si filtra l'elenco: ← →, ctrl-a ctrl-e (inizio, fine del filtro), backspace, delete, ctrl-u (cancella fino all'inizio). home e end vanno alla prima e all'ultima riga.
help-close = esc chiude questa finestra.

## Scrolled views, links

more-above = ▲ altro sopra
more-below = ▼ altro sotto
key-wheel-up = rotellina ↑
key-wheel-down = rotellina ↓
notice-opening = Apertura del link nel browser…
notice-opened = Link aperto nel browser ({ $program }).
notice-not-opened = Non è stato possibile avviare un browser ({ $why }): copia il link con { $copy } e aprilo tu.
notice-copied = Link inviato agli appunti (se il terminale lo consente, OSC 52).
contract-empty = L'API non ha inviato il testo di questo contratto: leggilo all'indirizzo indicato sopra.
contract-position = riga { $line } di { $total }
confirm-quit-title = Uscire?
confirm-quit-text = Il carrello { $cart } è ancora aperto sul tuo account. Tenerlo (scade da solo dopo un giorno) o eliminarlo ora?
confirm-order-title = Effettuare l'ordine?
confirm-order-text = Effettuare l'ordine adesso? Totale imposte incluse: { $total }. L'ordine viene inviato a OVHcloud.

## Cart browser
hint-carts = carrelli
hint-refresh = aggiorna
hint-delete = elimina
hint-open = apri
hint-resume = riprendi nella procedura
hint-confirm-delete = elimina
busy-carts = Lettura dei carrelli…
busy-deleting = Eliminazione…
carts-title = Carrelli
cart-title = Carrello
carts-intro = I carrelli del tuo account. Invio ne apre uno per vederne articoli e preventivo, riprenderlo o eliminarne delle parti.
carts-intro-start = Il tuo account ha carrelli aperti. Riprendine uno (Invio lo mostra prima) oppure inizia un nuovo ordine.
carts-new-order = Nuovo ordine
carts-loading = Lettura dei carrelli dell'account…
carts-none = Nessun carrello su questo account.
carts-column-items = Articoli
carts-column-expires = Scade
carts-column-state = Stato
carts-items = { $count ->
    [one] 1 articolo
   *[other] { $count } articoli
}
carts-state-open = aperto
carts-state-in-use = in uso qui
carts-state-read-only = sola lettura
carts-state-expired = scaduto
carts-legend = { $mark } creato da ovhcart
carts-column-project = Progetto
carts-column-cart = Carrello
carts-refused-read-only = Questo carrello è già stato convalidato (è in sola lettura): si può consultare, non ordinare di nuovo.
carts-refused-expired = Questo carrello è scaduto: si può consultare, non ordinare. Inizia invece un nuovo ordine.
carts-refused-several = Questo carrello contiene più progetti; la procedura ordina un progetto per carrello. Elimina prima gli articoli in più.
carts-refused-offers = Non è stato possibile leggere le offerte Public Cloud di questo carrello, quindi ora non si può riprendere. Aggiorna con r.
carts-refused-ordered = In questa sessione è già stato effettuato un ordine. Riavvia ovhcart per riprendere un altro carrello.
carts-refused-in-use = La procedura sta riempiendo questo carrello: modificane gli articoli attraverso i passaggi, oppure elimina l'intero carrello.
failed-carts = Impossibile leggere i carrelli dell'account
failed-cart-read = Impossibile leggere il carrello
failed-delete = Eliminazione non riuscita
cart-loading = Lettura del carrello, dei suoi articoli e del preventivo…
cart-expires = scade il { $date }
cart-no-items = Nessun articolo.
cart-item = articolo
cart-no-quote = Nessun preventivo: il carrello è vuoto, in sola lettura o scaduto.
cart-in-use = La procedura sta riempiendo questo carrello. Esc torna all'elenco.
cart-resume-note = Invio riprende questo carrello nella procedura, dal primo passaggio che gli manca ancora. Un carrello non registra la sua filiale: si assume quella del tuo account, { $subsidiary }.
confirm-delete-cart-title = Eliminare il carrello?
confirm-delete-cart-text = Eliminare il carrello { $cart } e tutto il suo contenuto? L'operazione è irreversibile.
confirm-delete-item-title = Eliminare l'articolo?
confirm-delete-item-text = Eliminare l'articolo { $item } dal carrello { $cart }, con le sue configurazioni? L'operazione è irreversibile.
confirm-delete-configuration-title = Eliminare la configurazione?
confirm-delete-configuration-text = Eliminare la configurazione «{ $label }» dal carrello { $cart }? L'operazione è irreversibile.

## Leaving the full screen

exit-delivered = Progetto { $project } consegnato (ordine { $id }).
exit-following = L'ordine { $id } è stato effettuato ed è ancora in lavorazione. Per seguirlo: ovhcart order status { $id } --follow
exit-following-sandbox = L'ordine { $id } è stato effettuato nella sandbox ed era ancora in lavorazione quando sei uscito.
exit-cart-kept = Il tuo carrello { $cart } resta sul tuo account per un giorno.
exit-cart-kept-sandbox = Il tuo carrello { $cart } era ancora aperto nella sandbox.
exit-receipt = Ricevuta: { $path }
exit-needs-terminal = La procedura guidata ha bisogno di un terminale. Per gli script usa: ovhcart order --help
exit-no-public-cloud = L'endpoint { $endpoint } non vende progetti Public Cloud: usa ovh-eu, ovh-ca o ovh-us.
exit-unknown-subsidiary = Filiale { $code } sconosciuta per { $endpoint }. Valide: { $valid }
exit-terminated = Interrotto da un segnale di terminazione; il terminale è stato ripristinato.

## ovhcart login

login-no-sandbox = La sandbox non richiede il login: le sue credenziali demo sono integrate. Per provare login con la sandbox, esegui `ovhcart sandbox` e passa il suo URL con --endpoint.
login-ask-endpoint = Endpoint (ovh-eu, ovh-ca, ovh-us o un URL)
login-no-home = Nessuna directory home in cui salvare ~/.ovh.conf: scegli un file con --config FILE.
login-missing-keys = Servono un'application key e un application secret. Creali su { $url } (nome e descrizione a piacere), poi imposta OVH_APPLICATION_KEY e OVH_APPLICATION_SECRET, oppure passa --application-key e --application-secret-stdin.
login-create-app = ovhcart ha bisogno di un'application key e di un application secret. Creali su { $url } (accedi e indica un nome e una descrizione qualsiasi) e copia qui i due valori. Il secret non viene mostrato mentre lo digiti.
login-ask-application-key = Application key
login-ask-application-secret = Application secret
login-empty-stdin = --application-secret-stdin: la prima riga dello standard input (stdin) è vuota.
login-terminal-unreadable = Impossibile leggere il terminale: { $error }
login-stdin-unreadable = Impossibile leggere lo standard input: { $error }
login-requested = Richiesta una consumer key su { $endpoint }, limitata alle { $count } route chiamate da ovhcart (esegui `ovhcart doctor` per vederle).
login-open-url = Apri questa pagina, accedi con il tuo account OVHcloud e accetta:
login-waiting = In attesa della convalida (fino a { $minutes } min; Ctrl-C per annullare)…
login-validated = Convalidata: la chiave agisce per l'account { $account }.
login-saved = Application key, application secret e consumer key salvati in { $file } [{ $section }].
login-next = Prossimo passo: `ovhcart doctor` verifica tutto, `ovhcart` avvia un ordine.
login-verify-failed = La chiave è stata convalidata, ma GET /me non è riuscito con questa chiave; non è stato salvato nulla.
login-cancelled = Annullato: non è stato salvato nulla.
login-timed-out = La consumer key non è stata convalidata entro { $secs } s; non è stato salvato nulla. Esegui di nuovo `ovhcart login` e apri il link prima, oppure concedi più tempo con --timeout.
login-not-validated = La consumer key risultava nello stato { $state } nella pagina di convalida; non è stato salvato nulla. Esegui di nuovo `ovhcart login` e accetta.

## ovhcart doctor

doctor-label-endpoint = Endpoint
doctor-label-files = File
doctor-label-credentials = Credenziali
doctor-label-clock = Orologio
doctor-label-oauth2 = OAuth2
doctor-label-key = Consumer key
doctor-label-rules = Le sue regole
doctor-from = da { $source }
doctor-endpoint-defaulted = non impostato: valore predefinito
doctor-file-found = letto
doctor-file-missing = non trovato
doctor-sandbox-credentials = credenziali demo della sandbox
doctor-clock = Ora dell'API meno ora locale: { $drift } s (ovhcart corregge le sue firme di conseguenza)
doctor-token-ok = ottenuto un token dall'URL dei token
doctor-token-failed = nessun token dall'URL dei token
doctor-key-status = { $status }, scade: { $expires }
doctor-never = mai
doctor-routes-title = Route chiamate da ovhcart:
doctor-granted = autorizzata
doctor-not-granted = NON autorizzata
doctor-all-good = Tutto a posto: ovhcart può ordinare con queste credenziali.
doctor-problems = { $count } { $count ->
    [one] problema
   *[other] problemi
} da risolvere:
doctor-no-consumer-key = Ci sono un'application key e un application secret, ma nessuna consumer key.
doctor-key-not-validated = La consumer key è nello stato { $status }, non convalidata.
doctor-routes-missing = La consumer key non autorizza: { $routes }.
doctor-next-login = Prossimo passo: esegui `ovhcart login` per creare una consumer key con le regole di cui ovhcart ha bisogno.
doctor-next-unreachable = Prossimo passo: verifica la rete e l'endpoint (--endpoint o OVH_ENDPOINT).
doctor-next-signature = Prossimo passo: l'application secret non appartiene all'application key; copia di nuovo entrambi dalla pagina in cui è stata creata l'applicazione.
doctor-next-oauth2 = Prossimo passo: verifica client_id e client_secret (un account di servizio della regione di questo endpoint).
doctor-next-sandbox = Prossimo passo: verifica che 127.0.0.1 accetti connessioni locali, oppure scegli un altro indirizzo con --listen.

## Commands (ovhcart order, carts, cart show/delete, order status)

cli-waiver-required = Non è stato ordinato nulla: ovhcart effettua un ordine solo con --waive-retraction.
cli-waiver-text = La normativa UE a tutela dei consumatori ti riconosce un diritto di recesso: per un contratto concluso a distanza puoi recedere entro 14 giorni senza dover fornire alcuna motivazione. Indicando --waive-retraction chiedi a OVHcloud di elaborare e consegnare subito questo ordine, e rinunci a tale diritto per questo ordine. Senza questa opzione, ovhcart non effettua l'ordine.
cli-waiver-how = Se sei d'accordo, esegui lo stesso comando con --waive-retraction; per vedere il preventivo senza ordinare, aggiungi --dry-run.
cli-contracts-required = Non è stato ordinato nulla: ovhcart effettua un ordine solo con --accept-contracts, con cui accetti i contratti dell'ordine:
cli-contracts-text = Passando --accept-contracts accetti ciascuno dei contratti di questo ordine, così come OVHcloud lo pubblica al suo indirizzo (elencato con il preventivo e nella ricevuta). Senza questa opzione, ovhcart non effettua l'ordine.
cli-contracts-how = Leggili; se li accetti, esegui lo stesso comando con --accept-contracts. Per vedere il preventivo senza ordinare, aggiungi --dry-run.
cli-clauses-required = Non è stato ordinato nulla: per la filiale IT, ovhcart effettua un ordine solo con --approve-clauses, la tua approvazione specifica di queste clausole:
cli-clauses-how = Se le approvi, esegui lo stesso comando con --approve-clauses; per vedere il preventivo senza ordinare, aggiungi --dry-run.
cli-clauses-not-used = --approve-clauses non è stato usato: gli ordini della filiale { $subsidiary } non hanno clausole da approvare specificamente (solo IT le ha).
cli-no-terminal = Non è stato ordinato nulla: non c'è un terminale per chiedere conferma. Aggiungi --yes per effettuare l'ordine senza chiedere, oppure --dry-run per vedere solo il preventivo.
cli-subsidiary-unknown = La filiale "{ $code }" non è tra quelle per cui { $endpoint } ordina progetti Public Cloud. Usane una tra: { $valid }.
cli-endpoint-no-cloud = L'endpoint { $endpoint } non vende progetti Public Cloud: usa ovh-eu, ovh-ca o ovh-us.
cli-hds-not-sold = --hds: la certificazione HDS non è venduta con il piano { $plan } per { $subsidiary }.
cli-voucher-refused = OVHcloud ha rifiutato il voucher { $code }
cli-voucher-fix = Non è stato ordinato nulla e il carrello è stato eliminato. Correggi il codice, oppure esegui il comando senza --voucher.
cli-prompt-order = Effettuare questo ordine? [y/N]
cli-declined = Non è stato ordinato nulla: hai rifiutato.
cli-interrupted-before-order = Interrotto prima dell'ordine: non è stato ordinato nulla.
cli-interrupted = Interrotto.
cli-retrying = Ancora nessuna risposta utilizzabile a { $method } { $path }: nuovo tentativo tra { $ms } ms (tentativo { $attempt }).
cli-cart-deleted = Carrello { $cart } eliminato.
cli-cart-kept = Il carrello { $cart } è stato conservato: visualizzalo con ovhcart cart show { $cart }, eliminalo con ovhcart cart delete { $cart }.
cli-dry-run-deleted = Simulazione: non è stato ordinato nulla e il carrello { $cart } è stato eliminato.
cli-dry-run-kept = Simulazione: non è stato ordinato nulla. Il carrello { $cart } è stato conservato (scade da solo dopo un giorno).
cli-failed-delete = Impossibile eliminare il carrello
cli-failed-pay = L'ordine è stato effettuato, ma non è stato possibile pagarlo
cli-pay-from-page = Pagalo dalla pagina dell'ordine: { $url }
cli-order-maybe-placed = L'ordine potrebbe essere stato effettuato: non ordinare di nuovo. Verifica con ovhcart order status o ovhcart carts (un carrello convalidato è di sola lettura), oppure nello Spazio Cliente in Fatturazione > Ordini.
cli-no-data-dir = nessuna directory dei dati (imposta OVHCART_DATA_DIR)
cli-follow-timeout = Il progetto non è stato consegnato entro { $seconds } { $seconds ->
    [one] secondo
   *[other] secondi
}. L'ordine va avanti: seguilo con ovhcart order status { $id } --follow.
cli-follow-timeout-sandbox = Il progetto non è stato consegnato entro { $seconds } { $seconds ->
    [one] secondo
   *[other] secondi
}. Questo ordine è nella sandbox integrata, che termina con ovhcart: non resta nulla da seguire.
cli-order = Ordine
cli-order-id-invalid = "{ $id }" non è un ID ordine: un ID ordine è un numero positivo, come quello mostrato da ovhcart order.
cli-order-unknown = Il tuo account non ha alcun ordine { $id }
cli-help-examples = Esempi:
cli-usage-hint = Esegui { $command } --help per vedere cosa accetta.
cli-flag-wizard-only = { $flag } vale solo per la procedura guidata (ovhcart senza comando).
cli-flag-subsidiary = { $flag } vale solo per la procedura guidata e per ovhcart order.
cli-man-unknown = ovhcart non ha il comando { $command }: i suoi comandi lì sono { $known }.
cli-flag-clauses-italy = { $flag } vale solo per la filiale IT: l'approvazione specifica delle clausole è una regola del diritto italiano (artt. 1341 e 1342 del Codice Civile).
cli-flag-no-api = { $flag } non ha effetto con questo comando: non chiama l'API.
cli-flag-sandbox-only = { $flag } configura la sandbox integrata: aggiungi --sandbox, oppure passalo dopo ovhcart sandbox.
cli-step-todo = da fare
cli-step-doing = in corso
cli-step-done = completato
cli-step-error = non riuscito
cli-contracts = Contratti
cli-no-carts = Nessun carrello su questo account.
cli-cart-mine = creato da ovhcart
cli-cart-read-only = sola lettura (ordinato)
cli-cart-items = { $count ->
    [one] { $count } articolo
   *[other] { $count } articoli
}
cli-cart-expires = scade
cli-cart-id-invalid = "{ $id }" non è un ID carrello.
cli-cart-unknown = Il tuo account non ha alcun carrello { $cart }
cli-cart-list-hint = Potrebbe essere scaduto (un carrello dura un giorno) o essere stato eliminato: elenca i carrelli con ovhcart carts.
cli-failed-carts = Impossibile elencare i carrelli
cli-failed-cart-read = Impossibile leggere il carrello
cli-delete-no-terminal = Non è stato eliminato nulla: non c'è un terminale per chiedere conferma. Aggiungi --yes per eliminare senza chiedere.
cli-prompt-delete = Eliminare il carrello { $cart }? [y/N]
cli-delete-declined = Non è stato eliminato nulla: hai rifiutato.

## Recovering what an earlier run left unfinished

recover-ordered = L'ordine di un'esecuzione precedente è stato effettuato: ordine { $id } per «{ $name }». Non verrà effettuato di nuovo.
recover-unsettled = Un'esecuzione precedente ha inviato l'ordine per «{ $name }» e il suo esito è ancora sconosciuto ({ $error }). Non è stato reinviato nulla: controlla i tuoi ordini (ovhcart order status, o lo Spazio Cliente) prima di ordinare di nuovo.
earlier-unsettled = Un'esecuzione precedente ha inviato l'ordine di «{ $name }» e non si sa ancora se è stato effettuato. Non è stato reinviato nulla: controlla i tuoi ordini (ovhcart order status, o lo Spazio Cliente) prima di ordinare di nuovo.
cli-resuming-cart = Completo il carrello { $cart } lasciato da un'esecuzione precedente per questo progetto.

## Modalità riga per riga (--plain, TERM=dumb)

plain-intro = ovhcart, riga per riga (API { $endpoint }). Ogni domanda termina con i due punti: scrivi la risposta e premi Invio. Ctrl-C interrompe a ogni domanda.
plain-open-carts =
    { $count ->
        [one] Il tuo account ha un carrello aperto ({ $carts }): resta com'è, e questa esecuzione ne inizia uno nuovo. ovhcart carts lo elenca; la procedura a schermo intero può riprenderlo.
       *[other] Il tuo account ha { $count } carrelli aperti ({ $carts }): restano come sono, e questa esecuzione ne inizia uno nuovo. ovhcart carts li elenca; la procedura a schermo intero può riprenderli.
    }
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
plain-ask-subsidiary = Filiale: scrivi il suo numero (da 1 a { $count }), il suo codice o il suo paese; Invio mantiene { $default }:
plain-not-in-list = «{ $answer }» non è nell'elenco: scrivi un numero da 1 a { $count }.
plain-ask-plan = Offerta: scrivi il suo numero (da 1 a { $count }); Invio mantiene { $default }:
plain-ask-option = Aggiungere la { $option }?
plain-ask-name = Nome del progetto; Invio mantiene «{ $default }»:
plain-ask-voucher = Codice voucher; Invio per nessuno:
plain-consent-word = sì
plain-ask-waiver = Per spuntare questa casella, e quindi rinunciare al tuo diritto di recesso per questo ordine, scrivi «{ $word }» per intero. Qualsiasi altra risposta la lascia senza spunta e non viene ordinato nulla:
plain-waiver-refused = Non è stato ordinato nulla: hai mantenuto il tuo diritto di recesso.
plain-ask-contracts = Per spuntare questa casella, e quindi accettare i contratti elencati qui sopra, scrivi «{ $word }» per intero. Qualsiasi altra risposta la lascia senza spunta e non viene ordinato nulla:
plain-contracts-refused = Non è stato ordinato nulla: non hai accettato i contratti.
plain-ask-clauses = Per spuntare questa casella, e quindi approvare specificamente queste clausole, scrivi «{ $word }» per intero. Qualsiasi altra risposta la lascia senza spunta e non viene ordinato nulla:
plain-clauses-refused = Non è stato ordinato nulla: non hai approvato le clausole.
plain-ask-order = Effettuare l'ordine adesso? Totale imposte incluse: { $total }. L'ordine viene inviato a OVHcloud.
plain-declined = Non è stato ordinato nulla: hai rifiutato.
plain-nothing-ordered = Interrotto prima dell'ordine: non è stato ordinato nulla.
plain-ask-delete-cart = Il carrello { $cart } è ancora aperto sul tuo account. Eliminarlo? Altrimenti resta e scade da solo dopo un giorno.
plain-cart-kept = Il carrello { $cart } è stato tenuto: vedilo con ovhcart cart show { $cart }, eliminalo con ovhcart cart delete { $cart }.
plain-cart-kept-sandbox = Il carrello { $cart } resta aperto nella sandbox fino alla fine di ovhcart.
plain-cart-deleted = Carrello { $cart } eliminato.

## Onboarding: le schermate prima della procedura quando non ci sono credenziali utilizzabili
onboard-title = Connessione a OVHcloud
onboard-step = Connessione
onboard-page-endpoint = API
onboard-page-keys = Chiavi dell'applicazione
onboard-page-validation = Convalida
onboard-page-saved = Salvato
onboard-intro = Non sono state trovate credenziali utilizzabili per l'API OVHcloud. ovhcart le crea insieme a te: scegli l'API del tuo account, crea un'application key, poi accetta una chiave limitata alle route che ovhcart chiama.
onboard-choose-endpoint = Su quale API si trova il tuo account OVHcloud?
onboard-region-eu = Europa e Africa
onboard-region-ca = Canada, Asia-Pacifico e resto del mondo
onboard-region-us = Stati Uniti
onboard-region-custom = l'indirizzo indicato con --endpoint o nella tua configurazione
onboard-serves = Filiali: { $codes }
onboard-save-to = Le chiavi saranno salvate in { $file }.
onboard-create-app = Apri { $url } in un browser, accedi con il tuo account OVHcloud e crea un'applicazione (nome e descrizione qualsiasi). Copia qui sotto la sua application key e il suo application secret.
onboard-reused = Le chiavi della tua configurazione sono già inserite: premi Invio per usarle.
onboard-application-key = Application key
onboard-application-secret = Application secret (nascosto)
onboard-refused-key = Inserisci l'application key.
onboard-refused-secret = Inserisci l'application secret.
onboard-request-failed = richiesta di accesso
onboard-requesting = Richiesta di accesso…
onboard-open-url = Apri questa pagina, accedi con il tuo account OVHcloud e accetta. La chiave consente solo le { $count } route che ovhcart chiama.
onboard-qr-too-small = Ingrandisci il terminale per vedere questo link come codice QR.
onboard-waiting = In attesa della tua convalida (fino a { $minutes } min). Esc annulla; fino ad allora non viene salvato nulla.
onboard-saving = Convalidata per l'account { $account }; salvataggio delle chiavi…
onboard-saved = Application key, application secret e consumer key salvati in { $file } [{ $section }].
onboard-save-failed = Impossibile salvare le chiavi: { $error }
onboard-save-failed-hint = r riprova. Invio prosegue senza salvare: la chiave funziona finché ovhcart resta aperto.
onboard-continue = Premi Invio per iniziare l'ordine.
onboard-timed-out = La chiave non è stata convalidata entro { $minutes } min; non è stato salvato nulla. Premi Invio per un nuovo link.
onboard-not-validated = La chiave risulta { $state } nella pagina di convalida; non è stato salvato nulla. Premi Invio per riprovare.
hint-request-access = richiedi accesso
hint-next-field = campo successivo
hint-prev-field = campo precedente
hint-continue = continua
hint-retry-save = salva di nuovo
busy-requesting-access = Richiesta di accesso…
busy-validation = In attesa della convalida…
busy-saving-keys = Salvataggio delle chiavi…

## L'ordine potrebbe essere stato effettuato (esito del checkout sconosciuto)

hint-check-again = controlla di nuovo
order-unknown-title = L'ordine potrebbe essere stato effettuato
order-unknown-text = La risposta all'ordine è andata persa e ovhcart non ha potuto sapere se OVHcloud lo ha creato. ovhcart non invia di nuovo l'ordine.
order-unknown-cart = Carrello
order-unknown-order = Ordine
order-unknown-order-none = non ancora noto
order-unknown-checking = Controllo del carrello e dei tuoi ordini recenti…
order-unknown-why = l'ultimo controllo non ha potuto stabilirlo
order-unknown-next = Controlla di nuovo (r) legge il carrello e i tuoi ordini recenti. Se l'ordine viene trovato, ovhcart lo paga se è gratuito, scrive la ricevuta e lo segue. Se il carrello è ancora aperto, non è stato ordinato nulla: torni al riepilogo, dove la casella di rinuncia va spuntata di nuovo.
order-unknown-next-earlier = Questo ordine è stato inviato da un'esecuzione precedente di ovhcart. Controlla di nuovo (r) legge il carrello e i tuoi ordini recenti. Se l'ordine viene trovato, ovhcart lo paga se è gratuito e lo segue. Se il carrello è ancora aperto, non è stato ordinato nulla: è mostrato tra i tuoi carrelli, da riprendere.
order-unknown-exit = L'ordine del carrello { $cart } potrebbe essere stato effettuato. Non ordinare di nuovo prima di controllare: esegui ovhcart order status o ovhcart carts (un carrello ordinato è di sola lettura), oppure guarda nello Spazio Cliente in Fatturazione > Ordini.
order-unknown-exit-sandbox = L'ordine del carrello { $cart } potrebbe essere stato effettuato nella sandbox.
sandbox-ended = La sandbox integrata è terminata con ovhcart, e con lei i suoi carrelli e ordini: non resta nulla da controllare. Per tenere una sandbox tra un'esecuzione e l'altra, avviane una con `ovhcart sandbox` in un altro terminale ed esegui ovhcart con le variabili che stampa.
carts-state-unknown = esito sconosciuto
plain-ask-recheck = Digita r per controllare di nuovo, o q per fermarti (nulla viene reinviato):

# Real accounts: held and refused orders, eligibility actions, VOUCHER_* refusals (docs/api-notes.md).
order-held-review = OVHcloud sta verificando l'ordine { $id } prima di consegnarlo; può richiedere alcuni giorni e potrebbero esserti chiesti documenti via e-mail. Niente da inviare di nuovo: controlla più tardi con ovhcart order status { $id } o nello Spazio Cliente: { $url }
order-held-review-sandbox = OVHcloud sta verificando l'ordine { $id } prima di consegnarlo; può richiedere alcuni giorni e potrebbero esserti chiesti documenti via e-mail. Niente da inviare di nuovo. Questo ordine è nella sandbox integrata, che termina con ovhcart: quando ovhcart termina, non resta nulla da controllare.
order-held-documents = OVHcloud chiede dei documenti prima di consegnare l'ordine { $id }: inviali dallo Spazio Cliente ({ $url }) o rispondendo alla loro e-mail, poi controlla con ovhcart order status { $id }.
order-held-documents-sandbox = OVHcloud chiede dei documenti prima di consegnare l'ordine { $id }: con un account reale, li invieresti dallo Spazio Cliente ({ $url }) o rispondendo alla loro e-mail. Questo ordine è nella sandbox integrata, che termina con ovhcart: quando ovhcart termina, non resta nulla da controllare.
order-held-not-paid = L'ordine { $id } attende il pagamento: pagalo dalla sua pagina d'ordine o dallo Spazio Cliente ({ $url }), poi controlla con ovhcart order status { $id }.
order-held-not-paid-sandbox = L'ordine { $id } attende il pagamento: con un account reale, lo pagheresti dalla sua pagina d'ordine o dallo Spazio Cliente ({ $url }). Questo ordine è nella sandbox integrata, che termina con ovhcart: quando ovhcart termina, non resta nulla da controllare.
order-refused = OVHcloud ha rifiutato l'ordine { $id }: non verrà consegnato nulla. Chiedi il motivo al supporto OVHcloud dallo Spazio Cliente: { $url }
eligibility-blocked = Il tuo account deve prima fare quanto segue nello Spazio Cliente OVHcloud per poter ordinare un progetto Public Cloud (non è stato ordinato nulla):
eligibility-add-payment-method = Aggiungi un metodo di pagamento valido: { $url }
eligibility-challenge-payment-method = Conferma il tuo metodo di pagamento (un piccolo pagamento di verifica): { $url }
eligibility-verify-paypal = Verifica il tuo account PayPal: { $url }
eligibility-projects-quota = Chiedi più progetti: il tuo account ha raggiunto il suo numero di progetti Public Cloud: { $url }
eligibility-other = Completa l'azione «{ $action }» richiesta da OVHcloud: { $url }
eligibility-minimum-credit = Serve un primo credito di almeno { $amount }.
eligibility-methods = Metodi di pagamento accettati: { $methods }.
voucher-code-invalid = Questo codice buono non esiste: controlla come è scritto.
voucher-code-too-many-attempts = Troppi tentativi con i buoni: attendi un po' prima di riprovare.
voucher-code-no-longer-valid = Questo buono non è più valido.
voucher-code-already-used = Questo buono è già stato usato.
voucher-code-expired = Questo buono è scaduto.
voucher-code-country = Questo buono non è valido per il paese del tuo account.
voucher-code-payment-mean = Questo buono richiede un metodo di pagamento valido sul tuo account: aggiungine prima uno nello Spazio Cliente.
voucher-code-too-many-used = Questo buono è stato usato tutte le volte che consente.
voucher-code-nichandle = Questo buono è riservato a un altro account.
voucher-code-scored = Questo buono non può essere usato con il tuo account.
voucher-code-new-customer = Questo buono è solo per i nuovi clienti.
voucher-code-new-project = Questo buono è solo per un primo progetto Public Cloud.
voucher-code-other = OVHcloud ha rifiutato questo buono.
review-refused-eligibility = Il tuo account deve prima fare quanto indicato sopra nello Spazio Cliente OVHcloud: fino ad allora non si può ordinare nulla.
review-refused-earlier = Non ancora: si sta ancora sistemando ciò che un'esecuzione precedente ha lasciato in sospeso (potrebbe averlo già ordinato). Riprova tra un momento.
busy-retrying = ancora nessuna risposta utilizzabile, nuovo tentativo ({ $attempt })

## L'aiuto della riga di comando (--help, ovhcart man, completamenti): le definizioni in src/cli/args.rs,
## src/cli/login.rs, src/cli/doctor.rs e src/sandbox/ usano queste chiavi
usage-about = Ordina un progetto OVHcloud Public Cloud dal terminale
usage-about-long =
    Ordina un progetto OVHcloud Public Cloud dal terminale.

    Senza un comando, ovhcart apre la procedura guidata a schermo intero. `ovhcart --sandbox` la esegue con un'API OVHcloud integrata, su 127.0.0.1: nessun account, non viene fatturato nulla.
usage-heading-usage = Uso
usage-heading-commands = Comandi
usage-heading-arguments = Argomenti
usage-heading-options = Opzioni
usage-heading-connection-anywhere = Connessione (prima o dopo il comando)
usage-heading-connection = Connessione
usage-heading-wizard = Procedura guidata
usage-heading-sandbox = Sandbox (dopo `ovhcart sandbox`, oppure con --sandbox prima di un comando)
usage-arg-help = Mostra l'aiuto
usage-arg-help-more = Mostra l'aiuto (maggiori dettagli con --help)
usage-arg-help-summary = Mostra l'aiuto (un riepilogo con -h)
usage-arg-version = Mostra la versione
usage-about-help = Mostra questo messaggio o l'aiuto del comando indicato
usage-arg-lang = Lingua dell'interfaccia (en, fr, es, it, pl, pt, de); quella predefinita viene da LC_ALL/LANG
usage-arg-verbose = Più dettagli nel file di log (-v: debug, -vv: trace)
usage-arg-log-file = Scrive il log in questo file invece che nella directory dei dati
usage-arg-endpoint = Endpoint dell'API: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca, oppure un URL di base [predefinito: OVH_ENDPOINT, poi ovh.conf]
usage-arg-config = Legge questo ovh.conf dopo /etc/ovh.conf, ~/.ovh.conf e ./ovh.conf
usage-arg-retry-budget = Per quanto tempo una lettura dall'API può continuare a ritentare dopo guasti temporanei (rete, timeout, 5xx, 429); 0: non ritentare mai [predefinito: 30]
usage-arg-request-timeout = Il tempo massimo che può richiedere una richiesta all'API, compresa la lettura dell'intera risposta (almeno 1) [predefinito: 30]
usage-arg-allow-clear-http = Accetta di inviare le credenziali in chiaro su http:// a un host che non è questa macchina (chiunque lungo il percorso può leggerle)
usage-arg-sandbox = Usa l'API della sandbox integrata con le sue credenziali demo (non viene fatturato nulla); le sue impostazioni (--delivery-ms, …) vanno prima del comando
usage-arg-high-contrast = Colori vivaci e ad alto contrasto nella procedura guidata (NO_COLOR disattiva comunque i colori)
usage-arg-plain = Pone le domande della procedura guidata riga per riga, per lettori di schermo e terminali semplici (automatico con TERM=dumb)
usage-arg-subsidiary = Preseleziona questa filiale (ad es. FR, GB, QC); `ovhcart --subsidiary FR order …` ordina per questa filiale
usage-about-sandbox = Avvia l'API della sandbox su 127.0.0.1 e stampa le sue credenziali come righe `export` per la shell
usage-about-login = Crea una consumer key limitata alle route chiamate da ovhcart e la salva in ovh.conf
usage-about-doctor = Verifica l'endpoint, le credenziali, l'orologio e i diritti della consumer key
usage-about-order = Ordina un progetto Public Cloud senza lo schermo intero, oppure (`order status ID`) segue un ordine
usage-about-carts = Elenca i carrelli dell'account, con i loro articoli e la loro scadenza
usage-about-cart = Mostra o elimina un carrello
usage-about-completions = Stampa uno script di completamento per una shell, generato da queste definizioni
usage-about-man = Stampa la pagina di manuale (roff) di ovhcart o di uno dei suoi comandi, generata da queste definizioni
usage-arg-name = Il nome del progetto (la sua descrizione nello Spazio Cliente), da 1 a 255 caratteri
usage-arg-order-subsidiary = La filiale per cui ordinare (ad es. FR, GB, QC) [predefinito: quella dell'account]
usage-arg-voucher = Un codice voucher, verificato con OVHcloud prima dell'ordine
usage-arg-hds = Aggiunge al progetto l'opzione di certificazione HDS (hosting di dati sanitari, Francia); rifiutata se non è in vendita
usage-arg-auto-pay = Paga automaticamente con il metodo di pagamento predefinito dell'account
usage-arg-waive-retraction = Rinuncia al diritto di recesso per questo ordine (obbligatorio: ovhcart non effettua l'ordine senza questo consenso)
usage-arg-accept-contracts = Accetta i contratti di questo ordine, come elencati con il preventivo (obbligatorio: ovhcart non effettua l'ordine senza questo consenso)
usage-arg-approve-clauses = Per la filiale IT: approva specificamente le clausole degli artt. 1341 e 1342 del Codice civile (obbligatorio per questa filiale)
usage-arg-dry-run = Si ferma dopo il preventivo ed elimina il carrello; non viene ordinato nulla
usage-arg-keep-cart = Con --dry-run: conserva il carrello invece di eliminarlo
usage-arg-order-yes = Effettua l'ordine senza chiedere (necessario quando non c'è un terminale su cui chiedere conferma)
usage-arg-order-follow = Dopo l'ordine, attende che il progetto sia consegnato e ne stampa l'ID
usage-arg-order-follow-timeout = Con --follow: smette di attendere dopo questo numero di secondi (l'ordine va avanti)
usage-arg-json = Stampa un unico documento JSON su stdout invece del testo
usage-about-order-status = Mostra lo stato di un ordine e i passaggi della consegna, e l'ID del progetto una volta consegnato
usage-arg-order-id = L'ID dell'ordine (un numero, come quello stampato da `ovhcart order`)
usage-arg-status-follow = Attende che il progetto sia consegnato
usage-arg-status-follow-timeout = Con --follow: smette di attendere dopo questo numero di secondi
usage-about-cart-show = Mostra un carrello: i suoi articoli, le loro configurazioni e il preventivo
usage-about-cart-delete = Elimina un carrello (su un terminale chiede prima conferma)
usage-arg-cart-delete-yes = Elimina senza chiedere (necessario quando non c'è un terminale su cui chiedere conferma)
usage-arg-shell = La shell per cui generare il completamento
usage-arg-command = Il comando di cui stampare la pagina (`order`, `order status`, `cart show`…); senza, la pagina di ovhcart stesso
usage-arg-application-key = L'application key ottenuta dalla pagina createApp [predefinito: OVH_APPLICATION_KEY, poi ovh.conf]
usage-arg-application-secret-stdin = Legge l'application secret dalla prima riga di stdin. Di proposito non esiste alcuna opzione che riceva il secret stesso: una riga di comando è visibile a ogni utente della macchina (ps, /proc) e resta nella cronologia della shell. Altrimenti il secret viene da OVH_APPLICATION_SECRET, da ovh.conf o da una richiesta a inserimento nascosto su un terminale
usage-arg-timeout = Rinuncia se la chiave non viene convalidata entro questo numero di secondi
usage-arg-login-json = Stampa righe JSON (l'URL di convalida, l'account, il file salvato) invece del testo
usage-arg-no-qr = Non disegna l'URL di convalida come codice QR
usage-arg-poll-interval = Secondi tra due verifiche della chiave durante l'attesa
usage-arg-doctor-json = Stampa il rapporto come un unico documento JSON
usage-arg-listen = Indirizzo su cui restare in ascolto. Loopback per impostazione predefinita; qualsiasi altro richiede --expose
usage-arg-expose = Consente un indirizzo --listen diverso da loopback: chiunque lo raggiunga ottiene le credenziali demo e può effettuare ordini
usage-arg-latency-ms = Millisecondi aggiunti prima di ogni risposta
usage-arg-fault-rate = Quota di richieste (da 0 a 1) che falliscono: pagine HTML 502/503, connessioni interrotte, risposte perse
usage-arg-seed = Seme per i guasti e gli ID generati (casuale se assente)
usage-arg-clock-skew = Secondi di anticipo dell'orologio della sandbox rispetto a questa macchina (se negativo, di ritardo)
usage-arg-cart-ttl = Durata di un nuovo carrello, in secondi
usage-arg-delivery-ms = Millisecondi dal pagamento alla consegna
usage-arg-plan-price-cents = Prezzo mensile dell'offerta del progetto, in centesimi (l'offerta reale costa 0)
usage-arg-hds-price-cents = Prezzo mensile dell'opzione di certificazione HDS, in centesimi
usage-arg-lose-checkout-answers = Perde le risposte dei primi N checkout, dopo la creazione dell'ordine
usage-arg-token-ttl = Durata dei token di accesso OAuth2, in secondi
usage-arg-situation = Ciò che incontra l'account demo, come succede ai veri nuovi clienti
usage-situation-ready = Tutto in ordine: una carta predefinita valida, nulla da fare
usage-situation-add-payment-method = Nessun metodo di pagamento: l'account deve aggiungerne uno prima di ordinare; un voucher che lo richiede viene rifiutato
usage-situation-challenge-payment-method = Un nuovo account la cui carta deve essere confermata prima di ordinare
usage-situation-verify-paypal = Un account PayPal da verificare prima di ordinare
usage-situation-projects-quota = La quota di progetti dell'account è stata raggiunta: deve chiederne di più
usage-situation-fraud-review = Gli ordini vengono verificati manualmente prima della consegna, poi consegnati
usage-situation-documents-requested = Gli ordini attendono dei documenti prima della consegna
usage-situation-fraud-refused = Gli ordini vengono rifiutati dopo la verifica antifrode (errore 906)
usage-situation-us = L'API US: un account US, nessuna route di idoneità, l'ID del progetto si trova nelle operazioni dell'ordine

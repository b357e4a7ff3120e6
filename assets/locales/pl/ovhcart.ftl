# ovhcart, polski. Te same klucze co w katalogu angielskim (sprawdza to test).
# Nazwy klawiszy (enter, esc, ctrl-u…): po angielsku, jak w stopce.

## Steps

step-subsidiary = Oddział
step-plan = Oferta
step-name = Nazwa
step-voucher = Voucher
step-review = Podsumowanie
step-order = Zamówienie

## Key hints (footer and help)

hint-quit = wyjdź
hint-help = pomoc
hint-retry = ponów
hint-back = wstecz
hint-up = w górę
hint-down = w dół
hint-choose = wybierz
hint-clear-or-quit = wyczyść filtr / wyjdź
hint-next = dalej
hint-check-or-skip = sprawdź / pomiń, gdy puste
hint-activate = wybierz
hint-toggle = zaznacz / odznacz
hint-toggle-hds = zaznacz HDS
hint-focus-next = następne pole
hint-focus-prev = poprzednie pole
hint-leave = wyjdź, śledź później
hint-leave-only = wyjdź
hint-finish = zakończ
hint-close = zamknij
hint-page-up = strona w górę
hint-page-down = strona w dół
hint-keep-cart = zachowaj koszyk i wyjdź
hint-delete-cart = usuń koszyk i wyjdź
hint-cancel = anuluj
hint-place-order = złóż zamówienie
hint-language = język
hint-first = pierwszy
hint-last = ostatni
hint-top = początek
hint-bottom = koniec
hint-scroll-up = przewiń w górę
hint-scroll-down = przewiń w dół
hint-open-url = otwórz link
hint-copy-url = kopiuj link

## Validation and refusals

name-error-empty = Nazwa nie może być pusta.
name-error-too-long = Nazwa ma { $count } { $count ->
    [one] znak
    [few] znaki
   *[many] znaków
}; dozwolone jest najwyżej { $max }.
name-error-control = Nazwa nie może zawierać znaków sterujących, takich jak tabulatory.
voucher-error-space = Kod vouchera nie zawiera spacji.
voucher-error-control = Kod vouchera nie może zawierać znaków sterujących.
voucher-error-too-long = To za długie jak na kod vouchera.
plan-error-no-renew = Ta oferta nie ma ceny odnowienia, więc nie można jej tu zamówić. Wybierz inną.
review-refused-waiver = Aby złożyć zamówienie, zaznacz powyżej pole rezygnacji z prawa odstąpienia od umowy.
review-refused-quote = Wycena nie jest jeszcze gotowa: poczekaj na nią albo ponów, jeśli się nie udała.
review-consents-language = Język się zmienił, więc to pole i pozostałe zostały odznaczone: przeczytaj ponownie ich tekst, w nowym języku, i zaznacz je znowu, jeśli się zgadzasz.
review-consents-order = To, co zamawiasz, się zmieniło (oddział, oferta lub opcja), a wraz z tym umowy, więc to pole i pozostałe zostały odznaczone: przeczytaj ponownie ich tekst i zaznacz je znowu, jeśli się zgadzasz.

## What failed

failed-account = Nie udało się wczytać Twojego konta
failed-cart = Nie udało się przygotować koszyka
failed-item = Nie udało się dodać projektu do koszyka
failed-description = Nie udało się zapisać nazwy projektu
failed-voucher = Nie udało się dodać ani usunąć vouchera
failed-option = Nie udało się dodać ani usunąć opcji
failed-voucher-check = Nie udało się sprawdzić vouchera
failed-quote = Nie udało się wczytać wyceny
failed-checkout = Nie udało się złożyć zamówienia
checkout-outcome-unknown = Zamówienie mogło zostać złożone (koszyk { $cart }): jego odpowiedź zaginęła i nie udało się jej jeszcze sprawdzić
failed-follow = Nie udało się śledzić zamówienia

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = Zgodnie z unijnym prawem konsumenckim przysługuje Ci prawo odstąpienia od umowy: od umowy zawartej na odległość możesz odstąpić w ciągu 14 dni bez podawania przyczyny. Zaznaczając to pole, prosisz OVHcloud o realizację i dostarczenie tego zamówienia już teraz i rezygnujesz z tego prawa w odniesieniu do tego zamówienia. Jeśli się nie zgadzasz, pozostaw pole niezaznaczone: ovhcart nie złoży zamówienia. Nic innego w ovhcart nie zaznaczy tego pola za Ciebie.

## Pozostałe zgody na ekranie podsumowania: umowy oraz, dla oddziału IT, wyraźne zatwierdzenie
## klauzul (art. 1341 i 1342 włoskiego kodeksu cywilnego). Każdy tekst jest pokazywany przy
## swoim polu i zapisywany w potwierdzeniu.

review-contracts-label = Przeczytałem(-am) i akceptuję umowy
contracts-text = Zaznaczając to pole, akceptujesz każdą z umów wymienionych powyżej w brzmieniu publikowanym przez OVHcloud pod podanym adresem; potwierdzenie zapisuje nazwę i adres każdej z nich. Nic innego w ovhcart nie zaznaczy tego pola za Ciebie.
review-clauses-label = Wyraźnie zatwierdzam te klauzule
clauses-text = Zgodnie z art. 1341 i 1342 włoskiego k.c. wyraźnie zatwierdzam klauzule OVHcloud o: ograniczeniu odpowiedzialności, zawieszeniu i wypowiedzeniu, milczącym przedłużeniu, zmianie warunków, sądzie właściwym.
clauses-translation = Tłumaczenie:
review-refused-contracts = Aby złożyć zamówienie, zaznacz pole akceptacji umów.
review-refused-clauses = Aby złożyć zamówienie, zaznacz pole zatwierdzenia klauzul (art. 1341 i 1342 włoskiego kodeksu cywilnego).
review-contracts-changed = Umowy się zmieniły, więc pole ich akceptacji zostało odznaczone: przeczytaj je i zaznacz pole ponownie, jeśli się zgadzasz.

## Frame

header-endpoint = · API { $endpoint }
header-language = Język: { $language }
too-small = Terminal jest za mały ({ $width }×{ $height }). ovhcart potrzebuje co najmniej { $min_width }×{ $min_height }: powiększ okno.
busy-account = Wczytywanie konta…
busy-earlier = Porządkowanie tego, co zostawiło wcześniejsze uruchomienie…
busy-cart = Przygotowywanie koszyka…
busy-item = Dodawanie projektu do koszyka…
busy-config = Zapisywanie w koszyku…
busy-option = Aktualizowanie opcji…
busy-quote = Aktualizowanie wyceny…
busy-voucher = Sprawdzanie vouchera…
busy-placing = Składanie zamówienia…
busy-following = Śledzenie zamówienia…

## Errors

error-prefix = Błąd
error-network-connect = Nie udało się połączyć z API.
error-network-lost = Połączenie z API zerwało się, zanim nadeszła odpowiedź.
error-network-timeout = API nie odpowiedziało na czas.
error-title = Nie udało się złożyć zamówienia
error-query-id = ID zapytania: { $id } (podaj je pomocy technicznej OVHcloud)
error-hint-credentials = Sprawdź application key i consumer key (ovhcart doctor) albo uzyskaj nowe poleceniem ovhcart login.
error-hint-signature = Application secret nie pasuje do application key albo zegar bardzo się spóźnia lub spieszy: uruchom ovhcart doctor.
error-hint-not-granted = Reguły dostępu consumer key nie obejmują tego wywołania: uruchom ovhcart doctor, a potem ovhcart login, aby uzyskać klucz z regułami, których potrzebuje ovhcart.
error-hint-forbidden = To konto nie może tego zrobić; koszyk może należeć do innego konta.
error-hint-cart-gone = Koszyk wygasł (koszyk jest ważny jeden dzień) lub został usunięty: rozpocznij nowe zamówienie.
error-hint-not-found = Sprawdź identyfikator; mógł zostać usunięty.
error-hint-bad-request = Popraw wartość wskazaną w komunikacie i spróbuj ponownie.
error-hint-rate-limited = Zbyt wiele zapytań: odczekaj minutę i spróbuj ponownie.
error-hint-server = API ma problemy: spróbuj ponownie za chwilę.
error-hint-network = Sprawdź połączenie sieciowe i endpoint, a potem spróbuj ponownie.
error-hint-invalid-response = API zwróciło nieoczekiwaną odpowiedź: spróbuj ponownie; jeśli to się powtarza, sprawdź endpoint.
error-hint-clear-http = Użyj https:// albo podaj --allow-clear-http, jeśli akceptujesz to ryzyko.
sandbox-start-failed = Nie można uruchomić sandboksa: { $error }
config-hint-parse = Popraw ten wiersz pliku (ovh.conf zawiera nagłówki [sekcja] i wiersze klucz = wartość), a potem spróbuj ponownie.
config-hint-read = Popraw uprawnienia pliku albo go usuń, a potem spróbuj ponownie.
config-hint-missing-file = Sprawdź ścieżkę podaną w --config.
config-hint-endpoint-name = Użyj jednej z podanych nazw endpointu albo bazowego adresu URL, np. https://eu.api.ovh.com/1.0.
config-hint-endpoint-url = Podaj bazowy adres URL, który zaczyna się od http:// lub https:// i zawiera nazwę hosta, np. https://eu.api.ovh.com/1.0.
config-hint-no-credentials = Uruchom ovhcart login, aby utworzyć dane uwierzytelniające.
config-hint-incomplete-key-pair = Dodaj brakującą wartość albo uruchom ovhcart login, aby utworzyć nową parę.
config-hint-one-method = Zostaw tylko jedną metodę.
config-hint-incomplete-oauth2 = Dodaj brakującą wartość.
config-hint-oauth2-endpoint = Użyj application key i application secret z tym endpointem.
config-hint-bad-value = Skopiuj wartość ponownie z miejsca, w którym powstała, w jednym wierszu i bez spacji wokół, a potem spróbuj ponownie.
config-hint-foreign-symlink = Zastąp dowiązanie własnym plikiem albo zapisz gdzie indziej za pomocą --config.
config-hint-write-not-a-file = Podaj ścieżkę pliku, a nie katalogu.
config-hint-write-link-loop = Skieruj dowiązanie na zwykły plik.
config-hint-write-directory = Sprawdź, czy katalog pliku istnieje i czy możesz w nim zapisywać.

## Step 1: subsidiary

subsidiary-intro = Wybierz oddział OVHcloud, w którym zamawiasz projekt: od niego zależą waluta, umowy i API, przez które przechodzi zamówienie.
subsidiary-filter = Filtr
subsidiary-filter-placeholder = wpisz kraj lub kod
subsidiary-no-match = Żaden oddział nie pasuje do „{ $filter }”. Naciśnij Esc, aby wyczyścić filtr.
subsidiary-col-code = Kod
subsidiary-col-country = Kraj
subsidiary-col-currency = Waluta
subsidiary-col-endpoint = Zamówienie przez
subsidiary-chosen = wybrany
subsidiary-yours = oddział Twojego konta

## Step 2: plan

plan-intro = Oferty Public Cloud dla { $subsidiary }. Sam projekt nic nie kosztuje; za to, co w nim działa, płacisz według zużycia.
plan-loading = Przygotowywanie koszyka i wczytywanie ofert…
plan-no-offers = API nie oferuje żadnego projektu Public Cloud dla tego oddziału. Wróć i wybierz inny.
plan-no-renew = brak ceny odnowienia
hds-label = Certyfikacja HDS (hosting danych medycznych)
hds-explanation = Wymagana do hostowania osobowych danych medycznych we Francji; wymaga poziomu wsparcia Business lub Enterprise.
hds-not-sold = Certyfikacja HDS nie jest sprzedawana z tym planem.
plan-code = Kod oferty
plan-renew = Cena
plan-pricing-mode = Tryb cenowy
plan-consumption-title = Rozliczane według zużycia
plan-consumption-none = Nic nie jest rozliczane według zużycia.
duration-days = { $count ->
    [one] dziennie
    [few] co { $count } dni
   *[many] co { $count } dni
}
duration-weeks = { $count ->
    [one] tygodniowo
    [few] co { $count } tygodnie
   *[many] co { $count } tygodni
}
duration-months = { $count ->
    [one] miesięcznie
    [few] co { $count } miesiące
   *[many] co { $count } miesięcy
}
duration-years = { $count ->
    [one] rocznie
    [few] co { $count } lata
   *[many] co { $count } lat
}
duration-once = jednorazowo
duration-other = co { $iso }

## Step 3: name

name-intro = Pod tą nazwą projekt będzie widoczny w Panelu klienta i w API. Możesz ją później zmienić.
name-label = Nazwa projektu
name-count = { $count } z { $max } znaków
name-default = Projekt { $date }
name-count-over = { $count } z { $max } znaków: o { $over } za dużo, skróć nazwę.
paste-controls-removed =
    { $count ->
        [one] Wklejony tekst zawierał znak sterujący: został pominięty.
        [few] Wklejony tekst zawierał { $count } znaki sterujące: zostały pominięte.
       *[other] Wklejony tekst zawierał { $count } znaków sterujących: zostały pominięte.
    }
name-saved = Zapisano w koszyku jako „{ $name }”.

## Step 4: voucher

voucher-intro = Jeśli masz voucher, wpisz jego kod: zostanie sprawdzony w OVHcloud, zanim zostanie dodany. Pozostaw pole puste i naciśnij Enter, aby kontynuować bez vouchera (usuwa to również dodany już voucher).
voucher-label = Kod vouchera
voucher-checking = Sprawdzanie { $code }…
voucher-refused = OVHcloud odrzucił voucher { $code }: { $message }
voucher-fix = Popraw kod albo wyczyść pole i naciśnij Enter, aby kontynuować bez vouchera.
voucher-attached = Voucher { $code } przyjęty: { $credit } środków.
voucher-attached-no-credit = Voucher { $code } przyjęty.

## Step 5: review

review-subsidiary = Oddział
review-plan = Oferta
review-name = Nazwa
review-voucher = Voucher
review-option = Opcja
review-no-voucher = brak
review-quote = Wycena
review-quote-loading = Przygotowywanie wyceny…
review-reduction = Rabaty
review-without-tax = Razem netto
review-tax = Podatek
review-with-tax = Razem brutto
review-contracts = Umowy (Enter na umowie, aby ją przeczytać)
review-payment = Domyślny sposób płatności
payment-type-credit-card = Karta płatnicza
payment-type-bank-account = Konto bankowe
payment-type-sepa = Polecenie zapłaty SEPA
payment-type-paypal = PayPal
payment-type-deferred = Konto płatności odroczonych
payment-type-fidelity = Konto lojalnościowe
payment-type-prepaid = Konto przedpłacone OVHcloud
payment-type-rupay = Karta RuPay
review-payment-none = brak zarejestrowanego na koncie
review-payment-unknown = nieznany (nie udało się wczytać konta)
review-payment-loading = wczytywanie…
review-auto-pay = Płać automatycznie domyślnym sposobem płatności
review-waiver-label = Rezygnuję z prawa odstąpienia od umowy
review-place-order = Złóż zamówienie

## Step 6: order

order-placed = Zamówienie { $id } złożone.
order-url = Strona zamówienia
order-paid = Opłacone.
order-not-paid = Jeszcze nieopłacone: opłać je na stronie zamówienia.
order-reconciled = Odpowiedź na zatwierdzenie koszyka zaginęła po drodze; ovhcart odnalazł zamówienie na Twoim koncie.
order-status = Status
order-status-cancelled = anulowane
order-status-cancelling = w trakcie anulowania
order-status-checking = w trakcie weryfikacji
order-status-delivered = dostarczone
order-status-delivering = w trakcie dostarczania
order-status-documents = wymagane dokumenty
order-status-not-paid = nieopłacone
order-status-unknown = nieznany
order-step-validating = Weryfikacja
order-step-validated = Zatwierdzone
order-step-delivering = Dostarczanie
order-step-available = Dostępne
order-delivered = Projekt dostarczony: { $project }
order-follow-later = Możesz już wyjść: zamówienie jest realizowane. Śledź je później poleceniem: ovhcart order status { $id }
order-follow-later-sandbox = To zamówienie jest we wbudowanym sandboksie, który kończy się razem z ovhcart: po zakończeniu ovhcart nie będzie już czego śledzić.
order-receipt = Potwierdzenie zapisano w { $path }
order-receipt-failed = Nie udało się zapisać potwierdzenia: { $error }
order-not-placed = Nie złożono żadnego zamówienia. Możesz ponowić próbę albo wrócić do podsumowania.
order-maybe-placed = Zamówienie mogło zostać złożone. Nie zamawiaj ponownie: sprawdź poleceniem ovhcart order status albo w Panelu klienta w sekcji Płatności > Zamówienia.
order-maybe-placed-sandbox = Zamówienie mogło zostać złożone w sandboksie. Nie zamawiaj ponownie w tym uruchomieniu: wbudowany sandbox kończy się razem z ovhcart, a wraz z nim jego koszyki i zamówienia.

## Overlays

help-title = Klawisze
help-editing = Pisanie edytuje pole: ← → home end, backspace, delete, ctrl-u (usuwa do początku).
help-editing-name = Pisanie edytuje nazwę (także ?): ← → home end, backspace, delete, ctrl-u (usuwa do początku).
help-editing-filter = Pisanie filtruje listę: ← →, ctrl-a ctrl-e (początek, koniec filtra), backspace, delete, ctrl-u (usuwa do początku). home i end przechodzą do pierwszego i ostatniego wiersza.
help-close = esc zamyka to okno.

## Scrolled views, links

more-above = ▲ więcej wyżej
more-below = ▼ więcej niżej
key-wheel-up = kółko ↑
key-wheel-down = kółko ↓
notice-opening = Otwieranie linku w przeglądarce…
notice-opened = Link otwarty w przeglądarce ({ $program }).
notice-not-opened = Nie udało się uruchomić przeglądarki ({ $why }): skopiuj link klawiszem { $copy } i otwórz go samodzielnie.
notice-copied = Link wysłany do schowka (jeśli terminal na to pozwala, OSC 52).
contract-empty = API nie przesłało treści tej umowy: przeczytaj ją pod adresem podanym powyżej.
contract-position = wiersz { $line } z { $total }
confirm-quit-title = Wyjść?
confirm-quit-text = Koszyk { $cart } jest wciąż otwarty na Twoim koncie. Zachować go (wygaśnie sam po jednym dniu) czy usunąć teraz?
confirm-order-title = Złożyć zamówienie?
confirm-order-text = Złożyć zamówienie teraz? Razem brutto: { $total }. Zamówienie zostanie wysłane do OVHcloud.

## Cart browser
hint-carts = koszyki
hint-refresh = odśwież
hint-delete = usuń
hint-open = otwórz
hint-resume = wznów w kreatorze
hint-confirm-delete = usuń
busy-carts = Wczytywanie koszyków…
busy-deleting = Usuwanie…
carts-title = Koszyki
cart-title = Koszyk
carts-intro = Koszyki na Twoim koncie. Enter otwiera koszyk, aby zobaczyć jego pozycje i wycenę, wznowić go lub usunąć jego części.
carts-intro-start = Twoje konto ma otwarte koszyki. Wznów jeden z nich (Enter najpierw go pokaże) albo zacznij nowe zamówienie.
carts-new-order = Nowe zamówienie
carts-loading = Wczytywanie koszyków konta…
carts-none = Brak koszyków na tym koncie.
carts-column-items = Pozycje
carts-column-expires = Wygasa
carts-column-state = Stan
carts-items = { $count ->
    [one] 1 pozycja
    [few] { $count } pozycje
   *[many] { $count } pozycji
}
carts-state-open = otwarty
carts-state-in-use = używany tutaj
carts-state-read-only = tylko do odczytu
carts-state-expired = wygasł
carts-legend = { $mark } utworzony przez ovhcart
carts-column-project = Projekt
carts-column-cart = Koszyk
carts-refused-read-only = Ten koszyk został już zatwierdzony (jest tylko do odczytu): można go przejrzeć, ale nie zamówić ponownie.
carts-refused-expired = Ten koszyk wygasł: można go przejrzeć, ale nie zamówić. Zacznij zamiast tego nowe zamówienie.
carts-refused-several = Ten koszyk zawiera kilka projektów; kreator zamawia jeden projekt na koszyk. Najpierw usuń nadmiarowe pozycje.
carts-refused-offers = Nie udało się wczytać ofert Public Cloud tego koszyka, więc nie można go teraz wznowić. Odśwież klawiszem r.
carts-refused-ordered = W tej sesji złożono już zamówienie. Uruchom ovhcart ponownie, aby wznowić inny koszyk.
carts-refused-in-use = Kreator wypełnia ten koszyk: zmieniaj jego pozycje w kolejnych etapach albo usuń cały koszyk.
failed-carts = Nie udało się wczytać koszyków konta
failed-cart-read = Nie udało się wczytać koszyka
failed-delete = Nie udało się usunąć
cart-loading = Wczytywanie koszyka, jego pozycji i wyceny…
cart-expires = wygasa { $date }
cart-no-items = Brak pozycji.
cart-item = pozycja
cart-no-quote = Brak wyceny: koszyk jest pusty, tylko do odczytu lub wygasł.
cart-in-use = Kreator właśnie wypełnia ten koszyk. Esc wraca do listy.
cart-resume-note = Enter wznawia ten koszyk w kreatorze, od pierwszego etapu, którego jeszcze brakuje. Koszyk nie zapisuje swojego oddziału: przyjmowany jest oddział Twojego konta, { $subsidiary }.
confirm-delete-cart-title = Usunąć koszyk?
confirm-delete-cart-text = Usunąć koszyk { $cart } wraz z całą zawartością? Tej operacji nie można cofnąć.
confirm-delete-item-title = Usunąć pozycję?
confirm-delete-item-text = Usunąć pozycję { $item } z koszyka { $cart } wraz z jej konfiguracjami? Tej operacji nie można cofnąć.
confirm-delete-configuration-title = Usunąć konfigurację?
confirm-delete-configuration-text = Usunąć konfigurację „{ $label }” z koszyka { $cart }? Tej operacji nie można cofnąć.

## Leaving the full screen

exit-delivered = Projekt { $project } dostarczony (zamówienie { $id }).
exit-following = Zamówienie { $id } zostało złożone i jest nadal realizowane. Aby je śledzić: ovhcart order status { $id } --follow
exit-following-sandbox = Zamówienie { $id } zostało złożone w sandboksie i w chwili wyjścia było jeszcze realizowane.
exit-cart-kept = Twój koszyk { $cart } pozostaje na koncie przez jeden dzień.
exit-cart-kept-sandbox = Twój koszyk { $cart } był jeszcze otwarty w sandboksie.
exit-receipt = Potwierdzenie: { $path }
exit-needs-terminal = Kreator wymaga terminala. W skryptach użyj: ovhcart order --help
exit-no-public-cloud = Endpoint { $endpoint } nie sprzedaje projektów Public Cloud: użyj ovh-eu, ovh-ca lub ovh-us.
exit-unknown-subsidiary = Nieznany oddział { $code } dla { $endpoint }. Dostępne: { $valid }
exit-terminated = Zatrzymano sygnałem zakończenia; terminal został przywrócony.

## ovhcart login

login-no-sandbox = Sandbox nie wymaga logowania: ma wbudowane demonstracyjne dane logowania. Aby wypróbować z nim login, uruchom `ovhcart sandbox` i przekaż jego URL opcją --endpoint.
login-ask-endpoint = Endpoint (ovh-eu, ovh-ca, ovh-us lub URL)
login-no-home = Brak katalogu domowego, w którym można zapisać ~/.ovh.conf: wskaż plik opcją --config FILE.
login-missing-keys = Potrzebne są application key i application secret. Utwórz je na stronie { $url } (dowolna nazwa i opis), a następnie ustaw OVH_APPLICATION_KEY i OVH_APPLICATION_SECRET albo przekaż --application-key i --application-secret-stdin.
login-create-app = ovhcart potrzebuje application key i application secret. Utwórz je na stronie { $url } (zaloguj się i podaj dowolną nazwę i opis), a następnie skopiuj tutaj obie wartości. Secret nie jest wyświetlany podczas wpisywania.
login-ask-application-key = Application key
login-ask-application-secret = Application secret
login-empty-stdin = --application-secret-stdin: pierwszy wiersz standardowego wejścia (stdin) jest pusty.
login-terminal-unreadable = Nie można odczytać terminala: { $error }
login-stdin-unreadable = Nie można odczytać standardowego wejścia: { $error }
login-requested = Zażądano w { $endpoint } consumer key ograniczonego do { $count } { $count ->
    [one] ścieżki wywoływanej
    [few] ścieżek wywoływanych
    [many] ścieżek wywoływanych
   *[other] ścieżek wywoływanych
} przez ovhcart (uruchom `ovhcart doctor`, aby je zobaczyć).
login-open-url = Otwórz tę stronę, zaloguj się na swoje konto OVHcloud i zaakceptuj:
login-waiting = Oczekiwanie na zatwierdzenie (do { $minutes } min; Ctrl-C, aby anulować)…
login-validated = Zatwierdzono: klucz działa w imieniu konta { $account }.
login-saved = Zapisano application key, application secret i consumer key w { $file } [{ $section }].
login-next = Dalej: `ovhcart doctor` sprawdza wszystko, `ovhcart` rozpoczyna zamówienie.
login-verify-failed = Klucz został zatwierdzony, ale wywołanie GET /me z jego użyciem nie powiodło się; nic nie zapisano.
login-cancelled = Anulowano: nic nie zapisano.
login-timed-out = Consumer key nie został zatwierdzony w ciągu { $secs } s; nic nie zapisano. Uruchom ponownie `ovhcart login` i otwórz link wcześniej albo daj więcej czasu opcją --timeout.
login-not-validated = Consumer key miał na stronie zatwierdzania status { $state }; nic nie zapisano. Uruchom ponownie `ovhcart login` i zaakceptuj.

## ovhcart doctor

doctor-label-endpoint = Endpoint
doctor-label-files = Pliki
doctor-label-credentials = Dane logowania
doctor-label-clock = Zegar
doctor-label-oauth2 = OAuth2
doctor-label-key = Consumer key
doctor-label-rules = Jego reguły
doctor-from = z { $source }
doctor-endpoint-defaulted = nic go nie ustawia: wartość domyślna
doctor-file-found = odczytany
doctor-file-missing = nie znaleziono
doctor-sandbox-credentials = wbudowanych danych logowania demo sandboxa
doctor-clock = Czas API minus czas lokalny: { $drift } s (ovhcart koryguje o tyle swoje podpisy)
doctor-token-ok = uzyskano token z adresu URL tokenów
doctor-token-failed = nie uzyskano tokenu z adresu URL tokenów
doctor-key-status = { $status }, wygasa: { $expires }
doctor-never = nigdy
doctor-routes-title = Ścieżki wywoływane przez ovhcart:
doctor-granted = dozwolona
doctor-not-granted = NIEDOZWOLONA
doctor-all-good = Wszystko w porządku: ovhcart może składać zamówienia przy użyciu tych danych logowania.
doctor-problems = { $count } { $count ->
    [one] problem
    [few] problemy
    [many] problemów
   *[other] problemów
} do rozwiązania:
doctor-no-consumer-key = Jest application key i application secret, ale brak consumer key.
doctor-key-not-validated = Consumer key ma status { $status } i nie jest zatwierdzony.
doctor-routes-missing = Consumer key nie zezwala na: { $routes }.
doctor-next-login = Dalej: uruchom `ovhcart login`, aby utworzyć consumer key z regułami, których potrzebuje ovhcart.
doctor-next-unreachable = Dalej: sprawdź sieć i endpoint (--endpoint lub OVH_ENDPOINT).
doctor-next-signature = Dalej: application secret nie należy do application key; skopiuj ponownie obie wartości ze strony, na której utworzono aplikację.
doctor-next-oauth2 = Dalej: sprawdź client_id i client_secret (konto usługi z regionu tego endpointu).
doctor-next-sandbox = Dalej: sprawdź, czy 127.0.0.1 przyjmuje połączenia lokalne, albo wybierz inny adres opcją --listen.

## Commands (ovhcart order, carts, cart show/delete, order status)

cli-waiver-required = Nic nie zamówiono: ovhcart składa zamówienie tylko z opcją --waive-retraction.
cli-waiver-text = Zgodnie z unijnym prawem konsumenckim przysługuje Ci prawo odstąpienia od umowy: od umowy zawartej na odległość możesz odstąpić w ciągu 14 dni bez podawania przyczyny. Podając opcję --waive-retraction, prosisz OVHcloud o realizację i dostarczenie tego zamówienia już teraz i rezygnujesz z tego prawa w odniesieniu do tego zamówienia. Bez tej opcji ovhcart nie składa zamówienia.
cli-waiver-how = Jeśli się zgadzasz, uruchom to samo polecenie z opcją --waive-retraction; aby zobaczyć wycenę bez składania zamówienia, dodaj --dry-run.
cli-contracts-required = Nic nie zamówiono: ovhcart składa zamówienie tylko z opcją --accept-contracts, którą akceptujesz umowy zamówienia:
cli-contracts-text = Podając --accept-contracts, akceptujesz każdą z umów tego zamówienia w brzmieniu publikowanym przez OVHcloud pod jej adresem (wymienionym przy wycenie i w potwierdzeniu). Bez tej opcji ovhcart nie składa zamówienia.
cli-contracts-how = Przeczytaj je; jeśli je akceptujesz, uruchom to samo polecenie z opcją --accept-contracts. Aby zobaczyć wycenę bez składania zamówienia, dodaj --dry-run.
cli-clauses-required = Nic nie zamówiono: dla oddziału IT ovhcart składa zamówienie tylko z opcją --approve-clauses, czyli Twoim wyraźnym zatwierdzeniem tych klauzul:
cli-clauses-how = Jeśli je zatwierdzasz, uruchom to samo polecenie z opcją --approve-clauses; aby zobaczyć wycenę bez składania zamówienia, dodaj --dry-run.
cli-clauses-not-used = --approve-clauses nie zostało użyte: zamówienia dla oddziału { $subsidiary } nie mają klauzul do szczególnego zatwierdzenia (ma je tylko IT).
cli-no-terminal = Nic nie zamówiono: brak terminala, w którym można poprosić o potwierdzenie. Dodaj --yes, aby złożyć zamówienie bez pytania, albo --dry-run, aby zobaczyć tylko wycenę.
cli-subsidiary-unknown = Oddział „{ $code }” nie należy do tych, dla których { $endpoint } zamawia projekty Public Cloud. Użyj jednego z: { $valid }.
cli-endpoint-no-cloud = Endpoint { $endpoint } nie sprzedaje projektów Public Cloud: użyj ovh-eu, ovh-ca lub ovh-us.
cli-hds-not-sold = --hds: certyfikacja HDS nie jest sprzedawana z planem { $plan } dla { $subsidiary }.
cli-voucher-refused = OVHcloud odrzucił voucher { $code }
cli-voucher-fix = Nic nie zamówiono, a koszyk został usunięty. Popraw kod albo uruchom polecenie bez --voucher.
cli-prompt-order = Złożyć to zamówienie? [y/N]
cli-declined = Nic nie zamówiono: zamówienie nie zostało potwierdzone.
cli-interrupted-before-order = Przerwano przed złożeniem zamówienia: nic nie zamówiono.
cli-interrupted = Przerwano.
cli-retrying = Brak jeszcze użytecznej odpowiedzi na { $method } { $path }: ponowna próba za { $ms } ms (próba { $attempt }).
cli-cart-deleted = Koszyk { $cart } usunięty.
cli-cart-kept = Koszyk { $cart } został zachowany: wyświetl go poleceniem ovhcart cart show { $cart }, usuń poleceniem ovhcart cart delete { $cart }.
cli-dry-run-deleted = Przebieg próbny: nic nie zamówiono, a koszyk { $cart } został usunięty.
cli-dry-run-kept = Przebieg próbny: nic nie zamówiono. Koszyk { $cart } został zachowany (wygaśnie sam po jednym dniu).
cli-failed-delete = Nie udało się usunąć koszyka
cli-failed-pay = Zamówienie zostało złożone, ale nie udało się go opłacić
cli-pay-from-page = Opłać je na stronie zamówienia: { $url }
cli-order-maybe-placed = Zamówienie mogło zostać złożone: nie zamawiaj ponownie. Sprawdź poleceniem ovhcart order status lub ovhcart carts (zatwierdzony koszyk jest tylko do odczytu) albo w Panelu klienta w sekcji Płatności > Zamówienia.
cli-no-data-dir = brak katalogu danych (ustaw OVHCART_DATA_DIR)
cli-follow-timeout = Projekt nie został dostarczony w ciągu { $seconds } { $seconds ->
    [one] sekundy
    [few] sekund
    [many] sekund
   *[other] sekund
}. Zamówienie jest nadal realizowane: śledź je poleceniem ovhcart order status { $id } --follow.
cli-follow-timeout-sandbox = Projekt nie został dostarczony w ciągu { $seconds } { $seconds ->
    [one] sekundy
    [few] sekund
    [many] sekund
   *[other] sekund
}. To zamówienie jest we wbudowanym sandboksie, który kończy się razem z ovhcart: nie ma już czego śledzić.
cli-order = Zamówienie
cli-order-id-invalid = „{ $id }” nie jest identyfikatorem zamówienia: identyfikator zamówienia to liczba dodatnia, taka jak wypisuje ovhcart order.
cli-order-unknown = Na Twoim koncie nie ma zamówienia { $id }
cli-help-examples = Przykłady:
cli-usage-hint = Uruchom { $command } --help, aby zobaczyć, co przyjmuje.
cli-flag-wizard-only = { $flag } dotyczy tylko kreatora (ovhcart bez polecenia).
cli-flag-subsidiary = { $flag } dotyczy tylko kreatora i polecenia ovhcart order.
cli-man-unknown = ovhcart nie ma polecenia { $command }: jego polecenia w tym miejscu to { $known }.
cli-flag-clauses-italy = { $flag } dotyczy tylko oddziału IT: szczególne zatwierdzenie klauzul to zasada prawa włoskiego (art. 1341 i 1342 Kodeksu cywilnego).
cli-flag-no-api = { $flag } nic nie zmienia w tym poleceniu: ono nie łączy się z API.
cli-flag-sandbox-only = { $flag } ustawia wbudowany sandbox: dodaj --sandbox albo podaj tę opcję po ovhcart sandbox.
cli-step-todo = do wykonania
cli-step-doing = w toku
cli-step-done = zakończone
cli-step-error = nieudane
cli-contracts = Umowy
cli-no-carts = Brak koszyków na tym koncie.
cli-cart-mine = utworzony przez ovhcart
cli-cart-read-only = tylko do odczytu (zamówiony)
cli-cart-items = { $count ->
    [one] { $count } artykuł
    [few] { $count } artykuły
    [many] { $count } artykułów
   *[other] { $count } artykułów
}
cli-cart-expires = wygasa
cli-cart-id-invalid = „{ $id }” nie jest identyfikatorem koszyka.
cli-cart-unknown = Na Twoim koncie nie ma koszyka { $cart }
cli-cart-list-hint = Mógł wygasnąć (koszyk jest ważny jeden dzień) lub zostać usunięty: wyświetl listę koszyków poleceniem ovhcart carts.
cli-failed-carts = Nie udało się wyświetlić listy koszyków
cli-failed-cart-read = Nie udało się odczytać koszyka
cli-delete-no-terminal = Nic nie usunięto: brak terminala, w którym można poprosić o potwierdzenie. Dodaj --yes, aby usunąć bez pytania.
cli-prompt-delete = Usunąć koszyk { $cart }? [y/N]
cli-delete-declined = Nic nie usunięto: usunięcie nie zostało potwierdzone.

## Recovering what an earlier run left unfinished

recover-ordered = Zamówienie z poprzedniego uruchomienia zostało jednak złożone: zamówienie { $id } dla „{ $name }”. Nie zostanie złożone ponownie.
recover-unsettled = Poprzednie uruchomienie wysłało zamówienie dla „{ $name }”, a jego wynik jest nadal nieznany ({ $error }). Nic nie zostało wysłane ponownie: sprawdź swoje zamówienia (ovhcart order status lub Panel klienta) przed ponownym zamówieniem.
earlier-unsettled = Wcześniejsze uruchomienie wysłało zamówienie „{ $name }” i wciąż nie wiadomo, czy zostało złożone. Nic nie zostało wysłane ponownie: sprawdź swoje zamówienia (ovhcart order status lub Panel klienta), zanim zamówisz ponownie.
cli-resuming-cart = Dokończenie koszyka { $cart } pozostawionego dla tego projektu przez poprzednie uruchomienie.

## Tryb wiersz po wierszu (--plain, TERM=dumb)

plain-intro = ovhcart, wiersz po wierszu (API { $endpoint }). Każde pytanie kończy się dwukropkiem: wpisz odpowiedź i naciśnij Enter. Ctrl-C przerywa przy każdym pytaniu.
plain-open-carts =
    { $count ->
        [one] Twoje konto ma otwarty koszyk ({ $carts }): pozostaje bez zmian, a to uruchomienie zaczyna nowy. ovhcart carts go wyświetla; kreator pełnoekranowy może go wznowić.
        [few] Twoje konto ma { $count } otwarte koszyki ({ $carts }): pozostają bez zmian, a to uruchomienie zaczyna nowy. ovhcart carts je wyświetla; kreator pełnoekranowy może je wznowić.
       *[other] Twoje konto ma { $count } otwartych koszyków ({ $carts }): pozostają bez zmian, a to uruchomienie zaczyna nowy. ovhcart carts je wyświetla; kreator pełnoekranowy może je wznowić.
    }
plain-step = Krok { $number } z { $total }: { $name }
plain-working = Trwa przetwarzanie…
plain-reduction = Rabat: { $what }
plain-contract = Umowa: { $name }, { $url }
plain-yes = tak
plain-no = nie
plain-yes-no-default-yes = [T/n]:
plain-yes-no-default-no = [t/N]:
plain-yes-no-again = Odpowiedz tak lub nie.
plain-retry = Spróbować ponownie?
plain-ask-subsidiary = Oddział: wpisz jego numer (od 1 do { $count }), kod lub kraj; Enter zostawia { $default }:
plain-not-in-list = „{ $answer }” nie ma na liście: wpisz numer od 1 do { $count }.
plain-ask-plan = Oferta: wpisz jej numer (od 1 do { $count }); Enter zostawia { $default }:
plain-ask-option = Dodać: { $option }?
plain-ask-name = Nazwa projektu; Enter zostawia „{ $default }”:
plain-ask-voucher = Kod vouchera; Enter, jeśli go nie masz:
plain-consent-word = tak
plain-ask-waiver = Aby zaznaczyć to pole, a tym samym zrezygnować z prawa odstąpienia od umowy dla tego zamówienia, wpisz w całości „{ $word }”. Każda inna odpowiedź pozostawia je niezaznaczone i nic nie zostanie zamówione:
plain-waiver-refused = Nic nie zostało zamówione: zachowujesz prawo odstąpienia od umowy.
plain-ask-contracts = Aby zaznaczyć to pole, a tym samym zaakceptować wymienione powyżej umowy, wpisz w całości „{ $word }”. Każda inna odpowiedź pozostawia je niezaznaczone i nic nie zostanie zamówione:
plain-contracts-refused = Nic nie zostało zamówione: nie zaakceptowano umów.
plain-ask-clauses = Aby zaznaczyć to pole, a tym samym wyraźnie zatwierdzić te klauzule, wpisz w całości „{ $word }”. Każda inna odpowiedź pozostawia je niezaznaczone i nic nie zostanie zamówione:
plain-clauses-refused = Nic nie zostało zamówione: nie zatwierdzono klauzul.
plain-ask-order = Złożyć zamówienie teraz? Razem brutto: { $total }. Zamówienie zostanie wysłane do OVHcloud.
plain-declined = Nic nie zostało zamówione: odmówiłeś.
plain-nothing-ordered = Przerwano przed zamówieniem: nic nie zostało zamówione.
plain-ask-delete-cart = Koszyk { $cart } jest wciąż otwarty na Twoim koncie. Usunąć go? Jeśli nie, zostanie zachowany i wygaśnie sam po jednym dniu.
plain-cart-kept = Koszyk { $cart } został zachowany: zobacz go poleceniem ovhcart cart show { $cart }, usuń poleceniem ovhcart cart delete { $cart }.
plain-cart-kept-sandbox = Koszyk { $cart } pozostaje otwarty w sandboksie do zakończenia ovhcart.
plain-cart-deleted = Koszyk { $cart } usunięty.

## Onboarding: ekrany przed kreatorem, gdy brak użytecznych danych uwierzytelniających
onboard-title = Połączenie z OVHcloud
onboard-step = Połączenie
onboard-page-endpoint = API
onboard-page-keys = Klucze aplikacji
onboard-page-validation = Zatwierdzenie
onboard-page-saved = Zapisano
onboard-intro = Nie znaleziono użytecznych danych uwierzytelniających do API OVHcloud. ovhcart utworzy je razem z Tobą: wybierz API swojego konta, utwórz application key, a potem zaakceptuj klucz ograniczony do ścieżek, które wywołuje ovhcart.
onboard-choose-endpoint = W którym API jest Twoje konto OVHcloud?
onboard-region-eu = Europa i Afryka
onboard-region-ca = Kanada, Azja i Pacyfik oraz reszta świata
onboard-region-us = Stany Zjednoczone
onboard-region-custom = adres podany w --endpoint lub w konfiguracji
onboard-serves = Oddziały: { $codes }
onboard-save-to = Klucze zostaną zapisane w { $file }.
onboard-create-app = Otwórz { $url } w przeglądarce, zaloguj się na konto OVHcloud i utwórz aplikację (dowolna nazwa i opis). Skopiuj poniżej jej application key i application secret.
onboard-reused = Klucze z Twojej konfiguracji są już wpisane: naciśnij Enter, aby ich użyć.
onboard-application-key = Application key
onboard-application-secret = Application secret (ukryty)
onboard-refused-key = Wpisz application key.
onboard-refused-secret = Wpisz application secret.
onboard-request-failed = prośba o dostęp
onboard-requesting = Prośba o dostęp…
onboard-open-url = Otwórz tę stronę, zaloguj się na konto OVHcloud i zaakceptuj. Klucz pozwala tylko na { $count } ścieżek, które wywołuje ovhcart.
onboard-qr-too-small = Powiększ terminal, aby zobaczyć ten link jako kod QR.
onboard-waiting = Oczekiwanie na zatwierdzenie (do { $minutes } min). Esc anuluje; do tego czasu nic nie jest zapisywane.
onboard-saving = Zatwierdzono dla konta { $account }; zapisywanie kluczy…
onboard-saved = Zapisano application key, application secret i consumer key w { $file } [{ $section }].
onboard-save-failed = Nie udało się zapisać kluczy: { $error }
onboard-save-failed-hint = r ponawia próbę. Enter przechodzi dalej bez zapisu: klucz działa do zamknięcia ovhcart.
onboard-continue = Naciśnij Enter, aby rozpocząć zamówienie.
onboard-timed-out = Klucz nie został zatwierdzony w ciągu { $minutes } min; nic nie zapisano. Naciśnij Enter, aby otrzymać nowy link.
onboard-not-validated = Na stronie zatwierdzania klucz otrzymał stan { $state }; nic nie zapisano. Naciśnij Enter, aby spróbować ponownie.
hint-request-access = poproś o dostęp
hint-next-field = następne pole
hint-prev-field = poprzednie pole
hint-continue = dalej
hint-retry-save = zapisz ponownie
busy-requesting-access = Prośba o dostęp…
busy-validation = Oczekiwanie na zatwierdzenie…
busy-saving-keys = Zapisywanie kluczy…

## Zamówienie mogło zostać złożone (wynik finalizacji koszyka nieznany)

hint-check-again = sprawdź ponownie
order-unknown-title = Zamówienie mogło zostać złożone
order-unknown-text = Odpowiedź na zamówienie zaginęła i ovhcart nie mógł ustalić, czy OVHcloud je utworzył. ovhcart nie wysyła zamówienia ponownie.
order-unknown-cart = Koszyk
order-unknown-order = Zamówienie
order-unknown-order-none = jeszcze nieznane
order-unknown-checking = Sprawdzanie koszyka i ostatnich zamówień…
order-unknown-why = ostatnie sprawdzenie nie dało odpowiedzi
order-unknown-next = Sprawdź ponownie (r) odczytuje koszyk i ostatnie zamówienia. Jeśli zamówienie zostanie znalezione, ovhcart opłaca je, gdy jest darmowe, zapisuje potwierdzenie i je śledzi. Jeśli koszyk jest wciąż otwarty, nic nie zamówiono: wracasz do podsumowania, gdzie pole rezygnacji trzeba zaznaczyć ponownie.
order-unknown-next-earlier = To zamówienie wysłało wcześniejsze uruchomienie ovhcart. Sprawdź ponownie (r) odczytuje koszyk i ostatnie zamówienia. Jeśli zamówienie zostanie znalezione, ovhcart opłaca je, gdy jest darmowe, i je śledzi. Jeśli koszyk jest wciąż otwarty, nic nie zamówiono: jest pokazany wśród Twoich koszyków, do wznowienia.
order-unknown-exit = Zamówienie z koszyka { $cart } mogło zostać złożone. Nie zamawiaj ponownie przed sprawdzeniem: uruchom ovhcart order status lub ovhcart carts (zamówiony koszyk jest tylko do odczytu) albo zajrzyj do Panelu klienta w Rozliczenia > Zamówienia.
order-unknown-exit-sandbox = Zamówienie z koszyka { $cart } mogło zostać złożone w sandboksie.
sandbox-ended = Wbudowany sandbox zakończył się razem z ovhcart, a wraz z nim jego koszyki i zamówienia: nie ma już czego sprawdzać. Aby zachować sandbox między uruchomieniami, uruchom go poleceniem `ovhcart sandbox` w innym terminalu i uruchamiaj ovhcart ze zmiennymi, które wypisze.
carts-state-unknown = wynik nieznany
plain-ask-recheck = Wpisz r, aby sprawdzić ponownie, lub q, aby przerwać (nic nie jest wysyłane ponownie):

# Real accounts: held and refused orders, eligibility actions, VOUCHER_* refusals (docs/api-notes.md).
order-held-review = OVHcloud sprawdza zamówienie { $id } przed jego realizacją; może to potrwać kilka dni i możesz zostać poproszony e-mailem o dokumenty. Niczego nie wysyłaj ponownie: sprawdź później poleceniem ovhcart order status { $id } lub w Panelu klienta: { $url }
order-held-review-sandbox = OVHcloud sprawdza zamówienie { $id } przed jego realizacją; może to potrwać kilka dni i możesz zostać poproszony e-mailem o dokumenty. Niczego nie wysyłaj ponownie. To zamówienie jest we wbudowanym sandboksie, który kończy się razem z ovhcart: po zakończeniu ovhcart nie będzie już czego sprawdzać.
order-held-documents = OVHcloud prosi o dokumenty przed realizacją zamówienia { $id }: wyślij je z Panelu klienta ({ $url }) lub odpowiadając na e-mail, a potem sprawdź poleceniem ovhcart order status { $id }.
order-held-documents-sandbox = OVHcloud prosi o dokumenty przed realizacją zamówienia { $id }: z prawdziwym kontem wysłałbyś je z Panelu klienta ({ $url }) lub odpowiadając na e-mail. To zamówienie jest we wbudowanym sandboksie, który kończy się razem z ovhcart: po zakończeniu ovhcart nie będzie już czego sprawdzać.
order-held-not-paid = Zamówienie { $id } czeka na płatność: opłać je na stronie zamówienia lub w Panelu klienta ({ $url }), a potem sprawdź poleceniem ovhcart order status { $id }.
order-held-not-paid-sandbox = Zamówienie { $id } czeka na płatność: z prawdziwym kontem opłaciłbyś je na stronie zamówienia lub w Panelu klienta ({ $url }). To zamówienie jest we wbudowanym sandboksie, który kończy się razem z ovhcart: po zakończeniu ovhcart nie będzie już czego sprawdzać.
order-refused = OVHcloud odrzucił zamówienie { $id }: nic nie zostanie dostarczone. Zapytaj o powód pomoc techniczną OVHcloud z Panelu klienta: { $url }
eligibility-blocked = Zanim Twoje konto będzie mogło zamówić projekt Public Cloud, musi najpierw zrobić to w Panelu klienta OVHcloud (nic nie zostało zamówione):
eligibility-add-payment-method = Dodaj ważną metodę płatności: { $url }
eligibility-challenge-payment-method = Potwierdź metodę płatności (niewielka płatność weryfikacyjna): { $url }
eligibility-verify-paypal = Zweryfikuj konto PayPal: { $url }
eligibility-projects-quota = Poproś o więcej projektów: Twoje konto osiągnęło limit projektów Public Cloud: { $url }
eligibility-other = Wykonaj czynność „{ $action }”, o którą prosi OVHcloud: { $url }
eligibility-minimum-credit = Potrzebne jest pierwsze doładowanie w wysokości co najmniej { $amount }.
eligibility-methods = Akceptowane metody płatności: { $methods }.
voucher-code-invalid = Taki kod kuponu nie istnieje: sprawdź pisownię.
voucher-code-too-many-attempts = Zbyt wiele prób użycia kuponów: odczekaj chwilę przed kolejną próbą.
voucher-code-no-longer-valid = Ten kupon nie jest już ważny.
voucher-code-already-used = Ten kupon został już wykorzystany.
voucher-code-expired = Ten kupon wygasł.
voucher-code-country = Ten kupon nie jest ważny w kraju Twojego konta.
voucher-code-payment-mean = Ten kupon wymaga ważnej metody płatności na koncie: najpierw dodaj ją w Panelu klienta.
voucher-code-too-many-used = Ten kupon wykorzystano już tyle razy, ile pozwala.
voucher-code-nichandle = Ten kupon jest zarezerwowany dla innego konta.
voucher-code-scored = Tego kuponu nie można użyć z Twoim kontem.
voucher-code-new-customer = Ten kupon jest tylko dla nowych klientów.
voucher-code-new-project = Ten kupon jest tylko na pierwszy projekt Public Cloud.
voucher-code-other = OVHcloud odrzucił ten kupon.
review-refused-eligibility = Twoje konto musi najpierw wykonać to, co podano powyżej, w Panelu klienta OVHcloud: do tego czasu nie można nic zamówić.
review-refused-earlier = Jeszcze nie: wciąż trwa porządkowanie tego, co zostawiło wcześniejsze uruchomienie (mogło już to zamówić). Spróbuj za chwilę.
busy-retrying = wciąż brak użytecznej odpowiedzi, ponawiam (próba { $attempt })

## Pomoc wiersza poleceń (--help, ovhcart man, uzupełnianie): definicje w src/cli/args.rs,
## src/cli/login.rs, src/cli/doctor.rs i src/sandbox/ odwołują się do tych kluczy
usage-about = Zamów projekt OVHcloud Public Cloud z poziomu terminala
usage-about-long =
    Zamów projekt OVHcloud Public Cloud z poziomu terminala.

    Bez polecenia ovhcart otwiera pełnoekranowy kreator. `ovhcart --sandbox` uruchamia go na wbudowanym API OVHcloud pod adresem 127.0.0.1: bez konta, nic nie jest rozliczane.
usage-heading-usage = Użycie
usage-heading-commands = Polecenia
usage-heading-arguments = Argumenty
usage-heading-options = Opcje
usage-heading-connection-anywhere = Połączenie (przed poleceniem lub po nim)
usage-heading-connection = Połączenie
usage-heading-wizard = Kreator
usage-heading-sandbox = Sandbox (po `ovhcart sandbox` lub z --sandbox przed poleceniem)
usage-arg-help = Wyświetl pomoc
usage-arg-help-more = Wyświetl pomoc (więcej: --help)
usage-arg-help-summary = Wyświetl pomoc (podsumowanie: -h)
usage-arg-version = Wyświetl wersję
usage-about-help = Wyświetl ten komunikat lub pomoc podanego polecenia
usage-arg-lang = Język interfejsu (en, fr, es, it, pl, pt, de); domyślnie z LC_ALL/LANG
usage-arg-verbose = Więcej szczegółów w pliku dziennika (-v: debug, -vv: trace)
usage-arg-log-file = Zapisuj dziennik tutaj zamiast w katalogu danych
usage-arg-endpoint = Endpoint API: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca lub bazowy adres URL [domyślnie: OVH_ENDPOINT, potem ovh.conf]
usage-arg-config = Odczytaj ten plik ovh.conf po /etc/ovh.conf, ~/.ovh.conf i ./ovh.conf
usage-arg-retry-budget = Jak długo jeden odczyt z API może ponawiać próby po przejściowych błędach (sieć, przekroczenie czasu, 5xx, 429); 0: nigdy nie ponawiaj [domyślnie: 30]
usage-arg-request-timeout = Najdłuższy dopuszczalny czas jednego zapytania do API, łącznie z odczytem całej odpowiedzi (co najmniej 1) [domyślnie: 30]
usage-arg-allow-clear-http = Zezwól na wysyłanie danych logowania zwykłym http:// do hosta innego niż ten komputer (każdy po drodze może je odczytać)
usage-arg-sandbox = Działaj na wbudowanym API sandboksa z jego demonstracyjnymi danymi logowania (nic nie jest rozliczane); jego ustawienia (--delivery-ms, …) podaje się przed poleceniem
usage-arg-high-contrast = Jasne, wysokokontrastowe kolory w kreatorze (NO_COLOR nadal wyłącza kolory)
usage-arg-plain = Zadawaj pytania kreatora wiersz po wierszu, dla czytników ekranu i prostych terminali (automatycznie przy TERM=dumb)
usage-arg-subsidiary = Wstępnie wybierz ten oddział (np. FR, GB, QC); `ovhcart --subsidiary FR order …` zamawia dla niego
usage-about-sandbox = Uruchom API sandboksa na 127.0.0.1 i wypisz jego dane logowania jako wiersze `export` powłoki
usage-about-login = Utwórz consumer key ograniczony do ścieżek wywoływanych przez ovhcart i zapisz go w ovh.conf
usage-about-doctor = Sprawdź endpoint, dane logowania, zegar i uprawnienia consumer key
usage-about-order = Zamów projekt Public Cloud bez trybu pełnoekranowego albo (`order status ID`) śledź zamówienie
usage-about-carts = Wyświetl listę koszyków konta wraz z ich pozycjami i terminem wygaśnięcia
usage-about-cart = Pokaż lub usuń jeden koszyk
usage-about-completions = Wypisz skrypt uzupełniania dla powłoki, wygenerowany z tych definicji
usage-about-man = Wypisz stronę podręcznika (roff) ovhcart lub jednego z jego poleceń, wygenerowaną z tych definicji
usage-arg-name = Nazwa projektu (jego opis w Panelu klienta), od 1 do 255 znaków
usage-arg-order-subsidiary = Oddział, dla którego składasz zamówienie (np. FR, GB, QC) [domyślnie: oddział konta]
usage-arg-voucher = Kod vouchera, sprawdzany w OVHcloud przed złożeniem zamówienia
usage-arg-hds = Dodaj do projektu opcję certyfikacji HDS (hosting danych medycznych, Francja); odrzucane, gdy nie jest sprzedawana
usage-arg-auto-pay = Płać automatycznie domyślnym sposobem płatności konta
usage-arg-waive-retraction = Zrezygnuj z prawa odstąpienia od umowy dla tego zamówienia (wymagane: ovhcart nie składa zamówienia bez tej zgody)
usage-arg-accept-contracts = Zaakceptuj umowy tego zamówienia, wymienione przy wycenie (wymagane: ovhcart nie składa zamówienia bez tej zgody)
usage-arg-approve-clauses = Dla oddziału IT: wyraźnie zatwierdź klauzule z art. 1341 i 1342 włoskiego kodeksu cywilnego (tam wymagane)
usage-arg-dry-run = Zatrzymaj się po wycenie i usuń koszyk; nic nie zostanie zamówione
usage-arg-keep-cart = Z --dry-run: zachowaj koszyk zamiast go usuwać
usage-arg-order-yes = Złóż zamówienie bez pytania (potrzebne, gdy nie ma terminala, w którym można zapytać)
usage-arg-order-follow = Po złożeniu zamówienia poczekaj na dostarczenie projektu i wypisz jego identyfikator
usage-arg-order-follow-timeout = Z --follow: przestań czekać po tylu sekundach (zamówienie jest nadal realizowane)
usage-arg-json = Wypisz jeden dokument JSON na stdout zamiast tekstu
usage-about-order-status = Pokaż status zamówienia i etapy dostarczania, a po dostarczeniu identyfikator projektu
usage-arg-order-id = Identyfikator zamówienia (liczba, taka jak wypisuje `ovhcart order`)
usage-arg-status-follow = Czekaj, aż projekt zostanie dostarczony
usage-arg-status-follow-timeout = Z --follow: przestań czekać po tylu sekundach
usage-about-cart-show = Pokaż koszyk: jego pozycje, ich konfiguracje i wycenę
usage-about-cart-delete = Usuń koszyk (w terminalu najpierw pyta o potwierdzenie)
usage-arg-cart-delete-yes = Usuń bez pytania (potrzebne, gdy nie ma terminala, w którym można zapytać)
usage-arg-shell = Powłoka, dla której generowane jest uzupełnianie
usage-arg-command = Polecenie, którego stronę wypisać (`order`, `order status`, `cart show`…); bez niego strona samego ovhcart
usage-arg-application-key = Application key ze strony createApp [domyślnie: OVH_APPLICATION_KEY, potem ovh.conf]
usage-arg-application-secret-stdin = Odczytaj application secret z pierwszego wiersza stdin. Celowo nie ma opcji przyjmującej sam secret: wiersz poleceń jest widoczny dla każdego użytkownika komputera (ps, /proc) i pozostaje w historii powłoki. W przeciwnym razie secret pochodzi z OVH_APPLICATION_SECRET, z ovh.conf lub z maskowanego pytania w terminalu
usage-arg-timeout = Zrezygnuj, jeśli klucz nie zostanie zatwierdzony w ciągu tylu sekund
usage-arg-login-json = Wypisuj wiersze JSON (URL zatwierdzenia, konto, zapisany plik) zamiast tekstu
usage-arg-no-qr = Nie rysuj URL zatwierdzenia jako kodu QR
usage-arg-poll-interval = Liczba sekund między dwoma sprawdzeniami klucza podczas oczekiwania
usage-arg-doctor-json = Wypisz raport jako jeden dokument JSON
usage-arg-listen = Adres, na którym nasłuchiwać. Domyślnie loopback; każdy inny wymaga --expose
usage-arg-expose = Zezwól na adres --listen inny niż loopback: każdy, kto do niego dotrze, otrzyma demonstracyjne dane logowania i będzie mógł składać zamówienia
usage-arg-latency-ms = Milisekundy dodawane przed każdą odpowiedzią
usage-arg-fault-rate = Odsetek zapytań (od 0 do 1), które kończą się błędem: strony HTML 502/503, zerwane połączenia, utracone odpowiedzi
usage-arg-seed = Ziarno dla błędów i generowanych identyfikatorów (losowe, gdy go brak)
usage-arg-clock-skew = O ile sekund zegar sandboksa spieszy się (lub, przy wartości ujemnej, spóźnia) względem zegara tego komputera
usage-arg-cart-ttl = Czas życia nowego koszyka, w sekundach
usage-arg-delivery-ms = Milisekundy od płatności do dostarczenia
usage-arg-plan-price-cents = Miesięczna cena oferty projektu, w centach (prawdziwa oferta kosztuje 0)
usage-arg-hds-price-cents = Miesięczna cena opcji certyfikacji HDS, w centach
usage-arg-lose-checkout-answers = Gub odpowiedzi na pierwsze N finalizacji koszyka, już po utworzeniu zamówienia
usage-arg-token-ttl = Czas życia tokenów dostępu OAuth2, w sekundach
usage-arg-situation = Z czym styka się konto demo, tak jak prawdziwi nowi klienci
usage-situation-ready = Wszystko w porządku: ważna karta domyślna, nic nie jest wymagane
usage-situation-add-payment-method = Brak metody płatności: konto musi ją dodać przed złożeniem zamówienia; voucher, który jej wymaga, jest odrzucany
usage-situation-challenge-payment-method = Nowe konto, którego kartę trzeba potwierdzić przed złożeniem zamówienia
usage-situation-verify-paypal = Konto PayPal do zweryfikowania przed złożeniem zamówienia
usage-situation-projects-quota = Konto osiągnęło limit projektów: musi poprosić o więcej
usage-situation-fraud-review = Zamówienia są sprawdzane ręcznie przed dostarczeniem, a potem dostarczane
usage-situation-documents-requested = Zamówienia czekają na dokumenty przed dostarczeniem
usage-situation-fraud-refused = Zamówienia są odrzucane po kontroli antyfraudowej (błąd 906)
usage-situation-us = API US: konto w USA, brak ścieżki sprawdzania uprawnień do zamawiania, identyfikator projektu odnajdywany w operacjach zamówienia

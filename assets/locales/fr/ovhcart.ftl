# ovhcart, français. Mêmes clés que le catalogue anglais (un test le vérifie).
# Noms de touches (enter, esc, ctrl-u…) : en anglais, comme dans le pied de page.

## Steps

step-subsidiary = Filiale
step-plan = Offre
step-name = Nom
step-voucher = Bon d'achat
step-review = Récapitulatif
step-order = Commande

## Key hints (footer and help)

hint-quit = quitter
hint-help = aide
hint-retry = réessayer
hint-back = retour
hint-up = haut
hint-down = bas
hint-choose = choisir
hint-clear-or-quit = effacer le filtre / quitter
hint-next = suivant
hint-check-or-skip = vérifier / passer si vide
hint-activate = sélectionner
hint-toggle = cocher / décocher
hint-toggle-hds = cocher HDS
hint-focus-next = champ suivant
hint-focus-prev = champ précédent
hint-leave = partir, suivre plus tard
hint-leave-only = partir
hint-finish = terminer
hint-close = fermer
hint-page-up = page précédente
hint-page-down = page suivante
hint-keep-cart = garder le panier et quitter
hint-delete-cart = supprimer le panier et quitter
hint-cancel = annuler
hint-place-order = passer la commande
hint-language = langue
hint-first = premier
hint-last = dernier
hint-top = début
hint-bottom = fin
hint-scroll-up = défiler vers le haut
hint-scroll-down = défiler vers le bas
hint-open-url = ouvrir le lien
hint-copy-url = copier le lien

## Validation and refusals

name-error-empty = Le nom ne peut pas être vide.
name-error-too-long = Le nom compte { $count } caractères ; { $max } au maximum sont autorisés.
name-error-control = Le nom ne peut pas contenir de caractères de contrôle, comme les tabulations.
voucher-error-space = Un code de bon d'achat ne contient pas d'espace.
voucher-error-control = Un code de bon d'achat ne peut pas contenir de caractères de contrôle.
voucher-error-too-long = C'est trop long pour un code de bon d'achat.
plan-error-no-renew = Cette offre n'a pas de prix de renouvellement : elle ne peut pas être commandée ici. Choisissez-en une autre.
review-refused-waiver = Cochez ci-dessus la case de renonciation au droit de rétractation pour passer la commande.
review-refused-quote = Le devis n'est pas encore prêt : attendez-le, ou réessayez s'il a échoué.
review-consents-language = La langue a changé, cette case et les autres ont donc été décochées : relisez leur texte, dans la nouvelle langue, et cochez-les à nouveau si vous êtes d'accord.
review-consents-order = Ce que vous commandez a changé (filiale, offre ou option), et avec lui les contrats, cette case et les autres ont donc été décochées : relisez leur texte et cochez-les à nouveau si vous êtes d'accord.

## What failed

failed-account = Impossible de charger votre compte
failed-cart = Impossible de préparer le panier
failed-item = Impossible d'ajouter le projet au panier
failed-description = Impossible d'enregistrer le nom du projet
failed-voucher = Impossible d'ajouter ou de retirer le bon d'achat
failed-option = Impossible d'ajouter ou de retirer l'option
failed-voucher-check = Impossible de vérifier le bon d'achat
failed-quote = Impossible de charger le devis
failed-checkout = La commande n'a pas pu être passée
checkout-outcome-unknown = La commande a peut-être été passée (panier { $cart }) : sa réponse s'est perdue et n'a pas encore pu être vérifiée
failed-follow = Impossible de suivre la commande

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = Le droit de la consommation de l'UE vous accorde un droit de rétractation : pour un contrat conclu à distance, vous pouvez vous rétracter dans un délai de 14 jours sans avoir à vous justifier. En cochant cette case, vous demandez à OVHcloud de traiter et de livrer cette commande dès maintenant, et vous renoncez à ce droit pour cette commande. Si vous n'êtes pas d'accord, laissez la case décochée : ovhcart ne passera pas la commande. Rien d'autre dans ovhcart ne coche cette case à votre place.

## Les autres consentements de la revue : les contrats et, pour la filiale IT, l'approbation
## expresse de clauses (art. 1341 et 1342 du Code civil italien). Chaque texte est affiché
## avec sa case et enregistré dans le reçu.

review-contracts-label = J'ai lu et j'accepte les contrats
contracts-text = Cocher cette case accepte chacun des contrats listés ci-dessus, tel qu'OVHcloud le publie à l'adresse indiquée ; le reçu enregistre le nom et l'adresse de chacun. Rien d'autre dans ovhcart ne coche cette case à votre place.
review-clauses-label = J'approuve expressément ces clauses
clauses-text = Selon les art. 1341 et 1342 du Code civil italien, j'approuve expressément les clauses OVHcloud sur : limites de responsabilité, suspension et résiliation, reconduction tacite, modification des conditions, tribunal compétent.
clauses-translation = Traduction :
review-refused-contracts = Cochez la case d'acceptation des contrats pour passer la commande.
review-refused-clauses = Cochez la case d'approbation des clauses (art. 1341 et 1342 du Code civil italien) pour passer la commande.
review-contracts-changed = Les contrats ont changé, la case qui les accepte a donc été décochée : lisez-les et cochez-la à nouveau si vous êtes d'accord.

## Frame

header-endpoint = · API { $endpoint }
header-language = Langue : { $language }
too-small = Le terminal est trop petit ({ $width }×{ $height }). ovhcart a besoin d'au moins { $min_width }×{ $min_height } : agrandissez la fenêtre.
busy-account = Chargement de votre compte…
busy-earlier = Examen de ce qu'un lancement précédent a laissé en suspens…
busy-cart = Préparation du panier…
busy-item = Ajout du projet au panier…
busy-config = Enregistrement dans le panier…
busy-option = Mise à jour des options…
busy-quote = Mise à jour du devis…
busy-voucher = Vérification du bon d'achat…
busy-placing = Envoi de la commande…
busy-following = Suivi de la commande…

## Errors

error-prefix = Erreur
error-network-connect = Impossible de se connecter à l'API.
error-network-lost = La connexion à l'API a échoué avant l'arrivée de sa réponse.
error-network-timeout = L'API n'a pas répondu à temps.
error-title = La commande n'a pas pu être passée
error-query-id = Identifiant de requête : { $id } (à communiquer au support OVHcloud)
error-hint-credentials = Vérifiez la clé d'application et la clé consommateur (ovhcart doctor), ou obtenez-en de nouvelles avec ovhcart login.
error-hint-signature = Le secret d'application ne correspond pas à la clé d'application, ou l'horloge est très décalée : lancez ovhcart doctor.
error-hint-not-granted = Les règles d'accès de la clé consommateur ne couvrent pas cet appel : lancez ovhcart doctor, puis ovhcart login pour obtenir une clé avec les règles dont ovhcart a besoin.
error-hint-forbidden = Le compte n'a pas le droit de faire cela ; le panier appartient peut-être à un autre compte.
error-hint-cart-gone = Le panier a expiré (un panier dure un jour) ou a été supprimé : lancez une nouvelle commande.
error-hint-not-found = Vérifiez l'identifiant ; l'élément a peut-être été supprimé.
error-hint-bad-request = Corrigez la valeur indiquée dans le message, puis réessayez.
error-hint-rate-limited = Trop de requêtes : attendez une minute, puis réessayez.
error-hint-server = L'API rencontre des difficultés : réessayez dans un instant.
error-hint-network = Vérifiez la connexion réseau et le point d'accès (endpoint), puis réessayez.
error-hint-invalid-response = L'API a renvoyé une réponse inattendue : réessayez ; si cela persiste, vérifiez le point d'accès.
error-hint-clear-http = Utilisez https://, ou passez --allow-clear-http si vous acceptez ce risque.
sandbox-start-failed = Impossible de démarrer le bac à sable : { $error }
config-hint-parse = Corrigez cette ligne du fichier (un ovh.conf contient des en-têtes [section] et des lignes clé = valeur), puis réessayez.
config-hint-read = Corrigez les permissions du fichier ou supprimez-le, puis réessayez.
config-hint-missing-file = Vérifiez le chemin donné à --config.
config-hint-endpoint-name = Utilisez l'un des noms de point d'accès indiqués, ou une URL de base comme https://eu.api.ovh.com/1.0.
config-hint-endpoint-url = Donnez une URL de base qui commence par http:// ou https:// et nomme un hôte, comme https://eu.api.ovh.com/1.0.
config-hint-no-credentials = Lancez ovhcart login pour créer des identifiants.
config-hint-incomplete-key-pair = Ajoutez celle qui manque, ou lancez ovhcart login pour créer une nouvelle paire.
config-hint-one-method = Ne gardez qu'une seule méthode.
config-hint-incomplete-oauth2 = Ajoutez celui qui manque.
config-hint-oauth2-endpoint = Utilisez une clé et un secret d'application avec ce point d'accès.
config-hint-bad-value = Copiez de nouveau la valeur depuis l'endroit où elle a été créée, sur une seule ligne et sans espaces autour, puis réessayez.
config-hint-foreign-symlink = Remplacez le lien par un fichier à vous, ou écrivez ailleurs avec --config.
config-hint-write-not-a-file = Donnez le chemin d'un fichier, pas celui d'un dossier.
config-hint-write-link-loop = Faites pointer le lien vers un fichier ordinaire.
config-hint-write-directory = Vérifiez que le dossier du fichier existe et que vous pouvez y écrire.

## Step 1: subsidiary

subsidiary-intro = Choisissez la filiale OVHcloud qui vend le projet : elle fixe la devise, les contrats et l'API par laquelle passe la commande.
subsidiary-filter = Filtre
subsidiary-filter-placeholder = saisissez un pays ou un code
subsidiary-no-match = Aucune filiale ne correspond à « { $filter } ». Appuyez sur Esc pour effacer le filtre.
subsidiary-col-code = Code
subsidiary-col-country = Pays
subsidiary-col-currency = Devise
subsidiary-col-endpoint = Commande via
subsidiary-chosen = choisie
subsidiary-yours = celle de votre compte

## Step 2: plan

plan-intro = Offres Public Cloud pour { $subsidiary }. Un projet ne coûte rien en soi ; ce qui y tourne est facturé à la consommation.
plan-loading = Préparation d'un panier et chargement des offres…
plan-no-offers = L'API ne propose aucun projet Public Cloud pour cette filiale. Revenez en arrière et choisissez-en une autre.
plan-no-renew = pas de prix de renouvellement
hds-label = Certification HDS (hébergement de données de santé)
hds-explanation = Nécessaire pour héberger des données de santé à caractère personnel en France ; exige un niveau de support Business ou Enterprise.
hds-not-sold = La certification HDS n'est pas vendue avec ce plan.
plan-code = Code de l'offre
plan-renew = Prix
plan-pricing-mode = Mode de tarification
plan-consumption-title = Facturé à la consommation
plan-consumption-none = Rien n'est indiqué comme facturé à la consommation.
duration-days = { $count ->
    [one] par jour
   *[other] tous les { $count } jours
}
duration-weeks = { $count ->
    [one] par semaine
   *[other] toutes les { $count } semaines
}
duration-months = { $count ->
    [one] par mois
   *[other] tous les { $count } mois
}
duration-years = { $count ->
    [one] par an
   *[other] tous les { $count } ans
}
duration-once = une fois
duration-other = tous les { $iso }

## Step 3: name

name-intro = Le nom est celui sous lequel le projet apparaît dans l'espace client et dans l'API. Vous pourrez le modifier plus tard.
name-label = Nom du projet
name-count = { $count } { $count ->
    [one] caractère
   *[other] caractères
} sur { $max }
name-default = Projet { $date }
name-count-over = { $count } caractères sur { $max } : { $over } de trop, raccourcissez le nom.
paste-controls-removed =
    { $count ->
        [one] Le texte collé contenait un caractère de contrôle : il a été retiré.
       *[other] Le texte collé contenait { $count } caractères de contrôle : ils ont été retirés.
    }
name-saved = Enregistré dans le panier sous le nom « { $name } ».

## Step 4: voucher

voucher-intro = Si vous avez un bon d'achat, saisissez son code : il est vérifié auprès d'OVHcloud avant d'être ajouté. Laissez le champ vide et appuyez sur Enter pour continuer sans (cela retire aussi un bon d'achat déjà ajouté).
voucher-label = Code du bon d'achat
voucher-checking = Vérification de { $code }…
voucher-refused = OVHcloud a refusé le bon d'achat { $code } : { $message }
voucher-fix = Corrigez le code, ou videz le champ et appuyez sur Enter pour continuer sans bon d'achat.
voucher-attached = Bon d'achat { $code } accepté : { $credit } de crédit.
voucher-attached-no-credit = Bon d'achat { $code } accepté.

## Step 5: review

review-subsidiary = Filiale
review-plan = Offre
review-name = Nom
review-voucher = Bon d'achat
review-option = Option
review-no-voucher = aucun
review-quote = Devis
review-quote-loading = Préparation du devis…
review-reduction = Réductions
review-without-tax = Total HT
review-tax = Taxes
review-with-tax = Total TTC
review-contracts = Contrats (Enter sur l'un d'eux pour le lire)
review-payment = Moyen de paiement par défaut
payment-type-credit-card = Carte bancaire
payment-type-bank-account = Compte bancaire
payment-type-sepa = Prélèvement SEPA
payment-type-paypal = PayPal
payment-type-deferred = Compte de paiement différé
payment-type-fidelity = Compte de fidélité
payment-type-prepaid = Compte prépayé OVHcloud
payment-type-rupay = Carte RuPay
review-payment-none = aucun enregistré sur le compte
review-payment-unknown = inconnu (le compte n'a pas pu être chargé)
review-payment-loading = chargement…
review-auto-pay = Payer automatiquement avec le moyen de paiement par défaut
review-waiver-label = Je renonce à mon droit de rétractation
review-place-order = Commander

## Step 6: order

order-placed = Commande { $id } passée.
order-url = Page de la commande
order-paid = Payée.
order-not-paid = Pas encore payée : réglez-la depuis la page de la commande.
order-reconciled = La réponse à la validation du panier s'est perdue en route ; ovhcart a retrouvé la commande dans votre compte.
order-status = État
order-status-cancelled = annulée
order-status-cancelling = en cours d'annulation
order-status-checking = en cours de vérification
order-status-delivered = livrée
order-status-delivering = en cours de livraison
order-status-documents = documents demandés
order-status-not-paid = non payée
order-status-unknown = inconnu
order-step-validating = Validation
order-step-validated = Validée
order-step-delivering = Livraison
order-step-available = Disponible
order-delivered = Projet livré : { $project }
order-follow-later = Vous pouvez partir maintenant : la commande suit son cours. Suivez-la plus tard avec : ovhcart order status { $id }
order-follow-later-sandbox = Cette commande est dans le bac à sable intégré, qui s'arrête avec ovhcart : une fois ovhcart terminé, il n'y a plus rien à suivre.
order-receipt = Reçu enregistré dans { $path }
order-receipt-failed = Le reçu n'a pas pu être écrit : { $error }
order-not-placed = Aucune commande n'a été passée. Vous pouvez réessayer, ou revenir au récapitulatif.
order-maybe-placed = La commande a peut-être été passée. Ne recommandez pas : vérifiez avec ovhcart order status, ou dans l'espace client, rubrique Facturation > Commandes.
order-maybe-placed-sandbox = La commande a peut-être été passée dans le bac à sable. Ne recommandez pas pendant cette exécution : le bac à sable intégré s'arrête avec ovhcart, et ses paniers et commandes avec lui.

## Overlays

help-title = Touches
help-editing = La saisie modifie le champ : ← → home end, backspace, delete, ctrl-u (efface jusqu'au début).
help-editing-name = La saisie modifie le nom (y compris ?) : ← → home end, backspace, delete, ctrl-u (efface jusqu'au début).
help-editing-filter = Taper filtre la liste : ← →, ctrl-a ctrl-e (début, fin du filtre), backspace, delete, ctrl-u (efface jusqu'au début). home et end vont à la première et à la dernière ligne.
help-close = esc ferme cette fenêtre.

## Scrolled views, links

more-above = ▲ suite au-dessus
more-below = ▼ suite en dessous
key-wheel-up = molette ↑
key-wheel-down = molette ↓
notice-opening = Ouverture du lien dans votre navigateur…
notice-opened = Lien ouvert dans votre navigateur ({ $program }).
notice-not-opened = Aucun navigateur n'a pu être lancé ({ $why }) : copiez le lien avec { $copy } et ouvrez-le vous-même.
notice-copied = Lien envoyé au presse-papiers (si votre terminal le permet, OSC 52).
contract-empty = L'API n'a envoyé aucun texte pour ce contrat : lisez-le à l'adresse ci-dessus.
contract-position = ligne { $line } sur { $total }
confirm-quit-title = Quitter ?
confirm-quit-text = Le panier { $cart } est toujours ouvert sur votre compte. Le garder (il expire de lui-même au bout d'un jour) ou le supprimer maintenant ?
confirm-order-title = Passer la commande ?
confirm-order-text = Passer la commande maintenant ? Total TTC : { $total }. La commande est alors envoyée à OVHcloud.

## Cart browser
hint-carts = paniers
hint-refresh = actualiser
hint-delete = supprimer
hint-open = ouvrir
hint-resume = reprendre dans l'assistant
hint-confirm-delete = supprimer
busy-carts = Lecture des paniers…
busy-deleting = Suppression…
carts-title = Paniers
cart-title = Panier
carts-intro = Les paniers de votre compte. Entrée en ouvre un pour voir ses articles et son devis, le reprendre ou en supprimer des éléments.
carts-intro-start = Votre compte a des paniers ouverts. Reprenez-en un (Entrée l'affiche d'abord) ou commencez une nouvelle commande.
carts-new-order = Nouvelle commande
carts-loading = Lecture des paniers du compte…
carts-none = Aucun panier sur ce compte.
carts-column-items = Articles
carts-column-expires = Expire le
carts-column-state = État
carts-items = { $count ->
    [one] 1 article
   *[other] { $count } articles
}
carts-state-open = ouvert
carts-state-in-use = en cours ici
carts-state-read-only = lecture seule
carts-state-expired = expiré
carts-legend = { $mark } créé par ovhcart
carts-column-project = Projet
carts-column-cart = Panier
carts-refused-read-only = Ce panier a déjà été validé (il est en lecture seule) : il peut être consulté, pas commandé à nouveau.
carts-refused-expired = Ce panier a expiré : il peut être consulté, pas commandé. Commencez plutôt une nouvelle commande.
carts-refused-several = Ce panier contient plusieurs projets ; l'assistant commande un projet par panier. Supprimez d'abord les articles en trop.
carts-refused-offers = Les offres Public Cloud de ce panier n'ont pas pu être lues : il ne peut pas être repris pour l'instant. Actualisez avec r.
carts-refused-ordered = Une commande a déjà été passée pendant cette session. Relancez ovhcart pour reprendre un autre panier.
carts-refused-in-use = L'assistant remplit ce panier : modifiez ses articles par les étapes, ou supprimez le panier entier.
failed-carts = Impossible de lire les paniers du compte
failed-cart-read = Impossible de lire le panier
failed-delete = Suppression impossible
cart-loading = Lecture du panier, de ses articles et de son devis…
cart-expires = expire le { $date }
cart-no-items = Aucun article.
cart-item = article
cart-no-quote = Pas de devis : le panier est vide, en lecture seule ou expiré.
cart-in-use = L'assistant remplit ce panier en ce moment. Échap revient à la liste.
cart-resume-note = Entrée reprend ce panier dans l'assistant, à la première étape qui lui manque encore. Un panier n'enregistre pas sa filiale : celle de votre compte, { $subsidiary }, est retenue.
confirm-delete-cart-title = Supprimer le panier ?
confirm-delete-cart-text = Supprimer le panier { $cart } et tout son contenu ? Cette action est irréversible.
confirm-delete-item-title = Supprimer l'article ?
confirm-delete-item-text = Supprimer l'article { $item } du panier { $cart }, avec ses configurations ? Cette action est irréversible.
confirm-delete-configuration-title = Supprimer la configuration ?
confirm-delete-configuration-text = Supprimer la configuration « { $label } » du panier { $cart } ? Cette action est irréversible.

## Leaving the full screen

exit-delivered = Projet { $project } livré (commande { $id }).
exit-following = La commande { $id } est passée et encore en cours de traitement. Pour la suivre : ovhcart order status { $id } --follow
exit-following-sandbox = La commande { $id } est passée dans le bac à sable et était encore en cours de traitement quand vous êtes parti.
exit-cart-kept = Votre panier { $cart } est conservé sur votre compte pendant un jour.
exit-cart-kept-sandbox = Votre panier { $cart } était encore ouvert dans le bac à sable.
exit-receipt = Reçu : { $path }
exit-needs-terminal = L'assistant a besoin d'un terminal. Pour les scripts, utilisez : ovhcart order --help
exit-no-public-cloud = L'endpoint { $endpoint } ne vend pas de projets Public Cloud : utilisez ovh-eu, ovh-ca ou ovh-us.
exit-unknown-subsidiary = Filiale { $code } inconnue pour { $endpoint }. Valides : { $valid }
exit-terminated = Arrêté par un signal de fin ; le terminal a été restauré.

## ovhcart login

login-no-sandbox = Le bac à sable n'a pas besoin de connexion : ses identifiants de démonstration sont intégrés. Pour essayer login avec lui, lancez `ovhcart sandbox` et passez son URL avec --endpoint.
login-ask-endpoint = Point d'accès (ovh-eu, ovh-ca, ovh-us ou une URL)
login-no-home = Aucun répertoire personnel où enregistrer ~/.ovh.conf : choisissez un fichier avec --config FILE.
login-missing-keys = Une clé d'application et un secret d'application sont nécessaires. Créez-les sur { $url } (nom et description au choix), puis définissez OVH_APPLICATION_KEY et OVH_APPLICATION_SECRET, ou passez --application-key et --application-secret-stdin.
login-create-app = ovhcart a besoin d'une clé d'application et d'un secret d'application. Créez-les sur { $url } : connectez-vous, donnez un nom et une description quelconques, puis copiez ici les deux valeurs. Le secret ne s'affiche pas pendant la saisie.
login-ask-application-key = Clé d'application
login-ask-application-secret = Secret d'application
login-empty-stdin = --application-secret-stdin : la première ligne de l'entrée standard (stdin) est vide.
login-terminal-unreadable = Impossible de lire le terminal : { $error }
login-stdin-unreadable = Impossible de lire l'entrée standard : { $error }
login-requested = Clé consommateur demandée sur { $endpoint }, limitée aux { $count } routes qu'appelle ovhcart (lancez `ovhcart doctor` pour les voir).
login-open-url = Ouvrez cette page, connectez-vous avec votre compte OVHcloud et acceptez :
login-waiting = En attente de la validation (jusqu'à { $minutes } min ; Ctrl-C pour annuler)…
login-validated = Validée : la clé agit pour le compte { $account }.
login-saved = Clé d'application, secret d'application et clé consommateur enregistrés dans { $file } [{ $section }].
login-next = Ensuite : `ovhcart doctor` vérifie tout, `ovhcart` lance une commande.
login-verify-failed = La clé a été validée, mais GET /me a échoué avec elle ; rien n'a été enregistré.
login-cancelled = Annulé : rien n'a été enregistré.
login-timed-out = La clé consommateur n'a pas été validée dans les { $secs } s ; rien n'a été enregistré. Relancez `ovhcart login` et ouvrez le lien plus tôt, ou accordez plus de temps avec --timeout.
login-not-validated = La clé consommateur était à l'état { $state } sur la page de validation ; rien n'a été enregistré. Relancez `ovhcart login` et acceptez.

## ovhcart doctor

doctor-label-endpoint = Point d'accès
doctor-label-files = Fichiers
doctor-label-credentials = Identifiants
doctor-label-clock = Horloge
doctor-label-oauth2 = OAuth2
# « Clé consommateur » (16 caractères) toucherait la valeur : la colonne des libellés en fait 16.
doctor-label-key = Consumer key
doctor-label-rules = Ses règles
doctor-from = source : { $source }
doctor-endpoint-defaulted = rien ne le définit : valeur par défaut
doctor-file-found = lu
doctor-file-missing = introuvable
doctor-sandbox-credentials = identifiants de démonstration du bac à sable
doctor-clock = Heure de l'API moins heure locale : { $drift } s (ovhcart corrige ses signatures d'autant)
doctor-token-ok = un jeton a été obtenu auprès de l'URL de jeton
doctor-token-failed = aucun jeton obtenu auprès de l'URL de jeton
doctor-key-status = { $status }, expire : { $expires }
doctor-never = jamais
doctor-routes-title = Routes appelées par ovhcart :
doctor-granted = autorisée
doctor-not-granted = NON autorisée
doctor-all-good = Tout est en ordre : ovhcart peut commander avec ces identifiants.
doctor-problems = { $count } { $count ->
    [one] problème
   *[other] problèmes
} à corriger :
doctor-no-consumer-key = Il y a une clé d'application et un secret d'application, mais pas de clé consommateur.
doctor-key-not-validated = La clé consommateur est à l'état { $status } : elle n'est pas validée.
doctor-routes-missing = La clé consommateur n'autorise pas : { $routes }.
doctor-next-login = Ensuite : lancez `ovhcart login` pour créer une clé consommateur avec les règles dont ovhcart a besoin.
doctor-next-unreachable = Ensuite : vérifiez le réseau et le point d'accès (--endpoint ou OVH_ENDPOINT).
doctor-next-signature = Ensuite : le secret d'application n'appartient pas à la clé d'application ; copiez à nouveau les deux depuis la page où l'application a été créée.
doctor-next-oauth2 = Ensuite : vérifiez client_id et client_secret (un compte de service de la région de ce point d'accès).
doctor-next-sandbox = Ensuite : vérifiez que 127.0.0.1 accepte les connexions locales, ou choisissez une autre adresse avec --listen.

## Commands (ovhcart order, carts, cart show/delete, order status)

cli-waiver-required = Rien n'a été commandé : ovhcart ne passe une commande qu'avec --waive-retraction.
cli-waiver-text = Le droit de la consommation de l'UE vous accorde un droit de rétractation : pour un contrat conclu à distance, vous pouvez vous rétracter dans un délai de 14 jours sans avoir à vous justifier. En passant l'option --waive-retraction, vous demandez à OVHcloud de traiter et de livrer cette commande dès maintenant, et vous renoncez à ce droit pour cette commande. Sans cette option, ovhcart ne passe pas la commande.
cli-waiver-how = Si vous êtes d'accord, relancez la même ligne de commande avec --waive-retraction ; pour voir le devis sans commander, ajoutez --dry-run.
cli-contracts-required = Rien n'a été commandé : ovhcart ne passe une commande qu'avec --accept-contracts, par lequel vous acceptez les contrats de la commande :
cli-contracts-text = En passant --accept-contracts, vous acceptez chacun des contrats de cette commande, tel qu'OVHcloud le publie à son adresse (listée avec le devis, et dans le reçu). Sans cette option, ovhcart ne passe pas la commande.
cli-contracts-how = Lisez-les ; si vous les acceptez, relancez la même ligne de commande avec --accept-contracts. Pour voir le devis sans commander, ajoutez --dry-run.
cli-clauses-required = Rien n'a été commandé : pour la filiale IT, ovhcart ne passe une commande qu'avec --approve-clauses, votre approbation expresse de ces clauses :
cli-clauses-how = Si vous les approuvez, relancez la même ligne de commande avec --approve-clauses ; pour voir le devis sans commander, ajoutez --dry-run.
cli-clauses-not-used = --approve-clauses n'a pas servi : les commandes de la filiale { $subsidiary } n'ont pas de clauses à approuver spécifiquement (seule IT en a).
cli-no-terminal = Rien n'a été commandé : aucun terminal pour demander une confirmation. Ajoutez --yes pour passer la commande sans confirmation, ou --dry-run pour voir seulement le devis.
cli-subsidiary-unknown = La filiale « { $code } » ne fait pas partie de celles pour lesquelles { $endpoint } commande des projets Public Cloud. Utilisez l'une des suivantes : { $valid }.
cli-endpoint-no-cloud = L'endpoint { $endpoint } ne vend pas de projets Public Cloud : utilisez ovh-eu, ovh-ca ou ovh-us.
cli-hds-not-sold = --hds : la certification HDS n'est pas vendue avec le plan { $plan } pour { $subsidiary }.
cli-voucher-refused = OVHcloud a refusé le bon d'achat { $code }
cli-voucher-fix = Rien n'a été commandé et le panier a été supprimé. Corrigez le code, ou relancez la ligne de commande sans --voucher.
cli-prompt-order = Passer cette commande ? [y/N]
cli-declined = Rien n'a été commandé : vous avez refusé.
cli-interrupted-before-order = Interrompu avant la commande : rien n'a été commandé.
cli-interrupted = Interrompu.
cli-retrying = Pas encore de réponse utilisable à { $method } { $path } : nouvel essai dans { $ms } ms (tentative { $attempt }).
cli-cart-deleted = Panier { $cart } supprimé.
cli-cart-kept = Le panier { $cart } a été conservé : affichez-le avec ovhcart cart show { $cart }, supprimez-le avec ovhcart cart delete { $cart }.
cli-dry-run-deleted = Simulation : rien n'a été commandé, et le panier { $cart } a été supprimé.
cli-dry-run-kept = Simulation : rien n'a été commandé. Le panier { $cart } a été conservé (il expire de lui-même au bout d'un jour).
cli-failed-delete = Impossible de supprimer le panier
cli-failed-pay = La commande a été passée, mais n'a pas pu être payée
cli-pay-from-page = Réglez-la depuis la page de la commande : { $url }
cli-order-maybe-placed = La commande a peut-être été passée : ne recommandez pas. Vérifiez avec ovhcart order status ou ovhcart carts (un panier validé est en lecture seule), ou dans l'espace client, rubrique Facturation > Commandes.
cli-no-data-dir = aucun répertoire de données (définissez OVHCART_DATA_DIR)
cli-follow-timeout = Le projet n'a pas été livré dans un délai de { $seconds } { $seconds ->
    [one] seconde
   *[other] secondes
}. La commande suit son cours : suivez-la avec ovhcart order status { $id } --follow.
cli-follow-timeout-sandbox = Le projet n'a pas été livré dans un délai de { $seconds } { $seconds ->
    [one] seconde
   *[other] secondes
}. Cette commande est dans le bac à sable intégré, qui s'arrête avec ovhcart : il n'y a plus rien à suivre.
cli-order = Commande
cli-order-id-invalid = « { $id } » n'est pas un identifiant de commande : un identifiant de commande est un nombre positif, tel qu'affiché par ovhcart order.
cli-order-unknown = Votre compte n'a aucune commande { $id }
cli-help-examples = Exemples :
cli-usage-hint = Lancez { $command } --help pour voir ce qu'elle accepte.
cli-flag-wizard-only = { $flag } ne concerne que l'assistant (ovhcart sans commande).
cli-flag-subsidiary = { $flag } ne concerne que l'assistant et ovhcart order.
cli-man-unknown = ovhcart n'a pas de commande { $command } : ses commandes à cet endroit sont { $known }.
cli-flag-clauses-italy = { $flag } ne concerne que la filiale IT : l'approbation spécifique des clauses est une règle du droit italien (art. 1341 et 1342 du Code civil).
cli-flag-no-api = { $flag } n'a aucun effet avec cette commande : elle n'appelle pas l'API.
cli-flag-sandbox-only = { $flag } règle le bac à sable intégré : ajoutez --sandbox, ou donnez-le après ovhcart sandbox.
cli-step-todo = à faire
cli-step-doing = en cours
cli-step-done = terminé
cli-step-error = en échec
cli-contracts = Contrats
cli-no-carts = Aucun panier sur ce compte.
cli-cart-mine = créé par ovhcart
cli-cart-read-only = lecture seule (commandé)
cli-cart-items = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
cli-cart-expires = expire
cli-cart-id-invalid = « { $id } » n'est pas un identifiant de panier.
cli-cart-unknown = Votre compte n'a aucun panier { $cart }
cli-cart-list-hint = Il a peut-être expiré (un panier dure un jour) ou été supprimé : listez les paniers avec ovhcart carts.
cli-failed-carts = Impossible de lister les paniers
cli-failed-cart-read = Impossible de lire le panier
cli-delete-no-terminal = Rien n'a été supprimé : aucun terminal pour demander une confirmation. Ajoutez --yes pour supprimer sans confirmation.
cli-prompt-delete = Supprimer le panier { $cart } ? [y/N]
cli-delete-declined = Rien n'a été supprimé : vous avez refusé.

## Recovering what an earlier run left unfinished

recover-ordered = La commande d'une exécution précédente a bien été passée : commande { $id } pour « { $name } ». Elle ne sera pas passée une seconde fois.
recover-unsettled = Une exécution précédente a envoyé la commande pour « { $name } » et son issue est encore inconnue ({ $error }). Rien n'a été renvoyé : vérifiez vos commandes (ovhcart order status, ou l'espace client) avant de commander à nouveau.
earlier-unsettled = Un lancement précédent a envoyé la commande de « { $name } », et on ne sait toujours pas si elle a été passée. Rien n'a été renvoyé : vérifiez vos commandes (ovhcart order status, ou l'espace client) avant de commander à nouveau.
cli-resuming-cart = Reprise du panier { $cart } qu'une exécution précédente a laissé pour ce projet.

## Mode ligne par ligne (--plain, TERM=dumb)

plain-intro = ovhcart, ligne par ligne (API { $endpoint }). Chaque question se termine par deux-points : tapez la réponse puis Entrée. Ctrl-C arrête à chaque question.
plain-open-carts =
    { $count ->
        [one] Votre compte a un panier ouvert ({ $carts }) : il est conservé tel quel, et ce lancement en commence un nouveau. ovhcart carts le liste ; l'assistant plein écran peut le reprendre.
       *[other] Votre compte a { $count } paniers ouverts ({ $carts }) : ils sont conservés tels quels, et ce lancement en commence un nouveau. ovhcart carts les liste ; l'assistant plein écran peut les reprendre.
    }
plain-step = Étape { $number } sur { $total } : { $name }
plain-working = Traitement en cours…
plain-reduction = Réduction : { $what }
plain-contract = Contrat : { $name }, { $url }
plain-yes = oui
plain-no = non
plain-yes-no-default-yes = [O/n] :
plain-yes-no-default-no = [o/N] :
plain-yes-no-again = Répondez par oui ou par non.
plain-retry = Réessayer ?
plain-ask-subsidiary = Filiale : tapez son numéro (de 1 à { $count }), son code ou son pays ; Entrée garde { $default } :
plain-not-in-list = « { $answer } » n'est pas dans la liste : tapez un numéro de 1 à { $count }.
plain-ask-plan = Offre : tapez son numéro (de 1 à { $count }) ; Entrée garde { $default } :
plain-ask-option = Ajouter la { $option } ?
plain-ask-name = Nom du projet ; Entrée garde « { $default } » :
plain-ask-voucher = Code du bon d'achat ; Entrée pour aucun :
plain-consent-word = oui
plain-ask-waiver = Pour cocher cette case, et donc renoncer à votre droit de rétractation pour cette commande, tapez « { $word } » en entier. Toute autre réponse la laisse décochée, et rien n'est commandé :
plain-waiver-refused = Rien n'a été commandé : vous avez conservé votre droit de rétractation.
plain-ask-contracts = Pour cocher cette case, et donc accepter les contrats listés ci-dessus, tapez « { $word } » en entier. Toute autre réponse la laisse décochée, et rien n'est commandé :
plain-contracts-refused = Rien n'a été commandé : vous n'avez pas accepté les contrats.
plain-ask-clauses = Pour cocher cette case, et donc approuver expressément ces clauses, tapez « { $word } » en entier. Toute autre réponse la laisse décochée, et rien n'est commandé :
plain-clauses-refused = Rien n'a été commandé : vous n'avez pas approuvé les clauses.
plain-ask-order = Passer la commande maintenant ? Total TTC : { $total }. La commande est alors envoyée à OVHcloud.
plain-declined = Rien n'a été commandé : vous avez refusé.
plain-nothing-ordered = Arrêté avant la commande : rien n'a été commandé.
plain-ask-delete-cart = Le panier { $cart } est toujours ouvert sur votre compte. Le supprimer ? Sinon, il est conservé et expire de lui-même au bout d'un jour.
plain-cart-kept = Le panier { $cart } a été conservé : consultez-le avec ovhcart cart show { $cart }, supprimez-le avec ovhcart cart delete { $cart }.
plain-cart-kept-sandbox = Le panier { $cart } reste ouvert dans le bac à sable jusqu'à la fin d'ovhcart.
plain-cart-deleted = Panier { $cart } supprimé.

## Onboarding : les écrans avant l'assistant quand aucun identifiant utilisable n'est trouvé
onboard-title = Connexion à OVHcloud
onboard-step = Connexion
onboard-page-endpoint = API
onboard-page-keys = Clés d'application
onboard-page-validation = Validation
onboard-page-saved = Enregistré
onboard-intro = Aucun identifiant utilisable pour l'API OVHcloud n'a été trouvé. ovhcart les crée avec vous : choisissez l'API de votre compte, créez une clé d'application, puis acceptez une clé limitée aux routes qu'appelle ovhcart.
onboard-choose-endpoint = Sur quelle API se trouve votre compte OVHcloud ?
onboard-region-eu = Europe et Afrique
onboard-region-ca = Canada, Asie-Pacifique et reste du monde
onboard-region-us = États-Unis
onboard-region-custom = l'adresse donnée avec --endpoint ou dans votre configuration
onboard-serves = Filiales : { $codes }
onboard-save-to = Les clés seront enregistrées dans { $file }.
onboard-create-app = Ouvrez { $url } dans un navigateur, connectez-vous avec votre compte OVHcloud et créez une application (nom et description quelconques). Copiez ci-dessous sa clé d'application et son secret d'application.
onboard-reused = Les clés de votre configuration sont déjà saisies : appuyez sur Entrée pour les utiliser.
onboard-application-key = Clé d'application
onboard-application-secret = Secret d'application (masqué)
onboard-refused-key = Saisissez la clé d'application.
onboard-refused-secret = Saisissez le secret d'application.
onboard-request-failed = demande d'accès
onboard-requesting = Demande d'accès…
onboard-open-url = Ouvrez cette page, connectez-vous avec votre compte OVHcloud et acceptez. La clé n'autorise que les { $count } routes qu'appelle ovhcart.
onboard-qr-too-small = Agrandissez le terminal pour voir ce lien en QR code.
onboard-waiting = En attente de votre validation (jusqu'à { $minutes } min). Échap annule ; rien n'est enregistré d'ici là.
onboard-saving = Validée pour le compte { $account } ; enregistrement des clés…
onboard-saved = Clé d'application, secret d'application et clé consommateur enregistrés dans { $file } [{ $section }].
onboard-save-failed = Les clés n'ont pas pu être enregistrées : { $error }
onboard-save-failed-hint = r réessaie. Entrée continue sans enregistrer : la clé fonctionne jusqu'à la fermeture d'ovhcart.
onboard-continue = Appuyez sur Entrée pour commencer votre commande.
onboard-timed-out = La clé n'a pas été validée en { $minutes } min ; rien n'a été enregistré. Appuyez sur Entrée pour obtenir un nouveau lien.
onboard-not-validated = La clé a été { $state } sur la page de validation ; rien n'a été enregistré. Appuyez sur Entrée pour réessayer.
hint-request-access = demander l'accès
hint-next-field = champ suivant
hint-prev-field = champ précédent
hint-continue = continuer
hint-retry-save = réenregistrer
busy-requesting-access = Demande d'accès…
busy-validation = En attente de la validation…
busy-saving-keys = Enregistrement des clés…

## La commande a peut-être été passée (issue du paiement du panier inconnue)

hint-check-again = vérifier à nouveau
order-unknown-title = La commande a peut-être été passée
order-unknown-text = La réponse à la commande a été perdue, et ovhcart n'a pas pu savoir si OVHcloud l'a créée. ovhcart ne renvoie pas la commande.
order-unknown-cart = Panier
order-unknown-order = Commande
order-unknown-order-none = pas encore connue
order-unknown-checking = Vérification du panier et de vos commandes récentes…
order-unknown-why = la dernière vérification n'a pas pu conclure
order-unknown-next = Vérifier à nouveau (r) lit le panier et vos commandes récentes. Si la commande est trouvée, ovhcart la paie si elle est gratuite, écrit le reçu et la suit. Si le panier est toujours ouvert, rien n'a été commandé : vous revenez au récapitulatif, où la case de renonciation doit être cochée à nouveau.
order-unknown-next-earlier = Cette commande a été envoyée par une exécution précédente d'ovhcart. Vérifier à nouveau (r) lit le panier et vos commandes récentes. Si la commande est trouvée, ovhcart la paie si elle est gratuite et la suit. Si le panier est toujours ouvert, rien n'a été commandé : il est affiché dans vos paniers, pour être repris.
order-unknown-exit = La commande du panier { $cart } a peut-être été passée. Ne commandez pas à nouveau avant d'avoir vérifié : lancez ovhcart order status ou ovhcart carts (un panier commandé est en lecture seule), ou regardez dans l'espace client sous Facturation > Commandes.
order-unknown-exit-sandbox = La commande du panier { $cart } a peut-être été passée dans le bac à sable.
sandbox-ended = Le bac à sable intégré s'est arrêté avec ovhcart, et ses paniers et commandes avec lui : il n'y a plus rien à vérifier. Pour garder un bac à sable entre deux lancements, démarrez-en un avec `ovhcart sandbox` dans un autre terminal et lancez ovhcart avec les variables qu'il affiche.
carts-state-unknown = issue inconnue
plain-ask-recheck = Tapez r pour vérifier à nouveau, ou q pour arrêter (rien n'est renvoyé) :

# Real accounts: held and refused orders, eligibility actions, VOUCHER_* refusals (docs/api-notes.md).
order-held-review = OVHcloud vérifie la commande { $id } avant de la livrer ; cela peut prendre quelques jours, et des justificatifs peuvent vous être demandés par e-mail. Rien à renvoyer : vérifiez plus tard avec ovhcart order status { $id }, ou dans l'espace client : { $url }
order-held-review-sandbox = OVHcloud vérifie la commande { $id } avant de la livrer ; cela peut prendre quelques jours, et des justificatifs peuvent vous être demandés par e-mail. Rien à renvoyer. Cette commande est dans le bac à sable intégré, qui s'arrête avec ovhcart : une fois ovhcart terminé, il n'y a plus rien à vérifier.
order-held-documents = OVHcloud demande des justificatifs avant de livrer la commande { $id } : envoyez-les depuis l'espace client ({ $url }) ou en répondant à leur e-mail, puis vérifiez avec ovhcart order status { $id }.
order-held-documents-sandbox = OVHcloud demande des justificatifs avant de livrer la commande { $id } : avec un vrai compte, vous les enverriez depuis l'espace client ({ $url }) ou en répondant à leur e-mail. Cette commande est dans le bac à sable intégré, qui s'arrête avec ovhcart : une fois ovhcart terminé, il n'y a plus rien à vérifier.
order-held-not-paid = La commande { $id } attend son paiement : payez-la depuis sa page de commande ou l'espace client ({ $url }), puis vérifiez avec ovhcart order status { $id }.
order-held-not-paid-sandbox = La commande { $id } attend son paiement : avec un vrai compte, vous la paieriez depuis sa page de commande ou l'espace client ({ $url }). Cette commande est dans le bac à sable intégré, qui s'arrête avec ovhcart : une fois ovhcart terminé, il n'y a plus rien à vérifier.
order-refused = OVHcloud a refusé la commande { $id } : rien ne sera livré. Demandez la raison au support OVHcloud depuis l'espace client : { $url }
eligibility-blocked = Votre compte doit d'abord faire ceci dans l'espace client OVHcloud pour pouvoir commander un projet Public Cloud (rien n'a été commandé) :
eligibility-add-payment-method = Ajoutez un moyen de paiement valide : { $url }
eligibility-challenge-payment-method = Confirmez votre moyen de paiement (un petit paiement de vérification) : { $url }
eligibility-verify-paypal = Vérifiez votre compte PayPal : { $url }
eligibility-projects-quota = Demandez davantage de projets : votre compte a atteint son nombre de projets Public Cloud : { $url }
eligibility-other = Effectuez l'action « { $action } » demandée par OVHcloud : { $url }
eligibility-minimum-credit = Un premier crédit d'au moins { $amount } est nécessaire.
eligibility-methods = Moyens de paiement acceptés : { $methods }.
voucher-code-invalid = Ce code de bon d'achat n'existe pas : vérifiez son orthographe.
voucher-code-too-many-attempts = Trop d'essais de bons d'achat : attendez un moment avant de réessayer.
voucher-code-no-longer-valid = Ce bon d'achat n'est plus valable.
voucher-code-already-used = Ce bon d'achat a déjà été utilisé.
voucher-code-expired = Ce bon d'achat a expiré.
voucher-code-country = Ce bon d'achat n'est pas valable pour le pays de votre compte.
voucher-code-payment-mean = Ce bon d'achat exige un moyen de paiement valide sur votre compte : ajoutez-en un d'abord dans l'espace client.
voucher-code-too-many-used = Ce bon d'achat a été utilisé autant de fois qu'il le permet.
voucher-code-nichandle = Ce bon d'achat est réservé à un autre compte.
voucher-code-scored = Ce bon d'achat ne peut pas être utilisé avec votre compte.
voucher-code-new-customer = Ce bon d'achat est réservé aux nouveaux clients.
voucher-code-new-project = Ce bon d'achat est réservé à un premier projet Public Cloud.
voucher-code-other = OVHcloud a refusé ce bon d'achat.
review-refused-eligibility = Votre compte doit d'abord faire ce qui est indiqué ci-dessus dans l'espace client OVHcloud : rien ne peut être commandé d'ici là.
review-refused-earlier = Pas encore : ce qu'un lancement précédent a laissé en suspens est encore en cours d'examen (il a peut-être déjà commandé ceci). Réessayez dans un instant.
busy-retrying = pas encore de réponse exploitable, nouvel essai (tentative { $attempt })

## L'aide de la ligne de commande (--help, ovhcart man, complétions) : les définitions de src/cli/args.rs,
## src/cli/login.rs, src/cli/doctor.rs et src/sandbox/ nomment ces clés
usage-about = Commander un projet Public Cloud OVHcloud depuis le terminal
usage-about-long =
    Commander un projet Public Cloud OVHcloud depuis le terminal.

    Sans commande, ovhcart ouvre l'assistant plein écran. `ovhcart --sandbox` le fait fonctionner avec une API OVHcloud intégrée, sur 127.0.0.1 : aucun compte nécessaire, rien n'est facturé.
usage-heading-usage = Utilisation
usage-heading-commands = Commandes
usage-heading-arguments = Arguments
usage-heading-options = Options
usage-heading-connection-anywhere = Connexion (avant ou après la commande)
usage-heading-connection = Connexion
usage-heading-wizard = Assistant
usage-heading-sandbox = Bac à sable (après `ovhcart sandbox`, ou avec --sandbox avant une commande)
usage-arg-help = Afficher l'aide
usage-arg-help-more = Afficher l'aide (plus de détails avec --help)
usage-arg-help-summary = Afficher l'aide (un résumé avec -h)
usage-arg-version = Afficher la version
usage-about-help = Afficher ce message ou l'aide de la commande indiquée
usage-arg-lang = Langue de l'interface (en, fr, es, it, pl, pt, de) ; par défaut, celle de LC_ALL/LANG
usage-arg-verbose = Plus de détails dans le fichier journal (-v : debug, -vv : trace)
usage-arg-log-file = Écrire le journal ici plutôt que dans le répertoire de données
usage-arg-endpoint = Point d'accès de l'API : ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca, ou une URL de base [par défaut : OVH_ENDPOINT, puis ovh.conf]
usage-arg-config = Lire ce fichier ovh.conf après /etc/ovh.conf, ~/.ovh.conf et ./ovh.conf
usage-arg-retry-budget = Combien de temps une lecture de l'API peut continuer à réessayer après des erreurs passagères (réseau, délai dépassé, 5xx, 429) ; 0 : ne jamais réessayer [par défaut : 30]
usage-arg-request-timeout = Durée maximale d'une requête à l'API, lecture complète de sa réponse comprise (au moins 1) [par défaut : 30]
usage-arg-allow-clear-http = Accepter d'envoyer les identifiants en http:// non chiffré à un hôte autre que cette machine (quiconque se trouve sur le trajet peut les lire)
usage-arg-sandbox = Utiliser l'API du bac à sable intégré, avec ses identifiants de démonstration (rien n'est facturé) ; ses réglages (--delivery-ms, …) se placent avant la commande
usage-arg-high-contrast = Couleurs vives et très contrastées dans l'assistant (NO_COLOR désactive toujours les couleurs)
usage-arg-plain = Poser les questions de l'assistant ligne par ligne, pour les lecteurs d'écran et les terminaux simples (automatique avec TERM=dumb)
usage-arg-subsidiary = Présélectionner cette filiale (p. ex. FR, GB, QC) ; `ovhcart --subsidiary FR order …` commande pour elle
usage-about-sandbox = Lancer l'API du bac à sable sur 127.0.0.1 et afficher ses identifiants sous forme de lignes shell `export`
usage-about-login = Créer une clé consommateur limitée aux routes qu'appelle ovhcart, et l'enregistrer dans ovh.conf
usage-about-doctor = Vérifier le point d'accès, les identifiants, l'horloge et les droits de la clé consommateur
usage-about-order = Commander un projet Public Cloud sans le plein écran, ou (`order status ID`) suivre une commande
usage-about-carts = Lister les paniers du compte, avec leurs articles et leur date d'expiration
usage-about-cart = Afficher ou supprimer un panier
usage-about-completions = Afficher un script de complétion pour un shell, généré à partir de ces définitions
usage-about-man = Afficher la page de manuel (roff) d'ovhcart ou de l'une de ses commandes, générée à partir de ces définitions
usage-arg-name = Le nom du projet (sa description dans l'espace client), de 1 à 255 caractères
usage-arg-order-subsidiary = La filiale pour laquelle commander (p. ex. FR, GB, QC) [par défaut : celle du compte]
usage-arg-voucher = Un code de bon d'achat, vérifié auprès d'OVHcloud avant la commande
usage-arg-hds = Ajouter au projet l'option de certification HDS (hébergement de données de santé, France) ; refusé quand elle n'est pas vendue
usage-arg-auto-pay = Payer automatiquement avec le moyen de paiement par défaut du compte
usage-arg-waive-retraction = Renoncer au droit de rétractation pour cette commande (obligatoire : ovhcart ne commande pas sans ce consentement)
usage-arg-accept-contracts = Accepter les contrats de cette commande, tels que listés avec le devis (obligatoire : ovhcart ne commande pas sans ce consentement)
usage-arg-approve-clauses = Pour la filiale IT : approuver expressément les clauses des art. 1341 et 1342 du Code civil italien (obligatoire dans ce cas)
usage-arg-dry-run = S'arrêter après le devis et supprimer le panier ; rien n'est commandé
usage-arg-keep-cart = Avec --dry-run : garder le panier au lieu de le supprimer
usage-arg-order-yes = Passer la commande sans demander de confirmation (nécessaire quand aucun terminal ne permet de la demander)
usage-arg-order-follow = Après la commande, attendre que le projet soit livré et afficher son identifiant
usage-arg-order-follow-timeout = Avec --follow : cesser d'attendre après ce nombre de secondes (la commande suit son cours)
usage-arg-json = Afficher un seul document JSON sur la sortie standard (stdout) au lieu de texte
usage-about-order-status = Afficher l'état d'une commande et ses étapes de livraison, et l'identifiant de son projet une fois livré
usage-arg-order-id = L'identifiant de la commande (un nombre, tel qu'affiché par `ovhcart order`)
usage-arg-status-follow = Attendre que le projet soit livré
usage-arg-status-follow-timeout = Avec --follow : cesser d'attendre après ce nombre de secondes
usage-about-cart-show = Afficher un panier : ses articles, leurs configurations et le devis
usage-about-cart-delete = Supprimer un panier (demande d'abord confirmation sur un terminal)
usage-arg-cart-delete-yes = Supprimer sans demander de confirmation (nécessaire quand aucun terminal ne permet de la demander)
usage-arg-shell = Le shell pour lequel générer la complétion
usage-arg-command = La commande dont afficher la page (`order`, `order status`, `cart show`…) ; sans commande, la page d'ovhcart lui-même
usage-arg-application-key = La clé d'application obtenue sur la page createApp [par défaut : OVH_APPLICATION_KEY, puis ovh.conf]
usage-arg-application-secret-stdin = Lire le secret d'application sur la première ligne de l'entrée standard (stdin). Aucune option ne prend volontairement le secret lui-même : une ligne de commande est visible de tous les utilisateurs de la machine (ps, /proc) et reste dans l'historique du shell. Sinon, il provient d'OVH_APPLICATION_SECRET, d'ovh.conf ou d'une saisie masquée dans un terminal
usage-arg-timeout = Abandonner si la clé n'est pas validée dans ce nombre de secondes
usage-arg-login-json = Afficher des lignes JSON (l'URL de validation, le compte, le fichier enregistré) au lieu de texte
usage-arg-no-qr = Ne pas dessiner l'URL de validation en QR code
usage-arg-poll-interval = Secondes entre deux vérifications de la clé pendant l'attente
usage-arg-doctor-json = Afficher le rapport sous forme d'un seul document JSON
usage-arg-listen = Adresse d'écoute. Boucle locale (loopback) par défaut ; toute autre adresse nécessite --expose
usage-arg-expose = Autoriser une adresse --listen autre que la boucle locale : quiconque l'atteint obtient les identifiants de démonstration et peut passer des commandes
usage-arg-latency-ms = Millisecondes ajoutées avant chaque réponse
usage-arg-fault-rate = Part des requêtes (de 0 à 1) qui échouent : pages HTML 502/503, connexions réinitialisées, réponses perdues
usage-arg-seed = Graine des pannes et des identifiants générés (aléatoire si absente)
usage-arg-clock-skew = Secondes d'avance de l'horloge du bac à sable sur celle de cette machine (ou, si négatif, de retard)
usage-arg-cart-ttl = Durée de vie d'un nouveau panier, en secondes
usage-arg-delivery-ms = Millisecondes entre le paiement et la livraison
usage-arg-plan-price-cents = Prix mensuel de l'offre du projet, en centimes (l'offre réelle coûte 0)
usage-arg-hds-price-cents = Prix mensuel de l'option de certification HDS, en centimes
usage-arg-lose-checkout-answers = Perdre les réponses des N premières validations de panier, une fois la commande créée
usage-arg-token-ttl = Durée de vie des jetons d'accès OAuth2, en secondes
usage-arg-situation = Ce que rencontre le compte de démonstration, comme les vrais clients qui commandent pour la première fois
usage-situation-ready = Tout est en ordre : une carte par défaut valide, rien n'est exigé
usage-situation-add-payment-method = Aucun moyen de paiement : le compte doit en ajouter un avant de commander ; un bon d'achat qui en exige un est refusé
usage-situation-challenge-payment-method = Un nouveau compte dont la carte doit être confirmée avant de commander
usage-situation-verify-paypal = Un compte PayPal à vérifier avant de commander
usage-situation-projects-quota = Le quota de projets du compte est atteint : il doit en demander davantage
usage-situation-fraud-review = Les commandes sont examinées à la main avant la livraison, puis livrées
usage-situation-documents-requested = Les commandes attendent des justificatifs avant la livraison
usage-situation-fraud-refused = Les commandes sont refusées après l'examen antifraude (erreur 906)
usage-situation-us = L'API US : un compte US, pas de route d'éligibilité, l'identifiant du projet trouvé dans les opérations de la commande

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
hint-focus-next = champ suivant
hint-focus-prev = champ précédent
hint-leave = partir, suivre plus tard
hint-finish = terminer
hint-close = fermer
hint-page-up = page précédente
hint-page-down = page suivante
hint-keep-cart = garder le panier et quitter
hint-delete-cart = supprimer le panier et quitter
hint-cancel = annuler
hint-place-order = passer la commande
hint-language = langue

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
review-waiver-language = La langue a changé, la case de renonciation a donc été décochée : lisez le texte ci-dessous et cochez-la à nouveau si vous êtes d'accord.

## What failed

failed-account = Impossible de charger votre compte
failed-cart = Impossible de préparer le panier
failed-item = Impossible d'ajouter le projet au panier
failed-description = Impossible d'enregistrer le nom du projet
failed-voucher = Impossible d'ajouter ou de retirer le bon d'achat
failed-voucher-check = Impossible de vérifier le bon d'achat
failed-quote = Impossible de charger le devis
failed-checkout = La commande n'a pas pu être passée
failed-follow = Impossible de suivre la commande

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = Le droit de la consommation de l'UE vous accorde un droit de rétractation : pour un contrat conclu à distance, vous pouvez vous rétracter dans un délai de 14 jours sans avoir à vous justifier. En cochant cette case, vous demandez à OVHcloud de traiter et de livrer cette commande dès maintenant, et vous renoncez à ce droit pour cette commande. Si vous n'êtes pas d'accord, laissez la case décochée : ovhcart ne passera pas la commande. Rien d'autre dans ovhcart ne coche cette case à votre place.

## Frame

header-endpoint = · API { $endpoint }
header-language = Langue : { $language }
too-small = Le terminal est trop petit ({ $width }×{ $height }). ovhcart a besoin d'au moins { $min_width }×{ $min_height } : agrandissez la fenêtre.
busy-account = Chargement de votre compte…
busy-cart = Préparation du panier…
busy-item = Ajout du projet au panier…
busy-config = Enregistrement dans le panier…
busy-quote = Mise à jour du devis…
busy-voucher = Vérification du bon d'achat…
busy-placing = Envoi de la commande…
busy-following = Suivi de la commande…

## Errors

error-prefix = Erreur
error-title = La commande n'a pas pu être passée
error-query-id = Identifiant de requête : { $id } (à communiquer au support OVHcloud)
error-hint-credentials = Vérifiez la clé d'application et la clé consommateur (ovhcart doctor), ou obtenez-en de nouvelles avec ovhcart login.
error-hint-signature = Le secret d'application ne correspond pas à la clé d'application, ou l'horloge est très décalée : lancez ovhcart doctor.
error-hint-not-granted = Les règles d'accès de la clé consommateur ne couvrent pas cet appel : lancez ovhcart doctor, puis ovhcart login pour obtenir une clé avec les règles dont ovhcart a besoin.
error-hint-forbidden = Le compte n'a pas le droit de faire cela ; le panier appartient peut-être à un autre compte.
error-hint-cart-gone = Le panier a expiré (un panier dure un jour) ou a été supprimé : revenez à la première étape pour en créer un nouveau.
error-hint-not-found = Vérifiez l'identifiant ; l'élément a peut-être été supprimé.
error-hint-bad-request = Corrigez la valeur indiquée dans le message, puis réessayez.
error-hint-rate-limited = Trop de requêtes : attendez une minute, puis réessayez.
error-hint-server = L'API rencontre des difficultés : réessayez dans un instant.
error-hint-network = Vérifiez la connexion réseau et le point d'accès (endpoint), puis réessayez.
error-hint-invalid-response = L'API a renvoyé une réponse inattendue : réessayez ; si cela persiste, vérifiez le point d'accès.

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
review-no-voucher = aucun
review-quote = Devis
review-quote-loading = Préparation du devis…
review-reduction = Réductions
review-without-tax = Total HT
review-tax = Taxes
review-with-tax = Total TTC
review-contracts = Contrats (Enter sur l'un d'eux pour le lire)
review-payment = Moyen de paiement par défaut
review-payment-none = aucun enregistré sur le compte
review-payment-unknown = inconnu (le compte n'a pas pu être chargé)
review-payment-loading = chargement…
review-auto-pay = Payer automatiquement avec le moyen de paiement par défaut
review-waiver-label = Je renonce à mon droit de rétractation pour cette commande
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
order-receipt = Reçu enregistré dans { $path }
order-receipt-failed = Le reçu n'a pas pu être écrit : { $error }
order-not-placed = Aucune commande n'a été passée. Vous pouvez réessayer, ou revenir au récapitulatif.
order-maybe-placed = La commande a peut-être été passée. Ne recommandez pas : vérifiez avec ovhcart order status, ou dans l'espace client, rubrique Facturation > Commandes.

## Overlays

help-title = Touches
help-editing = La saisie modifie le champ : ← → home end, backspace, delete, ctrl-u (efface jusqu'au début).
help-editing-name = La saisie modifie le nom (y compris ?) : ← → home end, backspace, delete, ctrl-u (efface jusqu'au début).
help-close = esc ferme cette fenêtre.
contract-empty = L'API n'a envoyé aucun texte pour ce contrat : lisez-le à l'adresse ci-dessus.
contract-position = ligne { $line } sur { $total }
confirm-quit-title = Quitter ?
confirm-quit-text = Le panier { $cart } est toujours ouvert sur votre compte. Le garder (il expire de lui-même au bout d'un jour) ou le supprimer maintenant ?
confirm-order-title = Passer la commande ?
confirm-order-text = Passer la commande maintenant ? Total TTC : { $total }. La commande est alors envoyée à OVHcloud.

## Leaving the full screen

exit-delivered = Projet { $project } livré (commande { $id }).
exit-following = La commande { $id } est passée et encore en cours de traitement. Pour la suivre : ovhcart order status { $id } --follow
exit-cart-kept = Votre panier { $cart } est conservé sur votre compte pendant un jour.
exit-receipt = Reçu : { $path }
exit-needs-terminal = L'assistant a besoin d'un terminal. Pour les scripts, utilisez : ovhcart order --help
exit-no-public-cloud = L'endpoint { $endpoint } ne vend pas de projets Public Cloud : utilisez ovh-eu, ovh-ca ou ovh-us.
exit-unknown-subsidiary = Filiale { $code } inconnue pour { $endpoint }. Valides : { $valid }
exit-terminated = Arrêté par un signal de fin ; le terminal a été restauré.

## Mode ligne par ligne (--plain, TERM=dumb)

plain-intro = ovhcart, ligne par ligne (API { $endpoint }). Chaque question se termine par deux-points : tapez la réponse puis Entrée. Ctrl-C arrête à chaque question.
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
plain-ask-subsidiary = Filiale : tapez son numéro (de 1 à { $count }) ou son code ; Entrée garde { $default } :
plain-not-in-list = « { $answer } » n'est pas dans la liste : tapez un numéro de 1 à { $count }.
plain-ask-plan = Offre : tapez son numéro (de 1 à { $count }) ; Entrée garde { $default } :
plain-ask-name = Nom du projet ; Entrée garde « { $default } » :
plain-ask-voucher = Code du bon d'achat ; Entrée pour aucun :
plain-consent-word = oui
plain-ask-waiver = Pour cocher cette case, et donc renoncer à votre droit de rétractation pour cette commande, tapez « { $word } » en entier. Toute autre réponse la laisse décochée, et rien n'est commandé :
plain-waiver-refused = Rien n'a été commandé : vous avez conservé votre droit de rétractation.
plain-ask-order = Passer la commande maintenant ? Total TTC : { $total }. La commande est alors envoyée à OVHcloud.
plain-declined = Rien n'a été commandé : vous avez refusé.
plain-nothing-ordered = Arrêté avant la commande : rien n'a été commandé.
plain-ask-delete-cart = Le panier { $cart } est toujours ouvert sur votre compte. Le supprimer ? Sinon, il est conservé et expire de lui-même au bout d'un jour.
plain-cart-kept = Le panier { $cart } a été conservé : consultez-le avec ovhcart cart show { $cart }, supprimez-le avec ovhcart cart delete { $cart }.
plain-cart-deleted = Panier { $cart } supprimé.

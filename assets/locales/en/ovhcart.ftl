# ovhcart, English. Every locale file has exactly these keys (a test checks it).

## Steps

step-subsidiary = Subsidiary
step-plan = Plan
step-name = Name
step-voucher = Voucher
step-review = Review
step-order = Order

## Key hints (footer and help)

hint-quit = quit
hint-help = help
hint-retry = retry
hint-back = back
hint-up = up
hint-down = down
hint-choose = choose
hint-clear-or-quit = clear filter / quit
hint-next = next
hint-check-or-skip = check / skip if empty
hint-activate = select
hint-toggle = tick / untick
hint-toggle-hds = tick HDS
hint-focus-next = next field
hint-focus-prev = previous field
hint-leave = leave, follow later
hint-leave-only = leave
hint-finish = finish
hint-close = close
hint-page-up = page up
hint-page-down = page down
hint-keep-cart = keep the cart and quit
hint-delete-cart = delete the cart and quit
hint-cancel = cancel
hint-place-order = place the order
hint-language = language
hint-first = first
hint-last = last
hint-top = top
hint-bottom = bottom
hint-scroll-up = scroll up
hint-scroll-down = scroll down
hint-open-url = open link
hint-copy-url = copy link

## Validation and refusals

name-error-empty = The name cannot be empty.
name-error-too-long = The name has { $count } characters; at most { $max } are allowed.
name-error-control = The name cannot contain control characters such as tabs.
voucher-error-space = A voucher code has no spaces.
voucher-error-control = A voucher code cannot contain control characters.
voucher-error-too-long = This is too long to be a voucher code.
plan-error-no-renew = This offer has no renewal price, so it cannot be ordered here. Choose another.
review-refused-waiver = Tick the withdrawal waiver box above to place the order.
review-refused-quote = The quote is not ready yet: wait for it, or retry if it failed.
review-consents-language = The language changed, so this box and the others were unticked: read their text again, in the new language, and tick them if you agree.
review-consents-order = What you order changed (subsidiary, plan or option), and with it the contracts, so this box and the others were unticked: read their text again and tick them if you agree.

## What failed

failed-account = Could not load your account
failed-cart = Could not prepare the cart
failed-item = Could not add the project to the cart
failed-description = Could not save the project name
failed-voucher = Could not attach or remove the voucher
failed-option = Could not add or remove the option
failed-voucher-check = Could not check the voucher
failed-quote = Could not load the quote
failed-checkout = The order could not be placed
checkout-outcome-unknown = The order may have been placed (cart { $cart }): its answer was lost and could not be checked yet
failed-follow = Could not follow the order

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = Under EU consumer law you have a right of withdrawal: for a contract made at a distance you may cancel within 14 days without giving a reason. By ticking this box you ask OVHcloud to process and deliver this order now, and you give up that right for this order. Leave it unticked if you do not agree: ovhcart will not place the order. Nothing else in ovhcart ticks this box for you.

## The other consents on the review: the contracts, and for the IT subsidiary the specific
## approval of clauses (art. 1341 and 1342 of the Italian Civil Code). Each text is shown
## with its box and recorded in the receipt.

review-contracts-label = I have read and accept the contracts
contracts-text = Ticking this box accepts every contract listed above, as OVHcloud publishes it at the address shown; the receipt records each one's name and address. Nothing else in ovhcart ticks this box for you.
review-clauses-label = I specifically approve these clauses
clauses-text = Under art. 1341 and 1342 of the Italian Civil Code I specifically approve the OVHcloud clauses on: liability limits, suspension and termination, tacit renewal, changes to the terms, jurisdiction.
clauses-translation = Translation:
review-refused-contracts = Tick the box accepting the contracts to place the order.
review-refused-clauses = Tick the box approving the clauses (art. 1341 and 1342 of the Italian Civil Code) to place the order.
review-contracts-changed = The contracts changed, so the box accepting them was unticked: read them and tick it again if you agree.

## Frame

header-endpoint = · API { $endpoint }
header-language = Language: { $language }
too-small = The terminal is too small ({ $width }×{ $height }). ovhcart needs at least { $min_width }×{ $min_height }: enlarge the window.
busy-account = Loading your account…
busy-earlier = Settling what an earlier run left unfinished…
busy-cart = Preparing the cart…
busy-item = Adding the project to the cart…
busy-config = Saving to the cart…
busy-option = Updating the options…
busy-quote = Updating the quote…
busy-voucher = Checking the voucher…
busy-placing = Placing the order…
busy-following = Following the order…

## Errors

error-prefix = Error
error-network-connect = Could not connect to the API.
error-network-lost = The connection to the API failed before its answer arrived.
error-network-timeout = The API did not answer in time.
error-title = The order could not be placed
error-query-id = Query ID: { $id } (quote it to OVHcloud support)
error-hint-credentials = Check the application key and consumer key (ovhcart doctor), or get new ones with ovhcart login.
error-hint-signature = The application secret does not match the application key, or the clock is far off: run ovhcart doctor.
error-hint-not-granted = The consumer key's access rules do not cover this call: run ovhcart doctor, then ovhcart login for a key with the rules ovhcart needs.
error-hint-forbidden = The account may not do this; the cart may belong to another account.
error-hint-cart-gone = The cart has expired (carts last a day) or was deleted: start a new order.
error-hint-not-found = Check the identifier; it may have been deleted.
error-hint-bad-request = Correct the value the message names and try again.
error-hint-rate-limited = Too many requests: wait a minute and try again.
error-hint-server = The API is having trouble: try again in a moment.
error-hint-network = Check the network connection and the endpoint, then try again.
error-hint-invalid-response = The API answered something unexpected: try again; if it persists, check the endpoint.
error-hint-clear-http = Use https://, or pass --allow-clear-http if you accept that risk.
sandbox-start-failed = Cannot start the sandbox: { $error }
config-hint-parse = Fix this line of the file (an ovh.conf holds [section] headers and key = value lines), then try again.
config-hint-read = Fix the file's permissions or remove it, then try again.
config-hint-missing-file = Check the path given to --config.
config-hint-endpoint-name = Use one of the endpoint names listed, or a base URL such as https://eu.api.ovh.com/1.0.
config-hint-endpoint-url = Give a base URL that starts with http:// or https:// and names a host, such as https://eu.api.ovh.com/1.0.
config-hint-no-credentials = Run ovhcart login to create credentials.
config-hint-incomplete-key-pair = Add the missing one, or run ovhcart login to create a new pair.
config-hint-one-method = Keep only one method.
config-hint-incomplete-oauth2 = Add the missing one.
config-hint-oauth2-endpoint = Use an application key and secret with this endpoint.
config-hint-bad-value = Copy the value again from where it was made, on one line and without spaces around it, then try again.
config-hint-foreign-symlink = Replace the link with a file of your own, or write elsewhere with --config.
config-hint-write-not-a-file = Give the path of a file, not of a directory.
config-hint-write-link-loop = Point the link at a regular file.
config-hint-write-directory = Check that the file's directory exists and that you may write in it.

## Step 1: subsidiary

subsidiary-intro = Choose the OVHcloud subsidiary the project is ordered from: it sets the currency, the contracts and the API the order goes through.
subsidiary-filter = Filter
subsidiary-filter-placeholder = type a country or a code
subsidiary-no-match = No subsidiary matches "{ $filter }". Press Esc to clear the filter.
subsidiary-col-code = Code
subsidiary-col-country = Country
subsidiary-col-currency = Currency
subsidiary-col-endpoint = Orders through
subsidiary-chosen = chosen
subsidiary-yours = your account's

## Step 2: plan

plan-intro = Public Cloud offers for { $subsidiary }. A project costs nothing by itself; what runs in it is billed on consumption.
plan-loading = Preparing a cart and loading the offers…
plan-no-offers = The API offers no Public Cloud project for this subsidiary. Go back and choose another.
plan-no-renew = no renewal price
hds-label = HDS certification (health data hosting)
hds-explanation = Needed to host personal health data in France; requires a Business or Enterprise support level.
hds-not-sold = The HDS certification is not sold with this plan.
plan-code = Plan code
plan-renew = Price
plan-pricing-mode = Pricing mode
plan-consumption-title = Billed on consumption
plan-consumption-none = Nothing is listed as billed on consumption.
duration-days = { $count ->
    [one] per day
   *[other] every { $count } days
}
duration-weeks = { $count ->
    [one] per week
   *[other] every { $count } weeks
}
duration-months = { $count ->
    [one] per month
   *[other] every { $count } months
}
duration-years = { $count ->
    [one] per year
   *[other] every { $count } years
}
duration-once = once
duration-other = every { $iso }

## Step 3: name

name-intro = The name is how the project appears in the Control Panel and the API. You can change it later.
name-label = Project name
name-count = { $count } of { $max } characters
name-default = Project { $date }
name-count-over = { $count } of { $max } characters: { $over } too many, shorten the name.
paste-controls-removed =
    { $count ->
        [one] The pasted text held a control character: it was left out.
       *[other] The pasted text held { $count } control characters: they were left out.
    }
name-saved = Saved on the cart as "{ $name }".

## Step 4: voucher

voucher-intro = If you have a voucher, type its code: it is checked with OVHcloud before it is attached. Leave the field empty and press Enter to continue without one (this also removes a voucher already attached).
voucher-label = Voucher code
voucher-checking = Checking { $code }…
voucher-refused = OVHcloud refused the voucher { $code }: { $message }
voucher-fix = Correct the code, or empty the field and press Enter to continue without a voucher.
voucher-attached = Voucher { $code } accepted: { $credit } of credit.
voucher-attached-no-credit = Voucher { $code } accepted.

## Step 5: review

review-subsidiary = Subsidiary
review-plan = Plan
review-name = Name
review-voucher = Voucher
review-option = Option
review-no-voucher = none
review-quote = Quote
review-quote-loading = Preparing the quote…
review-reduction = Reductions
review-without-tax = Total without tax
review-tax = Tax
review-with-tax = Total with tax
review-contracts = Contracts (Enter on one to read it)
review-payment = Default payment method
payment-type-credit-card = Credit card
payment-type-bank-account = Bank account
payment-type-sepa = SEPA direct debit
payment-type-paypal = PayPal
payment-type-deferred = Deferred payment account
payment-type-fidelity = Fidelity account
payment-type-prepaid = OVHcloud prepaid account
payment-type-rupay = RuPay card
review-payment-none = none registered on the account
review-payment-unknown = unknown (the account could not be loaded)
review-payment-loading = loading…
review-auto-pay = Pay automatically with the default payment method
review-waiver-label = I waive my right of withdrawal for this order
review-place-order = Place order

## Step 6: order

order-placed = Order { $id } placed.
order-url = Order page
order-paid = Paid.
order-not-paid = Not paid yet: pay it from the order page.
order-reconciled = The checkout's answer was lost on the way; ovhcart found the order in your account.
order-status = Status
order-status-cancelled = cancelled
order-status-cancelling = being cancelled
order-status-checking = being checked
order-status-delivered = delivered
order-status-delivering = being delivered
order-status-documents = documents requested
order-status-not-paid = not paid
order-status-unknown = unknown
order-step-validating = Validating
order-step-validated = Validated
order-step-delivering = Delivering
order-step-available = Available
order-delivered = Project delivered: { $project }
order-follow-later = You can leave now: the order goes on. Follow it later with: ovhcart order status { $id }
order-follow-later-sandbox = This order is in the embedded sandbox, which ends with ovhcart: once ovhcart ends, there is nothing left to follow.
order-receipt = Receipt saved to { $path }
order-receipt-failed = The receipt could not be written: { $error }
order-not-placed = No order was placed. You can retry, or go back to the review.
order-maybe-placed = The order may have been placed. Do not order again: check with ovhcart order status, or in the Control Panel under Billing > Orders.
order-maybe-placed-sandbox = The order may have been placed in the sandbox. Do not order again in this run: the embedded sandbox ends with ovhcart, and its carts and orders with it.

## Overlays

help-title = Keys
help-editing = Typing edits the field: ← → home end, backspace, delete, ctrl-u (delete to start).
help-editing-name = Typing edits the name (including ?): ← → home end, backspace, delete, ctrl-u (delete to start).
help-editing-filter = Typing filters the list: ← →, ctrl-a ctrl-e (start, end of the filter), backspace, delete, ctrl-u (delete to start). home and end go to the first and last row.
help-close = esc closes this window.

## Scrolled views, links

more-above = ▲ more above
more-below = ▼ more below
key-wheel-up = wheel ↑
key-wheel-down = wheel ↓
notice-opening = Opening the link in your browser…
notice-opened = Link opened in your browser ({ $program }).
notice-not-opened = No browser could be started ({ $why }): copy the link with { $copy } and open it yourself.
notice-copied = Link sent to the clipboard (if your terminal allows it, OSC 52).
contract-empty = The API sent no text for this contract: read it at the address above.
contract-position = line { $line } of { $total }
confirm-quit-title = Quit?
confirm-quit-text = The cart { $cart } is still open on your account. Keep it (it expires by itself after a day) or delete it now?
confirm-order-title = Place the order?
confirm-order-text = Place the order now? Total with tax: { $total }. This sends the order to OVHcloud.

## Cart browser
hint-carts = carts
hint-refresh = refresh
hint-delete = delete
hint-open = open
hint-resume = resume in the wizard
hint-confirm-delete = delete
busy-carts = Reading the carts…
busy-deleting = Deleting…
carts-title = Carts
cart-title = Cart
carts-intro = The carts on your account. Enter opens one to see its items and quote, resume it, or delete parts of it.
carts-intro-start = Your account has open carts. Resume one (Enter shows it first), or start a new order.
carts-new-order = New order
carts-loading = Reading the carts of the account…
carts-none = No carts on this account.
carts-column-items = Items
carts-column-expires = Expires
carts-column-state = State
carts-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
carts-state-open = open
carts-state-in-use = in use here
carts-state-read-only = read-only
carts-state-expired = expired
carts-legend = { $mark } made by ovhcart
carts-column-project = Project
carts-column-cart = Cart
carts-refused-read-only = This cart was already checked out (it is read-only): it can be viewed, not ordered again.
carts-refused-expired = This cart has expired: it can be viewed, not ordered. Start a new order instead.
carts-refused-several = This cart holds several projects; the wizard orders one project per cart. Delete the extra items first.
carts-refused-offers = The Public Cloud offers of this cart could not be read, so it cannot be resumed now. Refresh with r.
carts-refused-ordered = An order was already placed in this session. Start ovhcart again to resume another cart.
carts-refused-in-use = The wizard is filling this cart: change its items through the steps, or delete the whole cart.
failed-carts = Could not read the carts of the account
failed-cart-read = Could not read the cart
failed-delete = Could not delete
cart-loading = Reading the cart, its items and its quote…
cart-expires = expires { $date }
cart-no-items = No items.
cart-item = item
cart-no-quote = No quote: the cart is empty, read-only or expired.
cart-in-use = The wizard is filling this cart now. Esc goes back to the list.
cart-resume-note = Enter resumes this cart in the wizard, at the first step it still needs. A cart does not record its subsidiary: your account's, { $subsidiary }, is assumed.
confirm-delete-cart-title = Delete the cart?
confirm-delete-cart-text = Delete the cart { $cart } and everything in it? This cannot be undone.
confirm-delete-item-title = Delete the item?
confirm-delete-item-text = Delete item { $item } from the cart { $cart }, with its configurations? This cannot be undone.
confirm-delete-configuration-title = Delete the configuration?
confirm-delete-configuration-text = Delete the configuration "{ $label }" from the cart { $cart }? This cannot be undone.

## Leaving the full screen

exit-delivered = Project { $project } delivered (order { $id }).
exit-following = Order { $id } is placed and still being processed. Follow it with: ovhcart order status { $id } --follow
exit-following-sandbox = Order { $id } is placed in the sandbox and was still being processed when you left.
exit-cart-kept = Your cart { $cart } is kept on your account for a day.
exit-cart-kept-sandbox = Your cart { $cart } was still open in the sandbox.
exit-receipt = Receipt: { $path }
exit-needs-terminal = The wizard needs a terminal. For scripts, use: ovhcart order --help
exit-no-public-cloud = The endpoint { $endpoint } does not sell Public Cloud projects: use ovh-eu, ovh-ca or ovh-us.
exit-unknown-subsidiary = Unknown subsidiary { $code } for { $endpoint }. Valid: { $valid }
exit-terminated = Stopped by a termination signal; the terminal was restored.

## Plain mode (--plain, TERM=dumb): the questions line by line

plain-intro = ovhcart, line by line (API { $endpoint }). Each question ends with a colon: type the answer and press Enter. Ctrl-C stops at any question.
plain-open-carts =
    { $count ->
        [one] Your account has an open cart ({ $carts }): it is kept as it is, and this run starts a new one. ovhcart carts lists it; the full-screen wizard can resume it.
       *[other] Your account has { $count } open carts ({ $carts }): they are kept as they are, and this run starts a new one. ovhcart carts lists them; the full-screen wizard can resume them.
    }
plain-step = Step { $number } of { $total }: { $name }
plain-working = Working…
plain-reduction = Reduction: { $what }
plain-contract = Contract: { $name }, { $url }
plain-yes = yes
plain-no = no
plain-yes-no-default-yes = [Y/n]:
plain-yes-no-default-no = [y/N]:
plain-yes-no-again = Please answer yes or no.
plain-retry = Try again?
plain-ask-subsidiary = Subsidiary: type its number (1 to { $count }), its code or its country; Enter keeps { $default }:
plain-not-in-list = "{ $answer }" is not in the list: type a number from 1 to { $count }.
plain-ask-plan = Plan: type its number (1 to { $count }); Enter keeps { $default }:
plain-ask-option = Add the { $option }?
plain-ask-name = Project name; Enter keeps "{ $default }":
plain-ask-voucher = Voucher code; Enter for none:
plain-consent-word = yes
plain-ask-waiver = To tick this box, and so waive your right of withdrawal for this order, type "{ $word }" in full. Anything else leaves it unticked, and nothing is ordered:
plain-waiver-refused = Nothing was ordered: you kept your right of withdrawal.
plain-ask-contracts = To tick this box, and so accept the contracts listed above, type "{ $word }" in full. Anything else leaves it unticked, and nothing is ordered:
plain-contracts-refused = Nothing was ordered: you did not accept the contracts.
plain-ask-clauses = To tick this box, and so approve these clauses specifically, type "{ $word }" in full. Anything else leaves it unticked, and nothing is ordered:
plain-clauses-refused = Nothing was ordered: you did not approve the clauses.
plain-ask-order = Place the order now? Total with tax: { $total }. This sends the order to OVHcloud.
plain-declined = Nothing was ordered: you declined.
plain-nothing-ordered = Stopped before the order: nothing was ordered.
plain-ask-delete-cart = The cart { $cart } is still open on your account. Delete it? If not, it is kept and expires by itself after a day.
plain-cart-kept = The cart { $cart } was kept: see it with ovhcart cart show { $cart }, delete it with ovhcart cart delete { $cart }.
plain-cart-kept-sandbox = The cart { $cart } stays open in the sandbox until ovhcart ends.
plain-cart-deleted = Cart { $cart } deleted.

## ovhcart login

login-no-sandbox = The sandbox needs no login: its demo credentials are built in. To try login against it, run `ovhcart sandbox` and pass its URL with --endpoint.
login-ask-endpoint = Endpoint (ovh-eu, ovh-ca, ovh-us, or a URL)
login-no-home = No home directory to save ~/.ovh.conf in: choose a file with --config FILE.
login-missing-keys = An application key and secret are needed. Create them at { $url } (any name and description), then set OVH_APPLICATION_KEY and OVH_APPLICATION_SECRET, or pass --application-key and --application-secret-stdin.
login-create-app = ovhcart needs an application key and secret. Create them at { $url } : log in, give any name and description, and copy the two values here. The secret is not shown while you type.
login-ask-application-key = Application key
login-ask-application-secret = Application secret
login-empty-stdin = --application-secret-stdin: the first line of stdin is empty.
login-terminal-unreadable = Cannot read the terminal: { $error }
login-stdin-unreadable = Cannot read stdin: { $error }
login-requested = Requested a consumer key on { $endpoint }, limited to the { $count } routes ovhcart calls (run `ovhcart doctor` to see them).
login-open-url = Open this page, log in with your OVHcloud account and accept:
login-waiting = Waiting for the validation (up to { $minutes } min; Ctrl-C to cancel)…
login-validated = Validated: the key acts for the account { $account }.
login-saved = Saved the application key, application secret and consumer key in { $file } [{ $section }].
login-next = Next: `ovhcart doctor` checks everything, `ovhcart` starts an order.
login-verify-failed = The key was validated but GET /me failed with it; nothing was saved.
login-cancelled = Cancelled: nothing was saved.
login-timed-out = The consumer key was not validated within { $secs } s; nothing was saved. Run `ovhcart login` again and open the link sooner, or give more time with --timeout.
login-not-validated = The consumer key was { $state } on the validation page; nothing was saved. Run `ovhcart login` again and accept.

## ovhcart doctor

doctor-label-endpoint = Endpoint
doctor-label-files = Files
doctor-label-credentials = Credentials
doctor-label-clock = Clock
doctor-label-oauth2 = OAuth2
doctor-label-key = Consumer key
doctor-label-rules = Its rules
doctor-from = from { $source }
doctor-endpoint-defaulted = nothing set it: the default
doctor-file-found = read
doctor-file-missing = not found
doctor-sandbox-credentials = the sandbox's demo credentials
doctor-clock = API time minus local time: { $drift } s (ovhcart corrects its signatures by it)
doctor-token-ok = a token was obtained from the token URL
doctor-token-failed = no token from the token URL
doctor-key-status = { $status }, expires { $expires }
doctor-never = never
doctor-routes-title = Routes ovhcart calls:
doctor-granted = granted
doctor-not-granted = NOT granted
doctor-all-good = All good: ovhcart can order with these credentials.
doctor-problems = { $count } problem(s) to fix:
doctor-no-consumer-key = There is an application key and secret but no consumer key.
doctor-key-not-validated = The consumer key is { $status }, not validated.
doctor-routes-missing = The consumer key does not grant: { $routes }.
doctor-next-login = Next: run `ovhcart login` to create a consumer key with the rules ovhcart needs.
doctor-next-unreachable = Next: check the network and the endpoint (--endpoint or OVH_ENDPOINT).
doctor-next-signature = Next: the application secret does not belong to the application key; copy both again from the page where the application was created.
doctor-next-oauth2 = Next: check client_id and client_secret (a service account of this endpoint's region).
doctor-next-sandbox = Next: check that 127.0.0.1 accepts local connections, or pick another --listen address.

## Commands (ovhcart order, carts, cart show/delete, order status)

cli-waiver-required = Nothing was ordered: ovhcart places an order only with --waive-retraction.
cli-waiver-text = Under EU consumer law you have a right of withdrawal: for a contract made at a distance you may cancel within 14 days without giving a reason. By passing --waive-retraction you ask OVHcloud to process and deliver this order now, and you give up that right for this order. Without it, ovhcart does not place the order.
cli-waiver-how = If you agree, run the same command with --waive-retraction; to see the quote without ordering, add --dry-run.
cli-contracts-required = Nothing was ordered: ovhcart places an order only with --accept-contracts, by which you accept the contracts of the order:
cli-contracts-text = By passing --accept-contracts you accept every contract of this order, as OVHcloud publishes it at its address (listed with the quote, and in the receipt). Without it, ovhcart does not place the order.
cli-contracts-how = Read them; if you accept them, run the same command with --accept-contracts. To see the quote without ordering, add --dry-run.
cli-clauses-required = Nothing was ordered: for the IT subsidiary, ovhcart places an order only with --approve-clauses, your specific approval of these clauses:
cli-clauses-how = If you approve them, run the same command with --approve-clauses; to see the quote without ordering, add --dry-run.
cli-clauses-not-used = --approve-clauses was not used: orders for the { $subsidiary } subsidiary have no clauses to approve specifically (only IT has).
cli-no-terminal = Nothing was ordered: there is no terminal to ask for confirmation. Add --yes to place the order without asking, or --dry-run to see the quote only.
cli-subsidiary-unknown = The subsidiary "{ $code }" is not one { $endpoint } orders Public Cloud projects for. Use one of: { $valid }.
cli-endpoint-no-cloud = The endpoint { $endpoint } does not sell Public Cloud projects: use ovh-eu, ovh-ca or ovh-us.
cli-hds-not-sold = --hds: the HDS certification is not sold with the plan { $plan } for { $subsidiary }.
cli-voucher-refused = OVHcloud refused the voucher { $code }
cli-voucher-fix = Nothing was ordered and the cart was deleted. Correct the code, or run the command without --voucher.
cli-prompt-order = Place this order? [y/N]
cli-declined = Nothing was ordered: you declined.
cli-interrupted-before-order = Interrupted before the order: nothing was ordered.
cli-interrupted = Interrupted.
cli-retrying = No usable answer to { $method } { $path } yet: trying again in { $ms } ms (attempt { $attempt }).
cli-cart-deleted = Cart { $cart } deleted.
cli-cart-kept = The cart { $cart } was kept: see it with ovhcart cart show { $cart }, delete it with ovhcart cart delete { $cart }.
cli-dry-run-deleted = Dry run: nothing was ordered, and the cart { $cart } was deleted.
cli-dry-run-kept = Dry run: nothing was ordered. The cart { $cart } was kept (it expires by itself after a day).
cli-failed-delete = Could not delete the cart
cli-failed-pay = The order was placed but could not be paid
cli-pay-from-page = Pay it from the order page: { $url }
cli-order-maybe-placed = The order may have been placed: do not order again. Check with ovhcart order status or ovhcart carts (a validated cart is read-only), or in the Control Panel under Billing > Orders.
cli-no-data-dir = no data directory (set OVHCART_DATA_DIR)
cli-follow-timeout = The project was not delivered within { $seconds } seconds. The order goes on: follow it with ovhcart order status { $id } --follow.
cli-follow-timeout-sandbox = The project was not delivered within { $seconds } seconds. This order is in the embedded sandbox, which ends with ovhcart: there is nothing left to follow.
cli-order = Order
cli-order-id-invalid = "{ $id }" is not an order id: an order id is a positive number, as printed by ovhcart order.
cli-order-unknown = Your account has no order { $id }
cli-help-examples = Examples:
cli-usage-hint = Run { $command } --help to see what it accepts.
cli-flag-wizard-only = { $flag } applies to the wizard only (ovhcart without a command).
cli-flag-subsidiary = { $flag } applies to the wizard and to ovhcart order only.
cli-man-unknown = ovhcart has no command { $command }: its commands there are { $known }.
cli-flag-clauses-italy = { $flag } applies to the IT subsidiary only: the specific approval of clauses is a rule of Italian law (art. 1341 and 1342 of the Civil Code).
cli-flag-no-api = { $flag } does nothing with this command: it does not talk to the API.
cli-flag-sandbox-only = { $flag } sets up the embedded sandbox: add --sandbox, or give it after ovhcart sandbox.
cli-step-todo = to do
cli-step-doing = in progress
cli-step-done = done
cli-step-error = failed
cli-contracts = Contracts
cli-no-carts = No carts on this account.
cli-cart-mine = made by ovhcart
cli-cart-read-only = read-only (ordered)
cli-cart-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
cli-cart-expires = expires
cli-cart-id-invalid = "{ $id }" is not a cart id.
cli-cart-unknown = Your account has no cart { $cart }
cli-cart-list-hint = It may have expired (carts last a day) or been deleted: list the carts with ovhcart carts.
cli-failed-carts = Could not list the carts
cli-failed-cart-read = Could not read the cart
cli-delete-no-terminal = Nothing was deleted: there is no terminal to ask for confirmation. Add --yes to delete without asking.
cli-prompt-delete = Delete the cart { $cart }? [y/N]
cli-delete-declined = Nothing was deleted: you declined.

## Recovering what an earlier run left unfinished

recover-ordered = An earlier run's order was placed after all: order { $id } for "{ $name }". It will not be placed again.
recover-unsettled = An earlier run sent the order for "{ $name }" and its outcome is still unknown ({ $error }). Nothing was sent again: check your orders (ovhcart order status, or the Control Panel) before ordering again.
earlier-unsettled = An earlier run sent the order for "{ $name }", and whether it was placed is still unknown. Nothing was sent again: check your orders (ovhcart order status, or the Control Panel) before ordering again.
cli-resuming-cart = Completing the cart { $cart } that an earlier run left for this project.

## Onboarding: the screens before the wizard when no usable credentials are found
onboard-title = Connect to OVHcloud
onboard-step = Connect
onboard-page-endpoint = API
onboard-page-keys = Application keys
onboard-page-validation = Validation
onboard-page-saved = Saved
onboard-intro = No usable OVHcloud API credentials were found. ovhcart makes them with you: choose the API your account is on, create an application key, then accept a key limited to the routes ovhcart calls.
onboard-choose-endpoint = Which API is your OVHcloud account on?
onboard-region-eu = Europe and Africa
onboard-region-ca = Canada, Asia-Pacific and the rest of the world
onboard-region-us = United States
onboard-region-custom = the address given with --endpoint or in your configuration
onboard-serves = Subsidiaries: { $codes }
onboard-save-to = The keys will be saved in { $file }.
onboard-create-app = Open { $url } in a browser, log in with your OVHcloud account and create an application (any name and description). Copy its application key and application secret below.
onboard-reused = The keys of your configuration are filled in: press Enter to use them.
onboard-application-key = Application key
onboard-application-secret = Application secret (hidden)
onboard-refused-key = Enter the application key.
onboard-refused-secret = Enter the application secret.
onboard-request-failed = requesting access
onboard-requesting = Requesting access…
onboard-open-url = Open this page, log in with your OVHcloud account and accept. The key only allows the { $count } routes ovhcart calls.
onboard-qr-too-small = Enlarge the terminal to see this link as a QR code.
onboard-waiting = Waiting for your validation (up to { $minutes } min). Esc cancels; nothing is saved until then.
onboard-saving = Validated for the account { $account }; saving the keys…
onboard-saved = Saved the application key, application secret and consumer key in { $file } [{ $section }].
onboard-save-failed = The keys could not be saved: { $error }
onboard-save-failed-hint = r tries again. Enter goes on without saving: the key works until ovhcart quits.
onboard-continue = Press Enter to start your order.
onboard-timed-out = The key was not validated within { $minutes } min; nothing was saved. Press Enter for a new link.
onboard-not-validated = The key was { $state } on the validation page; nothing was saved. Press Enter to try again.
hint-request-access = request access
hint-next-field = next field
hint-prev-field = previous field
hint-continue = continue
hint-retry-save = save again
busy-requesting-access = Requesting access…
busy-validation = Waiting for the validation…
busy-saving-keys = Saving the keys…

## The order may have been placed (checkout outcome unknown)

hint-check-again = check again
order-unknown-title = The order may have been placed
order-unknown-text = The answer to the order was lost, and ovhcart could not find out whether OVHcloud created it. ovhcart does not send the order again.
order-unknown-cart = Cart
order-unknown-order = Order
order-unknown-order-none = not known yet
order-unknown-checking = Checking the cart and your recent orders…
order-unknown-why = the last check could not tell
order-unknown-next = Check again (r) reads the cart and your recent orders. If the order is found, ovhcart pays it if it is free, writes the receipt and follows it. If the cart is still open, nothing was ordered: you go back to the review, where the waiver box must be ticked again.
order-unknown-next-earlier = This checkout was sent by an earlier run of ovhcart. Check again (r) reads the cart and your recent orders. If the order is found, ovhcart pays it if it is free and follows it. If the cart is still open, nothing was ordered: it is shown in your carts, to resume.
order-unknown-exit = The order for cart { $cart } may have been placed. Do not order again before checking: run ovhcart order status or ovhcart carts (an ordered cart is read-only), or look in the Control Panel under Billing > Orders.
order-unknown-exit-sandbox = The order for cart { $cart } may have been placed in the sandbox.
sandbox-ended = The embedded sandbox ended with ovhcart, and its carts and orders with it: there is nothing left to check. To keep a sandbox between runs, start one with `ovhcart sandbox` in another terminal and run ovhcart with the variables it prints.
carts-state-unknown = outcome unknown
plain-ask-recheck = Type r to check again, or q to stop (nothing is sent again):

# Real accounts: held and refused orders, eligibility actions, VOUCHER_* refusals (docs/api-notes.md).
order-held-review = OVHcloud is reviewing order { $id } before delivering it; this can take a few days, and you may be asked for documents by e-mail. Nothing to send again: check it later with ovhcart order status { $id }, or in the Control Panel: { $url }
order-held-review-sandbox = OVHcloud is reviewing order { $id } before delivering it; this can take a few days, and you may be asked for documents by e-mail. Nothing to send again. This order is in the embedded sandbox, which ends with ovhcart: once ovhcart ends, there is nothing left to check.
order-held-documents = OVHcloud asks for documents before delivering order { $id }: send them from the Control Panel ({ $url }) or by answering their e-mail, then check with ovhcart order status { $id }.
order-held-documents-sandbox = OVHcloud asks for documents before delivering order { $id }: with a real account, you would send them from the Control Panel ({ $url }) or by answering their e-mail. This order is in the embedded sandbox, which ends with ovhcart: once ovhcart ends, there is nothing left to check.
order-held-not-paid = Order { $id } waits for its payment: pay it from its order page or the Control Panel ({ $url }), then check with ovhcart order status { $id }.
order-held-not-paid-sandbox = Order { $id } waits for its payment: with a real account, you would pay it from its order page or the Control Panel ({ $url }). This order is in the embedded sandbox, which ends with ovhcart: once ovhcart ends, there is nothing left to check.
order-refused = OVHcloud refused order { $id }: nothing will be delivered. Ask OVHcloud support why, from the Control Panel: { $url }
eligibility-blocked = Your account must do this in the OVHcloud Control Panel before it can order a Public Cloud project (nothing was ordered):
eligibility-add-payment-method = Add a valid payment method: { $url }
eligibility-challenge-payment-method = Confirm your payment method (a small verification payment): { $url }
eligibility-verify-paypal = Verify your PayPal account: { $url }
eligibility-projects-quota = Ask for more projects: your account has reached its number of Public Cloud projects: { $url }
eligibility-other = Complete the action "{ $action }" asked by OVHcloud: { $url }
eligibility-minimum-credit = A first credit of at least { $amount } is needed.
eligibility-methods = Payment methods accepted: { $methods }.
voucher-code-invalid = This voucher code does not exist: check its spelling.
voucher-code-too-many-attempts = Too many voucher attempts: wait a while before trying again.
voucher-code-no-longer-valid = This voucher is no longer valid.
voucher-code-already-used = This voucher has already been used.
voucher-code-expired = This voucher has expired.
voucher-code-country = This voucher is not valid for your account's country.
voucher-code-payment-mean = This voucher needs a valid payment method on your account: add one in the Control Panel first.
voucher-code-too-many-used = This voucher has been used as many times as it allows.
voucher-code-nichandle = This voucher is reserved for another account.
voucher-code-scored = This voucher cannot be used with your account.
voucher-code-new-customer = This voucher is for new customers only.
voucher-code-new-project = This voucher is for a first Public Cloud project only.
voucher-code-other = OVHcloud refused this voucher.
review-refused-eligibility = Your account must first do what is said above in the OVHcloud Control Panel: nothing can be ordered until then.
review-refused-earlier = Not yet: what an earlier run left unfinished is still being settled (it may have ordered this already). Try again in a moment.
busy-retrying = no usable answer yet, trying again (attempt { $attempt })

## The command line's help (--help, ovhcart man, completions): the definitions in src/cli/args.rs,
## src/cli/login.rs, src/cli/doctor.rs and src/sandbox/ name these keys
usage-about = Order an OVHcloud Public Cloud project from the terminal
usage-about-long =
    Order an OVHcloud Public Cloud project from the terminal.

    Without a command, ovhcart opens the full-screen wizard. `ovhcart --sandbox` runs it against an embedded OVHcloud API on 127.0.0.1: no account, nothing billed.
usage-heading-usage = Usage
usage-heading-commands = Commands
usage-heading-arguments = Arguments
usage-heading-options = Options
usage-heading-connection-anywhere = Connection (before or after the command)
usage-heading-connection = Connection
usage-heading-wizard = Wizard
usage-heading-sandbox = Sandbox (after `ovhcart sandbox`, or with --sandbox before a command)
usage-arg-help = Print help
usage-arg-help-more = Print help (see more with --help)
usage-arg-help-summary = Print help (see a summary with -h)
usage-arg-version = Print version
usage-about-help = Print this message or the help of the given command
usage-arg-lang = Language of the interface (en, fr, es, it, pl, pt, de); default from LC_ALL/LANG
usage-arg-verbose = More detail in the log file (-v: debug, -vv: trace)
usage-arg-log-file = Write the log here instead of the data dir
usage-arg-endpoint = API endpoint: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca, or a base URL [default: OVH_ENDPOINT, then ovh.conf]
usage-arg-config = Read this ovh.conf after /etc/ovh.conf, ~/.ovh.conf and ./ovh.conf
usage-arg-retry-budget = How long one API read may go on retrying transient faults (network, timeout, 5xx, 429); 0: never retry [default: 30]
usage-arg-request-timeout = The longest one API request may take, its whole answer read (at least 1) [default: 30]
usage-arg-allow-clear-http = Accept sending credentials over plain http:// to a host that is not this machine (anyone on the way can read them)
usage-arg-sandbox = Run against the embedded sandbox API with its demo credentials (nothing is billed); its knobs (--delivery-ms, …) go before the command
usage-arg-high-contrast = Bright, high-contrast colours in the wizard (NO_COLOR still turns colours off)
usage-arg-plain = Ask the wizard's questions line by line, for screen readers and simple terminals (automatic when TERM=dumb)
usage-arg-subsidiary = Preselect this subsidiary (e.g. FR, GB, QC); `ovhcart --subsidiary FR order …` orders for it
usage-about-sandbox = Run the sandbox API on 127.0.0.1 and print its credentials as shell `export` lines
usage-about-login = Create a consumer key limited to the routes ovhcart calls, and save it in ovh.conf
usage-about-doctor = Check the endpoint, credentials, clock and the consumer key's rights
usage-about-order = Order a Public Cloud project without the full screen, or (`order status ID`) follow an order
usage-about-carts = List the carts of the account, with their items and expiry
usage-about-cart = Show or delete one cart
usage-about-completions = Print a completion script for a shell, generated from these definitions
usage-about-man = Print the manual page (roff) of ovhcart or of one of its commands, generated from these definitions
usage-arg-name = The project's name (its description in the Control Panel), 1 to 255 characters
usage-arg-order-subsidiary = The subsidiary to order for (e.g. FR, GB, QC) [default: the account's]
usage-arg-voucher = A voucher code, checked with OVHcloud before the order
usage-arg-hds = Add the HDS certification option (health data hosting, France) to the project; refused when it is not sold
usage-arg-auto-pay = Pay automatically with the account's default payment method
usage-arg-waive-retraction = Waive the right of withdrawal for this order (required: ovhcart does not order without this consent)
usage-arg-accept-contracts = Accept the contracts of this order, as listed with the quote (required: ovhcart does not order without this consent)
usage-arg-approve-clauses = For the IT subsidiary: approve specifically the clauses of art. 1341 and 1342 of the Italian Civil Code (required there)
usage-arg-dry-run = Stop after the quote and delete the cart; nothing is ordered
usage-arg-keep-cart = With --dry-run: keep the cart instead of deleting it
usage-arg-order-yes = Place the order without asking (needed when there is no terminal to ask on)
usage-arg-order-follow = After ordering, wait until the project is delivered and print its id
usage-arg-order-follow-timeout = With --follow: give up waiting after this many seconds (the order goes on)
usage-arg-json = Print one JSON document on stdout instead of text
usage-about-order-status = Show an order's status and delivery steps, and its project id once delivered
usage-arg-order-id = The order id (a number, as printed by `ovhcart order`)
usage-arg-status-follow = Wait until the project is delivered
usage-arg-status-follow-timeout = With --follow: give up waiting after this many seconds
usage-about-cart-show = Show a cart: its items, their configurations, and the quote
usage-about-cart-delete = Delete a cart (asks first on a terminal)
usage-arg-cart-delete-yes = Delete without asking (needed when there is no terminal to ask on)
usage-arg-shell = The shell to complete for
usage-arg-command = The command whose page to print (`order`, `order status`, `cart show`…); ovhcart's own page without one
usage-arg-application-key = The application key from the createApp page [default: OVH_APPLICATION_KEY, then ovh.conf]
usage-arg-application-secret-stdin = Read the application secret from the first line of stdin. There is deliberately no flag taking the secret itself: a command line is visible to every user of the machine (ps, /proc) and stays in the shell history. Otherwise it comes from OVH_APPLICATION_SECRET, ovh.conf, or a masked prompt on a terminal
usage-arg-timeout = Give up if the key is not validated within this many seconds
usage-arg-login-json = Print JSON lines (the validation URL, the account, the file saved) instead of text
usage-arg-no-qr = Do not draw the validation URL as a QR code
usage-arg-poll-interval = Seconds between two checks of the key while waiting
usage-arg-doctor-json = Print the report as one JSON document
usage-arg-listen = Address to listen on. Loopback by default; anything else needs --expose
usage-arg-expose = Allow a --listen address other than loopback: anyone who reaches it gets the demo credentials and can place orders
usage-arg-latency-ms = Milliseconds added before every answer
usage-arg-fault-rate = Share of requests (0 to 1) that fail: 502/503 HTML pages, resets, lost answers
usage-arg-seed = Seed for faults and generated ids (random when absent)
usage-arg-clock-skew = Seconds the sandbox clock is ahead of (or, negative, behind) this machine's
usage-arg-cart-ttl = Lifetime of a new cart, in seconds
usage-arg-delivery-ms = Milliseconds from payment to delivery
usage-arg-plan-price-cents = Monthly price of the project plan, in cents (the real plan costs 0)
usage-arg-hds-price-cents = Monthly price of the HDS certification option, in cents
usage-arg-lose-checkout-answers = Lose the answers of the first N checkouts, after the order is created
usage-arg-token-ttl = Lifetime of OAuth2 access tokens, in seconds
usage-arg-situation = What the demo account meets, as real first-time customers do
usage-situation-ready = Everything in order: a valid default card, nothing required
usage-situation-add-payment-method = No payment method: the account must add one before ordering; a voucher that needs one is refused
usage-situation-challenge-payment-method = A new account whose card must be confirmed before ordering
usage-situation-verify-paypal = A PayPal account to verify before ordering
usage-situation-projects-quota = The account's projects quota is reached: it must ask for more
usage-situation-fraud-review = Orders are reviewed by hand before delivery, then delivered
usage-situation-documents-requested = Orders wait for documents before delivery
usage-situation-fraud-refused = Orders are refused after the fraud review (error 906)
usage-situation-us = The US API: a US account, no eligibility route, the project's id found in the order's operations

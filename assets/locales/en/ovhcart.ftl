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
hint-focus-next = next field
hint-focus-prev = previous field
hint-leave = leave, follow later
hint-finish = finish
hint-close = close
hint-page-up = page up
hint-page-down = page down
hint-keep-cart = keep the cart and quit
hint-delete-cart = delete the cart and quit
hint-cancel = cancel
hint-place-order = place the order

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

## What failed

failed-account = Could not load your account
failed-cart = Could not prepare the cart
failed-item = Could not add the project to the cart
failed-description = Could not save the project name
failed-voucher = Could not attach or remove the voucher
failed-voucher-check = Could not check the voucher
failed-quote = Could not load the quote
failed-checkout = The order could not be placed
failed-follow = Could not follow the order

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = Under EU consumer law you have a right of withdrawal: for a contract made at a distance you may cancel within 14 days without giving a reason. By ticking this box you ask OVHcloud to process and deliver this order now, and you give up that right for this order. Leave it unticked if you do not agree: ovhcart will not place the order. Nothing else in ovhcart ticks this box for you.

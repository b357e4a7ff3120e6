//! The order flow against the sandbox: carts, items, configurations, quotes, checkout,
//! payment, delivery and the project, for the demo account and across accounts.

mod common;

use std::time::Duration;

use common::*;
use ovhcart::api::ErrorKind;
use ovhcart::api::models::*;
use ovhcart::sandbox::{SandboxOptions, accounts};

fn quick() -> SandboxOptions {
    SandboxOptions { delivery: Duration::from_millis(300), seed: Some(11), ..SandboxOptions::default() }
}

#[tokio::test]
async fn the_whole_flow_delivers_a_project() {
    let sandbox = start(quick()).await;
    let api = demo(&sandbox);
    let creation = CartCreation { ovh_subsidiary: "FR".into(), description: Some("seed".into()), expire: None };
    let cart: Cart = api.post("/order/cart", &creation).await.unwrap();
    assert_eq!(cart.cart_id.len(), 36);
    assert!(!cart.read_only && cart.items.is_empty());
    assert!(cart.expire.as_deref().is_some_and(|e| e.ends_with("+00:00")));
    let _: serde_json::Value = api.post_empty(&format!("/order/cart/{}/assign", cart.cart_id)).await.unwrap();
    let listed: Vec<String> = api.get("/order/cart?description=seed").await.unwrap();
    assert_eq!(listed, vec![cart.cart_id.clone()]);

    let offers: Vec<ProductOffer> = api.get(&format!("/order/cart/{}/cloud", cart.cart_id)).await.unwrap();
    assert_eq!(offers[0].plan_code, "project.2018");
    assert_eq!(offers[0].product_name, "Projet Public Cloud");
    let renew = offers[0].prices.iter().find(|p| p.has_capacity("renew")).unwrap();
    assert_eq!((renew.duration.as_str(), renew.pricing_mode.as_str()), ("P1M", "default"));
    assert_eq!(renew.price.text, "0.00 €");

    let product = ProductCreation {
        duration: "P1M".into(),
        plan_code: "project.2018".into(),
        pricing_mode: "default".into(),
        quantity: 1,
    };
    let item: Item = api.post(&format!("/order/cart/{}/cloud", cart.cart_id), &product).await.unwrap();
    assert!((100_000_000..1_000_000_000).contains(&item.item_id));
    assert_eq!(item.settings.plan_code.as_deref(), Some("project.2018"));
    let items: Vec<i64> = api.get(&format!("/order/cart/{}/item", cart.cart_id)).await.unwrap();
    assert_eq!(items, vec![item.item_id]);

    let required: Vec<ConfigurationRequirement> =
        api.get(&format!("/order/cart/{}/item/{}/requiredConfiguration", cart.cart_id, item.item_id)).await.unwrap();
    let labels: Vec<(&str, bool)> = required.iter().map(|r| (r.label.as_str(), r.required)).collect();
    assert_eq!(labels, [("description", false), ("voucher", false), ("vrack", false), ("infrastructure", false)]);

    let description_id = configure(&api, &cart, &item, "description", "Projet démo").await.unwrap();
    configure(&api, &cart, &item, "infrastructure", "production").await.unwrap();
    let base = format!("/order/cart/{}/item/{}/configuration", cart.cart_id, item.item_id);
    let ids: Vec<i64> = api.get(&format!("{base}?label=description")).await.unwrap();
    assert_eq!(ids, vec![description_id]);
    let config: ConfigurationItem = api.get(&format!("{base}/{description_id}")).await.unwrap();
    assert_eq!(config.value, "Projet démo");

    let quote: Order = api.get(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
    assert_eq!((quote.order_id, quote.url.as_deref()), (None, None));
    assert_eq!(quote.contracts.len(), 2);
    assert!(quote.contracts[0].content.contains("bac à sable"));
    assert_eq!(quote.details[0].domain, "*001");
    assert!(quote.prices.with_tax.is_zero());
    let summary: Order = api.get(&format!("/order/cart/{}/summary", cart.cart_id)).await.unwrap();
    assert_eq!(summary.details, quote.details);

    let checkout =
        CheckoutRequest { auto_pay_with_preferred_payment_method: Some(false), waive_retractation_period: Some(true) };
    let order: Order = api.post(&format!("/order/cart/{}/checkout", cart.cart_id), &checkout).await.unwrap();
    let order_id = order.order_id.unwrap();
    let url = order.url.unwrap();
    assert!(url.starts_with("http://127.0.0.1:") && url.ends_with(&format!("/sandbox/pay/{order_id}")), "{url}");
    let cart_after: Cart = api.get(&format!("/order/cart/{}", cart.cart_id)).await.unwrap();
    assert!(cart_after.read_only);

    let orders: Vec<i64> = api.get("/me/order").await.unwrap();
    assert_eq!(orders, vec![order_id]);
    let billing: BillingOrder = api.get(&format!("/me/order/{order_id}")).await.unwrap();
    assert_eq!(billing.retraction_date, None, "the waiver was recorded");
    let status: OrderStatus = api.get(&format!("/me/order/{order_id}/status")).await.unwrap();
    assert_eq!(status, OrderStatus::NotPaid);
    let follow: Vec<FollowUp> = api.get(&format!("/me/order/{order_id}/followUp")).await.unwrap();
    assert_eq!((follow[0].step, follow[0].status), (FollowUpStep::Validating, FollowUpStatus::Doing));

    let methods: Vec<i64> = api.get("/me/payment/method?default=true").await.unwrap();
    assert_eq!(methods, vec![accounts::DEMO_PAYMENT_METHOD_ID]);
    let method: PaymentMethod = api.get(&format!("/me/payment/method/{}", methods[0])).await.unwrap();
    assert_eq!((method.payment_type.as_str(), method.status.as_str(), method.default), ("CREDIT_CARD", "VALID", true));
    let pay = PayWithPaymentMethod { payment_method: PaymentMethodRef { id: methods[0] } };
    let _: serde_json::Value = api.post(&format!("/me/order/{order_id}/pay"), &pay).await.unwrap();
    let status: OrderStatus = api.get(&format!("/me/order/{order_id}/status")).await.unwrap();
    assert_eq!(status, OrderStatus::Checking);
    let again = api.post::<_, serde_json::Value>(&format!("/me/order/{order_id}/pay"), &pay).await.unwrap_err();
    assert_eq!(again.kind, ErrorKind::BadRequest);
    let projects: Vec<String> = api.get("/cloud/project").await.unwrap();
    assert!(projects.is_empty(), "no project before delivery");

    let mut seen = vec![status];
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(25)).await;
        let s: OrderStatus = api.get(&format!("/me/order/{order_id}/status")).await.unwrap();
        if seen.last() != Some(&s) {
            seen.push(s);
        }
        if s == OrderStatus::Delivered {
            break;
        }
    }
    assert_eq!(seen, [OrderStatus::Checking, OrderStatus::Delivering, OrderStatus::Delivered]);
    let follow: Vec<FollowUp> = api.get(&format!("/me/order/{order_id}/followUp")).await.unwrap();
    assert!(follow.iter().all(|f| f.status == FollowUpStatus::Done));
    assert_eq!(
        follow.iter().map(|f| f.step).collect::<Vec<_>>(),
        [FollowUpStep::Validating, FollowUpStep::Validated, FollowUpStep::Delivering, FollowUpStep::Available]
    );

    let details: Vec<i64> = api.get(&format!("/me/order/{order_id}/details")).await.unwrap();
    let detail: BillingOrderDetail = api.get(&format!("/me/order/{order_id}/details/{}", details[0])).await.unwrap();
    assert!(is_project_id(&detail.domain), "{}", detail.domain);
    let extension: ItemDetail =
        api.get(&format!("/me/order/{order_id}/details/{}/extension", details[0])).await.unwrap();
    assert_eq!(extension.order.plan.code.as_deref(), Some("project.2018"));
    assert!(extension.order.configurations.iter().any(|c| c.label == "description" && c.value == "Projet démo"));

    let projects: Vec<String> = api.get("/cloud/project").await.unwrap();
    assert_eq!(projects, vec![detail.domain.clone()]);
    let project: Project = api.get(&format!("/cloud/project/{}", detail.domain)).await.unwrap();
    assert_eq!((project.description.as_deref(), project.status.as_str()), (Some("Projet démo"), "ok"));
    assert_eq!(project.order_id, Some(order_id));
    let _: serde_json::Value = api
        .put(&format!("/cloud/project/{}", detail.domain), &ProjectUpdate { description: Some("renamed".into()) })
        .await
        .unwrap();
    let project: Project = api.get(&format!("/cloud/project/{}", detail.domain)).await.unwrap();
    assert_eq!(project.description.as_deref(), Some("renamed"));
    let missing = api.get::<Project>("/cloud/project/0123456789ab4cdef0123456789abcde").await.unwrap_err();
    assert_eq!((missing.status, missing.message.as_str()), (Some(404), "This service does not exist"));
    let cloud_orders: Vec<CloudOrder> = api.get("/cloud/order?planCode=project.2018").await.unwrap();
    assert_eq!(cloud_orders[0].service_name.as_deref(), Some(detail.domain.as_str()));
    assert_eq!(cloud_orders[0].status, "delivered");
    sandbox.shutdown().await;
}

#[tokio::test]
async fn cart_items_configurations_options_and_coupons() {
    let sandbox = start(quick()).await;
    let api = demo(&sandbox);
    let (cart, item) = cart_with_project(&api, "FR").await;
    let c = &cart.cart_id;

    let updated: Cart = api
        .put(&format!("/order/cart/{c}"), &CartUpdate { description: Some("renamed".into()), expire: None })
        .await
        .unwrap();
    assert_eq!(updated.description, "renamed");
    let bad = api
        .put::<_, Cart>(&format!("/order/cart/{c}"), &CartUpdate { description: None, expire: Some("tomorrow".into()) })
        .await
        .unwrap_err();
    assert_eq!(bad.status, Some(400));

    let options: Vec<OptionOffer> =
        api.get(&format!("/order/cart/{c}/cloud/options?planCode=project.2018")).await.unwrap();
    assert_eq!(
        (options[0].offer.plan_code.as_str(), options[0].family.as_str()),
        ("certification.hds.2018", "certification-hds")
    );
    let missing = api.get::<Vec<OptionOffer>>(&format!("/order/cart/{c}/cloud/options")).await.unwrap_err();
    assert_eq!(missing.status, Some(400));
    let option = OptionCreation {
        duration: "P1M".into(),
        item_id: item.item_id,
        plan_code: "certification.hds.2018".into(),
        pricing_mode: "default".into(),
        quantity: 1,
    };
    let hds: Item = api.post(&format!("/order/cart/{c}/cloud/options"), &option).await.unwrap();
    assert_eq!(hds.parent_item_id, Some(item.item_id));
    let parent: Item = api.get(&format!("/order/cart/{c}/item/{}", item.item_id)).await.unwrap();
    assert_eq!(parent.options, vec![hds.item_id]);

    let bad_quantity = api
        .put::<_, Item>(
            &format!("/order/cart/{c}/item/{}", item.item_id),
            &ItemUpdate { duration: None, quantity: Some(3) },
        )
        .await
        .unwrap_err();
    assert_eq!(bad_quantity.status, Some(400));
    let same: Item = api
        .put(
            &format!("/order/cart/{c}/item/{}", item.item_id),
            &ItemUpdate { duration: Some("P1M".into()), quantity: None },
        )
        .await
        .unwrap();
    assert_eq!(same.settings.quantity, Some(1));

    let voucher = configure(&api, &cart, &item, "voucher", "WELCOME50").await.unwrap();
    let dup = configure(&api, &cart, &item, "voucher", "CLOUD200").await.unwrap_err();
    assert_eq!(dup.message, "Custom field voucher is duplicated for product project.2018");
    let unknown_label = configure(&api, &cart, &item, "colour", "blue").await.unwrap_err();
    assert_eq!(unknown_label.status, Some(400));
    let _: serde_json::Value =
        api.delete(&format!("/order/cart/{c}/item/{}/configuration/{voucher}", item.item_id)).await.unwrap();
    let gone = api
        .get::<ConfigurationItem>(&format!("/order/cart/{c}/item/{}/configuration/{voucher}", item.item_id))
        .await
        .unwrap_err();
    assert_eq!(gone.status, Some(404));

    let coupons: Vec<String> =
        api.post(&format!("/order/cart/{c}/coupon"), &CouponCreation { coupon: "welcome50".into() }).await.unwrap();
    assert_eq!(coupons, vec!["WELCOME50"]);
    let refused =
        api.post::<_, Vec<String>>(&format!("/order/cart/{c}/coupon"), &CouponCreation { coupon: "NOPE".into() }).await;
    assert_eq!(refused.unwrap_err().status, Some(400));
    let _: serde_json::Value = api.delete(&format!("/order/cart/{c}/coupon?coupon=WELCOME50")).await.unwrap();
    let listed: Vec<String> = api.get(&format!("/order/cart/{c}/coupon")).await.unwrap();
    assert!(listed.is_empty());

    let _: serde_json::Value = api.delete(&format!("/order/cart/{c}/item/{}", item.item_id)).await.unwrap();
    let items: Vec<i64> = api.get(&format!("/order/cart/{c}/item")).await.unwrap();
    assert!(items.is_empty(), "the option went with its item");
    let empty = api.get::<Order>(&format!("/order/cart/{c}/checkout")).await.unwrap_err();
    assert_eq!(empty.status, Some(400));

    let wrong_plan = ProductCreation {
        duration: "P1M".into(),
        plan_code: "project".into(),
        pricing_mode: "default".into(),
        quantity: 1,
    };
    let refused = api.post::<_, Item>(&format!("/order/cart/{c}/cloud"), &wrong_plan).await.unwrap_err();
    assert_eq!(refused.status, Some(400));

    let _: serde_json::Value = api.delete(&format!("/order/cart/{c}")).await.unwrap();
    let deleted = api.get::<Cart>(&format!("/order/cart/{c}")).await.unwrap_err();
    assert_eq!((deleted.kind, deleted.status), (ErrorKind::CartNotFound, Some(404)));
    sandbox.shutdown().await;
}

/// As Terraform does: a project with no configuration at all is quoted and ordered (the
/// real API does not require `description`).
#[tokio::test]
async fn a_project_without_a_description_is_ordered_as_terraform_does() {
    let sandbox = start(quick()).await;
    let api = demo(&sandbox);
    let (cart, _) = cart_with_project(&api, "FR").await;
    let quote: Order = api.get(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
    assert_eq!(quote.order_id, None);
    let order: Order = api.post_empty(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
    let orders: Vec<i64> = api.get("/me/order").await.unwrap();
    assert_eq!(orders, vec![order.order_id.unwrap()]);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn vouchers_are_stored_then_checked() {
    let options = SandboxOptions { plan_price_cents: 1_000, ..quick() };
    let sandbox = start(options).await;
    let api = demo(&sandbox);

    let (cart, item) = cart_with_project(&api, "FR").await;
    configure(&api, &cart, &item, "description", "with voucher").await.unwrap();
    configure(&api, &cart, &item, "voucher", "WELCOME50").await.unwrap();
    let quote: Order = api.get(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
    let reduction = &quote.details[0].reductions[0];
    assert_eq!((reduction.context.as_str(), reduction.value.text.as_str()), ("voucher", "50.00 €"));
    assert_eq!(quote.prices.original_without_tax.as_ref().map(|p| p.text.as_str()), Some("10.00 €"));
    assert_eq!(quote.prices.reduction.as_ref().map(|p| p.text.as_str()), Some("10.00 €"));
    assert!(quote.prices.with_tax.is_zero());

    for (code, message) in [
        ("EXPIRED2020", "The voucher EXPIRED2020 has expired (VOUCHER_EXPIRED)"),
        ("NOTAVOUCHER", "The voucher NOTAVOUCHER is not valid (VOUCHER_INVALID)"),
    ] {
        let (cart, item) = cart_with_project(&api, "FR").await;
        configure(&api, &cart, &item, "description", "x").await.unwrap();
        configure(&api, &cart, &item, "voucher", code).await.expect("accepted as a configuration");
        let quote = api.get::<Order>(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap_err();
        assert_eq!((quote.status, quote.message.as_str()), (Some(400), message));
        let order = api.post_empty::<Order>(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap_err();
        assert_eq!((order.status, order.message.as_str()), (Some(400), message));
        let eligibility = api.get::<Eligibility>(&format!("/cloud/eligibility?voucher={code}")).await.unwrap_err();
        assert_eq!((eligibility.status, eligibility.message.as_str()), (Some(400), message));
    }
    let eligibility: Eligibility = api.get("/cloud/eligibility?voucher=CLOUD200").await.unwrap();
    let voucher = eligibility.voucher.unwrap();
    assert_eq!((voucher.credit.text.as_str(), voucher.payment_method_required), ("200.00 €", true));
    let eligibility: Eligibility = api.get("/cloud/eligibility").await.unwrap();
    assert_eq!(eligibility.actions_required, Some(vec![]));

    // The other account has no payment method: CLOUD200 needs one.
    let other = other(&sandbox);
    let (cart, item) = cart_with_project(&other, "GB").await;
    configure(&other, &cart, &item, "description", "x").await.unwrap();
    configure(&other, &cart, &item, "voucher", "CLOUD200").await.unwrap();
    let refused = other.get::<Order>(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap_err();
    assert_eq!(
        refused.message,
        "The voucher CLOUD200 needs a valid payment method on the account (VOUCHER_PAYMENT_MEAN)"
    );
    let eligibility: Eligibility = other.get("/cloud/eligibility").await.unwrap();
    assert_eq!(eligibility.actions_required, Some(vec!["addPaymentMethod".to_owned()]));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_checked_out_cart_is_read_only() {
    let sandbox = start(quick()).await;
    let api = demo(&sandbox);
    let (cart, item) = cart_with_project(&api, "FR").await;
    configure(&api, &cart, &item, "description", "x").await.unwrap();
    let _: Order = api.post_empty(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
    let refused = configure(&api, &cart, &item, "voucher", "WELCOME50").await.unwrap_err();
    assert_eq!((refused.status, refused.class.as_deref()), (Some(403), Some("Client::Forbidden")));
    assert!(refused.message.contains("read-only"), "{}", refused.message);
    let again = api.post_empty::<Order>(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap_err();
    assert_eq!(again.status, Some(403));
    let product = ProductCreation {
        duration: "P1M".into(),
        plan_code: "project.2018".into(),
        pricing_mode: "default".into(),
        quantity: 1,
    };
    let add = api.post::<_, Item>(&format!("/order/cart/{}/cloud", cart.cart_id), &product).await.unwrap_err();
    assert_eq!(add.status, Some(403));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn another_accounts_cart_and_orders_are_off_limits() {
    let sandbox = start(quick()).await;
    let (api, intruder) = (demo(&sandbox), other(&sandbox));
    let (cart, item) = cart_with_project(&api, "FR").await;
    configure(&api, &cart, &item, "description", "mine").await.unwrap();
    let c = &cart.cart_id;
    for error in [
        intruder.post_empty::<Order>(&format!("/order/cart/{c}/checkout")).await.unwrap_err(),
        intruder.get::<Order>(&format!("/order/cart/{c}/checkout")).await.unwrap_err(),
        intruder.post_empty::<serde_json::Value>(&format!("/order/cart/{c}/assign")).await.unwrap_err(),
        intruder.delete::<serde_json::Value>(&format!("/order/cart/{c}")).await.unwrap_err(),
    ] {
        assert_eq!(
            (error.status, error.class.as_deref(), error.message.as_str()),
            (Some(403), Some("Client::Forbidden"), "You are not allowed")
        );
    }
    let theirs: Vec<String> = intruder.get("/order/cart").await.unwrap();
    assert!(theirs.is_empty());
    // Assigning again to the owner is fine.
    let _: serde_json::Value = api.post_empty(&format!("/order/cart/{c}/assign")).await.unwrap();
    let order: Order = api.post_empty(&format!("/order/cart/{c}/checkout")).await.unwrap();
    let id = order.order_id.unwrap();
    let hidden = intruder.get::<BillingOrder>(&format!("/me/order/{id}")).await.unwrap_err();
    assert_eq!(hidden.status, Some(404));
    let me: Me = intruder.get("/me").await.unwrap();
    assert_eq!((me.nichandle.as_str(), me.ovh_subsidiary.as_str()), (accounts::OTHER_ACCOUNT, "GB"));
    let me: Me = api.get("/me").await.unwrap();
    assert_eq!((me.nichandle.as_str(), me.ovh_subsidiary.as_str()), (accounts::DEMO_ACCOUNT, "FR"));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn expired_carts_disappear() {
    let options = SandboxOptions { cart_ttl: Duration::from_secs(1), ..quick() };
    let sandbox = start(options).await;
    let api = demo(&sandbox);
    let (cart, _) = cart_with_project(&api, "FR").await;
    let listed: Vec<String> = api.get("/order/cart").await.unwrap();
    assert_eq!(listed.len(), 1);
    tokio::time::sleep(Duration::from_millis(1_300)).await;
    let gone = api.get::<Cart>(&format!("/order/cart/{}", cart.cart_id)).await.unwrap_err();
    assert_eq!((gone.status, gone.kind), (Some(404), ErrorKind::CartNotFound));
    assert!(gone.message.contains(&cart.cart_id));
    let items = api.get::<Vec<i64>>(&format!("/order/cart/{}/item", cart.cart_id)).await.unwrap_err();
    assert_eq!(items.status, Some(404));
    let listed: Vec<String> = api.get("/order/cart").await.unwrap();
    assert!(listed.is_empty());
    // An explicit expire in the past gives a cart that is already gone.
    let creation = CartCreation {
        ovh_subsidiary: "FR".into(),
        description: None,
        expire: Some("2020-01-01T00:00:00+00:00".into()),
    };
    let old: Cart = api.post("/order/cart", &creation).await.unwrap();
    assert_eq!(api.get::<Cart>(&format!("/order/cart/{}", old.cart_id)).await.unwrap_err().status, Some(404));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn prices_taxes_and_names_follow_the_subsidiary() {
    let options = SandboxOptions { plan_price_cents: 999, ..quick() };
    let sandbox = start(options).await;
    let api = demo(&sandbox);
    let cases = [
        ("FR", "project.2018", "Projet Public Cloud", "EUR", "9.99 €", "2.00 €", "11.99 €"),
        ("DE", "project.2018", "Public Cloud Projekt", "EUR", "9,99 €", "1,90 €", "11,89 €"),
        ("ES", "project.2018", "Proyecto de Public Cloud", "EUR", "9,99 €", "2,10 €", "12,09 €"),
        ("IT", "project.2018", "Progetto Public Cloud", "EUR", "9,99 €", "2,20 €", "12,19 €"),
        ("GB", "project.2018", "Public Cloud Project", "GBP", "£9.99", "£2.00", "£11.99"),
        ("PL", "project.2018", "Projekt Public Cloud", "PLN", "9,99 zł", "2,30 zł", "12,29 zł"),
        ("FI", "project.2018", "Public Cloud -projekti", "EUR", "9,99 €", "2,55 €", "12,54 €"),
        ("QC", "project.2018", "Projet Public Cloud", "CAD", "9,99 $", "1,50 $", "11,49 $"),
        ("US", "project", "Public Cloud Project", "USD", "$9.99", "$0.00", "$9.99"),
    ];
    for (sub, plan, name, currency, without, tax, with) in cases {
        let (cart, item) = cart_with_project(&api, sub).await;
        let offers: Vec<ProductOffer> = api.get(&format!("/order/cart/{}/cloud", cart.cart_id)).await.unwrap();
        assert_eq!((offers[0].plan_code.as_str(), offers[0].product_name.as_str()), (plan, name), "{sub}");
        assert_eq!(offers[0].prices[0].price_in_ucents, 999_000_000);
        configure(&api, &cart, &item, "description", "p").await.unwrap();
        let quote: Order = api.get(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
        let p = &quote.prices;
        assert_eq!(p.with_tax.currency_code, currency, "{sub}");
        assert_eq!(
            (p.without_tax.text.as_str(), p.tax.text.as_str(), p.with_tax.text.as_str()),
            (without, tax, with),
            "{sub}"
        );
        assert_eq!(quote.contracts.len(), 2);
    }
    sandbox.shutdown().await;
}

#[tokio::test]
async fn auto_pay_fidelity_account_and_the_pay_page() {
    let sandbox = start(SandboxOptions { delivery: Duration::from_secs(60), ..quick() }).await;
    let api = demo(&sandbox);
    let order_of = |auto: bool| {
        let api = api.clone();
        async move {
            let (cart, item) = cart_with_project(&api, "FR").await;
            configure(&api, &cart, &item, "description", "p").await.unwrap();
            let body =
                CheckoutRequest { auto_pay_with_preferred_payment_method: Some(auto), waive_retractation_period: None };
            let order: Order = api.post(&format!("/order/cart/{}/checkout", cart.cart_id), &body).await.unwrap();
            order
        }
    };
    let auto = order_of(true).await;
    let status: OrderStatus = api.get(&format!("/me/order/{}/status", auto.order_id.unwrap())).await.unwrap();
    assert_eq!(status, OrderStatus::Checking);
    let billing: BillingOrder = api.get(&format!("/me/order/{}", auto.order_id.unwrap())).await.unwrap();
    assert!(billing.retraction_date.is_some(), "no waiver, so a withdrawal date");

    let free = order_of(false).await;
    let id = free.order_id.unwrap();
    let body = PayWithRegisteredPaymentMean { payment_mean: "fidelityAccount".into(), payment_mean_id: None };
    let _: serde_json::Value = api.post(&format!("/me/order/{id}/payWithRegisteredPaymentMean"), &body).await.unwrap();
    let status: OrderStatus = api.get(&format!("/me/order/{id}/status")).await.unwrap();
    assert_eq!(status, OrderStatus::Checking);
    let _: serde_json::Value = api.post_empty(&format!("/me/order/{id}/waiveRetraction")).await.unwrap();
    let billing: BillingOrder = api.get(&format!("/me/order/{id}")).await.unwrap();
    assert_eq!(billing.retraction_date, None);

    let page = order_of(false).await;
    let url = page.url.unwrap();
    let answer = raw("GET", &url, None, Sign::None).await;
    assert_eq!(answer.status, 200);
    assert!(answer.body.contains("Order paid"));
    let status: OrderStatus = api.get(&format!("/me/order/{}/status", page.order_id.unwrap())).await.unwrap();
    assert_eq!(status, OrderStatus::Checking);

    let from: Vec<i64> = api.get("/me/order?date.from=2000-01-01").await.unwrap();
    assert_eq!(from.len(), 3);
    let to: Vec<i64> = api.get("/me/order?date.to=2000-01-01T00:00:00%2B00:00").await.unwrap();
    assert!(to.is_empty());
    let bad = api.get::<Vec<i64>>("/me/order?date.from=yesterday").await.unwrap_err();
    assert_eq!(bad.status, Some(400));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn fidelity_account_only_pays_free_orders() {
    let sandbox = start(SandboxOptions { plan_price_cents: 500, ..quick() }).await;
    let api = demo(&sandbox);
    let (cart, item) = cart_with_project(&api, "FR").await;
    configure(&api, &cart, &item, "description", "p").await.unwrap();
    let order: Order = api.post_empty(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
    let id = order.order_id.unwrap();
    let body = PayWithRegisteredPaymentMean { payment_mean: "fidelityAccount".into(), payment_mean_id: None };
    let refused = api
        .post::<_, serde_json::Value>(&format!("/me/order/{id}/payWithRegisteredPaymentMean"), &body)
        .await
        .unwrap_err();
    assert_eq!(
        (refused.status, refused.message.as_str()),
        (Some(403), "This order can't be paid with 'fidelityAccount'")
    );
    let unknown = PayWithPaymentMethod { payment_method: PaymentMethodRef { id: 1 } };
    let refused = api.post::<_, serde_json::Value>(&format!("/me/order/{id}/pay"), &unknown).await.unwrap_err();
    assert_eq!(refused.status, Some(404));
    sandbox.shutdown().await;
}

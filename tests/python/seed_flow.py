"""The seed's Public Cloud order flow, run with the official python-ovh client against
an ovhcart sandbox. The library is used unchanged: python-ovh only knows its seven
endpoint names, so the sandbox URL is registered under a new name in its ENDPOINTS table.

Usage: seed_flow.py flow|hds|wrong-secret   (reads OVH_ENDPOINT, OVH_APPLICATION_KEY,
OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, as printed by `ovhcart sandbox`)
"""

import os
import sys

import ovh
import ovh.client


def client(secret):
    ovh.client.ENDPOINTS["ovhcart-sandbox"] = os.environ["OVH_ENDPOINT"]
    return ovh.Client(
        endpoint="ovhcart-sandbox",
        application_key=os.environ["OVH_APPLICATION_KEY"],
        application_secret=secret,
        consumer_key=os.environ["OVH_CONSUMER_KEY"],
    )


def cart_with_project(c):
    """A new cart, assigned to the account, holding a project.2018 item at its renew price:
    the guide's first steps. Returns the cart id and the item."""
    cart_id = c.post("/order/cart", ovhSubsidiary="FR")["cartId"]
    c.post("/order/cart/%s/assign" % cart_id)
    offers = c.get("/order/cart/%s/cloud" % cart_id)
    offer = next(o for o in offers if o["planCode"] == "project.2018")
    price = next(p for p in offer["prices"] if "renew" in p["capacities"])
    item = c.post(
        "/order/cart/%s/cloud" % cart_id,
        duration=price["duration"],
        planCode=offer["planCode"],
        pricingMode=price["pricingMode"],
        quantity=1,
    )
    return cart_id, item


def flow():
    c = client(os.environ["OVH_APPLICATION_SECRET"])
    cart_id, item = cart_with_project(c)
    item_id = item["itemId"]
    required = c.get("/order/cart/%s/item/%s/requiredConfiguration" % (cart_id, item_id))
    assert any(r["label"] == "description" for r in required), required
    c.post(
        "/order/cart/%s/item/%s/configuration" % (cart_id, item_id),
        label="description",
        value="Projet d\u00e9mo python-ovh",
    )
    quote = c.get("/order/cart/%s/checkout" % cart_id)
    assert quote["orderId"] is None, quote
    order = c.post(
        "/order/cart/%s/checkout" % cart_id,
        autoPayWithPreferredPaymentMethod=False,
        waiveRetractationPeriod=True,
    )
    print("ORDER_ID=%d" % order["orderId"])


def hds():
    """The HDS certification option added to the project item, as the Control Panel does,
    then removed by deleting its item."""
    c = client(os.environ["OVH_APPLICATION_SECRET"])
    cart_id, project = cart_with_project(c)
    options = c.get("/order/cart/%s/cloud/options" % cart_id, planCode="project.2018")
    option = next(
        o for o in options if o["planCode"] == "certification.hds.2018" and o["family"] == "certification-hds"
    )
    renew = next(p for p in option["prices"] if "renew" in p["capacities"])
    assert renew["price"]["value"] > 0, renew

    def add_option(to_item_id):
        return c.post(
            "/order/cart/%s/cloud/options" % cart_id,
            duration=renew["duration"],
            itemId=to_item_id,
            planCode=option["planCode"],
            pricingMode=renew["pricingMode"],
            quantity=1,
        )

    item = add_option(project["itemId"])
    assert item["parentItemId"] == project["itemId"], item
    assert item["settings"]["planCode"] == "certification.hds.2018", item
    quote = c.get("/order/cart/%s/checkout" % cart_id)
    assert any("HDS" in d["description"] for d in quote["details"]), quote["details"]
    try:
        add_option(item["itemId"])
        raise SystemExit("an option on an option item was accepted")
    except ovh.exceptions.BadParametersError as e:
        assert "not a project item" in str(e), e
    c.delete("/order/cart/%s/item/%s" % (cart_id, item["itemId"]))
    assert c.get("/order/cart/%s/item" % cart_id) == [project["itemId"]]
    print("HDS_ITEM=%d" % item["itemId"])


def wrong_secret():
    c = client("thisIsNotTheApplicationSecret000")
    try:
        c.post("/order/cart", ovhSubsidiary="FR")
    except ovh.exceptions.BadParametersError as e:
        if "Invalid signature" in str(e):
            print("REFUSED: Invalid signature")
            return
        raise
    raise SystemExit("a wrong application secret was accepted")


if __name__ == "__main__":
    {"flow": flow, "hds": hds, "wrong-secret": wrong_secret}[sys.argv[1]]()

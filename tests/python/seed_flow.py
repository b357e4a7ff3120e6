"""The seed's Public Cloud order flow, run with the official python-ovh client against
an ovhcart sandbox. The library is used unchanged: python-ovh only knows its seven
endpoint names, so the sandbox URL is registered under a new name in its ENDPOINTS table.

Usage: seed_flow.py flow|wrong-secret   (reads OVH_ENDPOINT, OVH_APPLICATION_KEY,
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


def flow():
    c = client(os.environ["OVH_APPLICATION_SECRET"])
    cart = c.post("/order/cart", ovhSubsidiary="FR")
    cart_id = cart["cartId"]
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
    {"flow": flow, "wrong-secret": wrong_secret}[sys.argv[1]]()

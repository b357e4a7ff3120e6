//! Maps a method and an API path (after `/1.0` or `/v1`) to a handler, and says whether
//! the schema marks the operation `noAuthentication`.

use super::auth::Caller;
use super::reply::{Handled, Reply, invalid_url};
use super::state::World;
use super::{account, carts, checkout, cloud, orders};

/// One request, as handlers see it.
pub struct Ctx<'a> {
    pub query: Vec<(String, String)>,
    pub body: &'a [u8],
    /// The `Host` the client used, to build URLs it can follow (validation, payment).
    pub host: &'a str,
    pub caller: Caller,
}

impl Ctx<'_> {
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The caller's account, or 401 for an anonymous call.
    pub fn account(&self) -> Result<&str, Reply> {
        self.caller.account.as_deref().ok_or_else(super::auth::login_first)
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.host)
    }
}

/// A handler with its path parameters already bound.
type Handler = Box<dyn FnOnce(&mut World, &Ctx<'_>) -> Handled + Send>;

/// A matched operation: its handler and whether it may be called unsigned.
pub struct Route {
    pub no_auth: bool,
    handler: Handler,
}

impl Route {
    pub fn run(self, world: &mut World, ctx: &Ctx<'_>) -> Handled {
        (self.handler)(world, ctx)
    }
}

fn open(handler: impl FnOnce(&mut World, &Ctx<'_>) -> Handled + Send + 'static) -> Option<Route> {
    Some(Route { no_auth: true, handler: Box::new(handler) })
}

fn authed(handler: impl FnOnce(&mut World, &Ctx<'_>) -> Handled + Send + 'static) -> Option<Route> {
    Some(Route { no_auth: false, handler: Box::new(handler) })
}

/// Finds the operation for `method` on `path`; `None` is the API's 404 for unknown URLs.
pub fn route(method: &str, path: &str) -> Option<Route> {
    let segments: Vec<String> = path.trim_start_matches('/').split('/').map(str::to_owned).collect();
    let s: Vec<&str> = segments.iter().map(String::as_str).collect();
    let p = segments.clone();
    match (method, s.as_slice()) {
        ("GET", ["auth", "time"]) => open(account::time),
        ("POST", ["auth", "credential"]) => open(account::request_credential),
        ("GET", ["auth", "currentCredential"]) => authed(account::current_credential),

        ("GET", ["order", "cart"]) => authed(carts::list),
        ("POST", ["order", "cart"]) => open(carts::create),
        ("GET", ["order", "cart", _]) => open(move |w, c| carts::get(w, c, &p[2])),
        ("PUT", ["order", "cart", _]) => open(move |w, c| carts::update(w, c, &p[2])),
        ("DELETE", ["order", "cart", _]) => authed(move |w, c| carts::delete(w, c, &p[2])),
        ("POST", ["order", "cart", _, "assign"]) => authed(move |w, c| carts::assign(w, c, &p[2])),
        ("GET", ["order", "cart", _, "cloud"]) => open(move |w, c| carts::offers(w, c, &p[2])),
        ("POST", ["order", "cart", _, "cloud"]) => open(move |w, c| carts::add_product(w, c, &p[2])),
        ("GET", ["order", "cart", _, "cloud", "options"]) => open(move |w, c| carts::options(w, c, &p[2])),
        ("POST", ["order", "cart", _, "cloud", "options"]) => open(move |w, c| carts::add_option(w, c, &p[2])),
        ("GET", ["order", "cart", _, "item"]) => open(move |w, c| carts::items(w, c, &p[2])),
        ("GET", ["order", "cart", _, "item", _]) => open(move |w, c| carts::item(w, c, &p[2], &p[4])),
        ("PUT", ["order", "cart", _, "item", _]) => open(move |w, c| carts::update_item(w, c, &p[2], &p[4])),
        ("DELETE", ["order", "cart", _, "item", _]) => open(move |w, c| carts::delete_item(w, c, &p[2], &p[4])),
        ("GET", ["order", "cart", _, "item", _, "requiredConfiguration"]) => {
            open(move |w, c| carts::required_configuration(w, c, &p[2], &p[4]))
        }
        ("GET", ["order", "cart", _, "item", _, "configuration"]) => {
            open(move |w, c| carts::configurations(w, c, &p[2], &p[4]))
        }
        ("POST", ["order", "cart", _, "item", _, "configuration"]) => {
            open(move |w, c| carts::add_configuration(w, c, &p[2], &p[4]))
        }
        ("GET", ["order", "cart", _, "item", _, "configuration", _]) => {
            open(move |w, c| carts::configuration(w, c, &p[2], &p[4], &p[6]))
        }
        ("DELETE", ["order", "cart", _, "item", _, "configuration", _]) => {
            open(move |w, c| carts::delete_configuration(w, c, &p[2], &p[4], &p[6]))
        }
        ("GET", ["order", "cart", _, "summary"]) => open(move |w, c| checkout::summary(w, c, &p[2])),
        ("GET", ["order", "cart", _, "checkout"]) => authed(move |w, c| checkout::quote(w, c, &p[2])),
        ("POST", ["order", "cart", _, "checkout"]) => authed(move |w, c| checkout::checkout(w, c, &p[2])),
        ("GET", ["order", "cart", _, "coupon"]) => open(move |w, c| carts::coupons(w, c, &p[2])),
        ("POST", ["order", "cart", _, "coupon"]) => open(move |w, c| carts::add_coupon(w, c, &p[2])),
        ("DELETE", ["order", "cart", _, "coupon"]) => open(move |w, c| carts::delete_coupon(w, c, &p[2])),

        ("GET", ["me"]) => authed(account::me),
        ("GET", ["me", "payment", "method"]) => authed(account::payment_methods),
        ("GET", ["me", "payment", "method", _]) => authed(move |w, c| account::payment_method(w, c, &p[3])),
        ("GET", ["me", "order"]) => authed(orders::list),
        ("GET", ["me", "order", _]) => authed(move |w, c| orders::get(w, c, &p[2])),
        ("GET", ["me", "order", _, "status"]) => authed(move |w, c| orders::status_route(w, c, &p[2])),
        ("GET", ["me", "order", _, "details"]) => authed(move |w, c| orders::details(w, c, &p[2])),
        ("GET", ["me", "order", _, "details", _]) => authed(move |w, c| orders::detail(w, c, &p[2], &p[4])),
        ("GET", ["me", "order", _, "details", _, "extension"]) => {
            authed(move |w, c| orders::extension(w, c, &p[2], &p[4]))
        }
        ("GET", ["me", "order", _, "details", _, "operations"]) => {
            authed(move |w, c| orders::operations(w, c, &p[2], &p[4]))
        }
        ("GET", ["me", "order", _, "details", _, "operations", _]) => {
            authed(move |w, c| orders::operation(w, c, &p[2], &p[4], &p[6]))
        }
        ("GET", ["me", "order", _, "followUp"]) => authed(move |w, c| orders::follow_up(w, c, &p[2])),
        ("POST", ["me", "order", _, "pay"]) => authed(move |w, c| orders::pay(w, c, &p[2])),
        ("POST", ["me", "order", _, "payWithRegisteredPaymentMean"]) => {
            authed(move |w, c| orders::pay_with_registered(w, c, &p[2]))
        }
        ("POST", ["me", "order", _, "waiveRetraction"]) => authed(move |w, c| orders::waive_retraction(w, c, &p[2])),

        ("GET", ["cloud", "eligibility"]) => authed(cloud::eligibility),
        ("GET", ["cloud", "project"]) => authed(cloud::projects),
        ("GET", ["cloud", "project", _]) => authed(move |w, c| cloud::project(w, c, &p[2])),
        ("PUT", ["cloud", "project", _]) => authed(move |w, c| cloud::update_project(w, c, &p[2])),
        ("GET", ["cloud", "order"]) => authed(cloud::orders),
        _ => None,
    }
}

/// Answers an unknown URL the way the API does.
pub fn unknown() -> Reply {
    invalid_url()
}

/// Parses a `long` path parameter; anything else names no object.
pub fn long_param(name: &str, raw: &str) -> Result<i64, Reply> {
    raw.parse::<i64>().map_err(|_| super::reply::no_object(name, printable(raw)))
}

/// A request-supplied string made safe to echo in a message.
pub fn printable(raw: &str) -> String {
    raw.chars().filter(|c| !c.is_control()).take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::route;

    #[test]
    fn routes_and_auth_flags() {
        assert!(route("POST", "/order/cart").is_some_and(|r| r.no_auth));
        assert!(route("GET", "/order/cart").is_some_and(|r| !r.no_auth));
        assert!(route("POST", "/order/cart/x/checkout").is_some_and(|r| !r.no_auth));
        assert!(route("GET", "/order/cart/x/item/1/configuration/2").is_some_and(|r| r.no_auth));
        assert!(route("GET", "/me/order/1/details/2/extension").is_some());
        assert!(route("PATCH", "/order/cart").is_none());
        assert!(route("GET", "/nope").is_none());
        assert!(route("GET", "/order/cart/x/").is_none());
    }
}

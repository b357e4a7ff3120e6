//! Request ids: every effect that gets an answer carries a fresh id, and only the latest id
//! of each kind is listened to, so answers to superseded requests are dropped.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReqKind {
    Account,
    Cart,
    Project,
    Description,
    Voucher,
    /// An option added to or removed from the project item.
    Options,
    VoucherCheck,
    Quote,
    Checkout,
    /// Checking again whether a checkout of unknown outcome created an order.
    Recheck,
    Follow,
    /// The cart browser's list, its opened cart, and a deletion of an item or configuration.
    CartList,
    CartDetail,
    CartEdit,
    /// Onboarding: the consumer key's request, the wait for its validation, its saving.
    ConsumerKey,
    Validation,
    SaveCredentials,
    /// Opening an address in the browser. Last: `COUNT` counts up to it.
    Browser,
}

impl ReqKind {
    /// One slot per kind: the last kind's index, plus one.
    const COUNT: usize = ReqKind::Browser as usize + 1;

    fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requests {
    last: u64,
    latest: [u64; ReqKind::COUNT],
}

impl Requests {
    /// A new id for `kind`; any earlier request of that kind is now stale.
    pub fn issue(&mut self, kind: ReqKind) -> u64 {
        self.last += 1;
        self.latest[kind.index()] = self.last;
        self.last
    }

    /// Whether `req` is the latest request of `kind` (and has not been forgotten).
    pub fn is_current(&self, kind: ReqKind, req: u64) -> bool {
        req != 0 && self.latest[kind.index()] == req
    }

    /// Stops listening for the answer to the latest request of `kind`.
    pub fn forget(&mut self, kind: ReqKind) {
        self.latest[kind.index()] = 0;
    }

    /// Whether a request of `kind` is awaited.
    pub fn is_pending(&self, kind: ReqKind) -> bool {
        self.latest[kind.index()] != 0
    }

    /// The answer to the latest request of `kind` arrived: stop waiting for it.
    /// Returns whether `req` was that latest request.
    pub fn settle(&mut self, kind: ReqKind, req: u64) -> bool {
        let current = self.is_current(kind, req);
        if current {
            self.forget(kind);
        }
        current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_latest_request_of_a_kind_is_current() {
        let mut requests = Requests::default();
        let first = requests.issue(ReqKind::Quote);
        let other = requests.issue(ReqKind::Cart);
        let second = requests.issue(ReqKind::Quote);
        assert!(!requests.is_current(ReqKind::Quote, first));
        assert!(requests.is_current(ReqKind::Quote, second));
        assert!(requests.is_current(ReqKind::Cart, other));
        assert!(!requests.is_current(ReqKind::Cart, second));
        assert!(requests.settle(ReqKind::Quote, second));
        assert!(!requests.is_pending(ReqKind::Quote));
        assert!(!requests.settle(ReqKind::Quote, second), "an answer counts once");
        assert!(!requests.is_current(ReqKind::Quote, 0));
    }
}

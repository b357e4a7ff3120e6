//! The embedded OVHcloud order API, on 127.0.0.1.

//! Pure validators, shared by the wizard and the line mode. The rules are the product's
//! (see `api::products`); the core reads them from here.

pub use crate::api::products::{
    NameError, PROJECT_NAME_MAX, VOUCHER_MAX, VoucherError, default_project_name, project_name, voucher_code,
};

//! Where ovhcart finds credentials and the endpoint, as python-ovh and go-ovh do.

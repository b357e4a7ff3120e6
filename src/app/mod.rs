//! The wizard's pure core: state, messages, update, effects. No IO, no terminal, no clock.

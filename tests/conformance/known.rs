//! Cases of the corpus that cannot pass, each with the reason.

/// A case (by its page) that is expected to fail, and why.
pub struct Known {
    pub source: &'static str,
    pub reason: &'static str,
}

pub const FAILURES: &[Known] = &[];

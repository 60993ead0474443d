//! Empty: the test is in `tests/`.

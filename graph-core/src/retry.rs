//! When to send a request again: throttling (`429`), an unavailable or
//! overloaded service (`503`, `504`), `Retry-After`, backoff with jitter.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::header::RETRY_AFTER;
use http::{HeaderMap, Method, StatusCode};

/// Which failed requests to send again, and after how long.
///
/// By default: `429 Too Many Requests`, `503 Service Unavailable` and
/// `504 Gateway Timeout` are retried, at most 5 sends of one request and at
/// most 5 minutes of waiting in all; a `POST` (not idempotent: it may have
/// created something) is retried on `429` only, since the service did not
/// run a throttled request, unless [`retry_post`](Self::retry_post) asks
/// for it. The wait is the response's `Retry-After`, read exactly (`2.128`
/// is 2.128 s, an HTTP date is counted from now); without one it is
/// exponential backoff with full jitter: a random wait between zero and
/// `1 s × 2^(attempt - 1)`, at most 60 s.
///
/// ```
/// use graph_core::retry::{Attempt, RetryDecision, RetryPolicy};
/// use std::time::Duration;
///
/// let policy = RetryPolicy::default();
/// let request = http::Request::get("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices").body(()).unwrap();
/// let throttled = http::Response::builder().status(429).header("Retry-After", "2.128").body(()).unwrap();
/// assert_eq!(
///     policy.decide(&request, &throttled, &Attempt::first()),
///     RetryDecision::Wait(Duration::from_millis(2128)),
/// );
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    statuses: Vec<StatusCode>,
    retry_post: bool,
    max_attempts: u32,
    max_total_wait: Duration,
    base_delay: Duration,
    max_delay: Duration,
    jitter: Jitter,
}

/// A source of random fractions in `[0, 1)` for backoff.
type Jitter = Arc<dyn Fn() -> f64 + Send + Sync>;

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("statuses", &self.statuses)
            .field("retry_post", &self.retry_post)
            .field("max_attempts", &self.max_attempts)
            .field("max_total_wait", &self.max_total_wait)
            .field("base_delay", &self.base_delay)
            .field("max_delay", &self.max_delay)
            .finish_non_exhaustive()
    }
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            statuses: vec![
                StatusCode::TOO_MANY_REQUESTS,
                StatusCode::SERVICE_UNAVAILABLE,
                StatusCode::GATEWAY_TIMEOUT,
            ],
            retry_post: false,
            max_attempts: 5,
            max_total_wait: Duration::from_secs(300),
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            jitter: Arc::new(random_fraction),
        }
    }
}

/// What to do after a failed send: wait this long and send again, or give
/// up and hand the response to the caller.
///
/// ```
/// use graph_core::retry::{GiveUp, RetryDecision};
/// use std::time::Duration;
///
/// assert_ne!(RetryDecision::Wait(Duration::ZERO), RetryDecision::GiveUp(GiveUp::Status));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryDecision {
    /// Wait this long, then send the request again.
    Wait(Duration),
    /// Do not send it again.
    GiveUp(GiveUp),
}

/// Why a request is not sent again.
///
/// ```
/// use graph_core::retry::GiveUp;
/// assert_eq!(GiveUp::Attempts.to_string(), "no attempts left");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum GiveUp {
    /// The status is not one to retry (a success, a `404`, ...).
    Status,
    /// A `POST` answered `503` or `504` may have taken effect.
    NotIdempotent,
    /// The request was sent as many times as allowed.
    Attempts,
    /// Waiting again would pass the cap on the total wait.
    TotalWait,
}

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GiveUp::Status => "the status is not retried",
            GiveUp::NotIdempotent => "a POST is not retried after a server error",
            GiveUp::Attempts => "no attempts left",
            GiveUp::TotalWait => "the total wait would pass its cap",
        })
    }
}

/// Where the retries of one request stand: which send just failed (the
/// first is 1) and how long was waited before it in all.
///
/// ```
/// use graph_core::retry::Attempt;
/// use std::time::Duration;
///
/// let attempt = Attempt::first().next(Duration::from_millis(2128)).next(Duration::from_millis(249));
/// assert_eq!(attempt.number(), 3);
/// assert_eq!(attempt.waited(), Duration::from_millis(2377));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    number: u32,
    waited: Duration,
}

impl Attempt {
    /// The first send.
    ///
    /// ```
    /// assert_eq!(graph_core::retry::Attempt::first().number(), 1);
    /// ```
    pub fn first() -> Attempt {
        Attempt {
            number: 1,
            waited: Duration::ZERO,
        }
    }

    /// The send after waiting `wait`.
    ///
    /// ```
    /// use graph_core::retry::Attempt;
    /// assert_eq!(Attempt::first().next(std::time::Duration::from_secs(1)).number(), 2);
    /// ```
    #[must_use]
    pub fn next(self, wait: Duration) -> Attempt {
        Attempt {
            number: self.number.saturating_add(1),
            waited: self.waited.saturating_add(wait),
        }
    }

    /// The number of this send, from 1.
    ///
    /// ```
    /// assert_eq!(graph_core::retry::Attempt::first().number(), 1);
    /// ```
    pub fn number(&self) -> u32 {
        self.number
    }

    /// The time waited before this send, in all.
    ///
    /// ```
    /// assert!(graph_core::retry::Attempt::first().waited().is_zero());
    /// ```
    pub fn waited(&self) -> Duration {
        self.waited
    }
}

impl Default for Attempt {
    fn default() -> Attempt {
        Attempt::first()
    }
}

impl RetryPolicy {
    /// The default policy (see [`RetryPolicy`]).
    ///
    /// ```
    /// let policy = graph_core::RetryPolicy::new();
    /// assert_eq!(policy.max_attempts_value(), 5);
    /// ```
    pub fn new() -> RetryPolicy {
        RetryPolicy::default()
    }

    /// A policy that never retries: every response goes to the caller.
    ///
    /// ```
    /// use graph_core::retry::{Attempt, GiveUp, RetryDecision, RetryPolicy};
    ///
    /// let request = http::Request::get("https://graph.microsoft.com/v1.0/me").body(()).unwrap();
    /// let throttled = http::Response::builder().status(429).body(()).unwrap();
    /// assert_eq!(
    ///     RetryPolicy::never().decide(&request, &throttled, &Attempt::first()),
    ///     RetryDecision::GiveUp(GiveUp::Attempts),
    /// );
    /// ```
    pub fn never() -> RetryPolicy {
        RetryPolicy::default().max_attempts(1)
    }

    /// The statuses to retry, replacing `429`, `503` and `504`.
    ///
    /// ```
    /// use graph_core::retry::{Attempt, RetryDecision, RetryPolicy};
    /// use http::StatusCode;
    ///
    /// let policy = RetryPolicy::new().statuses([StatusCode::TOO_MANY_REQUESTS, StatusCode::BAD_GATEWAY]).jitter(|| 0.5);
    /// let request = http::Request::get("https://graph.microsoft.com/v1.0/me").body(()).unwrap();
    /// let bad_gateway = http::Response::builder().status(502).body(()).unwrap();
    /// assert_eq!(
    ///     policy.decide(&request, &bad_gateway, &Attempt::first()),
    ///     RetryDecision::Wait(std::time::Duration::from_millis(500)),
    /// );
    /// ```
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = StatusCode>) -> RetryPolicy {
        self.statuses = statuses.into_iter().collect();
        self
    }

    /// Whether a `POST` is retried on a server error (`503`, `504`) too;
    /// only when the caller knows it is safe to repeat (an action that
    /// changes nothing twice, a `$batch` of reads).
    ///
    /// ```
    /// use graph_core::retry::{Attempt, GiveUp, RetryDecision, RetryPolicy};
    ///
    /// let request = http::Request::post("https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories").body(()).unwrap();
    /// let unavailable = http::Response::builder().status(503).header("Retry-After", "3").body(()).unwrap();
    /// assert_eq!(
    ///     RetryPolicy::new().decide(&request, &unavailable, &Attempt::first()),
    ///     RetryDecision::GiveUp(GiveUp::NotIdempotent),
    /// );
    /// assert_eq!(
    ///     RetryPolicy::new().retry_post(true).decide(&request, &unavailable, &Attempt::first()),
    ///     RetryDecision::Wait(std::time::Duration::from_secs(3)),
    /// );
    /// ```
    pub fn retry_post(mut self, retry: bool) -> RetryPolicy {
        self.retry_post = retry;
        self
    }

    /// The most sends of one request, the first included (at least 1).
    ///
    /// ```
    /// assert_eq!(graph_core::RetryPolicy::new().max_attempts(3).max_attempts_value(), 3);
    /// ```
    pub fn max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The most sends of one request, the first included.
    ///
    /// ```
    /// assert_eq!(graph_core::RetryPolicy::new().max_attempts_value(), 5);
    /// ```
    pub fn max_attempts_value(&self) -> u32 {
        self.max_attempts
    }

    /// The most time waited for one request in all; a wait that would pass
    /// it gives up instead.
    ///
    /// ```
    /// use graph_core::retry::{Attempt, GiveUp, RetryDecision, RetryPolicy};
    /// use std::time::Duration;
    ///
    /// let policy = RetryPolicy::new().max_total_wait(Duration::from_secs(10));
    /// let request = http::Request::get("https://graph.microsoft.com/v1.0/me").body(()).unwrap();
    /// let throttled = http::Response::builder().status(429).header("Retry-After", "11").body(()).unwrap();
    /// assert_eq!(policy.decide(&request, &throttled, &Attempt::first()), RetryDecision::GiveUp(GiveUp::TotalWait));
    /// ```
    pub fn max_total_wait(mut self, wait: Duration) -> RetryPolicy {
        self.max_total_wait = wait;
        self
    }

    /// The backoff without `Retry-After`: the wait before the second send is
    /// at most `base`, doubling each time, never more than `max`.
    ///
    /// ```
    /// use graph_core::retry::{Attempt, RetryDecision, RetryPolicy};
    /// use std::time::Duration;
    ///
    /// let policy = RetryPolicy::new().backoff(Duration::from_millis(100), Duration::from_millis(300)).jitter(|| 1.0);
    /// let request = http::Request::get("https://graph.microsoft.com/v1.0/me").body(()).unwrap();
    /// let unavailable = http::Response::builder().status(503).body(()).unwrap();
    /// let third = Attempt::first().next(Duration::ZERO).next(Duration::ZERO);
    /// assert_eq!(policy.decide(&request, &unavailable, &third), RetryDecision::Wait(Duration::from_millis(300)));
    /// ```
    pub fn backoff(mut self, base: Duration, max: Duration) -> RetryPolicy {
        self.base_delay = base;
        self.max_delay = max;
        self
    }

    /// The source of randomness of the backoff: a function returning a
    /// fraction in `[0, 1]` (values outside are clamped). By default a small
    /// generator seeded from the clock; a constant makes waits exact in
    /// tests.
    ///
    /// ```
    /// use graph_core::retry::{Attempt, RetryDecision, RetryPolicy};
    /// use std::time::Duration;
    ///
    /// let policy = RetryPolicy::new().jitter(|| 0.25);
    /// let request = http::Request::get("https://graph.microsoft.com/v1.0/me").body(()).unwrap();
    /// let timeout = http::Response::builder().status(504).body(()).unwrap();
    /// let second = Attempt::first().next(Duration::from_millis(250));
    /// assert_eq!(policy.decide(&request, &timeout, &second), RetryDecision::Wait(Duration::from_millis(500)));
    /// ```
    pub fn jitter(mut self, jitter: impl Fn() -> f64 + Send + Sync + 'static) -> RetryPolicy {
        self.jitter = Arc::new(jitter);
        self
    }

    /// Whether `status` is one this policy retries, for some request.
    ///
    /// ```
    /// use http::StatusCode;
    /// assert!(graph_core::RetryPolicy::new().retries(StatusCode::TOO_MANY_REQUESTS));
    /// assert!(!graph_core::RetryPolicy::new().retries(StatusCode::INTERNAL_SERVER_ERROR));
    /// ```
    pub fn retries(&self, status: StatusCode) -> bool {
        self.statuses.contains(&status)
    }

    /// What to do after `attempt` of `request` got `response`: wait and send
    /// again, or give up. HTTP dates in `Retry-After` count from the system
    /// clock; see [`decide_at`](Self::decide_at).
    ///
    /// ```
    /// use graph_core::retry::{Attempt, GiveUp, RetryDecision, RetryPolicy};
    ///
    /// let request = http::Request::get("https://graph.microsoft.com/v1.0/me").body(()).unwrap();
    /// let not_found = http::Response::builder().status(404).body(()).unwrap();
    /// assert_eq!(
    ///     RetryPolicy::new().decide(&request, &not_found, &Attempt::first()),
    ///     RetryDecision::GiveUp(GiveUp::Status),
    /// );
    /// ```
    pub fn decide<B, R>(
        &self,
        request: &http::Request<B>,
        response: &http::Response<R>,
        attempt: &Attempt,
    ) -> RetryDecision {
        self.decide_at(
            request.method(),
            response.status(),
            response.headers(),
            attempt,
            SystemTime::now(),
        )
    }

    /// [`decide`](Self::decide) from the parts of the request and the
    /// response, with `now` the time an HTTP date in `Retry-After` counts
    /// from.
    ///
    /// ```
    /// use graph_core::retry::{Attempt, RetryDecision, RetryPolicy};
    /// use http::{HeaderMap, Method, StatusCode};
    /// use std::time::{Duration, SystemTime, UNIX_EPOCH};
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap());
    /// let now = UNIX_EPOCH + Duration::from_secs(1_445_412_470); // 07:27:50
    /// assert_eq!(
    ///     RetryPolicy::new().decide_at(&Method::GET, StatusCode::SERVICE_UNAVAILABLE, &headers, &Attempt::first(), now),
    ///     RetryDecision::Wait(Duration::from_secs(10)),
    /// );
    /// ```
    pub fn decide_at(
        &self,
        method: &Method,
        status: StatusCode,
        headers: &HeaderMap,
        attempt: &Attempt,
        now: SystemTime,
    ) -> RetryDecision {
        if !self.retries(status) {
            return RetryDecision::GiveUp(GiveUp::Status);
        }
        if *method == Method::POST && status.is_server_error() && !self.retry_post {
            return RetryDecision::GiveUp(GiveUp::NotIdempotent);
        }
        if attempt.number >= self.max_attempts {
            return RetryDecision::GiveUp(GiveUp::Attempts);
        }
        let wait = retry_after(headers, now).unwrap_or_else(|| self.backoff_wait(attempt.number));
        if attempt.waited.saturating_add(wait) > self.max_total_wait {
            return RetryDecision::GiveUp(GiveUp::TotalWait);
        }
        RetryDecision::Wait(wait)
    }

    /// Full jitter: a random part of `base × 2^(number - 1)`, capped.
    fn backoff_wait(&self, number: u32) -> Duration {
        let doublings = number.saturating_sub(1).min(31);
        let ceiling = self
            .base_delay
            .saturating_mul(1u32 << doublings)
            .min(self.max_delay);
        let fraction = (self.jitter)();
        let fraction = if fraction.is_nan() {
            0.0
        } else {
            fraction.clamp(0.0, 1.0)
        };
        // Whole milliseconds, so that waits print and compare simply.
        let millis = (ceiling.as_secs_f64() * 1000.0 * fraction).round();
        Duration::from_millis(millis as u64)
    }
}

/// The wait that a `Retry-After` header asks for: decimal seconds
/// (`2.128`, `0.249`, `30`) read exactly, or an HTTP date counted from `now`
/// (zero when it has passed). `None` without the header or with a value
/// that is neither.
///
/// ```
/// use graph_core::retry::retry_after;
/// use http::HeaderMap;
/// use std::time::{Duration, SystemTime};
///
/// let mut headers = HeaderMap::new();
/// headers.insert("retry-after", "0.249".parse().unwrap());
/// assert_eq!(retry_after(&headers, SystemTime::now()), Some(Duration::from_millis(249)));
/// headers.insert("retry-after", "soon".parse().unwrap());
/// assert_eq!(retry_after(&headers, SystemTime::now()), None);
/// ```
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Some(wait) = decimal_seconds(value) {
        return Some(wait);
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let at = UNIX_EPOCH.checked_add(Duration::from_secs(u64::try_from(date.timestamp()).ok()?))?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// `2.128` as 2 s and 128 ms, exactly: digits, then optionally a point and
/// up to nine more digits (further digits are below a nanosecond and
/// dropped).
fn decimal_seconds(value: &str) -> Option<Duration> {
    let (whole, fraction) = match value.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (value, ""),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !fraction.bytes().all(|b| b.is_ascii_digit()) || (value.contains('.') && fraction.is_empty()) {
        return None;
    }
    let seconds: u64 = whole.parse().ok()?;
    let mut nanos = 0u32;
    for digit in fraction.bytes().chain(std::iter::repeat(b'0')).take(9) {
        nanos = nanos * 10 + u32::from(digit - b'0');
    }
    Some(Duration::new(seconds, nanos))
}

/// A random fraction in `[0, 1)` from a splitmix64 sequence seeded once
/// from the clock: enough to spread retries, with no dependency.
fn random_fraction() -> f64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let mut seed = STATE.load(Ordering::Relaxed);
    if seed == 0 {
        seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9E37_79B9_7F4A_7C15)
            | 1;
    }
    let state = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    STATE.store(state, Ordering::Relaxed);
    let mut z = state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    // The top 53 bits, as a fraction.
    (z >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

    use super::*;

    fn headers(retry_after: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, retry_after.parse().unwrap());
        headers
    }

    #[test]
    fn retry_after_is_read_exactly() {
        let now = SystemTime::now();
        let cases = [
            ("2.128", Some(Duration::from_millis(2128))),
            ("0.249", Some(Duration::from_millis(249))),
            ("30", Some(Duration::from_secs(30))),
            (" 7 ", Some(Duration::from_secs(7))),
            ("0", Some(Duration::ZERO)),
            ("1.5", Some(Duration::from_millis(1500))),
            ("0.0000000019", Some(Duration::from_nanos(1))),
            ("-1", None),
            ("1.", None),
            (".5", None),
            ("1e3", None),
            ("", None),
            ("later", None),
        ];
        for (value, expected) in cases {
            assert_eq!(retry_after(&headers(value), now), expected, "{value:?}");
        }
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn retry_after_dates_count_from_now() {
        // Wed, 21 Oct 2015 07:28:00 GMT is 1445412480 s after the epoch.
        let date = headers("Wed, 21 Oct 2015 07:28:00 GMT");
        let at = |secs: u64| UNIX_EPOCH + Duration::from_secs(secs);
        assert_eq!(
            retry_after(&date, at(1_445_412_478)),
            Some(Duration::from_secs(2))
        );
        assert_eq!(retry_after(&date, at(1_445_412_480)), Some(Duration::ZERO));
        assert_eq!(retry_after(&date, at(1_445_412_490)), Some(Duration::ZERO));
        let half = at(1_445_412_479) + Duration::from_millis(500);
        assert_eq!(retry_after(&date, half), Some(Duration::from_millis(500)));
    }

    fn decide(
        policy: &RetryPolicy,
        method: Method,
        status: u16,
        retry: Option<&str>,
        attempt: Attempt,
    ) -> RetryDecision {
        let headers = retry.map(headers).unwrap_or_default();
        policy.decide_at(
            &method,
            StatusCode::from_u16(status).unwrap(),
            &headers,
            &attempt,
            UNIX_EPOCH,
        )
    }

    #[test]
    fn statuses_and_methods() {
        let policy = RetryPolicy::new().jitter(|| 0.5);
        let wait = |ms| RetryDecision::Wait(Duration::from_millis(ms));
        let first = Attempt::first();
        assert_eq!(
            decide(&policy, Method::GET, 429, Some("2.128"), first),
            wait(2128)
        );
        assert_eq!(
            decide(&policy, Method::PATCH, 503, Some("0.249"), first),
            wait(249)
        );
        assert_eq!(decide(&policy, Method::DELETE, 504, None, first), wait(500));
        assert_eq!(decide(&policy, Method::POST, 429, Some("1"), first), wait(1000));
        assert_eq!(
            decide(&policy, Method::POST, 503, Some("1"), first),
            RetryDecision::GiveUp(GiveUp::NotIdempotent)
        );
        assert_eq!(
            decide(&policy, Method::POST, 504, None, first),
            RetryDecision::GiveUp(GiveUp::NotIdempotent)
        );
        assert_eq!(
            decide(&policy.clone().retry_post(true), Method::POST, 504, None, first),
            wait(500)
        );
        for status in [200, 201, 204, 400, 401, 404, 409, 412, 500, 502] {
            assert_eq!(
                decide(&policy, Method::GET, status, Some("1"), first),
                RetryDecision::GiveUp(GiveUp::Status),
                "{status}"
            );
        }
    }

    #[test]
    fn backoff_doubles_with_full_jitter_up_to_its_cap() {
        let policy = RetryPolicy::new().max_attempts(20).jitter(|| 1.0);
        let mut attempt = Attempt::first();
        let mut waits = Vec::new();
        let stop = loop {
            match decide(&policy, Method::GET, 503, None, attempt) {
                RetryDecision::Wait(wait) => {
                    waits.push(wait.as_secs());
                    attempt = attempt.next(wait);
                }
                RetryDecision::GiveUp(reason) => break reason,
            }
        };
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
        // A tenth wait of 60 s would pass five minutes of waiting.
        assert_eq!(attempt.waited(), Duration::from_secs(243));
        assert_eq!(stop, GiveUp::TotalWait);

        let none = RetryPolicy::new().jitter(|| 0.0);
        assert_eq!(
            decide(&none, Method::GET, 503, None, Attempt::first()),
            RetryDecision::Wait(Duration::ZERO)
        );
        let odd = RetryPolicy::new().jitter(|| f64::NAN);
        assert_eq!(
            decide(&odd, Method::GET, 503, None, Attempt::first()),
            RetryDecision::Wait(Duration::ZERO)
        );
        let over = RetryPolicy::new().jitter(|| 7.0);
        assert_eq!(
            decide(&over, Method::GET, 503, None, Attempt::first()),
            RetryDecision::Wait(Duration::from_secs(1))
        );
    }

    #[test]
    fn attempts_are_capped() {
        let policy = RetryPolicy::new().max_attempts(3);
        let second = Attempt::first().next(Duration::ZERO);
        assert_eq!(
            decide(&policy, Method::GET, 429, Some("1"), second),
            RetryDecision::Wait(Duration::from_secs(1))
        );
        let third = second.next(Duration::from_secs(1));
        assert_eq!(
            decide(&policy, Method::GET, 429, Some("1"), third),
            RetryDecision::GiveUp(GiveUp::Attempts)
        );
        assert_eq!(RetryPolicy::new().max_attempts(0).max_attempts_value(), 1);
    }

    #[test]
    fn the_total_wait_is_capped() {
        let policy = RetryPolicy::new().max_total_wait(Duration::from_secs(3));
        let waited = Attempt::first().next(Duration::from_millis(872));
        assert_eq!(
            decide(&policy, Method::GET, 429, Some("2.128"), waited),
            RetryDecision::Wait(Duration::from_millis(2128))
        );
        let waited = Attempt::first().next(Duration::from_millis(873));
        assert_eq!(
            decide(&policy, Method::GET, 429, Some("2.128"), waited),
            RetryDecision::GiveUp(GiveUp::TotalWait)
        );
    }

    #[test]
    fn the_default_jitter_stays_in_range_and_varies() {
        let fractions: Vec<f64> = (0..1000).map(|_| random_fraction()).collect();
        assert!(fractions.iter().all(|f| (0.0..1.0).contains(f)));
        let mean = fractions.iter().sum::<f64>() / 1000.0;
        assert!((0.4..0.6).contains(&mean), "{mean}");
        let mut distinct = fractions.clone();
        distinct.sort_by(f64::total_cmp);
        distinct.dedup();
        assert_eq!(distinct.len(), 1000);
    }
}

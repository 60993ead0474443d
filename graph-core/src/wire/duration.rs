//! Edm.Duration: an ISO 8601 day-time duration that keeps its text.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::datetime::{digit, fraction, Edm, Problem, StrVisitor, WireError};

const NANOS_PER_SECOND: u128 = 1_000_000_000;
const NANOS_PER_MINUTE: u128 = 60 * NANOS_PER_SECOND;
const NANOS_PER_HOUR: u128 = 60 * NANOS_PER_MINUTE;
const NANOS_PER_DAY: u128 = 24 * NANOS_PER_HOUR;

/// An Edm.Duration: `[-]P[nD][T[nH][nM][n[.f]S]]`, such as `PT3M29.6631862S`,
/// `-PT17.1357909S` or `P1D`.
///
/// A duration read from text writes that text back: the sign, the components
/// written (`PT60S` stays `PT60S`, `PT0S` stays `PT0S`) and the digits of the
/// fraction (`PT1.50S` stays `PT1.50S`). Only leading zeros (`PT05M` is
/// written `PT5M`) and fraction digits past the ninth (dropped) are not kept.
/// Years, months and weeks are refused: they have no fixed length.
///
/// Comparison, equality and hashing look only at the length, in nanoseconds,
/// so `PT60S == PT1M`. A duration built from a number writes a canonical
/// form: `P1DT2H3M4.5S`, zero components left out, zero as `PT0S`.
///
/// ```
/// use graph_core::Duration;
///
/// let duration: Duration = "PT3M29.6631862S".parse().unwrap();
/// assert_eq!(duration.to_string(), "PT3M29.6631862S");
/// assert_eq!(duration.as_nanos(), 209_663_186_200);
///
/// assert_eq!("PT60S".parse::<Duration>().unwrap(), Duration::from_secs(60));
/// assert_eq!(Duration::from_secs(93_784).to_string(), "P1DT2H3M4S");
/// ```
#[derive(Clone, Copy)]
pub struct Duration {
    /// The length, signed.
    nanos: i128,
    /// How the length is written.
    text: Layout,
}

/// The written form of a [`Duration`]: the sign, which components appear
/// and with what values, and how many fraction digits.
///
/// A component that is not written holds zero.
#[derive(Clone, Copy)]
struct Layout {
    negative: bool,
    /// The components written, one [`Unit::bit`] each.
    written: u8,
    days: u128,
    hours: u128,
    minutes: u128,
    /// Whole seconds.
    seconds: u128,
    /// The fraction of the seconds, in nanoseconds.
    fraction: u32,
    /// Fraction digits written, 0 to 9.
    digits: u8,
}

impl Duration {
    /// The zero duration, written `PT0S`.
    ///
    /// ```
    /// assert_eq!(graph_core::Duration::ZERO.to_string(), "PT0S");
    /// ```
    pub const ZERO: Duration = Duration {
        nanos: 0,
        text: Layout {
            written: Unit::Second.bit(),
            ..Layout::EMPTY
        },
    };

    /// A duration of `nanos` nanoseconds (negative for a negative duration),
    /// written in canonical form.
    ///
    /// ```
    /// use graph_core::Duration;
    ///
    /// assert_eq!(Duration::from_nanos(-17_135_790_900).to_string(), "-PT17.1357909S");
    /// assert_eq!(Duration::from_nanos(86_400_000_000_000).to_string(), "P1D");
    /// ```
    pub fn from_nanos(nanos: i128) -> Self {
        Duration {
            nanos,
            text: Layout::canonical(nanos),
        }
    }

    /// A duration of `secs` seconds, written in canonical form.
    ///
    /// ```
    /// assert_eq!(graph_core::Duration::from_secs(-90).to_string(), "-PT1M30S");
    /// ```
    pub fn from_secs(secs: i64) -> Self {
        Self::from_nanos(i128::from(secs) * 1_000_000_000)
    }

    /// The duration of a [`std::time::Duration`], written in canonical form.
    ///
    /// ```
    /// let duration = graph_core::Duration::from_std(std::time::Duration::from_millis(1500));
    /// assert_eq!(duration.to_string(), "PT1.5S");
    /// ```
    pub fn from_std(duration: std::time::Duration) -> Self {
        // At most about 1.8e28, far below `i128::MAX`.
        let nanos = i128::try_from(duration.as_nanos()).unwrap_or(i128::MAX);
        Self::from_nanos(nanos)
    }

    /// The length in nanoseconds, negative for a negative duration.
    ///
    /// ```
    /// let duration: graph_core::Duration = "-PT1M0.5S".parse().unwrap();
    /// assert_eq!(duration.as_nanos(), -60_500_000_000);
    /// ```
    pub fn as_nanos(&self) -> i128 {
        self.nanos
    }

    /// Whether the duration is shorter than zero (`-PT0S` is not).
    ///
    /// ```
    /// use graph_core::Duration;
    ///
    /// assert!("-PT17.1357909S".parse::<Duration>().unwrap().is_negative());
    /// assert!(!"-PT0S".parse::<Duration>().unwrap().is_negative());
    /// ```
    pub fn is_negative(&self) -> bool {
        self.nanos < 0
    }

    /// The duration as a [`std::time::Duration`]; `None` if it is negative or
    /// too long for one.
    ///
    /// ```
    /// use graph_core::Duration;
    ///
    /// let duration: Duration = "PT1.5S".parse().unwrap();
    /// assert_eq!(duration.to_std(), Some(std::time::Duration::from_millis(1500)));
    /// assert_eq!(Duration::from_secs(-1).to_std(), None);
    /// ```
    pub fn to_std(&self) -> Option<std::time::Duration> {
        let nanos = u128::try_from(self.nanos).ok()?;
        let secs = u64::try_from(nanos / NANOS_PER_SECOND).ok()?;
        let subsec = u32::try_from(nanos % NANOS_PER_SECOND).ok()?;
        Some(std::time::Duration::new(secs, subsec))
    }

    /// The duration as a [`chrono::TimeDelta`]; `None` if it is too long for
    /// one (about 292 million years).
    ///
    /// ```
    /// use chrono::TimeDelta;
    ///
    /// let duration: graph_core::Duration = "-PT1.5S".parse().unwrap();
    /// assert_eq!(duration.to_chrono(), Some(TimeDelta::milliseconds(-1500)));
    /// ```
    pub fn to_chrono(&self) -> Option<chrono::TimeDelta> {
        let whole = i128::try_from(NANOS_PER_SECOND).ok()?;
        let secs = i64::try_from(self.nanos.div_euclid(whole)).ok()?;
        let subsec = u32::try_from(self.nanos.rem_euclid(whole)).ok()?;
        chrono::TimeDelta::new(secs, subsec)
    }
}

impl Layout {
    /// No component written yet.
    const EMPTY: Layout = Layout {
        negative: false,
        written: 0,
        days: 0,
        hours: 0,
        minutes: 0,
        seconds: 0,
        fraction: 0,
        digits: 0,
    };

    /// `P1DT2H3M4.5S`: the components that are not zero, the fraction without
    /// trailing zeros; `PT0S` for zero.
    fn canonical(nanos: i128) -> Self {
        let magnitude = nanos.unsigned_abs();
        // Below one second, so it fits.
        let fraction = u32::try_from(magnitude % NANOS_PER_SECOND).unwrap_or(0);
        let mut text = Layout {
            negative: nanos < 0,
            fraction,
            digits: significant_digits(fraction),
            ..Layout::EMPTY
        };
        text.write(Unit::Day, magnitude / NANOS_PER_DAY);
        text.write(Unit::Hour, magnitude % NANOS_PER_DAY / NANOS_PER_HOUR);
        text.write(Unit::Minute, magnitude % NANOS_PER_HOUR / NANOS_PER_MINUTE);
        text.write(Unit::Second, magnitude % NANOS_PER_MINUTE / NANOS_PER_SECOND);
        if fraction != 0 || text.written == 0 {
            text.written |= Unit::Second.bit();
        }
        text
    }

    /// Writes a component if it is not zero.
    fn write(&mut self, unit: Unit, value: u128) {
        if value != 0 {
            self.set(unit, value);
        }
    }

    fn set(&mut self, unit: Unit, value: u128) {
        self.written |= unit.bit();
        match unit {
            Unit::Day => self.days = value,
            Unit::Hour => self.hours = value,
            Unit::Minute => self.minutes = value,
            Unit::Second => self.seconds = value,
        }
    }

    /// A component's value, if written.
    fn get(&self, unit: Unit) -> Option<u128> {
        let value = match unit {
            Unit::Day => self.days,
            Unit::Hour => self.hours,
            Unit::Minute => self.minutes,
            Unit::Second => self.seconds,
        };
        self.has(unit).then_some(value)
    }

    fn has(&self, unit: Unit) -> bool {
        self.written & unit.bit() != 0
    }

    fn has_time(&self) -> bool {
        self.has(Unit::Hour) || self.has(Unit::Minute) || self.has(Unit::Second)
    }

    /// The length written, or `None` past `i128`.
    fn nanos(&self) -> Option<i128> {
        let parts = [
            (self.days, NANOS_PER_DAY),
            (self.hours, NANOS_PER_HOUR),
            (self.minutes, NANOS_PER_MINUTE),
            (self.seconds, NANOS_PER_SECOND),
        ];
        let mut total = u128::from(self.fraction);
        for (value, unit) in parts {
            total = total.checked_add(value.checked_mul(unit)?)?;
        }
        if self.negative {
            0i128.checked_sub_unsigned(total)
        } else {
            i128::try_from(total).ok()
        }
    }
}

/// Fraction digits needed to write `nanos` without trailing zeros.
fn significant_digits(nanos: u32) -> u8 {
    if nanos == 0 {
        return 0;
    }
    let mut digits = 9;
    let mut rest = nanos;
    while rest.is_multiple_of(10) {
        rest /= 10;
        digits -= 1;
    }
    digits
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

impl FromStr for Duration {
    type Err = WireError;

    /// Reads `[-]P[nD][T[nH][nM][n[.f]S]]`.
    ///
    /// ```
    /// use graph_core::Duration;
    ///
    /// assert_eq!("P1DT2H".parse::<Duration>().unwrap().as_nanos(), 93_600_000_000_000);
    /// assert_eq!(
    ///     "P1Y".parse::<Duration>().unwrap_err().to_string(),
    ///     "invalid Duration `P1Y`: years, months and weeks have no fixed length; use days, hours, minutes and seconds",
    /// );
    /// ```
    fn from_str(input: &str) -> Result<Self, WireError> {
        read(input.as_bytes()).map_err(|problem| WireError::new(Edm::Duration, problem, input))
    }
}

fn read(bytes: &[u8]) -> Result<Duration, Problem> {
    let text = layout(bytes)?;
    let nanos = text.nanos().ok_or(Problem::DurationOverflow)?;
    Ok(Duration { nanos, text })
}

/// The components of a duration, in order; each may appear once.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Day,
    Hour,
    Minute,
    Second,
}

impl Unit {
    /// The unit's flag in [`Layout::written`].
    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

fn layout(bytes: &[u8]) -> Result<Layout, Problem> {
    let (negative, rest) = match bytes {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, bytes),
    };
    let [b'P', after_p @ ..] = rest else {
        return Err(Problem::Syntax);
    };
    let mut rest = after_p;
    let mut text = Layout {
        negative,
        ..Layout::EMPTY
    };
    let mut in_time = false;
    let mut last = None;
    loop {
        match rest {
            [] => break,
            [b'T', tail @ ..] if !in_time => {
                in_time = true;
                rest = tail;
                continue;
            }
            _ => {}
        }
        let (whole, tail) = integer(rest)?;
        let (fraction, tail) = match tail {
            [b'.', tail @ ..] => {
                let (nanos, digits, tail) = fraction(tail).ok_or(Problem::Syntax)?;
                (Some((nanos, digits)), tail)
            }
            _ => (None, tail),
        };
        let [designator, tail @ ..] = tail else {
            return Err(Problem::Syntax);
        };
        let unit = unit(*designator, in_time)?;
        if last >= Some(unit) {
            return Err(Problem::Syntax);
        }
        last = Some(unit);
        match fraction {
            Some((nanos, digits)) if unit == Unit::Second => {
                text.fraction = nanos;
                text.digits = digits;
            }
            Some(_) => return Err(Problem::FractionNotOnSeconds),
            None => {}
        }
        text.set(unit, whole);
        rest = tail;
    }
    match (text.has(Unit::Day), text.has_time()) {
        (false, false) => return Err(Problem::NoComponents),
        (true, false) if in_time => return Err(Problem::EmptyTime),
        _ => {}
    }
    Ok(text)
}

/// The unit a designator letter names, before or after `T`.
fn unit(designator: u8, in_time: bool) -> Result<Unit, Problem> {
    match (in_time, designator) {
        (false, b'D') => Ok(Unit::Day),
        (false, b'Y' | b'M' | b'W') => Err(Problem::CalendarUnit),
        (true, b'H') => Ok(Unit::Hour),
        (true, b'M') => Ok(Unit::Minute),
        (true, b'S') => Ok(Unit::Second),
        _ => Err(Problem::Syntax),
    }
}

/// Leading digits as a number; an error if there are none or too many.
fn integer(bytes: &[u8]) -> Result<(u128, &[u8]), Problem> {
    let mut value = 0u128;
    let mut rest = bytes;
    while let [byte, tail @ ..] = rest {
        let Some(d) = digit(*byte) else { break };
        value = value
            .checked_mul(10)
            .and_then(|value| value.checked_add(u128::from(d)))
            .ok_or(Problem::DurationOverflow)?;
        rest = tail;
    }
    if rest.len() == bytes.len() {
        return Err(Problem::Syntax);
    }
    Ok((value, rest))
}

// ---------------------------------------------------------------------------
// Writing and traits
// ---------------------------------------------------------------------------

impl fmt::Display for Duration {
    /// Writes the duration as read, or in canonical form if built from a
    /// number.
    ///
    /// ```
    /// let duration: graph_core::Duration = "PT1.50S".parse().unwrap();
    /// assert_eq!(duration.to_string(), "PT1.50S");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = &self.text;
        if text.negative {
            f.write_str("-")?;
        }
        f.write_str("P")?;
        if let Some(days) = text.get(Unit::Day) {
            write!(f, "{days}D")?;
        }
        if !text.has_time() {
            return Ok(());
        }
        f.write_str("T")?;
        if let Some(hours) = text.get(Unit::Hour) {
            write!(f, "{hours}H")?;
        }
        if let Some(minutes) = text.get(Unit::Minute) {
            write!(f, "{minutes}M")?;
        }
        if let Some(seconds) = text.get(Unit::Second) {
            write!(f, "{seconds}")?;
            if text.digits > 0 {
                let digits = text.digits.min(9);
                let value = text.fraction / 10u32.pow(u32::from(9 - digits));
                write!(f, ".{value:0width$}", width = usize::from(digits))?;
            }
            f.write_str("S")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Duration {
    /// `Duration(PT3M29.6631862S)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Duration({self})")
    }
}

impl Default for Duration {
    /// [`Duration::ZERO`], written `PT0S`.
    fn default() -> Self {
        Self::ZERO
    }
}

impl PartialEq for Duration {
    fn eq(&self, other: &Self) -> bool {
        self.nanos == other.nanos
    }
}

impl Eq for Duration {}

impl PartialOrd for Duration {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Duration {
    fn cmp(&self, other: &Self) -> Ordering {
        self.nanos.cmp(&other.nanos)
    }
}

impl Hash for Duration {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.nanos.hash(state);
    }
}

impl From<std::time::Duration> for Duration {
    /// Same as [`Duration::from_std`].
    fn from(duration: std::time::Duration) -> Self {
        Self::from_std(duration)
    }
}

impl From<chrono::TimeDelta> for Duration {
    /// The same length, in canonical form.
    ///
    /// ```
    /// let duration = graph_core::Duration::from(chrono::TimeDelta::minutes(-90));
    /// assert_eq!(duration.to_string(), "-PT1H30M");
    /// ```
    fn from(delta: chrono::TimeDelta) -> Self {
        let nanos = i128::from(delta.num_seconds()) * 1_000_000_000 + i128::from(delta.subsec_nanos());
        Self::from_nanos(nanos)
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(StrVisitor {
            expecting: "a Duration string",
            parse: str::parse,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    fn parse(input: &str) -> Duration {
        input.parse().unwrap()
    }

    fn error(input: &str) -> String {
        input.parse::<Duration>().unwrap_err().to_string()
    }

    #[test]
    fn only_durations_below_zero_are_negative() {
        assert!(parse("-PT17.1357909S").is_negative());
        assert!(parse("-P1D").is_negative());
        assert!(!parse("-PT0S").is_negative());
        assert!(!parse("PT0S").is_negative());
        assert!(!parse("PT1S").is_negative());
        assert!(Duration::from_nanos(-1).is_negative());
    }

    #[test]
    fn equality_and_hash_follow_the_length_not_the_text() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};

        fn hash(duration: &Duration) -> u64 {
            let mut hasher = DefaultHasher::new();
            duration.hash(&mut hasher);
            hasher.finish()
        }
        assert_eq!(parse("PT60S"), parse("PT1M"));
        assert_eq!(hash(&parse("PT60S")), hash(&parse("PT1M")));
        assert_ne!(parse("PT1S"), parse("PT2S"));
        assert_ne!(hash(&parse("PT1S")), hash(&parse("PT2S")));
    }

    #[test]
    fn text_round_trips_exactly() {
        for input in [
            "PT3M29.6631862S",
            "-PT17.1357909S",
            "P1D",
            "PT0S",
            "-PT0S",
            "P1DT2H",
            "PT1.50S",
            "PT60S",
            "PT90M",
            "PT25H",
            "P0D",
            "P0DT0H0M0.000S",
            "P1DT2H3M4.5S",
            "PT0.000000001S",
            "P12345678901234567890D",
        ] {
            assert_eq!(parse(input).to_string(), input);
        }
    }

    #[test]
    fn values() {
        assert_eq!(parse("PT3M29.6631862S").as_nanos(), 209_663_186_200);
        assert_eq!(parse("-PT17.1357909S").as_nanos(), -17_135_790_900);
        assert_eq!(parse("P1D").as_nanos(), 86_400_000_000_000);
        assert_eq!(parse("P1DT2H3M4.5S").as_nanos(), 93_784_500_000_000);
        assert_eq!(parse("PT1.123456789S").as_nanos(), 1_123_456_789);
    }

    #[test]
    fn leading_zeros_and_long_fractions_are_normalized() {
        assert_eq!(parse("PT05M").to_string(), "PT5M");
        let long = parse("PT1.1234567891S");
        assert_eq!(long.as_nanos(), 1_123_456_789);
        assert_eq!(long.to_string(), "PT1.123456789S");
    }

    #[test]
    fn equality_is_semantic() {
        assert_eq!(parse("PT60S"), parse("PT1M"));
        assert_eq!(parse("P1D"), parse("PT24H"));
        assert_eq!(parse("PT1.50S"), parse("PT1.5S"));
        assert_eq!(parse("-PT0S"), Duration::ZERO);
        assert!(parse("-PT1S") < parse("PT0S"));
        assert!(parse("PT59S") < parse("PT1M"));
        use std::hash::BuildHasher;
        let state = std::collections::hash_map::RandomState::new();
        assert_eq!(state.hash_one(parse("PT60S")), state.hash_one(parse("PT1M")));
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(Duration::from_nanos(0).to_string(), "PT0S");
        assert_eq!(Duration::default().to_string(), "PT0S");
        assert_eq!(Duration::from_secs(93_784).to_string(), "P1DT2H3M4S");
        assert_eq!(
            Duration::from_nanos(93_784_500_000_000).to_string(),
            "P1DT2H3M4.5S"
        );
        assert_eq!(Duration::from_secs(86_400).to_string(), "P1D");
        assert_eq!(Duration::from_secs(7_200).to_string(), "PT2H");
        assert_eq!(Duration::from_secs(86_401).to_string(), "P1DT1S");
        assert_eq!(Duration::from_nanos(500_000_000).to_string(), "PT0.5S");
        assert_eq!(Duration::from_nanos(-1).to_string(), "-PT0.000000001S");
        assert_eq!(
            Duration::from_nanos(i128::MAX).to_string(),
            "P1969226660422097589487121DT13H41M55.884105727S"
        );
        assert_eq!(
            Duration::from_nanos(i128::MIN).to_string(),
            "-P1969226660422097589487121DT13H41M55.884105728S"
        );
        // The extremes read back.
        for nanos in [i128::MAX, i128::MIN, -1, 1, 0] {
            let duration = Duration::from_nanos(nanos);
            assert_eq!(parse(&duration.to_string()).as_nanos(), nanos);
        }
    }

    #[test]
    fn conversions() {
        let std = std::time::Duration::new(209, 663_186_200);
        assert_eq!(Duration::from_std(std).to_string(), "PT3M29.6631862S");
        assert_eq!(Duration::from(std).to_std(), Some(std));
        assert_eq!(parse("-PT1S").to_std(), None);
        assert_eq!(parse("-PT0S").to_std(), Some(std::time::Duration::ZERO));
        assert_eq!(Duration::from_nanos(i128::MAX).to_std(), None);
        let max = std::time::Duration::MAX;
        assert_eq!(Duration::from_std(max).to_std(), Some(max));

        let delta = chrono::TimeDelta::milliseconds(-1_500);
        assert_eq!(Duration::from(delta).to_string(), "-PT1.5S");
        assert_eq!(parse("-PT1.5S").to_chrono(), Some(delta));
        assert_eq!(parse("P1DT2H").to_chrono(), Some(chrono::TimeDelta::hours(26)));
        assert_eq!(
            Duration::from(chrono::TimeDelta::MIN).to_chrono(),
            Some(chrono::TimeDelta::MIN)
        );
        assert_eq!(
            Duration::from(chrono::TimeDelta::MAX).to_chrono(),
            Some(chrono::TimeDelta::MAX)
        );
        assert_eq!(Duration::from_nanos(i128::MAX).to_chrono(), None);
    }

    #[test]
    fn errors() {
        let syntax = "expected an ISO 8601 duration such as PT3M29.6631862S or -P1DT2H";
        let calendar = "years, months and weeks have no fixed length; use days, hours, minutes and seconds";
        let none = "no components, expected at least one such as PT0S";
        let overflow = "out of range (the total must fit in 128-bit nanoseconds)";
        let cases = [
            ("", syntax),
            ("-", syntax),
            ("1D", syntax),
            ("+P1D", syntax),
            ("p1d", syntax),
            ("P1", syntax),
            ("PD", syntax),
            ("P1H", syntax),
            ("PT1D", syntax),
            ("P1D1D", syntax),
            ("PT1S1M", syntax),
            ("PT1M1M", syntax),
            ("PTT1S", syntax),
            ("PT1HT1M", syntax),
            ("PT.5S", syntax),
            ("PT1.S", syntax),
            ("PT1,5S", syntax),
            ("PT1.2.3S", syntax),
            ("PT1S ", syntax),
            (" PT1S", syntax),
            ("--PT1S", syntax),
            ("P", none),
            ("PT", none),
            ("-P", none),
            ("P1DT", "`T` must be followed by hours, minutes or seconds"),
            ("P1Y", calendar),
            ("P2M", calendar),
            ("P3W", calendar),
            ("P1Y2M3DT4H", calendar),
            ("PT1.5H", "only seconds may have a fraction"),
            ("P1.5D", "only seconds may have a fraction"),
            ("P1234567890123456789012345678901234567890D", overflow),
            ("P1969226660422097589487122D", overflow),
            ("PT170141183460469231731687303715.884105728S", overflow),
            ("-PT170141183460469231731687303715.884105729S", overflow),
        ];
        for (input, problem) in cases {
            assert_eq!(error(input), format!("invalid Duration `{input}`: {problem}"));
        }
        // The largest magnitudes still read.
        assert_eq!(
            parse("PT170141183460469231731687303715.884105727S").as_nanos(),
            i128::MAX
        );
        assert_eq!(
            parse("-PT170141183460469231731687303715.884105728S").as_nanos(),
            i128::MIN
        );
    }

    #[test]
    fn serde() {
        let duration: Duration = serde_json::from_str(r#""-PT17.1357909S""#).unwrap();
        assert_eq!(serde_json::to_string(&duration).unwrap(), r#""-PT17.1357909S""#);
        let values: Vec<Option<Duration>> = serde_json::from_str(r#"["PT1.50S",null,"P1D"]"#).unwrap();
        assert_eq!(
            serde_json::to_string(&values).unwrap(),
            r#"["PT1.50S",null,"P1D"]"#
        );
        assert_eq!(
            serde_json::from_str::<Duration>(r#""P1M""#).unwrap_err().to_string(),
            "invalid Duration `P1M`: years, months and weeks have no fixed length; use days, hours, minutes and seconds at line 1 column 5",
        );
        assert_eq!(
            serde_json::from_str::<Duration>("3.5").unwrap_err().to_string(),
            "invalid type: floating point `3.5`, expected a Duration string at line 1 column 3",
        );
    }

    #[test]
    fn debug_shows_the_text() {
        assert_eq!(format!("{:?}", parse("PT1.50S")), "Duration(PT1.50S)");
    }

    /// Every prefix and many one-byte changes of valid inputs: the parser
    /// returns, never panics.
    #[test]
    fn no_input_panics() {
        let valid = [
            "-P12DT23H59M59.123456789123S",
            "P99999999999999999999999999999999999999999D",
        ];
        let replacements = [
            b'0', b'9', b'P', b'T', b'D', b'H', b'M', b'S', b'Y', b'.', b'-', 0xFF,
        ];
        for input in valid {
            let bytes = input.as_bytes();
            for end in 0..=bytes.len() {
                exercise(&bytes[..end]);
            }
            for index in 0..bytes.len() {
                for replacement in replacements {
                    let mut mutated = bytes.to_vec();
                    mutated[index] = replacement;
                    exercise(&mutated);
                    mutated.remove(index);
                    exercise(&mutated);
                }
            }
        }
    }

    fn exercise(bytes: &[u8]) {
        let _ = read(bytes).map(|duration| duration.to_string());
        let text = String::from_utf8_lossy(bytes);
        if let Ok(duration) = text.parse::<Duration>() {
            assert_eq!(parse(&duration.to_string()), duration);
            let _ = (duration.to_std(), duration.to_chrono());
        }
    }
}

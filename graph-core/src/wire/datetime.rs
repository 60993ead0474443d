//! Edm.DateTimeOffset, Edm.Date and Edm.TimeOfDay on `chrono` types, and
//! [`WireError`], the error of every wire format.
//!
//! Reading is strict RFC 3339 (`2017-01-01T00:02:49.3205976-08:00`), parsed
//! by hand; writing keeps the offset and only the fraction digits the value
//! needs, so what Graph sends is written back byte for byte.

use std::fmt;

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike,
};
use serde::de::{self, Deserializer, Visitor};
use serde::Serializer;

use super::format::WireFormat;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Why a wire value could not be read: a text that is not a valid
/// DateTimeOffset, Date, TimeOfDay or Duration, or invalid base64.
///
/// The message names the Edm type, quotes the input (cut after 100 bytes)
/// and says what was expected:
///
/// ```
/// let error = graph_core::wire::parse_datetime("2017-01-01T00:02:49").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid DateTimeOffset `2017-01-01T00:02:49`: missing offset, expected `Z` or `±HH:MM` after the time",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError {
    edm: Edm,
    problem: Problem,
    input: Box<str>,
}

/// The Edm type a [`WireError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Edm {
    DateTimeOffset,
    Date,
    TimeOfDay,
    Duration,
    Binary,
}

/// What is wrong with the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Problem {
    /// Not the expected shape at all.
    Syntax,
    /// A DateTimeOffset without `Z` or `±HH:MM`.
    MissingOffset,
    Month,
    Day {
        year: i32,
        month: u32,
    },
    Hour,
    Minute,
    Second,
    Offset,
    /// A DateTimeOffset whose year leaves 0000 to 9999 in the time zone of
    /// the field (a `DateTime<Utc>` read from `9999-12-31T23:59:59-01:00`).
    YearInZone,
    /// A Duration with years, months or weeks.
    CalendarUnit,
    /// `P`, `PT` or `-P`.
    NoComponents,
    /// `P1DT`.
    EmptyTime,
    /// `PT1.5H`.
    FractionNotOnSeconds,
    /// A Duration whose total does not fit in an `i128` of nanoseconds.
    DurationOverflow,
    /// A byte outside the base64 alphabet.
    Base64Byte {
        offset: usize,
        byte: u8,
    },
    /// A last group of a single symbol.
    Base64Length {
        symbols: usize,
    },
    /// A last symbol with unused bits set.
    Base64LastSymbol {
        offset: usize,
        byte: u8,
    },
    /// Missing or misplaced `=`.
    Base64Padding,
}

/// Inputs longer than this are cut in messages.
const QUOTE_LIMIT: usize = 100;

impl WireError {
    #[cold]
    pub(super) fn new(edm: Edm, problem: Problem, input: &str) -> Self {
        WireError {
            edm,
            problem,
            input: quote(input).into(),
        }
    }
}

/// The input as quoted in a message: at most [`QUOTE_LIMIT`] bytes, cut on a
/// character boundary and marked with `...`.
fn quote(input: &str) -> String {
    if input.len() <= QUOTE_LIMIT {
        return input.to_owned();
    }
    let cut = (0..=QUOTE_LIMIT)
        .rev()
        .find(|&index| input.is_char_boundary(index))
        .unwrap_or(0);
    format!("{}...", input.get(..cut).unwrap_or_default())
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.edm {
            Edm::DateTimeOffset => "DateTimeOffset",
            Edm::Date => "Date",
            Edm::TimeOfDay => "TimeOfDay",
            Edm::Duration => "Duration",
            Edm::Binary => return write!(f, "invalid base64 in Binary value: {}", self.problem),
        };
        write!(f, "invalid {name} `{}`: ", self.input)?;
        match self.problem {
            Problem::Syntax => f.write_str(expected(self.edm)),
            problem => problem.fmt(f),
        }
    }
}

/// The text of a syntax error for each type.
fn expected(edm: Edm) -> &'static str {
    match edm {
        Edm::DateTimeOffset => "expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00",
        Edm::Date => "expected YYYY-MM-DD such as 2016-12-31",
        Edm::TimeOfDay => "expected HH:MM:SS with an optional fraction such as 11:58:49.3840000",
        Edm::Duration => "expected an ISO 8601 duration such as PT3M29.6631862S or -P1DT2H",
        Edm::Binary => "expected base64",
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Problem::Syntax => f.write_str("invalid syntax"),
            Problem::MissingOffset => f.write_str("missing offset, expected `Z` or `±HH:MM` after the time"),
            Problem::Month => f.write_str("month out of range (01 to 12)"),
            Problem::Day { year, month } => write!(
                f,
                "day out of range (01 to {} in {year:04}-{month:02})",
                days_in_month(year, month)
            ),
            Problem::Hour => f.write_str("hour out of range (00 to 23)"),
            Problem::Minute => f.write_str("minute out of range (00 to 59)"),
            Problem::Second => f.write_str("second out of range (00 to 60)"),
            Problem::Offset => f.write_str("offset out of range (-23:59 to +23:59)"),
            Problem::YearInZone => {
                f.write_str("out of range in the field's time zone (the year leaves 0000 to 9999)")
            }
            Problem::CalendarUnit => f.write_str(
                "years, months and weeks have no fixed length; use days, hours, minutes and seconds",
            ),
            Problem::NoComponents => f.write_str("no components, expected at least one such as PT0S"),
            Problem::EmptyTime => f.write_str("`T` must be followed by hours, minutes or seconds"),
            Problem::FractionNotOnSeconds => f.write_str("only seconds may have a fraction"),
            Problem::DurationOverflow => {
                f.write_str("out of range (the total must fit in 128-bit nanoseconds)")
            }
            Problem::Base64Byte { offset, byte } if byte.is_ascii_graphic() => write!(
                f,
                "unexpected character `{}` at offset {offset}",
                char::from(byte)
            ),
            Problem::Base64Byte { offset, byte } => {
                write!(f, "unexpected byte 0x{byte:02X} at offset {offset}")
            }
            Problem::Base64Length { symbols } => write!(
                f,
                "invalid length ({symbols} symbols, the last group needs 2 to 4)"
            ),
            Problem::Base64LastSymbol { offset, byte } => write!(
                f,
                "non-canonical last character `{}` at offset {offset} (its unused bits must be zero)",
                char::from(byte).escape_default()
            ),
            Problem::Base64Padding => {
                f.write_str("invalid padding (pad with `=` to a multiple of 4 characters)")
            }
        }
    }
}

impl std::error::Error for WireError {}

/// The number of days in a month, for messages.
fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if NaiveDate::from_ymd_opt(year, 2, 29).is_some() => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// ---------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------

/// Reads an Edm.DateTimeOffset: RFC 3339, `YYYY-MM-DDTHH:MM:SS`, an optional
/// fraction of 1 to 9 digits (further digits are checked and dropped), then
/// `Z` or `±HH:MM`. `t` and `z` may be lowercase; second 60 is read as a
/// leap second, as chrono does.
///
/// ```
/// use chrono::{FixedOffset, Timelike};
///
/// let value = graph_core::wire::parse_datetime("2017-01-01T00:02:49.3205976-08:00").unwrap();
/// assert_eq!(value.nanosecond(), 320_597_600);
/// assert_eq!(value.offset(), &FixedOffset::west_opt(8 * 3600).unwrap());
///
/// let error = graph_core::wire::parse_datetime("2017-02-30T00:00:00Z").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid DateTimeOffset `2017-02-30T00:00:00Z`: day out of range (01 to 28 in 2017-02)",
/// );
/// ```
pub fn parse_datetime(input: &str) -> Result<DateTime<FixedOffset>, WireError> {
    read_datetime(input.as_bytes()).map_err(|problem| WireError::new(Edm::DateTimeOffset, problem, input))
}

/// Writes an Edm.DateTimeOffset: `YYYY-MM-DDTHH:MM:SS`, the fraction with
/// as many digits as the value needs (none for whole seconds), then `Z` for
/// a zero offset or `±HH:MM`.
///
/// Years outside 0 to 9999 are written with a sign (`+10000-01-01T...`), as
/// chrono does; an offset with seconds is rounded to the nearest minute.
///
/// ```
/// let value = graph_core::wire::parse_datetime("2017-01-01T00:02:49.3205976-08:00").unwrap();
/// assert_eq!(graph_core::wire::format_datetime(&value), "2017-01-01T00:02:49.3205976-08:00");
///
/// let utc = value.with_timezone(&chrono::Utc);
/// assert_eq!(graph_core::wire::format_datetime(&utc), "2017-01-01T08:02:49.3205976Z");
/// ```
pub fn format_datetime<Tz: TimeZone>(value: &DateTime<Tz>) -> String {
    datetime_text(value).as_str().to_owned()
}

/// Reads an Edm.Date: `YYYY-MM-DD`.
///
/// ```
/// use chrono::NaiveDate;
///
/// let date = graph_core::wire::parse_date("2016-12-31").unwrap();
/// assert_eq!(date, NaiveDate::from_ymd_opt(2016, 12, 31).unwrap());
///
/// let error = graph_core::wire::parse_date("2016-13-01").unwrap_err();
/// assert_eq!(error.to_string(), "invalid Date `2016-13-01`: month out of range (01 to 12)");
/// ```
pub fn parse_date(input: &str) -> Result<NaiveDate, WireError> {
    read_date(input.as_bytes()).map_err(|problem| WireError::new(Edm::Date, problem, input))
}

/// Writes an Edm.Date: `YYYY-MM-DD` (years outside 0 to 9999 with a sign).
///
/// ```
/// use chrono::NaiveDate;
///
/// let date = NaiveDate::from_ymd_opt(2016, 12, 31).unwrap();
/// assert_eq!(graph_core::wire::format_date(&date), "2016-12-31");
/// ```
pub fn format_date(value: &NaiveDate) -> String {
    let mut text = Text::new();
    text.date(*value);
    text.as_str().to_owned()
}

/// Reads an Edm.TimeOfDay: `HH:MM`, `HH:MM:SS` or `HH:MM:SS` with a fraction
/// of 1 to 9 digits (further digits are checked and dropped).
///
/// ```
/// use chrono::NaiveTime;
///
/// let time = graph_core::wire::parse_time("11:58:49.3840000").unwrap();
/// assert_eq!(time, NaiveTime::from_hms_milli_opt(11, 58, 49, 384).unwrap());
/// assert_eq!(graph_core::wire::parse_time("11:58").unwrap(), NaiveTime::from_hms_opt(11, 58, 0).unwrap());
/// ```
pub fn parse_time(input: &str) -> Result<NaiveTime, WireError> {
    read_time(input.as_bytes()).map_err(|problem| WireError::new(Edm::TimeOfDay, problem, input))
}

/// Writes an Edm.TimeOfDay as Graph does: `HH:MM:SS.fffffff`, exactly seven
/// fraction digits, or nine when the value has nanoseconds that seven would
/// lose.
///
/// ```
/// use chrono::NaiveTime;
///
/// let time = NaiveTime::from_hms_milli_opt(11, 58, 49, 384).unwrap();
/// assert_eq!(graph_core::wire::format_time(&time), "11:58:49.3840000");
///
/// let time = NaiveTime::from_hms_nano_opt(11, 58, 49, 123_456_789).unwrap();
/// assert_eq!(graph_core::wire::format_time(&time), "11:58:49.123456789");
/// ```
pub fn format_time(value: &NaiveTime) -> String {
    let mut text = Text::new();
    text.time_of_day(*value);
    text.as_str().to_owned()
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

/// `10^n` for `n` in `0..=9`.
const POWERS_OF_TEN: [u32; 10] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
];

const NANOS_PER_SECOND: u32 = 1_000_000_000;

/// The value of an ASCII digit.
#[inline]
pub(super) fn digit(byte: u8) -> Option<u32> {
    let value = byte.wrapping_sub(b'0');
    (value < 10).then_some(u32::from(value))
}

/// The value of two ASCII digits.
#[inline]
fn two_digits(tens: u8, units: u8) -> Option<u32> {
    Some(digit(tens)? * 10 + digit(units)?)
}

/// The digits of a fraction (after the `.`): the value in nanoseconds, how
/// many digits were kept (at most 9; later ones are checked and dropped),
/// and what follows. `None` if there is no digit.
#[inline]
pub(super) fn fraction(bytes: &[u8]) -> Option<(u32, u8, &[u8])> {
    let mut value = 0u32;
    let mut kept = 0u8;
    let mut rest = bytes;
    while let [byte, tail @ ..] = rest {
        let Some(d) = digit(*byte) else { break };
        if kept < 9 {
            value = value * 10 + d;
            kept += 1;
        }
        rest = tail;
    }
    if kept == 0 {
        return None;
    }
    let scale = POWERS_OF_TEN.get(usize::from(9 - kept)).copied().unwrap_or(1);
    Some((value * scale, kept, rest))
}

/// The fields of a DateTimeOffset, read but not yet checked for range.
struct Fields {
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    nanos: u32,
    /// Sign (`1` or `-1`), hours and minutes.
    offset: (i32, u32, u32),
}

#[inline]
fn read_datetime(bytes: &[u8]) -> Result<DateTime<FixedOffset>, Problem> {
    let fields = datetime_fields(bytes)?;
    let date = make_date(fields.year, fields.month, fields.day)?;
    let time = make_time(fields.hour, fields.minute, fields.second, fields.nanos)?;
    let offset = make_offset(fields.offset)?;
    let utc = NaiveDateTime::new(date, time)
        .checked_sub_offset(offset)
        .ok_or(Problem::Offset)?;
    Ok(DateTime::from_naive_utc_and_offset(utc, offset))
}

/// Checks the shape of a DateTimeOffset and reads its numbers.
#[inline]
fn datetime_fields(bytes: &[u8]) -> Result<Fields, Problem> {
    let [y1, y2, y3, y4, b'-', mo1, mo2, b'-', d1, d2, b'T' | b't', h1, h2, b':', mi1, mi2, b':', s1, s2, rest @ ..] =
        bytes
    else {
        return Err(Problem::Syntax);
    };
    let (nanos, rest) = match rest {
        [b'.', tail @ ..] => {
            let (nanos, _, rest) = fraction(tail).ok_or(Problem::Syntax)?;
            (nanos, rest)
        }
        _ => (0, rest),
    };
    let offset = offset_fields(rest)?;
    let number = |tens, units| two_digits(tens, units).ok_or(Problem::Syntax);
    let century = number(*y1, *y2)?;
    let year = century * 100 + number(*y3, *y4)?;
    Ok(Fields {
        year: i32::try_from(year).map_err(|_| Problem::Syntax)?,
        month: number(*mo1, *mo2)?,
        day: number(*d1, *d2)?,
        hour: number(*h1, *h2)?,
        minute: number(*mi1, *mi2)?,
        second: number(*s1, *s2)?,
        nanos,
        offset,
    })
}

/// Reads `Z`, `z` or `±HH:MM`, the whole of what is left.
#[inline]
fn offset_fields(bytes: &[u8]) -> Result<(i32, u32, u32), Problem> {
    match bytes {
        [b'Z' | b'z'] => Ok((1, 0, 0)),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let sign = if *sign == b'-' { -1 } else { 1 };
            let hours = two_digits(*h1, *h2).ok_or(Problem::Syntax)?;
            let minutes = two_digits(*m1, *m2).ok_or(Problem::Syntax)?;
            Ok((sign, hours, minutes))
        }
        [] => Err(Problem::MissingOffset),
        _ => Err(Problem::Syntax),
    }
}

#[inline]
fn make_offset((sign, hours, minutes): (i32, u32, u32)) -> Result<FixedOffset, Problem> {
    if hours > 23 || minutes > 59 {
        return Err(Problem::Offset);
    }
    let seconds = i32::try_from(hours * 3600 + minutes * 60).map_err(|_| Problem::Offset)?;
    FixedOffset::east_opt(sign * seconds).ok_or(Problem::Offset)
}

#[inline]
fn make_date(year: i32, month: u32, day: u32) -> Result<NaiveDate, Problem> {
    NaiveDate::from_ymd_opt(year, month, day).ok_or(if (1..=12).contains(&month) {
        Problem::Day { year, month }
    } else {
        Problem::Month
    })
}

/// Second 60 becomes second 59 plus a second of nanoseconds: chrono's leap
/// second.
#[inline]
fn make_time(hour: u32, minute: u32, second: u32, nanos: u32) -> Result<NaiveTime, Problem> {
    if hour > 23 {
        return Err(Problem::Hour);
    }
    if minute > 59 {
        return Err(Problem::Minute);
    }
    let (second, nanos) = match second {
        60 => (59, nanos + NANOS_PER_SECOND),
        _ => (second, nanos),
    };
    NaiveTime::from_hms_nano_opt(hour, minute, second, nanos).ok_or(Problem::Second)
}

fn read_date(bytes: &[u8]) -> Result<NaiveDate, Problem> {
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = bytes else {
        return Err(Problem::Syntax);
    };
    let number = |tens, units| two_digits(tens, units).ok_or(Problem::Syntax);
    let century = number(*y1, *y2)?;
    let year = i32::try_from(century * 100 + number(*y3, *y4)?).map_err(|_| Problem::Syntax)?;
    let month = number(*m1, *m2)?;
    let day = number(*d1, *d2)?;
    make_date(year, month, day)
}

fn read_time(bytes: &[u8]) -> Result<NaiveTime, Problem> {
    let [h1, h2, b':', m1, m2, rest @ ..] = bytes else {
        return Err(Problem::Syntax);
    };
    let (second, nanos) = match rest {
        [] => (0, 0),
        [b':', s1, s2, rest @ ..] => {
            let second = two_digits(*s1, *s2).ok_or(Problem::Syntax)?;
            let nanos = match rest {
                [] => 0,
                [b'.', tail @ ..] => match fraction(tail) {
                    Some((nanos, _, [])) => nanos,
                    _ => return Err(Problem::Syntax),
                },
                _ => return Err(Problem::Syntax),
            };
            (second, nanos)
        }
        _ => return Err(Problem::Syntax),
    };
    let hour = two_digits(*h1, *h2).ok_or(Problem::Syntax)?;
    let minute = two_digits(*m1, *m2).ok_or(Problem::Syntax)?;
    make_time(hour, minute, second, nanos)
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

/// The longest text written: a signed seven-digit year, the date and time,
/// nine fraction digits and an offset.
const TEXT_CAPACITY: usize = 40;

/// ASCII text built on the stack.
struct Text {
    bytes: [u8; TEXT_CAPACITY],
    len: usize,
}

impl Text {
    #[inline]
    fn new() -> Self {
        Text {
            bytes: [0; TEXT_CAPACITY],
            len: 0,
        }
    }

    /// Appends bytes; the capacity is enough for every text written, so
    /// nothing is ever dropped.
    #[inline]
    fn extend(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if let Some(slot) = self.bytes.get_mut(self.len..end) {
            slot.copy_from_slice(bytes);
            self.len = end;
        }
    }

    /// A value in at least `width` digits, zero-padded (at most ten).
    fn padded(&mut self, value: u32, width: usize) {
        let mut digits = [b'0'; 10];
        let mut count = 0;
        let mut rest = value;
        for slot in digits.iter_mut().rev() {
            *slot = ascii_digit(rest);
            rest /= 10;
            count += 1;
            if rest == 0 && count >= width {
                break;
            }
        }
        self.extend(digits.get(digits.len() - count..).unwrap_or_default());
    }

    #[inline]
    fn date(&mut self, date: NaiveDate) {
        match u32::try_from(date.year()) {
            Ok(year @ 0..=9999) => self.extend(&[
                ascii_digit(year / 1000),
                ascii_digit(year / 100),
                ascii_digit(year / 10),
                ascii_digit(year),
            ]),
            _ => self.signed_year(date.year()),
        }
        let (month, day) = (date.month(), date.day());
        self.extend(&[b'-', ascii_digit(month / 10), ascii_digit(month), b'-']);
        self.extend(&[ascii_digit(day / 10), ascii_digit(day)]);
    }

    /// A year outside 0 to 9999: a sign and at least four digits.
    #[cold]
    fn signed_year(&mut self, year: i32) {
        self.extend(if year < 0 { b"-" } else { b"+" });
        self.padded(year.unsigned_abs(), 4);
    }

    /// `HH:MM:SS`; returns the nanoseconds left after a leap second.
    #[inline]
    fn hms(&mut self, time: NaiveTime) -> u32 {
        let seconds = time.num_seconds_from_midnight();
        let (hour, minute, mut second) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        let mut nanos = time.nanosecond();
        if nanos >= NANOS_PER_SECOND {
            second += 1;
            nanos -= NANOS_PER_SECOND;
        }
        self.extend(&[
            ascii_digit(hour / 10),
            ascii_digit(hour),
            b':',
            ascii_digit(minute / 10),
            ascii_digit(minute),
            b':',
            ascii_digit(second / 10),
            ascii_digit(second),
        ]);
        nanos
    }

    /// `.` and nine fraction digits, of which the first `width` are kept.
    #[inline]
    fn fraction(&mut self, nanos: u32, width: usize) {
        let mut digits = [b'.'; 10];
        let mut rest = nanos;
        for slot in digits.iter_mut().skip(1).rev() {
            *slot = ascii_digit(rest);
            rest /= 10;
        }
        self.extend(digits.get(..=width).unwrap_or_default());
    }

    /// The fraction without trailing zeros; nothing for zero.
    #[inline]
    fn trimmed_fraction(&mut self, nanos: u32) {
        if nanos == 0 {
            return;
        }
        let mut width = 9;
        let mut rest = nanos;
        while rest.is_multiple_of(10) {
            rest /= 10;
            width -= 1;
        }
        self.fraction(nanos, width);
    }

    /// `Z`, or `±HH:MM` rounded to the minute.
    #[inline]
    fn offset(&mut self, offset: FixedOffset) {
        let seconds = offset.local_minus_utc();
        let minutes = (seconds.unsigned_abs() + 30) / 60;
        if minutes == 0 {
            self.extend(b"Z");
            return;
        }
        let (hours, minutes) = (minutes / 60, minutes % 60);
        self.extend(&[
            if seconds < 0 { b'-' } else { b'+' },
            ascii_digit(hours / 10),
            ascii_digit(hours),
            b':',
            ascii_digit(minutes / 10),
            ascii_digit(minutes),
        ]);
    }

    #[inline]
    fn datetime(&mut self, local: NaiveDateTime, offset: FixedOffset) {
        self.date(local.date());
        self.extend(b"T");
        let nanos = self.hms(local.time());
        self.trimmed_fraction(nanos);
        self.offset(offset);
    }

    /// `HH:MM:SS.fffffff`, or nine digits if seven would lose nanoseconds.
    fn time_of_day(&mut self, time: NaiveTime) {
        let nanos = self.hms(time);
        self.fraction(nanos, if nanos.is_multiple_of(100) { 7 } else { 9 });
    }

    #[inline]
    fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..self.len).unwrap_or_default();
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

/// The ASCII digit of `value % 10`.
#[inline]
fn ascii_digit(value: u32) -> u8 {
    // `value % 10` is below 10, so the cast keeps it whole.
    b'0' + (value % 10) as u8
}

/// Appends a date-time as [`format_datetime`] writes it, without an
/// intermediate `String`.
pub(crate) fn push_datetime<Tz: TimeZone, W: fmt::Write + ?Sized>(out: &mut W, value: &DateTime<Tz>) {
    let _ = out.write_str(datetime_text(value).as_str());
}

/// Appends a date as [`format_date`] writes it, without an intermediate
/// `String`.
pub(crate) fn push_date<W: fmt::Write + ?Sized>(out: &mut W, value: &NaiveDate) {
    let mut text = Text::new();
    text.date(*value);
    let _ = out.write_str(text.as_str());
}

/// Appends a time of day as [`format_time`] writes it, without an
/// intermediate `String`.
pub(crate) fn push_time<W: fmt::Write + ?Sized>(out: &mut W, value: &NaiveTime) {
    let mut text = Text::new();
    text.time_of_day(*value);
    let _ = out.write_str(text.as_str());
}

#[inline]
fn datetime_text<Tz: TimeZone>(value: &DateTime<Tz>) -> Text {
    let mut text = Text::new();
    text.datetime(value.naive_local(), value.offset().fix());
    text
}

// ---------------------------------------------------------------------------
// serde
// ---------------------------------------------------------------------------

/// A visitor that reads a string with a parser; any other JSON type is
/// serde's `invalid type` error with `expecting` as the expectation.
pub(super) struct StrVisitor<T> {
    pub(super) expecting: &'static str,
    pub(super) parse: fn(&str) -> Result<T, WireError>,
}

impl<T> Visitor<'_> for StrVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        (self.parse)(value).map_err(E::custom)
    }
}

/// The error for a value that Graph cannot hold: its text would need a
/// year outside 0000 to 9999, which no reader of RFC 3339 accepts.
#[cold]
fn year_out_of_range<E: serde::ser::Error>(edm: &str, text: &str) -> E {
    E::custom(format_args!(
        "cannot write {edm} `{text}`: the year is out of range (0000 to 9999)"
    ))
}

impl<Tz: TimeZone> WireFormat for DateTime<Tz>
where
    DateTime<Tz>: From<DateTime<FixedOffset>>,
{
    #[inline]
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = datetime_text(self);
        if !(0..=9999).contains(&self.naive_local().year()) {
            return Err(year_out_of_range("DateTimeOffset", text.as_str()));
        }
        serializer.serialize_str(text.as_str())
    }

    #[inline]
    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(StrVisitor {
            expecting: "a DateTimeOffset string",
            parse: parse_into::<Tz>,
        })
    }
}

/// [`parse_datetime`] into another time zone.
fn parse_into<Tz: TimeZone>(input: &str) -> Result<DateTime<Tz>, WireError>
where
    DateTime<Tz>: From<DateTime<FixedOffset>>,
{
    let value = DateTime::<Tz>::from(parse_datetime(input)?);
    if (0..=9999).contains(&value.naive_local().year()) {
        Ok(value)
    } else {
        Err(WireError::new(Edm::DateTimeOffset, Problem::YearInZone, input))
    }
}

impl WireFormat for NaiveDate {
    #[inline]
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut text = Text::new();
        text.date(*self);
        if !(0..=9999).contains(&self.year()) {
            return Err(year_out_of_range("Date", text.as_str()));
        }
        serializer.serialize_str(text.as_str())
    }

    #[inline]
    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(StrVisitor {
            expecting: "a Date string",
            parse: parse_date,
        })
    }
}

impl WireFormat for NaiveTime {
    #[inline]
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut text = Text::new();
        text.time_of_day(*self);
        serializer.serialize_str(text.as_str())
    }

    #[inline]
    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(StrVisitor {
            expecting: "a TimeOfDay string",
            parse: parse_time,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use crate::wire::{Wire, WireSeed};
    use chrono::Utc;
    use serde::de::DeserializeSeed;

    fn datetime_error(input: &str) -> String {
        parse_datetime(input).unwrap_err().to_string()
    }

    fn round_trip(input: &str) -> String {
        format_datetime(&parse_datetime(input).unwrap())
    }

    fn from_json<T: WireFormat>(json: &str) -> Result<T, String> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        WireSeed::<T>::new()
            .deserialize(&mut deserializer)
            .map_err(|error| error.to_string())
    }

    fn to_json<T: WireFormat>(value: &T) -> String {
        serde_json::to_string(&Wire(value)).unwrap()
    }

    #[test]
    fn corpus_values_round_trip_byte_for_byte() {
        for input in [
            "2017-01-01T00:02:49.3205976-08:00",
            "2016-12-31T23:56:44.951111-08:00",
            "2017-01-01T00:00:17.7769392-08:00",
            "2017-01-01T00:02:43.5775965-08:00",
            "2016-12-31T23:59:59Z",
            "2016-12-31T23:59:59.1Z",
            "2016-12-31T23:59:59.000000001+05:30",
            "0000-01-01T00:00:00-23:59",
            "9999-12-31T23:59:59.999999999+23:59",
        ] {
            assert_eq!(round_trip(input), input);
        }
    }

    #[test]
    fn reads_the_value_and_offset() {
        let value = parse_datetime("2017-01-01T00:02:49.3205976-08:00").unwrap();
        let expected = FixedOffset::west_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2017, 1, 1, 0, 2, 49)
            .unwrap()
            .with_nanosecond(320_597_600)
            .unwrap();
        assert_eq!(value, expected);
        assert_eq!(value.offset(), expected.offset());

        let value = parse_datetime("2020-02-29T12:00:00+05:30").unwrap();
        assert_eq!(value.offset().local_minus_utc(), 5 * 3600 + 30 * 60);
        assert_eq!(
            round_trip("2020-02-29T12:00:00+05:30"),
            "2020-02-29T12:00:00+05:30"
        );
    }

    #[test]
    fn a_zero_offset_is_written_z() {
        assert_eq!(round_trip("2017-01-01T00:00:00+00:00"), "2017-01-01T00:00:00Z");
        assert_eq!(round_trip("2017-01-01T00:00:00-00:00"), "2017-01-01T00:00:00Z");
        assert_eq!(round_trip("2017-01-01t00:00:00z"), "2017-01-01T00:00:00Z");
    }

    #[test]
    fn fractions_of_one_to_nine_digits() {
        let cases = [
            ("1", 100_000_000),
            ("12", 120_000_000),
            ("123", 123_000_000),
            ("1234", 123_400_000),
            ("12345", 123_450_000),
            ("123456", 123_456_000),
            ("1234567", 123_456_700),
            ("12345678", 123_456_780),
            ("123456789", 123_456_789),
        ];
        for (digits, nanos) in cases {
            let input = format!("2017-01-01T00:00:00.{digits}Z");
            let value = parse_datetime(&input).unwrap();
            assert_eq!(value.nanosecond(), nanos, "{input}");
            assert_eq!(format_datetime(&value), input);
        }
    }

    #[test]
    fn fraction_digits_past_nine_are_dropped() {
        let value = parse_datetime("2017-01-01T00:00:00.1234567891234Z").unwrap();
        assert_eq!(value.nanosecond(), 123_456_789);
        assert_eq!(format_datetime(&value), "2017-01-01T00:00:00.123456789Z");
    }

    #[test]
    fn trailing_zeros_are_trimmed_when_written() {
        assert_eq!(round_trip("2017-01-01T00:00:00.5000Z"), "2017-01-01T00:00:00.5Z");
        assert_eq!(round_trip("2017-01-01T00:00:00.000Z"), "2017-01-01T00:00:00Z");
    }

    #[test]
    fn leap_seconds_as_chrono_reads_them() {
        let value = parse_datetime("2016-12-31T23:59:60.5Z").unwrap();
        assert_eq!(value.second(), 59);
        assert_eq!(value.nanosecond(), 1_500_000_000);
        assert_eq!(format_datetime(&value), "2016-12-31T23:59:60.5Z");
        assert_eq!(round_trip("2016-12-31T23:59:60Z"), "2016-12-31T23:59:60Z");
    }

    #[test]
    fn utc_values() {
        let value: DateTime<Utc> = from_json(r#""2017-01-01T00:02:49.3205976-08:00""#).unwrap();
        assert_eq!(to_json(&value), r#""2017-01-01T08:02:49.3205976Z""#);
    }

    #[test]
    fn years_outside_four_digits_are_written_with_a_sign() {
        let offset = FixedOffset::east_opt(0).unwrap();
        let late = NaiveDate::from_ymd_opt(10000, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let late = offset.from_utc_datetime(&late);
        assert_eq!(format_datetime(&late), "+10000-01-01T00:00:00Z");
        let early = NaiveDate::from_ymd_opt(-1, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let early = offset.from_utc_datetime(&early);
        assert_eq!(format_datetime(&early), "-0001-01-01T00:00:00Z");
        assert_eq!(
            format_datetime(&DateTime::<Utc>::MAX_UTC),
            "+262142-12-31T23:59:59.999999999Z"
        );
        assert_eq!(
            format_datetime(&DateTime::<Utc>::MIN_UTC),
            "-262143-01-01T00:00:00Z"
        );
        assert_eq!(
            datetime_error("+10000-01-01T00:00:00Z"),
            "invalid DateTimeOffset `+10000-01-01T00:00:00Z`: expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00"
        );
    }

    #[test]
    fn offsets_with_seconds_are_rounded_to_the_minute() {
        let offset = FixedOffset::east_opt(5 * 3600 + 30 * 60 + 40).unwrap();
        let value = offset.with_ymd_and_hms(2017, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(format_datetime(&value), "2017-01-01T00:00:00+05:31");
        assert_eq!(
            format_datetime(&value),
            value.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        );
    }

    #[test]
    fn datetime_errors() {
        let rfc = "expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00";
        let cases = [
            (
                "2017-01-01T00:02:49",
                "missing offset, expected `Z` or `±HH:MM` after the time",
            ),
            (
                "2017-01-01T00:02:49.32",
                "missing offset, expected `Z` or `±HH:MM` after the time",
            ),
            ("10000-01-01T00:00:00Z", rfc),
            ("", rfc),
            ("garbage", rfc),
            ("2017-01-01", rfc),
            ("2017-01-01 00:02:49Z", rfc),
            ("2017-01-01T00:02Z", rfc),
            ("2017-01-01T00:02:49.Z", rfc),
            ("2017-01-01T00:02:49.1234567891x2Z", rfc),
            ("2017-01-01T00:02:49+0800", rfc),
            ("2017-01-01T00:02:49+08", rfc),
            ("2017-01-01T00:02:49Z ", rfc),
            ("2017-01-01T00:02:49UTC", rfc),
            ("2017-1-01T00:02:49Z", rfc),
            ("2017-01-01T00:02:4aZ", rfc),
            // `:` follows `9` in ASCII: it is not a digit.
            ("2017-01-0:T00:00:00Z", rfc),
            ("2017-01-01T00:00:00.:Z", rfc),
            ("2017-13-01T00:00:00Z", "month out of range (01 to 12)"),
            ("2017-00-01T00:00:00Z", "month out of range (01 to 12)"),
            ("2017-02-29T00:00:00Z", "day out of range (01 to 28 in 2017-02)"),
            ("2016-02-30T00:00:00Z", "day out of range (01 to 29 in 2016-02)"),
            ("2017-04-31T00:00:00Z", "day out of range (01 to 30 in 2017-04)"),
            ("2017-01-00T00:00:00Z", "day out of range (01 to 31 in 2017-01)"),
            ("2017-01-01T24:00:00Z", "hour out of range (00 to 23)"),
            ("2017-01-01T00:60:00Z", "minute out of range (00 to 59)"),
            ("2017-01-01T00:00:61Z", "second out of range (00 to 60)"),
            (
                "2017-01-01T00:00:00+24:00",
                "offset out of range (-23:59 to +23:59)",
            ),
            (
                "2017-01-01T00:00:00-00:60",
                "offset out of range (-23:59 to +23:59)",
            ),
        ];
        for (input, problem) in cases {
            assert_eq!(
                datetime_error(input),
                format!("invalid DateTimeOffset `{input}`: {problem}"),
            );
        }
    }

    #[test]
    fn push_datetime_appends_the_wire_text() {
        let mut out = String::from("lt ");
        push_datetime(
            &mut out,
            &parse_datetime("2017-01-01T00:02:49.3205976-08:00").unwrap(),
        );
        assert_eq!(out, "lt 2017-01-01T00:02:49.3205976-08:00");
    }

    #[test]
    fn long_inputs_are_cut_in_messages() {
        let input = format!("2017-01-01T00:00:00.{}Zé", "1".repeat(200));
        let quoted = &input[..100];
        assert_eq!(
            datetime_error(&input),
            format!("invalid DateTimeOffset `{quoted}...`: expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00"),
        );
        // A cut never splits a character.
        let input = format!("{}é", "x".repeat(99));
        assert_eq!(
            datetime_error(&input),
            format!(
                "invalid DateTimeOffset `{}...`: expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00",
                "x".repeat(99)
            ),
        );
    }

    #[test]
    fn agrees_with_chrono() {
        let inputs = [
            "2017-01-01T00:02:49.3205976-08:00",
            "2016-12-31T23:59:60Z",
            "2016-12-31T12:34:60.25+01:00",
            "2017-02-29T00:00:00Z",
            "2017-01-01T00:00:00.1234567891234Z",
            "2017-01-01T00:00:00+23:59",
            "2017-01-01T00:00:00-23:59",
            "0000-01-01T00:00:00+23:59",
            "2017-01-01t00:00:00z",
        ];
        for input in inputs {
            assert_eq!(
                parse_datetime(input).ok(),
                DateTime::parse_from_rfc3339(input).ok(),
                "{input}"
            );
            if let Ok(value) = parse_datetime(input) {
                assert_eq!(
                    value.offset(),
                    DateTime::parse_from_rfc3339(input).unwrap().offset()
                );
            }
        }
    }

    #[test]
    fn dates() {
        let date = parse_date("2016-12-31").unwrap();
        assert_eq!(date, NaiveDate::from_ymd_opt(2016, 12, 31).unwrap());
        assert_eq!(format_date(&date), "2016-12-31");
        assert_eq!(
            format_date(&NaiveDate::from_ymd_opt(5, 1, 2).unwrap()),
            "0005-01-02"
        );
        assert_eq!(
            format_date(&NaiveDate::from_ymd_opt(-5, 1, 2).unwrap()),
            "-0005-01-02"
        );
        assert_eq!(
            format_date(&NaiveDate::from_ymd_opt(12345, 1, 2).unwrap()),
            "+12345-01-02"
        );
        assert_eq!(to_json(&date), r#""2016-12-31""#);
        assert_eq!(from_json::<NaiveDate>(r#""2016-12-31""#).unwrap(), date);
    }

    #[test]
    fn date_errors() {
        let syntax = "expected YYYY-MM-DD such as 2016-12-31";
        let cases = [
            ("", syntax),
            ("2016-12-31T00:00:00Z", syntax),
            ("2016-12-3", syntax),
            ("16-12-31", syntax),
            ("2016/12/31", syntax),
            ("2016-13-01", "month out of range (01 to 12)"),
            ("2015-02-29", "day out of range (01 to 28 in 2015-02)"),
            ("2016-12-32", "day out of range (01 to 31 in 2016-12)"),
        ];
        for (input, problem) in cases {
            assert_eq!(
                parse_date(input).unwrap_err().to_string(),
                format!("invalid Date `{input}`: {problem}"),
            );
        }
    }

    #[test]
    fn times_of_day() {
        let time = parse_time("11:58:49.3840000").unwrap();
        assert_eq!(time, NaiveTime::from_hms_milli_opt(11, 58, 49, 384).unwrap());
        assert_eq!(format_time(&time), "11:58:49.3840000");
        assert_eq!(format_time(&parse_time("11:58").unwrap()), "11:58:00.0000000");
        assert_eq!(format_time(&parse_time("11:58:49").unwrap()), "11:58:49.0000000");
        assert_eq!(
            format_time(&parse_time("11:58:49.1").unwrap()),
            "11:58:49.1000000"
        );
        assert_eq!(
            format_time(&parse_time("11:58:49.12345678").unwrap()),
            "11:58:49.123456780"
        );
        assert_eq!(
            format_time(&parse_time("11:58:49.123456789").unwrap()),
            "11:58:49.123456789"
        );
        assert_eq!(
            format_time(&parse_time("23:59:60.5").unwrap()),
            "23:59:60.5000000"
        );
        assert_eq!(to_json(&time), r#""11:58:49.3840000""#);
        assert_eq!(from_json::<NaiveTime>(r#""11:58:49.3840000""#).unwrap(), time);
    }

    #[test]
    fn time_errors() {
        let syntax = "expected HH:MM:SS with an optional fraction such as 11:58:49.3840000";
        let cases = [
            ("", syntax),
            ("11", syntax),
            ("11:5", syntax),
            ("11:58:4", syntax),
            ("11:58:49.", syntax),
            ("11:58:49.12x", syntax),
            ("11:58:49Z", syntax),
            ("11:58:49+01:00", syntax),
            ("24:00:00", "hour out of range (00 to 23)"),
            ("11:60", "minute out of range (00 to 59)"),
            ("11:58:61", "second out of range (00 to 60)"),
        ];
        for (input, problem) in cases {
            assert_eq!(
                parse_time(input).unwrap_err().to_string(),
                format!("invalid TimeOfDay `{input}`: {problem}"),
            );
        }
    }

    #[test]
    fn serde_round_trips() {
        for input in [
            "2017-01-01T00:02:49.3205976-08:00",
            "2016-12-31T23:56:44.951111-08:00",
            "2017-01-01T00:00:17.7769392-08:00",
        ] {
            let json = format!("\"{input}\"");
            let value: DateTime<FixedOffset> = from_json(&json).unwrap();
            assert_eq!(to_json(&value), json);
            let values: Vec<Option<DateTime<FixedOffset>>> = from_json(&format!("[{json},null]")).unwrap();
            assert_eq!(to_json(&values), format!("[{json},null]"));
        }
    }

    #[test]
    fn serde_errors() {
        assert_eq!(
            from_json::<DateTime<FixedOffset>>(r#""2017-01-01T00:02:49""#).unwrap_err(),
            "invalid DateTimeOffset `2017-01-01T00:02:49`: missing offset, expected `Z` or `±HH:MM` after the time at line 1 column 21",
        );
        assert_eq!(
            from_json::<DateTime<FixedOffset>>("5").unwrap_err(),
            "invalid type: integer `5`, expected a DateTimeOffset string at line 1 column 1",
        );
        assert_eq!(
            from_json::<DateTime<Utc>>("null").unwrap_err(),
            "invalid type: null, expected a DateTimeOffset string at line 1 column 4",
        );
        assert_eq!(
            from_json::<NaiveDate>("true").unwrap_err(),
            "invalid type: boolean `true`, expected a Date string at line 1 column 4",
        );
        assert_eq!(
            from_json::<NaiveTime>("{}").unwrap_err(),
            "invalid type: map, expected a TimeOfDay string at line 1 column 0",
        );
        // An escaped string goes through `visit_str` with the unescaped text.
        assert_eq!(
            from_json::<NaiveDate>(r#""2016-12-\u00331""#).unwrap(),
            NaiveDate::from_ymd_opt(2016, 12, 31).unwrap()
        );
    }

    /// Every prefix and many one-byte changes of valid inputs: each parser
    /// returns, never panics.
    #[test]
    fn no_input_panics() {
        let valid = [
            "2017-01-01T00:02:49.3205976-08:00",
            "2016-12-31T23:59:60.123456789123Z",
            "2016-12-31",
            "11:58:49.3840000",
        ];
        let replacements = [b'0', b'9', b'6', b'-', b'+', b':', b'.', b'T', b'Z', b' ', 0xFF];
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
        let text = String::from_utf8_lossy(bytes);
        let _ = parse_datetime(&text).map(|value| format_datetime(&value));
        let _ = parse_date(&text).map(|value| format_date(&value));
        let _ = parse_time(&text).map(|value| format_time(&value));
        let _ = read_datetime(bytes);
        let _ = read_date(bytes);
        let _ = read_time(bytes);
    }
}

//! Aliased chrono types with chrono's `serde` feature off: the derive still
//! writes and reads them in Graph's format (the compiler is asked, not the
//! spelling), so nothing depends on whether another crate turns it on.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};
use graph_core::GraphEntity;

type When = DateTime<FixedOffset>;
type WhenUtc = DateTime<Utc>;
type Day = NaiveDate;
type Clock = NaiveTime;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event", complex)]
pub struct Event {
    pub at: Option<When>,
    pub at_utc: Option<WhenUtc>,
    pub required_at: When,
    pub times: Option<Vec<When>>,
    pub day: Option<Day>,
    pub clock: Option<Clock>,
}

#[test]
fn aliases_keep_graphs_format_without_chronos_serde() {
    let text = r#"{"@odata.type":"microsoft.graph.event","at":"2017-01-01T00:02:49.3205976-08:00","atUtc":"2017-01-01T08:02:49.32Z","requiredAt":"2017-01-01T08:02:49Z","times":["2017-01-01T00:00:00.1-08:00"],"day":"2016-12-31","clock":"11:58:49.3840000"}"#;
    let event: Event = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&event).unwrap(), text);
    let mut later = event.clone();
    later.day = None;
    assert_eq!(
        serde_json::to_string(&later.changes_since(&event)).unwrap(),
        r#"{"@odata.type":"microsoft.graph.event","day":null}"#,
    );
    let error = serde_json::from_str::<Event>(r#"{"requiredAt":"2017-01-01"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "requiredAt: invalid DateTimeOffset `2017-01-01`: expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00 at line 1 column 27"
    );
}

// A date-time field is written through graph-core's wire format however its
// type is spelled: an alias of `DateTime<FixedOffset>` or of `Option<...>`
// works like the plain spelling (chrono has no `serde` feature here).
use chrono::{DateTime, FixedOffset};
use graph_core::GraphEntity;

type Timestamp = DateTime<FixedOffset>;
type Maybe<T> = Option<T>;

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub id: Option<String>,
    pub enrolled_date_time: Option<Timestamp>,
    pub last_sync_date_time: Maybe<DateTime<FixedOffset>>,
}

fn main() {}

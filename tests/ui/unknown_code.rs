// 499 is in the 4xx range but not registered.
use status_core::{status, Status};

const CLIENT_CLOSED: Status = status!(499);

fn main() {}

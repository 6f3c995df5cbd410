// Every path to a deprecated code warns: the checked macro, the variant and
// the constant. Denying the lint turns the three warnings into errors.
#![deny(deprecated)]

use status_core::{status, Status};

fn main() {
    let _ = status!(305);
    let _ = Status::UseProxy;
    let _ = Status::USE_PROXY;
}

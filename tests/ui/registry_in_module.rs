// `registry!` inside a module needs `module`, the path of that module from
// the crate root: its checked macro names the enum by that path. Without
// it, the build says which `module` to write, beside the error at each
// call of the checked macro.
//
// trybuild builds this case in `target/tests/trybuild/status-ui-tests`, so
// the file is found from there, in the default target directory.
mod codes {
    status_core::registry! {
        file = "../../../../tests/ui/registry_in_module.toml",
        name = AppStatus,
        macro = app_status,
    }
}

use codes::app_status;

fn main() {
    let _ = app_status!(499);
}

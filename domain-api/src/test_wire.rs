//! What a request or a parameter structure puts on the wire, for the unit tests.

use aliyun_rpc::ParamWriter;

/// The parameters `write` produces, each as `Name=value` in the order sent, or the problems
/// that stop them, as their messages.
pub(crate) fn sent(write: impl FnOnce(&mut ParamWriter)) -> Result<Vec<String>, Vec<String>> {
    let mut writer = ParamWriter::new();
    write(&mut writer);
    writer
        .finish()
        .map(|params| {
            params
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect()
        })
        .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

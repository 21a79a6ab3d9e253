//! The built-in Domain emulator that `--emulator` starts, compiled in by the `emulator` cargo
//! feature (on by default). A build without the feature carries no server code: there
//! `--emulator` is a usage error that says how to get it.

use std::time::Duration;

use crate::exit::Failure;

#[cfg(feature = "emulator")]
pub(crate) use domain_emulator::Emulator;

/// The end of the advice given when no credentials can be had: try the emulator, when there is
/// one to try.
#[cfg(feature = "emulator")]
pub(crate) const OR_TRY_IT: &str = ", or try --emulator";
/// The end of the advice given when no credentials can be had: nothing, in a build without the
/// emulator.
#[cfg(not(feature = "emulator"))]
pub(crate) const OR_TRY_IT: &str = "";

/// Starts the emulator on 127.0.0.1 with its demo domains and key, each task stage taking
/// `task_step`.
#[cfg(feature = "emulator")]
pub(crate) async fn start(task_step: Duration) -> Result<Emulator, Failure> {
    Emulator::start(domain_emulator::EmulatorConfig::new().task_step(task_step))
        .await
        .map_err(|error| Failure::service(format!("cannot start the built-in emulator: {error}")))
}

/// The message of `--emulator` in a build without the emulator.
#[cfg(not(feature = "emulator"))]
pub(crate) const NOT_BUILT_IN: &str = "--emulator: this build of aliyun-domain has no built-in \
     emulator (it was built without the `emulator` feature); rebuild it with `--features \
     emulator`, or run `domain-emulator` and pass its URL to --endpoint";

/// Stands in for the emulator in a build without it: there is never one to start.
#[cfg(not(feature = "emulator"))]
#[derive(Debug)]
pub(crate) enum Emulator {}

#[cfg(not(feature = "emulator"))]
impl Emulator {
    pub(crate) fn url(&self) -> String {
        match *self {}
    }

    pub(crate) fn access_key_id(&self) -> &str {
        match *self {}
    }

    pub(crate) fn access_key_secret(&self) -> &str {
        match *self {}
    }

    pub(crate) async fn shutdown(self) -> std::io::Result<()> {
        match self {}
    }
}

/// Without the emulator, asking for it is a usage error, before anything else is done.
#[cfg(not(feature = "emulator"))]
pub(crate) async fn start(_task_step: Duration) -> Result<Emulator, Failure> {
    Err(Failure::usage(NOT_BUILT_IN))
}

#[cfg(all(test, not(feature = "emulator")))]
mod tests {
    use super::*;

    #[tokio::test]
    async fn asking_for_the_emulator_without_the_feature_is_a_usage_error() {
        let failure = start(Duration::from_millis(1)).await.err();
        assert_eq!(failure, Some(Failure::usage(NOT_BUILT_IN)));
        assert_eq!(Failure::usage(NOT_BUILT_IN).status, crate::exit::USAGE);
    }
}

//! [`Pacing`]: how a client paces an action once the service has throttled it.

use std::time::Duration;

use crate::error::Error;

/// The longest window or quiet period accepted.
const LONGEST: Duration = Duration::from_secs(3600);

/// How a [`Client`](crate::Client) paces each action after the service throttles it (see the
/// [module docs](crate::pacing) for the algorithm). Off by default ([`Pacing::off`], every
/// request sent as soon as it is asked for); [`Pacing::adaptive`] turns it on.
///
/// Nothing is ever slowed before the first throttling answer for that action, and pacing only
/// delays requests: it never sends one that the retry rules would not.
#[derive(Debug, Clone, PartialEq)]
pub struct Pacing {
    /// Whether the client paces at all.
    pub enabled: bool,
    /// The slowest rate an action is paced at, in requests per second, however often it is
    /// throttled: the floor below which the decrease stops (default 1; at least 0.001).
    pub min_rate: f64,
    /// The share of the rate kept after a throttling answer (default 0.9): the multiplicative
    /// decrease.
    pub decrease: f64,
    /// The share of the learned quota the rate climbs back to quickly after a decrease (default
    /// 0.95); beyond it, the rate probes upwards in small steps.
    pub headroom: f64,
    /// The step of an upward probe beyond the headroom, as a share of the rate (default 0.02).
    pub probe_step: f64,
    /// How long an action must go without throttling, and ...
    pub quiet_period: Duration,
    /// ... how many of its requests must be sent meanwhile, before its rate is raised
    /// (defaults 250 ms, at most an hour, and 20).
    pub quiet_requests: u32,
    /// How far back the answers accepted are counted to measure the rate the service admits
    /// at the first throttling answer (default 2 s; 10 ms to an hour).
    pub window: Duration,
}

impl Default for Pacing {
    /// [`Pacing::off`], as a client is built by default.
    fn default() -> Pacing {
        Pacing::off()
    }
}

impl Pacing {
    /// Pacing on, with the defaults of each field.
    pub fn adaptive() -> Pacing {
        Pacing {
            enabled: true,
            min_rate: 1.0,
            decrease: 0.9,
            headroom: 0.95,
            probe_step: 0.02,
            quiet_period: Duration::from_millis(250),
            quiet_requests: 20,
            window: Duration::from_secs(2),
        }
    }

    /// No pacing: every request is sent when asked for, throttled or not (the settings are
    /// [`adaptive`](Self::adaptive)'s, for a caller that turns `enabled` on).
    pub fn off() -> Pacing {
        Pacing {
            enabled: false,
            ..Pacing::adaptive()
        }
    }

    /// Checks the settings, as [`ClientBuilder::build`](crate::ClientBuilder::build) does.
    pub(crate) fn check(&self) -> Result<(), Error> {
        let problem = if !(self.min_rate.is_finite() && self.min_rate >= 0.001) {
            Some("min_rate must be at least 0.001 requests per second")
        } else if !(self.decrease > 0.0 && self.decrease < 1.0) {
            Some("decrease must be between 0 and 1, both excluded")
        } else if !(self.headroom > 0.0 && self.headroom <= 1.0) {
            Some("headroom must be above 0 and at most 1")
        } else if !(self.probe_step > 0.0 && self.probe_step <= 1.0) {
            Some("probe_step must be above 0 and at most 1")
        } else if self.window < Duration::from_millis(10) || self.window > LONGEST {
            Some("window must be between 10 ms and an hour")
        } else if self.quiet_period > LONGEST {
            Some("quiet_period must be at most an hour")
        } else {
            None
        };
        match problem {
            Some(problem) => Err(Error::Config(format!("pacing: {problem}"))),
            None => Ok(()),
        }
    }
}

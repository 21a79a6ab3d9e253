//! The renewal journal: a small JSON file of the orders `renew` placed, written before the run
//! waits on any of them, so that a run interrupted (by a signal, `--timeout`, a crash) and run
//! again neither orders the same domains twice nor reports them wrongly.
//!
//! Where: `--journal PATH`, else `$ALIYUN_DOMAIN_JOURNAL`, else
//! `$XDG_STATE_HOME/aliyun-domain/journal.json`, else `~/.local/state/aliyun-domain/journal.json`.
//! With `--emulator` there is none unless `--journal` asks for one: the built-in emulator starts
//! afresh each time.
//!
//! What: `{"version": 1, "orders": [...]}`, each order a
//! [`PlacedOrder`](domain_api::workflow::PlacedOrder) — its domains with the years and the
//! expiration quoted, when it was sent and answered, its state, its task number and request id.
//! Every change is written to a private temporary file in the same directory, synced, and renamed
//! over the journal, so a crash leaves the old or the new journal, never half of one; it is
//! readable by its owner only. A run holds `<journal>.lock` locked from start to end, and a second
//! run on the same journal is refused before it orders anything. A journal that cannot be
//! written stops the run before it orders. An order is dropped once every one of its domains has
//! a final outcome in a run (a domain skipped by the run's settings does not count), or after 7
//! days.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use domain_api::workflow::{OrderState, Outcome, PlacedOrder, RenewalReport};
use serde_json::{Value, json};

use crate::exit::Failure;

/// The environment variable naming the journal file.
pub(crate) const JOURNAL_ENV: &str = "ALIYUN_DOMAIN_JOURNAL";
/// How long an order is kept when no run settles it.
const KEEP_MS: i64 = 7 * 86_400_000;

/// The journal file and the orders it holds.
#[derive(Debug)]
pub(crate) struct Journal {
    path: PathBuf,
    orders: Vec<PlacedOrder>,
    /// `<journal>.lock`, open and locked for as long as this run holds the journal: a second
    /// run would write its own copy over this one's, and resend an order this one still waits
    /// on. The system drops the lock when the process dies.
    _lock: fs::File,
}

/// The default location, if a home or state directory is known.
pub(crate) fn default_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(JOURNAL_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let state = std::env::var_os("XDG_STATE_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|p| !p.is_empty())
                .map(|home| PathBuf::from(home).join(".local").join("state"))
        })?;
    Some(state.join("aliyun-domain").join("journal.json"))
}

/// Opens and locks the lock file beside the journal at `path` (never written to or removed:
/// removing it would let two runs lock two different files of one name).
fn lock(path: &Path) -> Result<fs::File, Failure> {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".lock");
    let lock_path = path.with_file_name(name);
    let cannot = |why: String| {
        Failure::usage(format!(
            "cannot write the renewal journal {} (its lock file {}: {why}); nothing was \
             ordered: pass --journal PATH with a writable place",
            path.display(),
            lock_path.display()
        ))
    };
    if let Some(dir) = lock_path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| cannot(e.to_string()))?;
    }
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options
        .open(&lock_path)
        .map_err(|e| cannot(e.to_string()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(Failure::usage(format!(
            "the renewal journal {} is in use by another run of `renew` (it holds {}); wait \
             for it to end, then run again: nothing was ordered",
            path.display(),
            lock_path.display()
        ))),
        Err(fs::TryLockError::Error(error)) => Err(cannot(error.to_string())),
    }
}

impl Journal {
    /// Reads the journal at `path` (none yet is an empty one). One that cannot be read is an
    /// error, never ignored: it may hold orders whose outcome is unknown.
    pub(crate) fn open(path: PathBuf, now_ms: i64) -> Result<Journal, Failure> {
        let unreadable = |why: String| {
            Failure::usage(format!(
                "the renewal journal {} cannot be read ({why}); it may record orders whose \
                 outcome is unknown: check them, then move the file away to start afresh",
                path.display()
            ))
        };
        let lock = lock(&path)?;
        let orders = match fs::read(&path) {
            Ok(bytes) => {
                let value: Value =
                    serde_json::from_slice(&bytes).map_err(|e| unreadable(e.to_string()))?;
                serde_json::from_value::<Vec<PlacedOrder>>(
                    value.get("orders").cloned().unwrap_or(Value::Array(vec![])),
                )
                .map_err(|e| unreadable(e.to_string()))?
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(error) => return Err(unreadable(error.to_string())),
        };
        let orders = orders
            .into_iter()
            .filter(|o| now_ms.saturating_sub(o.submitted_ms) < KEEP_MS)
            .collect();
        Ok(Journal {
            path,
            orders,
            _lock: lock,
        })
    }

    /// Where the journal is.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The orders of earlier runs.
    pub(crate) fn orders(&self) -> &[PlacedOrder] {
        &self.orders
    }

    /// Writes the journal as it stands, before anything is ordered: a journal that cannot be
    /// written would leave an interrupted run's orders unrecorded, while the run says they are.
    pub(crate) fn check_writable(&self) -> Result<(), Failure> {
        self.write().map_err(|error| {
            Failure::usage(format!(
                "cannot write the renewal journal {} ({error}); nothing was ordered: pass \
                 --journal PATH with a writable place",
                self.path.display()
            ))
        })
    }

    /// Records `order` (replacing the record with its id) and writes the journal.
    pub(crate) fn record(&mut self, order: PlacedOrder) -> io::Result<()> {
        match self.orders.iter_mut().find(|o| o.id == order.id) {
            Some(slot) => *slot = order,
            None => self.orders.push(order),
        }
        self.write()
    }

    /// Orders sent whose answer never came, as an interruption leaves them: marked ambiguous, as
    /// last seen `now_ms`, and written.
    pub(crate) fn interrupted(&mut self, now_ms: i64) -> io::Result<()> {
        for order in &mut self.orders {
            if order.state == OrderState::Sending {
                order.state = OrderState::Ambiguous;
                order.answered_ms = Some(now_ms);
            }
        }
        self.write()
    }

    /// Drops the orders `report` settles: every domain of theirs has a final outcome. A domain
    /// the run left out by its settings (skipped) says nothing of an earlier order for it.
    pub(crate) fn settle(&mut self, report: &RenewalReport) -> io::Result<()> {
        let final_outcome = |name: &str| {
            let key = domain_api::domain_key(name);
            report.outcomes.iter().any(|o| {
                domain_api::domain_key(&o.domain_name) == key
                    && !matches!(o.outcome, Outcome::Unknown { .. } | Outcome::Skipped { .. })
            })
        };
        self.orders.retain(|order| {
            order.state != OrderState::NotCreated
                && !order.domains.iter().all(|d| final_outcome(&d.domain_name))
        });
        self.write()
    }

    /// Writes the journal through a private temporary file, synced and renamed over it.
    fn write(&self) -> io::Result<()> {
        let dir = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let text = serde_json::to_vec_pretty(&json!({ "version": 1, "orders": self.orders }))
            .map_err(io::Error::other)?;
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "journal.json".into());
        let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        {
            // `create_new`: never follow a link or reuse a file someone else put there.
            let _ = fs::remove_file(&temp);
            let mut options = fs::OpenOptions::new();
            options.write(true).create_new(true);
            // It names domains and task numbers: readable by its owner only.
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&temp)?;
            file.write_all(&text)?;
            file.sync_all()?;
        }
        fs::rename(&temp, &self.path)?;
        if let Ok(dir) = fs::File::open(dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain_api::workflow::{DomainOutcome, OrderedDomain};

    fn order(id: &str, state: OrderState, domain: &str) -> PlacedOrder {
        PlacedOrder {
            id: id.into(),
            domains: vec![OrderedDomain {
                domain_name: domain.into(),
                years: 1,
                expiration_before_ms: 1,
            }],
            submitted_ms: 1_000,
            answered_ms: None,
            state,
            task_no: None,
            request_id: None,
            tasks_before: vec![],
        }
    }

    #[test]
    fn orders_survive_a_reopen_until_a_run_settles_them() {
        let dir =
            std::env::temp_dir().join(format!("aliyun-domain-journal-{}", std::process::id()));
        let path = dir.join("nested").join("journal.json");
        let mut journal = Journal::open(path.clone(), 2_000).unwrap();
        journal
            .record(order("a", OrderState::Sending, "a.com"))
            .unwrap();
        journal
            .record(order("b", OrderState::Accepted, "b.com"))
            .unwrap();
        journal
            .record(order("a", OrderState::Sending, "a.com"))
            .unwrap();
        journal.interrupted(5_000).unwrap();
        // One holder at a time: the journal is locked while open.
        assert!(Journal::open(path.clone(), 5_000).is_err());
        drop(journal);
        let mut reopened = Journal::open(path.clone(), 6_000).unwrap();
        assert_eq!(reopened.orders().len(), 2);
        assert_eq!(reopened.orders()[0].state, OrderState::Ambiguous);
        assert_eq!(reopened.orders()[0].answered_ms, Some(5_000));
        // b.com ends renewed, a.com unknown: only a's order stays.
        let report = RenewalReport {
            outcomes: vec![DomainOutcome {
                domain_name: "B.com.".into(),
                years: 1,
                previous_expiration_ms: Some(1),
                task_no: None,
                outcome: Outcome::Renewed {
                    new_expiration_ms: None,
                },
            }],
        };
        reopened.settle(&report).unwrap();
        drop(reopened);
        let ids: Vec<String> = Journal::open(path.clone(), 7_000)
            .unwrap()
            .orders()
            .iter()
            .map(|o| o.id.clone())
            .collect();
        assert_eq!(ids, ["a"]);
        // A week later an unsettled order is forgotten; a damaged file is an error.
        assert!(
            Journal::open(path.clone(), KEEP_MS + 2_000)
                .unwrap()
                .orders()
                .is_empty()
        );
        fs::write(&path, b"{ not json").unwrap();
        assert!(Journal::open(path, 0).is_err());
        fs::remove_dir_all(&dir).unwrap();
    }
}

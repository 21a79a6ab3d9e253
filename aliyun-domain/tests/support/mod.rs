//! Runs the `aliyun-domain` binary the way every CLI test does: in a hermetic environment (none
//! of the developer's variables, an empty home of its own, no probe of the ECS metadata address,
//! which is not loopback), with stdin not a terminal, and killed once it outlives its limit.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use test_support::TempDir;

/// How long a run may take unless a test says otherwise.
pub(crate) const DEFAULT_LIMIT: Duration = Duration::from_secs(60);

/// How a run ended.
pub(crate) struct Run {
    /// The exit status; `None` when the binary was killed (past its limit, or by a signal).
    pub(crate) status: Option<i32>,
    /// Everything it printed on stdout.
    pub(crate) stdout: String,
    /// Everything it printed on stderr.
    pub(crate) stderr: String,
    /// How long it ran.
    pub(crate) took: Duration,
}

impl Run {
    /// The exit status of a binary that exited by itself.
    pub(crate) fn code(&self) -> i32 {
        self.status.unwrap_or_else(|| {
            panic!(
                "the binary was killed after {:?}, it did not exit:\n{}",
                self.took, self.stderr
            )
        })
    }

    /// Stdout as JSON.
    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|error| panic!("stdout is not JSON ({error}):\n{}", self.stdout))
    }

    /// The lines of stderr that report an error.
    pub(crate) fn error_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|line| line.starts_with("aliyun-domain: error: "))
            .collect()
    }
}

/// One invocation of the binary, built up before it runs.
pub(crate) struct Cli {
    command: Command,
    shown: Vec<String>,
    limit: Duration,
    // Kept alive for the run: a home of its own unless the test gives one.
    home: Option<TempDir>,
}

impl Cli {
    /// The binary with `args`, an empty home and nothing else in its environment.
    pub(crate) fn new<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Cli {
        let home = TempDir::new("aliyun-domain-test-home");
        let mut command = Command::new(env!("CARGO_BIN_EXE_aliyun-domain"));
        let mut shown = Vec::new();
        for arg in args {
            shown.push(arg.as_ref().to_string_lossy().into_owned());
            command.arg(arg);
        }
        command
            .env_clear()
            .env("HOME", home.path())
            .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        Cli {
            command,
            shown,
            limit: DEFAULT_LIMIT,
            home: Some(home),
        }
    }

    /// `shell_line` (the binary and its arguments, as a shell would run them) on a terminal of
    /// its own, which `script` (util-linux) provides, with `typed` as what the user types:
    /// for the prompts the binary asks only on a terminal. Stdout and stderr arrive merged in
    /// [`Run::stdout`], as a terminal shows them.
    pub(crate) fn on_terminal(shell_line: &str, typed: &str) -> Cli {
        let home = TempDir::new("aliyun-domain-test-home");
        let keys = home.write("typed.txt", typed);
        let typed = std::fs::File::open(keys).expect("the typed keys");
        let mut command = Command::new("script");
        command
            .args(["--quiet", "--return", "--command", shell_line, "/dev/null"])
            .env_clear()
            .env("HOME", home.path())
            .env("PATH", "/usr/bin:/bin")
            .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
            .stdin(typed)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        Cli {
            command,
            shown: vec![format!("(on a terminal) {shell_line}")],
            limit: DEFAULT_LIMIT,
            home: Some(home),
        }
    }

    /// Sets one environment variable.
    pub(crate) fn env(mut self, name: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Cli {
        self.command.env(name, value);
        self
    }

    /// Sets every variable of `vars`.
    pub(crate) fn envs<'a>(
        mut self,
        vars: impl IntoIterator<Item = &'a (&'a str, &'a str)>,
    ) -> Cli {
        for (name, value) in vars {
            self.command.env(name, value);
        }
        self
    }

    /// Test credentials in the environment.
    pub(crate) fn credentials(self, id: &str, secret: &str) -> Cli {
        self.env("ALIBABA_CLOUD_ACCESS_KEY_ID", id)
            .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret)
    }

    /// Runs with `home` as the home directory instead of an empty one of its own.
    pub(crate) fn home(mut self, home: &Path) -> Cli {
        self.command.env("HOME", home);
        self.home = None;
        self
    }

    /// Kills the binary once it has run this long.
    pub(crate) fn limit(mut self, limit: Duration) -> Cli {
        self.limit = limit;
        self
    }

    /// Starts the binary.
    pub(crate) fn spawn(mut self) -> Running {
        let started = Instant::now();
        let mut child = self.command.spawn().expect("the binary starts");
        let mut stdout = child.stdout.take().expect("piped stdout");
        let stderr = child.stderr.take().expect("piped stderr");
        let stdout = thread::spawn(move || {
            let mut text = String::new();
            let _ = stdout.read_to_string(&mut text);
            text
        });
        let (lines, stderr_lines) = mpsc::channel();
        let stderr = thread::spawn(move || {
            let mut text = String::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = lines.send(line.clone());
                text.push_str(&line);
                text.push('\n');
            }
            text
        });
        Running {
            child,
            stdout,
            stderr,
            stderr_lines,
            started,
            limit: self.limit,
            shown: self.shown,
            _home: self.home.take(),
        }
    }

    /// Runs the binary to its end, or kills it at its limit.
    pub(crate) fn run(self) -> Run {
        self.spawn().finish()
    }
}

/// A binary that is running.
pub(crate) struct Running {
    child: Child,
    stdout: JoinHandle<String>,
    stderr: JoinHandle<String>,
    stderr_lines: Receiver<String>,
    started: Instant,
    limit: Duration,
    shown: Vec<String>,
    _home: Option<TempDir>,
}

impl Running {
    /// The process id, to send it a signal.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits, within the run's limit, for a line of stderr that `wanted` accepts.
    pub(crate) fn wait_for_stderr(&self, wanted: impl Fn(&str) -> bool) -> bool {
        loop {
            let left = self.limit.saturating_sub(self.started.elapsed());
            match self.stderr_lines.recv_timeout(left) {
                Ok(line) if wanted(&line) => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
    }

    /// Sends `signal` (`TERM`, `HUP`, `INT`) with `kill -s`.
    pub(crate) fn signal(&self, signal: &str) {
        let sent = Command::new("kill")
            .args(["-s", signal, &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success(), "kill -s {signal} failed");
    }

    /// Waits for the end off the async threads, killing the binary at its limit.
    pub(crate) async fn finished(self) -> Run {
        tokio::task::spawn_blocking(move || self.finish())
            .await
            .expect("the waiting thread")
    }

    /// Waits for the end, killing the binary at its limit.
    pub(crate) fn finish(mut self) -> Run {
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("waiting on the binary") {
                break status.code();
            }
            if self.started.elapsed() >= self.limit {
                let _ = self.child.kill();
                let _ = self.child.wait();
                break None;
            }
            thread::sleep(Duration::from_millis(20));
        };
        let run = Run {
            status,
            took: self.started.elapsed(),
            stdout: self.stdout.join().expect("stdout reader"),
            stderr: self.stderr.join().expect("stderr reader"),
        };
        eprintln!(
            "$ aliyun-domain {}\n[exit {:?} after {:?}]\n{}{}",
            self.shown.join(" "),
            run.status,
            run.took,
            run.stdout,
            run.stderr
        );
        run
    }
}

/// Runs the binary against the server at `endpoint` with `args` and test credentials, and fails
/// the test if it had to be killed at `limit`.
pub(crate) fn run_against(endpoint: &str, args: &[&str], limit: Duration) -> Run {
    let mut all = vec!["--endpoint", endpoint];
    all.extend_from_slice(args);
    let run = Cli::new(&all)
        .credentials("test-id", "test-secret")
        .limit(limit)
        .run();
    assert!(
        run.status.is_some(),
        "aliyun-domain {args:?} ran longer than {limit:?}"
    );
    run
}

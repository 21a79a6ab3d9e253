//! The emulator's request parsing (query, form body, answer format) and the full authentication
//! path on any request: never a panic.

#![no_main]

use domain_emulator::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let request = aliyun_rpc_fuzz::request(data);
    let parsed = fuzzing::parse(&request);
    // Every pair comes from at least one input byte.
    assert!(parsed.params.len() <= data.len());
    let (credential, now_ms) = aliyun_rpc_fuzz::credential_and_clock(&request);
    let authenticated = fuzzing::authenticate(&request, &credential, now_ms);
    if aliyun_rpc_fuzz::tracing() {
        eprintln!("{authenticated:?}");
    }
});

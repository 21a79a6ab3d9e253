//! The emulator's V1 (HMAC-SHA1) verification on any request: never a panic, and a request the
//! server authenticates as V1 has a valid signature by the V1 check alone.

#![no_main]

use domain_emulator::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let request = aliyun_rpc_fuzz::request(data);
    let (credential, now_ms) = aliyun_rpc_fuzz::credential_and_clock(&request);
    let valid = fuzzing::verify_v1_signature(&request, &credential.access_key_secret);
    let is_v3 = request
        .header("authorization")
        .is_some_and(|a| a.trim_start().starts_with("ACS3-"));
    let authenticated = fuzzing::authenticate(&request, &credential, now_ms);
    if aliyun_rpc_fuzz::tracing() {
        eprintln!("{authenticated:?}");
    }
    if authenticated.is_ok() && !is_v3 {
        assert!(valid, "authenticated as V1 without a valid V1 signature");
    }
});

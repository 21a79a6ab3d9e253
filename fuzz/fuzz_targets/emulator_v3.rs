//! The emulator's V3 (`ACS3-HMAC-SHA256`) verification on any request: never a panic, and a
//! request the server authenticates as V3 passes the V3 check alone.

#![no_main]

use domain_emulator::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let request = aliyun_rpc_fuzz::request(data);
    let (credential, now_ms) = aliyun_rpc_fuzz::credential_and_clock(&request);
    let checked = fuzzing::verify_v3_signature(&request, &credential.access_key_secret);
    let is_v3 = request
        .header("authorization")
        .is_some_and(|a| a.trim_start().starts_with("ACS3-"));
    let authenticated = fuzzing::authenticate(&request, &credential, now_ms);
    if aliyun_rpc_fuzz::tracing() {
        eprintln!("{authenticated:?}");
    }
    if authenticated.is_ok() && is_v3 {
        assert_eq!(
            checked,
            Ok(()),
            "authenticated as V3 without passing the V3 check"
        );
    }
});

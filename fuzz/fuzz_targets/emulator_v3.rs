//! The emulator's V3 (`ACS3-HMAC-SHA256`) verification on any request: never a panic, and a
//! request the server authenticates as V3 passes the V3 check alone.

#![no_main]

use domain_emulator::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let seen = aliyun_rpc_fuzz::authenticate(data);
    let checked = fuzzing::verify_v3_signature(&seen.request, &seen.secret);
    if seen.authenticated && seen.claims_v3 {
        assert_eq!(
            checked,
            Ok(()),
            "authenticated as V3 without passing the V3 check"
        );
    }
});

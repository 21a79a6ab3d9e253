//! The emulator's V1 (HMAC-SHA1) verification on any request: never a panic, and a request the
//! server authenticates as V1 has a valid signature by the V1 check alone.

#![no_main]

use domain_emulator::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let seen = aliyun_rpc_fuzz::authenticate(data);
    let valid = fuzzing::verify_v1_signature(&seen.request, &seen.secret);
    if seen.authenticated && !seen.claims_v3 {
        assert!(valid, "authenticated as V1 without a valid V1 signature");
    }
});

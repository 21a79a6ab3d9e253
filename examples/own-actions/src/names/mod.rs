//! Each product's parameter names, generated from Alibaba's metadata by
//! `specs/tools/gen_parameter_names.py`; `#[derive(Rpc)]` checks every wire name against them.

pub(crate) mod ecs;

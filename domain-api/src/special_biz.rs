//! A domain's special business: a registration or change that needs the registry's or a
//! government body's approval (such as a `.gov.cn` registration), as the two look-ups read it.

use serde::Deserialize;

/// A special business and where it stands (`Module`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SpecialBiz {
    /// `Id`: the record's id.
    pub id: Option<i64>,
    /// `BizNo`: the business's number.
    pub biz_no: Option<String>,
    /// `BizName`: the business's name as the service shows it.
    pub biz_name: Option<String>,
    /// `BizType`: the kind of business, such as `govRegister`.
    pub biz_type: Option<String>,
    /// `BizStatus`: the stage, as a code (`REGISTRANT_VSP_AUDIT_SUCCESS`).
    pub biz_status: Option<String>,
    /// `Status`: the stage as the console numbers it.
    pub status: Option<i32>,
    /// `StatusDesc`: the stage, in words.
    pub status_desc: Option<String>,
    /// `AuditMsg`: the reviewer's message.
    pub audit_msg: Option<String>,
    /// `DomainName`: the domain.
    pub domain_name: Option<String>,
    /// `SaleId`: the domain's instance id.
    pub sale_id: Option<String>,
    /// `UserId`: the Alibaba Cloud account.
    pub user_id: Option<String>,
    /// `ProductId`: the product.
    pub product_id: Option<String>,
    /// `OrderId`: the order paying for the business.
    pub order_id: Option<String>,
    /// `GmtCreate`: when the record was created, as the service formats it.
    pub gmt_create: Option<String>,
    /// `GmtModified`: when the record was last changed, as the service formats it.
    pub gmt_modified: Option<String>,
    /// `CreateTime`: when the business was created, in milliseconds since the Unix epoch.
    pub create_time: Option<i64>,
    /// `UpdateTime`: when the business was last changed, in milliseconds since the Unix epoch.
    pub update_time: Option<i64>,
    /// `DomainSpecialBizContact`: the registrant submitted.
    pub domain_special_biz_contact: Option<SpecialBizContact>,
    /// `DomainSpecialBizCredentials`: the documents submitted.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub domain_special_biz_credentials: Vec<SpecialBizCredential>,
    /// `DomainSpecialOrderResult`: the order placed for the business.
    pub domain_special_order_result: Option<SpecialBizOrder>,
}

/// The registrant of a special business, in Chinese (`C…`) and in Latin letters (`E…`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SpecialBizContact {
    /// `BizId`: the business the registrant belongs to.
    pub biz_id: Option<i64>,
    /// `RegType`: `1` an individual, `2` an organization.
    pub reg_type: Option<i32>,
    /// `RegistrantId`: the registrant's id.
    pub registrant_id: Option<String>,
    /// `VspContactId`: the registrant's id at the verification service.
    pub vsp_contact_id: Option<String>,
    /// `CCompany`: the organization, in Chinese.
    pub c_company: Option<String>,
    /// `ECompany`: the organization, in Latin letters.
    pub e_company: Option<String>,
    /// `CName`: the contact's name, in Chinese.
    pub c_name: Option<String>,
    /// `EName`: the contact's name, in Latin letters.
    pub e_name: Option<String>,
    /// `CCountry`: the country code (`CN`).
    pub c_country: Option<String>,
    /// `CProvince`: the province, in Chinese.
    pub c_province: Option<String>,
    /// `EProvince`: the province, in Latin letters.
    pub e_province: Option<String>,
    /// `CCity`: the city, in Chinese.
    pub c_city: Option<String>,
    /// `ECity`: the city, in Latin letters.
    pub e_city: Option<String>,
    /// `CVenu`: the street address, in Chinese.
    pub c_venu: Option<String>,
    /// `EVenu`: the street address, in Latin letters.
    pub e_venu: Option<String>,
    /// `Postalcode`: the postal code.
    pub postalcode: Option<String>,
    /// `Email`: the email address.
    pub email: Option<String>,
    /// `TelArea`: the telephone's country code (`86`).
    pub tel_area: Option<String>,
    /// `TelMain`: the telephone number.
    pub tel_main: Option<String>,
    /// `TelExt`: the telephone extension.
    pub tel_ext: Option<String>,
    /// `FaxArea`: the fax's country code.
    pub fax_area: Option<String>,
    /// `FaxMain`: the fax number.
    pub fax_main: Option<String>,
    /// `FaxExt`: the fax extension.
    pub fax_ext: Option<String>,
    /// `Mobile`: the mobile number.
    pub mobile: Option<String>,
    /// `Extend`: further details the service keeps, as text.
    pub extend: Option<String>,
}

/// A document submitted for a special business.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SpecialBizCredential {
    /// `BizId`: the business the document belongs to.
    pub biz_id: Option<i64>,
    /// `DomainName`: the domain.
    pub domain_name: Option<String>,
    /// `SaleId`: the domain's instance id.
    pub sale_id: Option<String>,
    /// `CredentialType`: the kind of document.
    pub credential_type: Option<String>,
    /// `CredentialNo`: the document's number.
    pub credential_no: Option<String>,
    /// `CredentialUrl`: where the document's image is.
    pub credential_url: Option<String>,
    /// `HolderCert`: whether the document is the registrant's own (`1`) rather than another
    /// party's.
    pub holder_cert: Option<i32>,
}

/// The order placed for a special business.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SpecialBizOrder {
    /// `OrderId`: the order.
    pub order_id: Option<String>,
    /// `SubOrderId`: the order's line for this business.
    pub sub_order_id: Option<String>,
    /// `SaleId`: the domain's instance id.
    pub sale_id: Option<String>,
    /// `ActionType`: what the order pays for.
    pub action_type: Option<String>,
    /// `OrderAmount`: the amount, in `OrderCurrency`.
    pub order_amount: Option<f64>,
    /// `OrderCurrency`: the currency of the amount.
    pub order_currency: Option<String>,
    /// `OrderYear`: the years ordered.
    pub order_year: Option<i32>,
    /// `OrderStatus`: the order's state.
    pub order_status: Option<String>,
    /// `OrderTime`: when the order was placed.
    pub order_time: Option<String>,
}

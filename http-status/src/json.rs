//! JSON output through serde_json: an object per status, with the keys and
//! values `codes.toml` uses, plus what the API derives from them.

use std::io::{self, Write};

use serde::ser::{Serialize, SerializeStruct, Serializer};
use status_core::{Redirect, Status};

use crate::known::Known;

/// Writes one status as a JSON object, followed by a newline.
pub fn one(out: &mut impl Write, status: Known) -> io::Result<()> {
    write(out, &Entry(status))
}

/// Writes the statuses as a JSON array of objects, followed by a newline.
pub fn many(out: &mut impl Write, statuses: &[Known]) -> io::Result<()> {
    let entries: Vec<Entry> = statuses.iter().copied().map(Entry).collect();
    write(out, &entries)
}

fn write(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    // serde_json hands write errors back unchanged inside its own error,
    // and `io::Error::from` takes them out again, so a closed pipe is still
    // `BrokenPipe` to the caller.
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// The JSON object for one status.
///
/// `Serialize` is written out rather than derived: the object is a view of
/// the status's methods, not of fields, and a derive would add serde's
/// proc macro, and a second major version of syn, to the build.
///
/// Every object has the same keys. Those about a vendor come last: `iana`
/// says whether the code is in the IANA registry, and for a vendor's code
/// `vendor`, `source`, `reaches_clients` and `sent_as` hold what the
/// vendor documents; they are `null` for a registered code. `understood`
/// is the code a client acts on: the code itself when it is registered,
/// else the `x00` code of its class. `registry` is `null` for a vendor's
/// code, which has no place in the registry. `headers` lists every header
/// field the data names for the status, the required ones first, and
/// `required_headers` the ones the RFCs require.
struct Entry(Known);

/// How many keys an object has.
const KEYS: usize = 23;

impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let status = self.0;
        let vendor = status.vendor();
        let mut object = serializer.serialize_struct("Status", KEYS)?;
        // A status serializes as its number, through status-core's serde
        // feature.
        object.serialize_field("code", &status)?;
        object.serialize_field("phrase", status.phrase())?;
        object.serialize_field("class", status.class().as_str())?;
        object.serialize_field("description", status.description())?;
        object.serialize_field("reference", &status.reference())?;
        object.serialize_field("url", &status.reference_url())?;
        object.serialize_field("status_line", status.status_line())?;
        object.serialize_field("aliases", status.aliases())?;
        let registry = vendor.is_none().then(|| status.registration().as_str());
        object.serialize_field("registry", &registry)?;
        object.serialize_field("deprecated", &status.deprecation())?;
        object.serialize_field("cacheable", &status.is_cacheable_by_default())?;
        object.serialize_field("content", &status.allows_content())?;
        object.serialize_field("redirect", &status.redirect().map(Redirect::as_str))?;
        let headers: Vec<&str> = status
            .required_headers()
            .iter()
            .chain(status.recommended_headers())
            .copied()
            .collect();
        object.serialize_field("headers", &headers)?;
        object.serialize_field("required_headers", status.required_headers())?;
        object.serialize_field("name", status.name())?;
        object.serialize_field("constant", &status.constants().first())?;
        object.serialize_field("iana", &vendor.is_none())?;
        let understood = Status::understand(status.code()).map(Status::code);
        object.serialize_field("understood", &understood)?;
        object.serialize_field("vendor", &vendor.map(|v| v.name()))?;
        object.serialize_field("source", &vendor.map(|v| v.source()))?;
        object.serialize_field("reaches_clients", &vendor.map(|v| v.reaches_clients()))?;
        object.serialize_field("sent_as", &vendor.and_then(|v| v.sent_as()))?;
        object.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::{Value, json};

    fn parsed(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> Value {
        let mut out = Vec::new();
        write(&mut out).unwrap();
        assert!(out.ends_with(b"\n"));
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    #[allow(deprecated)] // 305 is used on purpose
    fn objects_use_codes_toml_keywords() {
        let value = parsed(|out| one(out, Known::PermanentRedirect));
        assert_eq!(value["code"], 308);
        assert_eq!(value["redirect"], "preserve-method");
        assert_eq!(value["headers"], json!(["Location"]));
        assert_eq!(value["required_headers"], json!([]));
        assert_eq!(value["registry"], "assigned");
        assert_eq!(value["deprecated"], Value::Null);
        assert_eq!(value["constant"], "PERMANENT_REDIRECT");
        assert_eq!(value.as_object().unwrap().len(), KEYS);
        assert_eq!(value["iana"], true);
        assert_eq!(value["understood"], 308);
        assert_eq!(value["vendor"], Value::Null);
        assert_eq!(value["reaches_clients"], Value::Null);

        let value = parsed(|out| one(out, Known::MethodNotAllowed));
        assert_eq!(value["headers"], json!(["Allow"]));
        assert_eq!(value["required_headers"], json!(["Allow"]));

        let value = parsed(|out| one(out, Known::UseProxy));
        assert_eq!(value["registry"], "deprecated");
        assert_eq!(value["deprecated"], Status::UseProxy.deprecation().unwrap());
    }

    #[test]
    fn vendor_codes_carry_their_vendor() {
        let value = parsed(|out| one(out, Known::ClientClosedRequest));
        assert_eq!(value.as_object().unwrap().len(), KEYS);
        assert_eq!(value["code"], 499);
        assert_eq!(value["iana"], false);
        assert_eq!(value["registry"], Value::Null);
        assert_eq!(value["understood"], 400);
        assert_eq!(value["vendor"], "nginx");
        assert!(value["source"].as_str().unwrap().starts_with("https://"));
        assert_eq!(value["reaches_clients"], false);
        assert_eq!(value["sent_as"], Value::Null);

        let value = parsed(|out| one(out, Known::from_u16(495).unwrap()));
        assert_eq!(value["sent_as"], 400);
        let value = parsed(|out| one(out, Known::from_u16(520).unwrap()));
        assert_eq!(
            (&value["vendor"], &value["reaches_clients"]),
            (&json!("Cloudflare"), &json!(true))
        );
    }

    #[test]
    fn empty_lists_are_empty_arrays() {
        assert_eq!(parsed(|out| many(out, &[])), json!([]));
    }

    #[test]
    fn write_errors_keep_their_kind() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let error = one(&mut Closed, Known::Ok).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::BrokenPipe);
    }
}

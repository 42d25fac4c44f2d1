//! The names people read for the sites Tact records and switches: the stats key a site by its adapter id (`x`),
//! the per-site switch by its host (`x.com`); both read as "X (x.com)". Any other host reads as itself.

/// A built-in site: the content script's adapter id, the hosts it serves, and the name the popup shows.
struct Site {
    id: &'static str,
    hosts: &'static [&'static str],
    name: &'static str,
}

/// The content script's adapters (extension/src/content/adapters/), each with its name for people; a one-letter
/// name says its host too.
const SITES: [Site; 11] = [
    Site { id: "x", hosts: &["x.com", "twitter.com"], name: "X (x.com)" },
    Site { id: "linkedin", hosts: &["linkedin.com"], name: "LinkedIn" },
    Site { id: "facebook", hosts: &["facebook.com"], name: "Facebook" },
    Site { id: "reddit", hosts: &["reddit.com"], name: "Reddit" },
    Site { id: "mastodon", hosts: &["mastodon.social", "mastodon.online"], name: "Mastodon" },
    Site { id: "bluesky", hosts: &["bsky.app"], name: "Bluesky" },
    Site { id: "youtube", hosts: &["youtube.com"], name: "YouTube" },
    Site { id: "threads", hosts: &["threads.net", "threads.com"], name: "Threads" },
    Site { id: "instagram", hosts: &["instagram.com"], name: "Instagram" },
    Site { id: "try", hosts: &[], name: "The Try page" },
    Site { id: "generic", hosts: &[], name: "Other sites you turned on" },
];

/// The name people read for a site recorded by adapter id or switched by host; an unknown one (a host the user
/// turned Tact on for) is shown as it is.
pub fn site_name(key: &str) -> &str {
    SITES.iter().find(|site| site.id == key || site.hosts.contains(&key)).map_or(key, |site| site.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_adapter_id_and_its_hosts_read_as_one_name() {
        assert_eq!(site_name("x"), "X (x.com)");
        assert_eq!(site_name("x.com"), "X (x.com)");
        assert_eq!(site_name("twitter.com"), "X (x.com)");
        assert_eq!(site_name("reddit"), "Reddit");
        assert_eq!(site_name("reddit.com"), "Reddit");
        assert_eq!(site_name("generic"), "Other sites you turned on");
        assert_eq!(site_name("try"), "The Try page");
    }

    #[test]
    fn a_host_the_user_turned_on_reads_as_itself() {
        assert_eq!(site_name("social.example.org"), "social.example.org");
    }

    /// `id: "x"` and `hosts: ["x.com", "twitter.com"]` as an adapter file writes them.
    fn quoted_after<'a>(source: &'a str, key: &str) -> Vec<&'a str> {
        let Some(start) = source.find(key) else { return Vec::new() };
        let rest = &source[start + key.len()..];
        let end = if rest.trim_start().starts_with('[') { rest.find(']') } else { rest.find(',') };
        rest[..end.unwrap_or(rest.len())].split('"').skip(1).step_by(2).collect()
    }

    #[test]
    fn every_adapter_of_the_content_script_and_each_of_its_hosts_has_a_name() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("extension/src/content/adapters");
        let entries = std::fs::read_dir(&folder).unwrap_or_else(|error| panic!("{}: {error}", folder.display()));
        let table = std::fs::read_to_string(folder.join("hosts.ts")).unwrap_or_default();
        let mut adapters = 0;
        for entry in entries.flatten() {
            let source = std::fs::read_to_string(entry.path()).unwrap_or_default();
            // Adapter files declare `id: "…"`; the folder's index and types do not.
            if !source.contains("\n  id: \"") {
                continue;
            }
            let [id] = quoted_after(&source, "\n  id: ")[..] else { panic!("{}: one id", entry.path().display()) };
            adapters += 1;
            let site = SITES.iter().find(|site| site.id == id).unwrap_or_else(|| panic!("adapter `{id}` has no name"));
            // An adapter's hosts are in its file, or named from the built-in hosts' table (adapters/hosts.ts).
            let hosts = match source.split("\n  hosts: HOSTS.").nth(1).and_then(|rest| rest.split(',').next()) {
                Some(name) => quoted_after(&table, &format!("\n  {name}: ")),
                None => quoted_after(&source, "\n  hosts: "),
            };
            assert_eq!(hosts, site.hosts, "the hosts of `{id}`");
        }
        assert_eq!(adapters, SITES.len(), "one name per adapter");
    }
}

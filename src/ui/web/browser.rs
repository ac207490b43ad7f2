//! The few direct browser calls the components need, each returning an `Option`/`Result`
//! instead of panicking when the browser lacks something.

use wasm_bindgen::JsValue;

use crate::ui::notice::LoadError;

/// The page's query parameters as decoded pairs.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // UrlSearchParams is iterable as [key, value] arrays.
    if let Ok(Some(iter)) = js_sys::try_iter(&params) {
        for item in iter.flatten() {
            let pair = js_sys::Array::from(&item);
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                out.push((k, v));
            }
        }
    }
    out
}

/// Resolves `url` against the page and returns it if it has the page's origin.
///
/// # Errors
/// [`LoadError::NotAnAddress`] or [`LoadError::OtherSite`] (or, in a page without an address,
/// [`LoadError::NoPageAddress`]).
pub fn same_origin_url(url: &str) -> Result<String, LoadError> {
    let location = web_sys::window()
        .map(|w| w.location())
        .ok_or(LoadError::NoPageAddress)?;
    let href = location.href().map_err(|_| LoadError::NoPageAddress)?;
    let resolved = web_sys::Url::new_with_base(url, &href)
        .map_err(|_| LoadError::NotAnAddress(url.to_string()))?;
    let page_origin = location.origin().unwrap_or_default();
    // From file:// every origin is "null": then only relative paths are accepted.
    let relative = !url.contains("://") && !url.starts_with("//");
    let foreign = if page_origin == "null" {
        !relative
    } else {
        resolved.origin() != page_origin
    };
    if foreign {
        return Err(LoadError::OtherSite(url.to_string()));
    }
    Ok(resolved.href())
}

/// Whether an absolute address (e.g. where a fetch ended after redirects) is on the page's own
/// site. From `file://` (origin "null") only `file:` addresses are.
pub fn is_page_site(url: &str) -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let Ok(resolved) = web_sys::Url::new(url) else {
        return false;
    };
    match location.origin() {
        Ok(origin) if origin != "null" => resolved.origin() == origin,
        _ => resolved.protocol() == "file:",
    }
}

/// The page's clock (`performance.now()`, ms); 0 without one.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

thread_local! {
    /// The channel [`next_task`] posts to itself through (one for the page, reused).
    static CHANNEL: Option<web_sys::MessageChannel> = web_sys::MessageChannel::new().ok();
}

/// Resolves in a task of its own, as soon as the browser has handled what waits (input, a
/// paint): a message posted to itself, which the browser does not hold back the way it holds a
/// nested `setTimeout(0)` back by 4 ms. Without a `MessageChannel`, a timer.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let posted = CHANNEL.with(|c| {
            c.as_ref().is_some_and(|c| {
                c.port1().set_onmessage(Some(&resolve));
                c.port2().post_message(&wasm_bindgen::JsValue::NULL).is_ok()
            })
        });
        if !posted {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(&resolve);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Marks the start of a user input for the `maltal:redraw` measure.
pub fn mark_input() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        if p.mark("maltal:input").is_ok() {
            INPUT_MARKED.with(|m| m.set(true));
        }
    }
}

thread_local! {
    /// True while a task to take the `maltal:redraw` measure is queued.
    static MEASURE_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// True from an input's mark until its measure is taken: a drawing without an input
    /// before it (the first charts, a resize) measures nothing, without asking the browser.
    static INPUT_MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the end of a chart drawing and, in a task after this update's drawing is done,
/// measures `maltal:redraw` from the last input mark to the last drawing's end (so several
/// charts redrawn for one input give one measure), then clears both marks.
pub fn measure_redraw() {
    if !INPUT_MARKED.with(std::cell::Cell::get) {
        return;
    }
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    let _ = p.mark("maltal:drawn");
    // One measuring task per update, however many charts it redraws.
    if MEASURE_PENDING.with(|m| m.replace(true)) {
        return;
    }
    gloo::timers::callback::Timeout::new(0, || {
        MEASURE_PENDING.with(|m| m.set(false));
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            if INPUT_MARKED.with(|m| m.replace(false)) {
                let _ = p.measure_with_start_mark_and_end_mark(
                    "maltal:redraw",
                    "maltal:input",
                    "maltal:drawn",
                );
                p.clear_marks_with_mark_name("maltal:input");
                p.clear_marks_with_mark_name("maltal:drawn");
            }
        }
    })
    .forget();
}

/// Sets an attribute on `<html>` (theme, embed mode).
pub fn set_document_attr(name: &str, value: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute(name, value);
    }
}

/// Sets `<html lang>` so screen readers use the right voice, and the page title.
pub fn set_document_lang(code: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = document.document_element() {
        let _ = el.set_attribute("lang", code);
    }
    document.set_title(title);
}

/// Logs a problem to the console as a warning (never an error: errors fail the journeys).
pub fn warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(text));
}

/// Offers `content` as a file download named `file_name` (works from `file://` too).
///
/// # Errors
/// A message when the browser refuses to create the file.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "filen kunne ikke laves".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "filen kunne ikke laves".to_string())?;
    let result = download_url(file_name, &url);
    // The click has started the download; the object URL can go once the task returns.
    let _ = gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    result
}

/// Offers a URL (object URL or data URL) as a download named `file_name`.
///
/// # Errors
/// A message when the page has no document.
pub fn download_url(file_name: &str, url: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "siden har intet dokument".to_string())?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "filen kunne ikke laves".to_string())?
        .unchecked_into();
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.click();
    Ok(())
}

/// Copies text to the clipboard; true only when the browser says it did (the Clipboard API's
/// promise resolved). False where the page has no Clipboard API (outside a secure context, e.g.
/// plain http) and where the browser refuses (e.g. a frame of another origin without
/// `allow="clipboard-write"`).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside a secure context; calling it would throw.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Focuses the text input with `id` and selects its whole text (for copying it by hand).
pub fn select_input(id: &str) {
    use wasm_bindgen::JsCast;
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
        return;
    }
    let area = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(area) = area {
        let _ = area.focus();
        area.select();
    }
}

/// The page's address without query or fragment (also from `file://`).
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The value of the page's query parameter `name`, if it has one.
pub fn query_value(name: &str) -> Option<String> {
    query_pairs()
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// The colour theme the page shows (its `data-tema`).
pub fn current_theme() -> crate::ui::params::Theme {
    use crate::ui::params::Theme;
    let id = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-tema"))
        .unwrap_or_default();
    [Theme::Dark, Theme::Contrast]
        .into_iter()
        .find(|t| t.id() == id)
        .unwrap_or_default()
}

/// The baseline inlined in the page (the single-file build puts it in
/// `<script type="application/json" id="maltal-data">`), if any.
pub fn inline_data() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id("maltal-data")?
        .text_content()
        .filter(|t| !t.trim().is_empty())
}

/// Resolves once the browser has painted again: after the next animation frame, in the task
/// that follows it. Work awaited behind this never delays what is already on its way to the
/// screen (a timer alone may run before the paint).
pub async fn after_next_paint() {
    use std::cell::Cell;
    use std::rc::Rc;
    let painted = Rc::new(Cell::new(false));
    let flag = painted.clone();
    // Kept alive until it fires (dropping it cancels the frame request).
    let _frame = gloo::render::request_animation_frame(move |_| flag.set(true));
    while !painted.get() {
        gloo::timers::future::TimeoutFuture::new(8).await;
    }
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Moves the keyboard focus to the element with `id` as soon as it is on the page (it may be
/// rendered a moment later); gives up after about half a second.
pub fn focus_when_present(id: &'static str) {
    fn attempt(id: &'static str, tries_left: u32) {
        use wasm_bindgen::JsCast;
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match found {
            Some(el) => {
                let _ = el.focus();
            }
            None if tries_left > 0 => {
                gloo::timers::callback::Timeout::new(16, move || attempt(id, tries_left - 1))
                    .forget();
            }
            None => {}
        }
    }
    gloo::timers::callback::Timeout::new(0, move || attempt(id, 30)).forget();
}

/// A random scenario id (not a secret; it only tells scenarios apart).
pub fn new_id() -> String {
    let a = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    let b = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{a:08x}{b:08x}")
}

/// Moves the focus to the first element matching `selector` 50 ms from now (after the view
/// that holds it has been drawn).
pub fn focus_later(selector: impl Into<String>) {
    let selector = selector.into();
    gloo::timers::callback::Timeout::new(50, move || {
        use wasm_bindgen::JsCast;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    })
    .forget();
}

/// A signal that is true while the page is being printed (between `beforeprint` and
/// `afterprint`).
pub fn printing() -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::Set;
    let printing = leptos::prelude::RwSignal::new(false);
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            .forget();
        gloo::events::EventListener::new(&window, "afterprint", move |_| printing.set(false))
            .forget();
    }
    printing
}

/// Today in the browser's time zone: (year, month 1–12, day 1–31).
pub fn today() -> (i32, u32, u32) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// Shows a readable message when the app has stopped on an internal error (a Rust panic ends
/// the WebAssembly module, so the page would otherwise freeze without a word). Written with
/// plain DOM calls, in the page's language, with a link that reloads the page.
pub fn install_crash_message() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Måltal stopped: {info}").into());
        show_crash_message();
    }));
}

/// Puts the crash message at the top of the page (what the panic hook calls).
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let english = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l == "en");
    let (text, link) = if english {
        (
            "Måltal stopped on an internal error. What was saved in this browser (up to a few seconds before the error) is kept.",
            "Reload the page",
        )
    } else {
        (
            "Måltal stoppede på en intern fejl. Det, der var gemt i browseren (til få sekunder før fejlen), er i behold.",
            "Genindlæs siden",
        )
    };
    let href = document
        .location()
        .and_then(|l| l.href().ok())
        .unwrap_or_default();
    let build = || -> Option<()> {
        let alert = document.create_element("div").ok()?;
        alert.set_class_name("alert alert-error crash");
        alert.set_attribute("role", "alert").ok()?;
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(text));
        let a = document.create_element("a").ok()?;
        a.set_attribute("href", &href).ok()?;
        a.set_text_content(Some(link));
        alert.append_child(&p).ok()?;
        alert.append_child(&a).ok()?;
        document.body()?.prepend_with_node_1(&alert).ok()
    };
    let _ = build();
}

/// The media query of a small screen: the same width as the style sheet's phone rules.
pub const NARROW_SCREEN: &str = "(max-width: 40rem)";

thread_local! {
    /// One listener for the whole page, made on first use (see [`narrow_screen`]).
    static NARROW: std::cell::RefCell<Option<leptos::prelude::ArcRwSignal<bool>>> =
        const { std::cell::RefCell::new(None) };
}

/// True while the screen is small ([`NARROW_SCREEN`]), following changes (a phone turned, a
/// window resized). Reference-counted, so it outlives the component that asked first.
pub fn narrow_screen() -> leptos::prelude::Signal<bool> {
    use leptos::prelude::{Get, Set};
    let signal = NARROW.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let query =
                    web_sys::window().and_then(|w| w.match_media(NARROW_SCREEN).ok().flatten());
                let signal =
                    leptos::prelude::ArcRwSignal::new(query.as_ref().is_some_and(|q| q.matches()));
                if let Some(query) = query {
                    let (s, q) = (signal.clone(), query.clone());
                    gloo::events::EventListener::new(&query, "change", move |_| s.set(q.matches()))
                        .forget();
                }
                signal
            })
            .clone()
    });
    leptos::prelude::Signal::derive(move || signal.get())
}

/// Scrolls the row `row` sideways so its child `index` is seen whole (see
/// [`chip_scroll`](crate::ui::view_model::phone::chip_scroll)); the page itself does not move.
pub fn scroll_child_into_row(row: &web_sys::Element, index: usize) {
    let Some(chip) = row.children().item(index as u32) else {
        return;
    };
    let (r, c) = (
        row.get_bounding_client_rect(),
        chip.get_bounding_client_rect(),
    );
    let scroll_left = f64::from(row.scroll_left());
    let chip_left = c.left() - r.left() + scroll_left;
    let to = crate::ui::view_model::phone::chip_scroll(
        (scroll_left, f64::from(row.client_width())),
        (chip_left, c.width()),
        8.0,
    );
    if let Some(x) = to {
        row.set_scroll_left(x.round() as i32);
    }
}

//! A canvas' CSS size, followed with a `ResizeObserver`. The browser reports the size after
//! its own layout, so drawing never asks for it (`clientWidth` forces a layout of the whole page
//! when the DOM changed just before — once per chart at start and at every slider step), and a
//! chart redraws when its box changes (a phone turned, a window resized, presentation mode).

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// The CSS content size (width, height) of the canvas `node`, `None` until the browser has laid
/// it out. Call in the component that owns `node`: the observer stops with it.
pub fn observed_size(node: NodeRef<Canvas>) -> ReadSignal<Option<(f64, f64)>> {
    let (size, set_size) = signal(None::<(f64, f64)>);
    let kept = StoredValue::new_local(None::<(ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    on_cleanup(move || {
        kept.with_value(|k| {
            if let Some((observer, _)) = k {
                observer.disconnect();
            }
        });
    });
    node.on_load(move |canvas| {
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let last = entries
                .iter()
                .filter_map(|e| e.dyn_into::<ResizeObserverEntry>().ok())
                .next_back();
            if let Some(entry) = last {
                let rect = entry.content_rect();
                let new = Some((rect.width(), rect.height()));
                if size.get_untracked() != new {
                    set_size.set(new);
                }
            }
        });
        match ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            Ok(observer) => {
                observer.observe(&canvas);
                kept.set_value(Some((observer, on_resize)));
            }
            // No observer (a very old browser): measured once, as before.
            Err(_) => set_size.set(Some((
                f64::from(canvas.client_width()),
                f64::from(canvas.client_height()),
            ))),
        }
    });
    size
}

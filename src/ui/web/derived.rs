//! What the page derives from the app state, built once in `App` and handed to the parts of the
//! page: the planner (forecasts for the chosen outlook), the chosen municipality's index, every
//! goal's plan, the realism back-test (computed after the first charts are on screen, since it
//! is the slowest part and only fills the badges) and how far the page is built (the first card
//! first, then a card per paint, then what lies below them). Each memo's body is one call into
//! `model` or `view_model`; nothing here writes a signal.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::limits::MAX_GOALS;
use crate::model::baseline::{Baseline, Goal, GoalSet};
use crate::model::plan::{realism_horizon, Choice, GoalPlan, Planner};
use crate::model::realism::{HistoryJob, RealismHistory};
use crate::ui::format::Lang;
use crate::ui::view_model::embed::{choice_message, ChoiceMessage};
use crate::ui::view_model::goal::{self, GoalCardView};

use super::browser;
use super::state::AppState;

/// Compares an `Arc` by address, so memos holding large values are cheap to compare.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The data a plan needs: the baseline, the planner and the chosen municipality's index.
pub type PlanInputs = (Arc<Baseline>, Shared<Planner>, usize);

/// The page's derived values (all `Copy` handles to memos).
#[derive(Clone, Copy)]
pub struct Derived {
    /// The app state they derive from.
    pub state: AppState,
    /// The display language.
    pub lang: Signal<Lang>,
    /// Forecasts and plans for the chosen goal set and outlook.
    pub planner: Memo<Option<Shared<Planner>>>,
    /// Index of the chosen municipality in the baseline.
    pub municipality: Memo<Option<usize>>,
    /// Number of goals in the chosen goal set.
    pub goal_count: Memo<usize>,
    /// Every goal's plan for the chosen municipality (`None` where none can be made).
    pub plans: Memo<Vec<Option<GoalPlan>>>,
    /// How far the page is built since the first data came (and from then on): at stage 0 only
    /// the first card, then one more card after each paint, and at the stage after the last
    /// card what lies below them (the overview, the comparison). The first chart is not held up
    /// by what is below the fold, and no one task builds the whole page, however many goals.
    pub stage: Memo<usize>,
    /// True from the stage at which every card is built and what lies below them too.
    built: Memo<bool>,
    /// True while the cards are still being built or their realism badges computed after data
    /// came: the cards are then `aria-busy`, and a script reading them waits for the end.
    pub busy: Memo<bool>,
}

/// Stages there can be (see [`Derived::stage`]): one per card a scenario can hold, and one for
/// what lies below the cards.
const MAX_STAGES: usize = MAX_GOALS + 1;

impl Derived {
    /// Builds the memos once.
    pub fn new(state: AppState) -> Derived {
        let lang = Signal::derive(move || state.lang.get());
        let realism = realism_after_first_paint(state);
        let planner = Memo::new(move |_| -> Option<Shared<Planner>> {
            let b = state.baseline.get()?;
            let outlook = state
                .outlook
                .get()
                .and_then(|id| b.outlooks.iter().position(|o| o.id == id));
            let goals = state
                .goals
                .with(|g| g.as_ref().map(|g| Arc::new(g.set.clone())))?;
            Planner::with_realism(&b, goals, outlook, Arc::new(Vec::new()))
                .ok()
                .map(|p| Shared(Arc::new(p)))
        });
        let municipality = Memo::new(move |_| {
            let b = state.baseline.get()?;
            b.municipality_index(&state.municipality.get()?)
        });
        let goal_count = Memo::new(move |_| {
            state
                .goals
                .with(|g| g.as_ref().map_or(0, |g| g.set.goals.len()))
        });
        // Every goal's plan: cheap (a few microseconds each), so one memo for all.
        let plans = Memo::new(move |_| -> Vec<Option<GoalPlan>> {
            let (Some(b), Some(p), Some(m)) =
                (state.baseline.get(), planner.get(), municipality.get())
            else {
                return Vec::new();
            };
            let histories = realism.get();
            let realism: &[RealismHistory] = histories.as_ref().map_or(&[], |r| r.0.as_slice());
            let shape = state.shape.get();
            state.scenario.with(|scenario| {
                p.0.goals
                    .goals
                    .iter()
                    .enumerate()
                    .map(|(gi, g)| {
                        let milestones = scenario.milestones_of(&g.id);
                        let choice = Choice {
                            ambition: scenario.ambition(&g.id),
                            shape,
                            milestones: &milestones,
                        };
                        p.0.plan_or_fallback(&b, m, gi, &choice, realism)
                    })
                    .collect()
            })
        });
        let stage = build_stages(state, goal_count);
        // Once built, the page stays built (a goal added later is one card, built at once).
        let built = Memo::new(move |was: Option<&bool>| {
            was.copied().unwrap_or(false) || stage.get() >= goal_count.get().max(1)
        });
        Derived {
            state,
            lang,
            planner,
            municipality,
            goal_count,
            plans,
            stage,
            built,
            busy: Memo::new(move |_| {
                state.baseline.with(Option::is_some)
                    && (!built.get() || (goal_count.get() > 0 && realism.with(Option::is_none)))
            }),
        }
    }

    /// The baseline, planner and municipality, when all three are there (tracked).
    pub fn inputs(&self) -> Option<PlanInputs> {
        Some((
            self.state.baseline.get()?,
            self.planner.get()?,
            self.municipality.get()?,
        ))
    }

    /// The scenario's goals that the data can plan (tracked; empty while there are no data).
    pub fn goals(&self) -> Vec<Goal> {
        self.state
            .goals
            .with(|g| g.as_ref().map(|g| g.set.goals.clone()))
            .unwrap_or_default()
    }

    /// As [`Derived::goals`], untracked (for event handlers).
    pub fn goals_untracked(&self) -> Vec<Goal> {
        self.state
            .goals
            .with_untracked(|g| g.as_ref().map(|g| g.set.goals.clone()))
            .unwrap_or_default()
    }

    /// Goal `gi`'s plan (tracked; `None` while it cannot be planned). A memo of this lets one
    /// card rebuild only when its own plan changed, not when another goal's target moved.
    pub fn plan(&self, gi: usize) -> Option<GoalPlan> {
        self.plans.with(|plans| plans.get(gi).cloned().flatten())
    }

    /// The card of goal `gi` for its `plan` (tracked on the inputs and the language).
    pub fn goal_card_of(&self, gi: usize, plan: &GoalPlan) -> Option<GoalCardView> {
        let (b, p, m) = self.inputs()?;
        goal::goal_card(&b, &p.0, m, gi, plan, self.lang.get())
    }

    /// The message for a host page that frames Måltal (tracked): the municipality and every
    /// goal's target.
    pub fn choice_message(&self) -> Option<ChoiceMessage> {
        let (b, _, m) = self.inputs()?;
        let goals = self.goals();
        let lang = self.lang.get();
        self.state.scenario.with(|s| {
            self.plans
                .with(|plans| choice_message(&b, s, m, &goals, plans, lang))
        })
    }

    /// The chosen municipality's name (tracked; empty while there is none).
    pub fn municipality_name(&self) -> String {
        let b = self.state.baseline.get();
        b.zip(self.municipality.get())
            .and_then(|(b, m)| b.municipalities.get(m).map(|x| x.name.clone()))
            .unwrap_or_default()
    }

    /// How many goal cards are built at this stage (tracked).
    pub fn cards_built(&self) -> usize {
        if self.built.get() {
            usize::MAX
        } else {
            self.stage.get() + 1
        }
    }

    /// Whether what lies below the cards is built (tracked).
    pub fn below_cards_built(&self) -> bool {
        self.built.get()
    }
}

/// [`Derived::stage`]: a chain of flags, the first true from the paint after data were first
/// there, each next one from the paint after the one before it — up to the stage that builds
/// what lies below the last card; the flags past it need no paint and follow at once.
fn build_stages(state: AppState, goal_count: Memo<usize>) -> Memo<usize> {
    let mut before = Signal::derive(move || state.baseline.with(Option::is_some));
    let mut flags = Vec::with_capacity(MAX_STAGES);
    for k in 0..MAX_STAGES {
        let flag = painted_after(before, Signal::derive(move || k < goal_count.get()));
        flags.push(flag);
        before = flag.into();
    }
    Memo::new(move |_| flags.iter().take_while(|f| f.get()).count())
}

/// True from the first paint after `before` became true (at once when `wait` is false), and
/// from then on.
fn painted_after(before: Signal<bool>, wait: Signal<bool>) -> Memo<bool> {
    let painted = LocalResource::new(move || {
        let ready = before.get();
        let wait = wait.get();
        async move {
            if ready && wait {
                browser::after_next_paint().await;
            }
            ready
        }
    });
    Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || painted.get() == Some(true)
    })
}

/// The realism back-test, once per data file and list of goals, after the next paint.
fn realism_after_first_paint(state: AppState) -> Memo<Option<Shared<Vec<RealismHistory>>>> {
    let realism = LocalResource::new(move || {
        let b = state.baseline.get();
        let goals = state.goals.with(|g| g.as_ref().map(|g| g.set.clone()));
        async move {
            browser::after_next_paint().await;
            let (b, goals) = b.zip(goals)?;
            Some(Shared(Arc::new(realism_in_slices(&b, &goals).await)))
        }
    });
    Memo::new(move |_| realism.get().flatten())
}

/// Longest stretch of back-testing before the browser gets to handle input and paint (ms).
const SLICE_MS: f64 = 8.0;

/// The realism histories of `goals` (as `plan::realism_histories`), computed one origin month
/// at a time and handed back to the browser every [`SLICE_MS`], so no long task blocks input
/// while they are computed, however long the file's history.
async fn realism_in_slices(b: &Baseline, goals: &GoalSet) -> Vec<RealismHistory> {
    let mut out = Vec::with_capacity(goals.goals.len());
    let mut deadline = browser::now() + SLICE_MS;
    for g in &goals.goals {
        let mut job = HistoryJob::new(b, g.indicator, g.measure, realism_horizon(b, g));
        while !job.step() {
            if browser::now() > deadline {
                browser::next_task().await;
                deadline = browser::now() + SLICE_MS;
            }
        }
        out.push(job.finish());
    }
    out
}

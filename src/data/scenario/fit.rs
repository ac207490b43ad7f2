//! Fitting a scenario to a data file: a scenario made on other data (a link from another region,
//! a file from last year) may name a municipality, goal set or outlook the data do not have.
//! It is then repaired to the nearest sensible choice, and what was repaired is said.

use crate::model::ambition::Ambition;
use crate::model::baseline::{Baseline, Text};

use super::Scenario;

/// The id of the outlook a scenario falls back to.
pub const BASE_OUTLOOK: &str = "basis";

/// A repair [`Scenario::fit_to`] made that the user should hear about.
#[derive(Debug, Clone, PartialEq)]
pub enum Refit {
    /// The municipality (its code) is not in the data; the first one is used.
    MunicipalityMissing(String),
    /// The outlook (its id) is not in the data; the base outlook is used.
    OutlookMissing(String),
    /// A goal's target or milestone was past what is plausible for its indicator
    /// ([`Baseline::plausible_limit`]); it was removed, so the goal has its default target
    /// (or follows its path that year).
    Implausible {
        /// The goal's title.
        title: Text,
        /// The figure that was removed.
        value: f64,
        /// The limit it was past.
        limit: f64,
    },
}

impl Scenario {
    /// Makes the scenario fit `b`: a municipality, goal set or outlook that `b` lacks becomes
    /// the first municipality, the first goal set and the base outlook (or the first); a
    /// scenario without a data date takes `b`'s and `source`. Returns the repairs the user
    /// should be told of (an empty choice, as in a new scenario, is filled in silently).
    pub fn fit_to(&mut self, b: &Baseline, source: &str) -> Vec<Refit> {
        let mut said = Vec::new();
        if b.municipality_index(&self.municipality).is_none() {
            if !self.municipality.is_empty() {
                said.push(Refit::MunicipalityMissing(self.municipality.clone()));
            }
            self.municipality = b
                .municipalities
                .first()
                .map(|m| m.code.clone())
                .unwrap_or_default();
        }
        if !b.goal_sets.iter().any(|g| g.id == self.goal_set) {
            self.goal_set = b
                .goal_sets
                .first()
                .map(|g| g.id.clone())
                .unwrap_or_default();
        }
        if !b.outlooks.iter().any(|o| o.id == self.outlook) {
            if !self.outlook.is_empty() {
                said.push(Refit::OutlookMissing(self.outlook.clone()));
            }
            self.outlook = b
                .outlooks
                .iter()
                .find(|o| o.id == BASE_OUTLOOK)
                .or(b.outlooks.first())
                .map(|o| o.id.clone())
                .unwrap_or_default();
        }
        if self.data_month.is_empty() {
            self.data_month = b.meta.data_month.to_string();
            self.data_source = crate::data::limits::fit_source(source);
        }
        said.extend(self.drop_implausible(b));
        said
    }

    /// Removes every target and milestone past its goal's plausible limit.
    fn drop_implausible(&mut self, b: &Baseline) -> Vec<Refit> {
        let mut said = Vec::new();
        for goal in self.goals_in(b).set.goals {
            let Some(limit) = b.plausible_limit(goal.indicator) else {
                continue;
            };
            let mut past = Vec::new();
            if let Some(&Ambition::Absolute(v)) = self.ambitions.get(&goal.id) {
                if v > limit {
                    self.ambitions.remove(&goal.id);
                    past.push(v);
                }
            }
            if let Some(years) = self.milestones.get_mut(&goal.id) {
                years.retain(|_, v| {
                    let keep = *v <= limit;
                    if !keep {
                        past.push(*v);
                    }
                    keep
                });
            }
            for value in past {
                said.push(Refit::Implausible {
                    title: goal.title.clone(),
                    value,
                    limit,
                });
            }
        }
        said
    }
}

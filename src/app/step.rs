//! The wizard's steps and their order, defined once in [`Step::ALL`]. Everything that walks
//! the steps reads it from here: the step bar and the plain questions (`ALL`), Esc on a
//! step ([`Step::previous`]), a confirmed answer ([`Step::next`]), and where a resumed
//! cart opens ([`Step::first_unanswered`]).

use super::state::Draft;

/// One step of the wizard. Its place in the sequence is its place in [`Step::ALL`], not the
/// order of the variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Subsidiary,
    Plan,
    Name,
    Voucher,
    Review,
    Order,
}

impl Step {
    /// The steps, in the order the person goes through them.
    pub const ALL: [Step; 6] = [Step::Subsidiary, Step::Plan, Step::Name, Step::Voucher, Step::Review, Step::Order];

    /// The first step.
    pub const FIRST: Step = Step::ALL[0];

    fn index(self) -> usize {
        Step::ALL.iter().position(|step| *step == self).unwrap_or_default()
    }

    /// The step's number as shown (`Step 2 of 6`), from 1.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// The step a confirmed answer leads to; `None` after the last.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step Esc goes back to; `None` on the first.
    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|index| Step::ALL[index])
    }

    /// The first step whose answer `draft` lacks: where a cart resumed from the browser
    /// opens. The voucher is optional (never lacking); the review and the order are always
    /// the person's to do again.
    pub fn first_unanswered(draft: &Draft) -> Step {
        let answered = |step: &Step| match step {
            Step::Subsidiary => draft.subsidiary.is_some(),
            Step::Plan => draft.plan.is_some(),
            Step::Name => draft.name.is_some(),
            Step::Voucher => true,
            Step::Review | Step::Order => false,
        };
        Step::ALL.into_iter().find(|step| !answered(step)).unwrap_or(Step::Review)
    }

    pub fn msgid(self) -> &'static str {
        match self {
            Step::Subsidiary => msgid!("step-subsidiary"),
            Step::Plan => msgid!("step-plan"),
            Step::Name => msgid!("step-name"),
            Step::Voucher => msgid!("step-voucher"),
            Step::Review => msgid!("step-review"),
            Step::Order => msgid!("step-order"),
        }
    }
}

/// Earlier steps are less: the step bar marks those before the current one as done.
impl Ord for Step {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.index().cmp(&other.index())
    }
}

impl PartialOrd for Step {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::effect::PlanChoice;

    #[test]
    fn next_and_previous_walk_all_in_order() {
        let forward: Vec<Step> = std::iter::successors(Some(Step::FIRST), |step| step.next()).collect();
        assert_eq!(forward, Step::ALL);
        let last = *Step::ALL.last().unwrap();
        let mut backward: Vec<Step> = std::iter::successors(Some(last), |step| step.previous()).collect();
        backward.reverse();
        assert_eq!(backward, Step::ALL);
        assert_eq!((Step::FIRST.previous(), last.next()), (None, None));
    }

    #[test]
    fn numbers_and_order_follow_all() {
        for (index, step) in Step::ALL.into_iter().enumerate() {
            assert_eq!(step.number(), index + 1);
            if let Some(next) = step.next() {
                assert!(step < next, "{step:?} before {next:?}");
                assert_eq!(next.previous(), Some(step));
            }
        }
        let mut sorted = Step::ALL;
        sorted.sort();
        assert_eq!(sorted, Step::ALL);
    }

    #[test]
    fn a_resumed_cart_opens_at_its_first_missing_answer() {
        let mut draft = Draft::default();
        assert_eq!(Step::first_unanswered(&draft), Step::Subsidiary);
        draft.subsidiary = crate::api::endpoints::SUBSIDIARIES.first();
        assert_eq!(Step::first_unanswered(&draft), Step::Plan);
        draft.plan = Some(PlanChoice {
            plan_code: "project.2018".into(),
            duration: "P1M".into(),
            pricing_mode: "default".into(),
        });
        assert_eq!(Step::first_unanswered(&draft), Step::Name);
        draft.name = Some("Project".into());
        assert_eq!(Step::first_unanswered(&draft), Step::Review, "the voucher is optional");
    }
}

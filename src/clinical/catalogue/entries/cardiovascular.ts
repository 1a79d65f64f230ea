import type { ManagementStep, RedFlag } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  practiceDefault,
  STOP_INFUSION,
  sourced,
  unconfirmedCode,
} from "./shared";

const MECHANISM = {
  plain:
    "Ketamine turns up the body's 'fight or flight' system for a while, which speeds the heart and raises blood pressure.",
  clinical:
    "Central sympathetic stimulation with raised circulating adrenaline and noradrenaline, which masks a mild direct myocardial depressant effect.",
  ...sourced("S15"),
};

const RECHECK_VITALS: ManagementStep = {
  kind: "non-drug",
  text: "Check blood pressure and heart rate before dosing and recheck during the infusion (one clinic measures every 10 min during and every 15 min after); reassure, treat pain and anxiety.",
  ...sourced("S18", "S136"),
};

const SLOW_FOR_PRESSOR: ManagementStep = {
  kind: "infusion",
  text: "Slow the infusion and recheck in 5–10 min.",
  ...practiceDefault("S21", "S22"),
};

const PAUSE_FOR_PRESSOR: ManagementStep = {
  kind: "infusion",
  text: "Pause the infusion until values come back towards baseline; restart at a lower rate only after clinician review.",
  ...practiceDefault("S21", "S22"),
};

/** Chest pain, neurology or sudden headache with high pressure is treated as a hypertensive emergency. */
const CRISIS_FLAG: RedFlag = {
  text: "Chest pain, breathlessness, sudden severe headache, visual disturbance, seizure, reduced consciousness or a focal deficit: stop the infusion and start emergency care for hypertensive crisis or encephalopathy.",
  action: "emergency",
  ...sourced("S19"),
};

const STIMULANT_RISKS = [
  {
    text: "Overactive thyroid, or thyroid hormone treatment",
    screeningRuleIds: ["scr.hyperthyroidism", "ix.thyroid-hormone"],
  },
  {
    text: "Stimulants or sympathomimetics (prescribed or recent illicit use)",
    screeningRuleIds: ["ix.sympathomimetic", "scr.substance-use"],
  },
];

export const hypertension = defineEntry({
  id: "hypertension",
  clinicalName: "Raised blood pressure (pressor response)",
  plainName: "Higher blood pressure",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 8,
    highPercent: 19,
    text: "Esketamine: blood pressure increased 10% vs 3% on placebo; 8–19% had a systolic rise of 40 mmHg or more and/or a diastolic rise of 25 mmHg or more in the first 1.5 h (1–4% on placebo). In 684 depression infusions none was stopped for vital signs; the largest mean rise was small and came at 30 min.",
    ...sourced("S20", "S21", "S136"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText:
    "Peaks during or just after the infusion; with esketamine about 40 min after dosing, lasting about 4 h. After IV ketamine for depression, values were back to baseline within 1.5 h.",
  mechanism: MECHANISM,
  riskFactors: [
    {
      text: "Known high blood pressure, especially if poorly controlled",
      screeningRuleIds: ["scr.hypertension-uncontrolled", "scr.hypertension-controlled"],
    },
    {
      text: "Heart disease, aneurysm, or a history of stroke or brain haemorrhage",
      screeningRuleIds: ["scr.cardiovascular-disease", "scr.aneurysm-stroke-ich"],
    },
    ...STIMULANT_RISKS,
    { text: "MAOIs", screeningRuleIds: ["ix.maoi"] },
    { text: "SSRIs (higher post-infusion peaks in one observational study)", screeningRuleIds: [] },
    { text: "Porphyria (sympathomimetic effect)", screeningRuleIds: ["scr.porphyria"] },
  ],
  recognition: {
    signs: ["Blood pressure above the pre-dose reading", "Headache, flushing or pounding heartbeat"],
    criterion:
      "A systolic rise of 40 mmHg or more, or a diastolic rise of 25 mmHg or more, over the pre-dose reading (label event definition) prompts slowing or pausing. CTCAE grade follows the absolute value: SBP 120–139 or DBP 80–89 is grade 1, 140–159 or 90–99 grade 2, 160 or more or 100 or more grade 3. A pre-dose reading above 180/100 mmHg is a contraindication.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Hypertension",
    grades: {
      1: "Adults: systolic 120–139 or diastolic 80–89 mmHg.",
      2: "Adults: systolic 140–159 or diastolic 90–99 mmHg if previously normal; a change in usual treatment, or recurrent or persistent (24 h or more), or symptomatic rise of more than 20 mmHg diastolic or to above 140/90; single-drug treatment indicated.",
      3: "Adults: systolic 160 or more or diastolic 100 or more; medical treatment with more than one drug, or more intensive treatment, indicated.",
      4: "Life-threatening (for example malignant hypertension, a transient or permanent neurological deficit, hypertensive crisis); urgent treatment needed.",
      5: "Death related to the event.",
    },
    sources: ["S81-a", "S132"],
  },
  management: [
    { grades: [1], action: "continue", steps: [RECHECK_VITALS] },
    {
      grades: [2],
      action: "slow",
      steps: [
        RECHECK_VITALS,
        SLOW_FOR_PRESSOR,
        {
          kind: "drug",
          text: "Clonidine as an adjunct (used in the Schwartzman CRPS protocol; 0.1–0.2 mg daily or twice daily in a CRPS programme).",
          drug: { drug: "clonidine", dose: "0.1 mg", route: "PO" },
          ...sourced("S7", "S10"),
        },
      ],
    },
    {
      grades: [3],
      action: "pause",
      steps: [
        RECHECK_VITALS,
        PAUSE_FOR_PRESSOR,
        {
          kind: "drug",
          text: "Labetalol if blood pressure stays at grade 3 despite pausing. No source gives an IV antihypertensive dose for this setting; the dose is a clinic default.",
          drug: { drug: "labetalol", dose: "10–20 mg", route: "IV" },
          ...practiceDefault("S19", "S135"),
        },
        {
          kind: "escalation",
          text: "If blood pressure stays high, get help promptly from clinicians experienced in blood-pressure management. Tell asymptomatic urgency from an emergency with end-organ signs, following general hypertension guidance.",
          ...sourced("S19", "S135"),
        },
      ],
    },
    {
      grades: [4, 5],
      action: "emergency",
      steps: [
        STOP_INFUSION,
        {
          kind: "escalation",
          text: "Start emergency care for hypertensive crisis or encephalopathy.",
          ...sourced("S19"),
        },
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [CRISIS_FLAG],
  redFlagFromGrade: 4,
  patient: {
    name: "Higher blood pressure",
    whatItFeelsLike: "Most people feel nothing. Some feel a pounding heart, a warm face or a mild headache.",
    whyItHappens:
      "The medicine turns up the body's alarm system for a while. This makes the heart work harder and pushes blood pressure up. It usually comes down soon after the drip ends.",
    whatWeDo:
      "We check your blood pressure before we start and often during the drip. If it goes up a lot, we slow or pause the drip. Sometimes we give a medicine to bring it down.",
    tellUsAtOnce:
      "Tell us right away if you get chest pain, a sudden bad headache, trouble seeing, trouble breathing, or weakness in your face, arm or leg.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "38341003", "Hypertensive disorder", "S110"),
    confirmedCode("CTCAE", "10020772", "Hypertension", "S82", "S132"),
  ],
  alsoCites: ["S61", "S19", "S27"],
});

export const tachycardia = defineEntry({
  id: "tachycardia",
  clinicalName: "Raised heart rate (tachycardia)",
  plainName: "Faster heartbeat",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 2,
    highPercent: 2,
    text: "Esketamine label table: tachycardia 2% vs 0.5% on placebo. Anaesthetic doses raise heart rate, blood pressure and cardiac output transiently by 15–30%; no significant tachycardia in 5-day CRPS infusions.",
    ...sourced("S20", "S46", "S9"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText: "During the infusion, settling with blood pressure after it ends.",
  mechanism: MECHANISM,
  riskFactors: [
    { text: "Heart disease", screeningRuleIds: ["scr.cardiovascular-disease"] },
    ...STIMULANT_RISKS,
  ],
  recognition: {
    signs: ["Pulse above baseline on the monitor", "Palpitations or a pounding heartbeat"],
    criterion:
      "Heart rate above 120/min, or 20–30% above baseline, prompts slowing (clinic defaults). A pre-dose heart rate below 50 or above 150/min is an exclusion in one emergency protocol. Arrhythmia or chest pain means stop.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Sinus tachycardia",
    grades: {
      1: "No symptoms; no treatment needed.",
      2: "Symptoms; non-urgent medical treatment indicated.",
      3: "Urgent medical treatment indicated.",
    },
    sources: ["S132"],
  },
  management: [
    { grades: [1], action: "continue", steps: [RECHECK_VITALS] },
    {
      grades: [2],
      action: "slow",
      steps: [
        RECHECK_VITALS,
        SLOW_FOR_PRESSOR,
        {
          kind: "escalation",
          text: "Record an ECG and ask for medical review if symptoms persist after slowing.",
          ...practiceDefault("S130", "S99-b"),
        },
      ],
    },
    {
      grades: [3],
      action: "emergency",
      steps: [
        STOP_INFUSION,
        {
          kind: "escalation",
          text: "Continuous cardiac monitoring and an ECG.",
          ...sourced("S99-b", "S64"),
        },
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [
    {
      text: "Irregular rhythm, chest pain, fainting or breathlessness: stop the infusion and start emergency care.",
      action: "emergency",
      ...sourced("S64", "S19"),
    },
  ],
  redFlagFromGrade: 3,
  patient: {
    name: "Faster heartbeat",
    whatItFeelsLike: "Your heart may beat faster or harder. You may feel it in your chest or neck.",
    whyItHappens:
      "The medicine turns up the body's alarm system for a while. This makes your heart beat faster. It settles after the drip ends.",
    whatWeDo:
      "A monitor counts your heartbeat all through the drip. If it stays fast, we slow the drip and check your heart more closely.",
    tellUsAtOnce:
      "Tell us right away if you get chest pain, feel faint, find it hard to breathe, or feel your heart skip or flutter.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("CTCAE", "10040752", "Sinus tachycardia", "S132"),
    confirmedCode("CTCAE", "10033557", "Palpitations", "S132"),
    unconfirmedCode("SNOMED CT", "3424008", "Tachycardia"),
    unconfirmedCode("MedDRA", "10043071", "Tachycardia (PT)"),
  ],
  alsoCites: ["S19", "S27"],
});

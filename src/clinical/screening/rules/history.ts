import { normaliseMedicationName } from "../../medications/normalise";
import { THRESHOLDS as T } from "../thresholds";
import { onConditions } from "./helpers";
import type { RuleHit, ScreeningRule } from "./types";

const isPositive = (value: number | string) => typeof value === "string" && /^\s*pos/i.test(value);

export const pregnancy: ScreeningRule = {
  id: "scr.pregnancy",
  version: "1",
  title: "Pregnancy",
  severity: "contraindication",
  whenFires:
    "Pregnancy or eclampsia/pre-eclampsia is recorded, or the most recent pregnancy test on file is positive.",
  rationale:
    "Relative contraindication in the ASRA guideline; the current US label says to avoid ketamine in pregnancy because animal data show possible harm to the fetus; the esketamine label warns of fetal harm; the ED protocol excludes pregnancy; the UK label contraindicates eclampsia and pre-eclampsia.",
  whatToDo:
    "Do not start. Discuss pain management options that are safer in pregnancy with the obstetric team.",
  sources: ["S130", "S147", "S100", "S64", "S23"],
  evidence: "sourced",
  relatedSideEffects: [],
  evaluate: (ctx) => {
    const hits = onConditions([["contraindication", ["pregnancy", "pre-eclampsia"]]])(ctx);
    const latest = ctx.recentLab("pregnancy-test", Number.POSITIVE_INFINITY);
    if (latest && isPositive(latest.value))
      hits.push({ trigger: `positive pregnancy test on ${latest.takenOn}` });
    return hits;
  },
};

export const breastfeeding: ScreeningRule = {
  id: "scr.breastfeeding",
  version: "1",
  title: "Breastfeeding",
  severity: "contraindication",
  whenFires: "Breastfeeding is recorded.",
  rationale:
    "Relative contraindication in the ASRA guideline; the esketamine label does not recommend breastfeeding during treatment.",
  whatToDo:
    "Do not start unless the physician records a reason to proceed; if proceeding, agree a plan for feeding around the infusion with the patient.",
  sources: ["S130", "S100"],
  evidence: "sourced",
  relatedSideEffects: [],
  evaluate: onConditions([["contraindication", ["breastfeeding"]]]),
};

export const psychosisHistory: ScreeningRule = {
  id: "scr.psychosis-history",
  version: "1",
  title: "Psychosis, schizophrenia or bipolar disorder",
  severity: "contraindication",
  alsoAs: [{ severity: "caution", when: "bipolar disorder without psychosis recorded" }],
  whenFires: "Psychosis or schizophrenia (contraindication); bipolar disorder (caution).",
  rationale:
    "Ketamine can bring on hallucinations and delusions, and doses of 0.1–0.5 mg/kg worsened symptoms in stable schizophrenia. The ASRA guideline calls active psychosis a relative contraindication; emergency-medicine guidance lists psychiatric illness as a contraindication to dissociative sedation; the esketamine label asks for careful assessment. Sources differ on stable illness, so a physician override with a reason is allowed.",
  whatToDo:
    "Psychosis or schizophrenia: do not start unless psychiatry agrees and the physician records why. Bipolar disorder: psychiatric assessment of current stability and psychosis history first; monitor for psychotic symptoms and mood elevation.",
  sources: ["S130", "S131", "S101", "S19", "S64", "S66", "S145"],
  evidence: "sourced",
  relatedSideEffects: ["psychotic-symptoms", "dissociation", "agitation"],
  evaluate: onConditions([
    ["contraindication", ["psychosis", "schizophrenia"]],
    ["caution", ["bipolar-disorder"]],
  ]),
};

export const hepaticImpairment: ScreeningRule = {
  id: "scr.hepatic-impairment",
  version: "1",
  title: "Liver impairment",
  severity: "contraindication",
  alsoAs: [{ severity: "caution", when: "moderate hepatic impairment" }],
  whenFires: "Severe hepatic impairment (contraindication); moderate hepatic impairment (caution).",
  rationale:
    "Ketamine is cleared by the liver and repeated infusions have caused liver injury. The ASRA guideline advises avoiding it in severe liver disease and using it judiciously with monitoring in moderate disease; the ED protocol excludes advanced liver disease; a dose reduction is suggested in cirrhosis.",
  whatToDo:
    "Severe: do not start. Moderate: baseline liver tests, a lower dose, and liver tests after the infusion and before each further course.",
  sources: ["S130", "S131", "S64", "S28"],
  evidence: "sourced",
  relatedSideEffects: ["liver-injury"],
  evaluate: onConditions([
    ["contraindication", ["hepatic-impairment-severe"]],
    ["caution", ["hepatic-impairment-moderate"]],
  ]),
};

export const raisedIcpIop: ScreeningRule = {
  id: "scr.raised-icp-iop",
  version: "1",
  title: "Raised intracranial or intraocular pressure",
  severity: "contraindication",
  alsoAs: [{ severity: "caution", when: "glaucoma without raised pressure recorded" }],
  whenFires:
    "Raised intracranial pressure or intracranial mass, raised intraocular pressure, or an open-globe injury (contraindication); glaucoma (caution).",
  rationale:
    "Ketamine can raise intracranial pressure and slightly raises eye pressure. The ASRA guideline says not to use it with raised intracranial or intraocular pressure, or to use only lower doses with extreme caution; a UK nursing guideline contraindicates it; the US label treats it as a caution with frequent neurological checks. Sources disagree on strength, so a physician override with a reason is allowed.",
  whatToDo:
    "Raised pressure or open globe: do not start unless the physician records why, and then only at a lower dose with neurological or eye checks. Glaucoma: confirm eye pressure is controlled with the eye team first.",
  sources: ["S130", "S131", "S24", "S66", "S25"],
  evidence: "sourced",
  relatedSideEffects: ["headache", "visual-disturbance"],
  evaluate: onConditions([
    ["contraindication", ["raised-icp", "raised-iop", "open-globe-injury"]],
    ["caution", ["glaucoma"]],
  ]),
};

export const hyperthyroidism: ScreeningRule = {
  id: "scr.hyperthyroidism",
  version: "1",
  title: "Hyperthyroidism",
  severity: "contraindication",
  alsoAs: [{ severity: "caution", when: "hyperthyroidism is recorded as treated" }],
  whenFires:
    "Hyperthyroidism not recorded as treated (contraindication); hyperthyroidism recorded as treated (caution).",
  rationale:
    "Thyroid excess adds to ketamine's rise in heart rate and blood pressure. The US label lists thyrotoxicosis as an absolute contraindication and the Swiss label contraindicates untreated hyperthyroidism; emergency-medicine guidance treats thyroid disease as a relative contraindication.",
  whatToDo:
    "Untreated or unknown: do not start; check thyroid function and treat first. Treated: confirm the patient is euthyroid and monitor heart rate and BP closely.",
  sources: ["S24", "S22", "S29", "S27"],
  evidence: "sourced",
  relatedSideEffects: ["hypertension", "tachycardia"],
  evaluate: (ctx) => {
    if (!ctx.has("hyperthyroidism")) return [];
    return ctx.input.history.hyperthyroidismTreated === true
      ? [{ trigger: "hyperthyroidism, recorded as treated", severity: "caution" }]
      : [{ trigger: "hyperthyroidism, not recorded as treated", severity: "contraindication" }];
  },
};

export const porphyria: ScreeningRule = {
  id: "scr.porphyria",
  version: "1",
  title: "Porphyria",
  severity: "caution",
  whenFires: "Porphyria is recorded.",
  rationale:
    "Emergency-medicine guidance lists porphyria as a relative contraindication because of ketamine's sympathomimetic effect.",
  whatToDo:
    "Weigh benefit against risk with the physician; if proceeding, monitor heart rate and BP closely.",
  sources: ["S29"],
  evidence: "sourced",
  relatedSideEffects: ["hypertension", "tachycardia"],
  evaluate: onConditions([["caution", ["porphyria"]]]),
};

export const substanceUse: ScreeningRule = {
  id: "scr.substance-use",
  version: "1",
  title: "Substance use disorder or recreational ketamine use",
  severity: "contraindication",
  alsoAs: [
    { severity: "caution", when: "substance use disorder in remission, or past recreational ketamine use" },
  ],
  whenFires:
    "Active substance use disorder (contraindication); substance use disorder in remission or recreational ketamine use (caution).",
  rationale:
    "Ketamine is a Schedule III drug with abuse potential. The ASRA guideline calls active substance abuse a relative contraindication and says serial infusions should not be given during it; the esketamine programme asks for an abuse-risk assessment before and monitoring during treatment.",
  whatToDo:
    "Active: do not start serial infusions unless the physician records why. Remission or past ketamine use: agree a defined treatment course, watch for escalating requests or diversion, and use universal precautions.",
  sources: ["S130", "S131", "S18", "S19", "S19-b", "S89"],
  evidence: "sourced",
  relatedSideEffects: ["ketamine-cystitis"],
  evaluate: onConditions([
    ["contraindication", ["substance-use-disorder-active"]],
    ["caution", ["substance-use-disorder-remission", "recreational-ketamine-use"]],
  ]),
};

export const ketamineCystitisHistory: ScreeningRule = {
  id: "scr.ketamine-cystitis-history",
  version: "1",
  title: "Ketamine-associated cystitis or past illicit ketamine use",
  severity: "caution",
  whenFires: "Ketamine-associated cystitis or recreational ketamine use is recorded.",
  rationale:
    "Bladder damage is linked to repeated and high cumulative ketamine exposure, mostly in people who used it recreationally; stopping ketamine is the main treatment. A screen for this history is recommended before treatment.",
  whatToDo:
    "Ask about urinary frequency, urgency, pain and blood in the urine; record a baseline urinary symptom score and urinalysis; involve urology before any course if cystitis has occurred; stop further infusions if symptoms return.",
  sources: ["S106", "S55", "S56", "S25"],
  evidence: "sourced",
  relatedSideEffects: ["ketamine-cystitis"],
  evaluate: onConditions([["caution", ["ketamine-cystitis", "recreational-ketamine-use"]]]),
};

export const seizureDisorder: ScreeningRule = {
  id: "scr.seizure-disorder",
  version: "1",
  title: "Seizure disorder",
  severity: "caution",
  whenFires: "A seizure disorder is recorded.",
  rationale:
    "The label describes increased tone with movements that can look like seizures, and seizures have occurred with theophylline. No label contraindication for seizure disorder was found, so this is a precaution.",
  whatToDo:
    "Confirm seizures are controlled and anticonvulsants taken as usual; check for threshold-lowering drugs; have a seizure plan and a benzodiazepine to hand.",
  sources: ["S25", "S27"],
  evidence: "sourced",
  relatedSideEffects: ["seizure"],
  evaluate: onConditions([["caution", ["seizure-disorder"]]]),
};

/** Allergy entries that mean ketamine, esketamine, their brands, or the preservative in some vials. */
const KETAMINE_ALLERGENS = ["ketamine", "esketamine", "ketalar", "spravato", "ketanest", "benzethonium"];

export const hypersensitivity: ScreeningRule = {
  id: "scr.hypersensitivity",
  version: "1",
  title: "Hypersensitivity to ketamine, esketamine or an excipient",
  severity: "contraindication",
  whenFires:
    "Hypersensitivity to ketamine or esketamine is in the history, or an allergy entry names ketamine, esketamine, Ketalar, Spravato, Ketanest or benzethonium (the preservative in some vials).",
  rationale:
    "Known hypersensitivity to the drug or its excipients is an absolute contraindication in the UK and esketamine labels.",
  whatToDo: "Do not start. Record the reaction and consider other treatments.",
  sources: ["S23", "S21", "S98"],
  evidence: "sourced",
  relatedSideEffects: ["anaphylaxis"],
  evaluate: (ctx) => {
    const hits: RuleHit[] = onConditions([["contraindication", ["ketamine-hypersensitivity"]]])(ctx);
    for (const a of ctx.input.allergies) {
      const key = normaliseMedicationName(a.substance);
      if (KETAMINE_ALLERGENS.some((k) => key.split(" ").some((w) => w.startsWith(k))))
        hits.push({ trigger: `allergy: ${a.substance.trim()}` });
    }
    return hits;
  },
};

export const ageExtreme: ScreeningRule = {
  id: "scr.age-extreme",
  version: "1",
  title: "Age outside the studied range, or not known",
  severity: "caution",
  alsoAs: [{ severity: "contraindication", when: `younger than ${T.ageInfantBelow.value} months` }],
  whenFires: `Older than ${T.ageOldAbove.value} years in completed years (caution), younger than ${T.ageInfantBelow.value} months (contraindication), or the date of birth is missing or not a real date (caution).`,
  rationale:
    "The low-dose ED protocol excludes people under 3 months or over 75 years. No chronic-pain source sets an upper age limit, so older age is a caution rather than a bar.",
  whatToDo:
    "Over 75: review kidney and liver function, other medicines and fall risk; start low and titrate slowly; plan a longer recovery. Age not known: record the date of birth before going further.",
  sources: ["S64"],
  evidence: "sourced",
  relatedSideEffects: ["confusion", "dizziness", "fatigue-sedation"],
  evaluate: (ctx) => {
    if (ctx.age === null)
      return [{ trigger: "date of birth missing or not a real date: age limits not checked" }];
    if (ctx.age.months < T.ageInfantBelow.value)
      return [{ trigger: `age ${ctx.age.months} months`, severity: "contraindication" }];
    return ctx.age.years > T.ageOldAbove.value ? [{ trigger: `age ${ctx.age.years} years` }] : [];
  },
};

export const under18: ScreeningRule = {
  id: "scr.under-18",
  version: "1",
  title: "Younger than the adult age",
  severity: "caution",
  whenFires: `Younger than ${T.adultFrom.value} years (and at least ${T.ageInfantBelow.value} months old).`,
  rationale:
    "The chronic-pain infusion protocols in the knowledge base come from adults; paediatric low-dose dosing appears only as a reference. This age limit is a clinic default, not a sourced cut-off.",
  whatToDo: "Refer to, or involve, a paediatric pain service before planning an infusion.",
  sources: [...T.adultFrom.sources],
  evidence: "practice-default",
  relatedSideEffects: [],
  evaluate: (ctx) =>
    ctx.age !== null && ctx.age.months >= T.ageInfantBelow.value && ctx.age.years < T.adultFrom.value
      ? [{ trigger: `age ${ctx.age.years} years` }]
      : [],
};

export const anxietyHistory: ScreeningRule = {
  id: "scr.anxiety-history",
  version: "1",
  title: "Anxiety, PTSD or dissociative disorder",
  severity: "info",
  whenFires: "An anxiety disorder, PTSD or a dissociative disorder is recorded.",
  rationale:
    "Anxiety is one of the commoner effects during ketamine (13% vs 6% with esketamine). Anxiety before the infusion and a history of dissociative disorders are thought to make distressing dissociation more likely, but this link is not confirmed.",
  whatToDo:
    "Explain beforehand what the infusion may feel like; use a quiet, dim room with little stimulation; have a benzodiazepine rescue ready for distress.",
  sources: ["S20", "S24", "S64", "S7"],
  evidence: "practice-default",
  relatedSideEffects: ["anxiety", "agitation", "dissociation"],
  evaluate: onConditions([["info", ["anxiety-disorder", "ptsd", "dissociative-disorder"]]]),
};

export const nauseaHistory: ScreeningRule = {
  id: "scr.nausea-history",
  version: "1",
  title: "Prone to nausea or motion sickness",
  severity: "info",
  whenFires: "Marked nausea or motion sickness is recorded.",
  rationale:
    "Nausea affects about a quarter of patients given esketamine and vomiting about one in ten. Clinics commonly give an antiemetic before pain infusions. A prior tendency to nausea as a risk factor is not confirmed.",
  whatToDo:
    "Offer a preventive antiemetic (for example ondansetron) before the infusion and ask the patient to come with an empty stomach.",
  sources: ["S20", "S12", "S102", "S138", "S24"],
  evidence: "practice-default",
  relatedSideEffects: ["nausea", "vomiting"],
  evaluate: onConditions([["info", ["nausea-motion-sickness"]]]),
};

export const respiratoryDisease: ScreeningRule = {
  id: "scr.respiratory-disease",
  version: "1",
  title: "Sleep apnoea or chronic lung disease",
  severity: "caution",
  whenFires: "Obstructive sleep apnoea or COPD is recorded.",
  rationale:
    "Breathing depression is uncommon at sub-anaesthetic doses but becomes more likely with too-rapid dosing and with other sedatives. British Columbia standards ask for sleep-apnoea screening before ketamine; no source names COPD specifically, so this is a clinic default.",
  whatToDo:
    "Continuous pulse oximetry, oxygen and airway equipment ready, avoid stacking sedatives, and bring the CPAP device if the patient uses one.",
  sources: ["S143", "S26", "S147"],
  evidence: "practice-default",
  relatedSideEffects: ["respiratory-depression", "fatigue-sedation"],
  evaluate: onConditions([["caution", ["obstructive-sleep-apnoea", "copd"]]]),
};

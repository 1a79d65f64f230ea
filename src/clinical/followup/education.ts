/**
 * Patient education as structured content (sections of paragraphs, lists and side-effect cards), personalised
 * by the patient's screening findings and, after the first infusion, by what happened last time. Written for a
 * reading age of about 12; the side-effect cards use the catalogue's patient text.
 */
import { byTier } from "../catalogue";
import type { SideEffectEntry, SideEffectId, Tier } from "../catalogue/types";
import type { ChartEntry } from "../chair/entries";
import { RED_FLAG_ADVICE } from "../chair/sheet-advice";
import type { EpochMs } from "../monitoring/types";
import { type Evidence, KB_VERSION } from "../provenance";
import { type CheckinConfig, DEFAULT_CHECKIN_CONFIG } from "./checkins";
import { lastTimeSentences } from "./last-time";
import { type PersonalFinding, whyForYou } from "./why-for-you";

export type EducationBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | {
      readonly kind: "side-effect";
      readonly sideEffectId: SideEffectId;
      readonly name: string;
      readonly whatItFeelsLike: string;
      readonly whyItHappens: string;
      readonly whatWeDo: string;
      readonly tellUsAtOnce: string;
      /** Set when the patient's screening makes this effect more relevant. */
      readonly whyThisMattersForYou: string | null;
    };

export interface EducationSection {
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly EducationBlock[];
  readonly sources: readonly string[];
  readonly evidence: Evidence;
}

export interface EducationInput {
  /** The findings of the patient's signed screening. */
  readonly screeningFindings?: readonly PersonalFinding[];
  /** The previous infusion's start and chart, once there has been one. */
  readonly lastInfusion?: { readonly startedAt: EpochMs; readonly entries: readonly ChartEntry[] } | null;
  readonly checkins?: CheckinConfig;
  /** e.g. "999"; without one the text says "your local emergency number". */
  readonly emergencyNumber?: string | null;
}

export interface Education {
  readonly sections: readonly EducationSection[];
  /** The version of this content's wording and structure, recorded with what the patient was shown. */
  readonly version: string;
  readonly kbVersion: string;
}

export const EDUCATION_VERSION = "1.0.0";

const WHAT_KETAMINE_IS: EducationSection = {
  id: "what-ketamine-is",
  heading: "What ketamine is",
  sources: ["S15", "S58", "S3", "S5"],
  evidence: "sourced",
  blocks: [
    {
      kind: "paragraph",
      text: "Ketamine is a medicine. Doctors have used it for a long time to put people to sleep for operations. In much smaller doses, given slowly through a drip into a vein, it can ease some kinds of long-lasting pain.",
    },
    {
      kind: "paragraph",
      text: "Pain that goes on for a long time can make the nerves in your spine and brain too touchy. Ketamine blocks one of the signals these nerves use to pass on pain. We think this helps calm them down. No one knows the full story yet.",
    },
    {
      kind: "paragraph",
      text: "It does not help everyone. When it helps, the relief often lasts for weeks, not for good. Studies so far are small, so we check how well it works for you.",
    },
  ],
};

function treatmentSection(checkins: CheckinConfig): EducationSection {
  const times = [...checkins.slots]
    .sort((a, b) => a.afterHours - b.afterHours)
    .map((s) => s.label.replace(/ after$/, ""));
  const list = times.length === 1 ? times[0]! : `${times.slice(0, -1).join(", ")} and ${times.at(-1)}`;
  return {
    id: "what-the-treatment-involves",
    heading: "What the treatment involves",
    sources: ["S130", "S136", "S7", "S64", "S22-c", "S23", "S77", "S10", "S74", "S89"],
    evidence: "sourced",
    blocks: [
      {
        kind: "list",
        items: [
          "A first visit. A doctor asks about your health, your pain and your medicines, and checks your blood pressure. Some people need blood tests or a heart trace.",
          "A plan. The doctor decides your dose, how many drips you have and how far apart they are.",
          "The drip. Each one takes from about 40 minutes to a few hours. A nurse stays close, and a monitor checks your heart, blood pressure and oxygen the whole time.",
          "Going home. You stay until you are fully awake. Then an adult takes you home. Do not drive until the next day.",
          `Check-ins. We ask how you feel ${list} after each drip.`,
          "More drips. If the drips help, you may have more, spaced further apart over time. If they do not help, we stop.",
        ],
      },
    ],
  };
}

const TIER_HEADINGS: Readonly<Record<Tier, string>> = {
  common: "Common side effects",
  "less-common": "Less common side effects",
  rare: "Rare side effects",
};

const card = (entry: SideEffectEntry, why: string | null): EducationBlock => ({
  kind: "side-effect",
  sideEffectId: entry.id,
  name: entry.patient.name,
  whatItFeelsLike: entry.patient.whatItFeelsLike,
  whyItHappens: entry.patient.whyItHappens,
  whatWeDo: entry.patient.whatWeDo,
  tellUsAtOnce: entry.patient.tellUsAtOnce,
  whyThisMattersForYou: why,
});

const sourcesOf = (entries: readonly SideEffectEntry[]): string[] => [
  ...new Set(entries.flatMap((e) => e.sources)),
];

function sideEffectSections(findings: readonly PersonalFinding[]): EducationSection[] {
  const why = whyForYou(findings);
  const tiers: Tier[] = ["common", "less-common", "rare"];
  const mine = tiers.flatMap((t) => byTier(t)).filter((e) => why.has(e.id));
  const sections: EducationSection[] = [];
  if (mine.length > 0)
    sections.push({
      id: "side-effects-for-you",
      heading: "Side effects to know about most",
      sources: sourcesOf(mine),
      evidence: "sourced",
      blocks: [
        {
          kind: "paragraph",
          text: "Your health check shows a few things that make some side effects more likely for you. We list them first.",
        },
        ...mine.map((e) => card(e, why.get(e.id)!)),
      ],
    });
  for (const tier of tiers) {
    const rest = byTier(tier).filter((e) => !why.has(e.id));
    if (rest.length === 0) continue;
    sections.push({
      id: `side-effects-${tier}`,
      heading: TIER_HEADINGS[tier],
      sources: sourcesOf(rest),
      evidence: "sourced",
      blocks: rest.map((e) => card(e, null)),
    });
  }
  return sections;
}

function getHelpSection(emergencyNumber: string | null): EducationSection {
  const call = emergencyNumber ?? "your local emergency number";
  return {
    id: "get-help-at-once",
    heading: "Get help at once",
    sources: [...new Set(RED_FLAG_ADVICE.flatMap((a) => a.sources))],
    evidence: "sourced",
    blocks: [
      { kind: "paragraph", text: `Get help at once if any of these happen after a drip. Call ${call}.` },
      { kind: "list", items: RED_FLAG_ADVICE.map((a) => a.text) },
    ],
  };
}

/**
 * The patient's education, section by section: what ketamine is, what the treatment involves, side effects
 * (those the screening makes more relevant first, marked), when to get help, and what happened last time.
 * @example patientEducation({ screeningFindings: result.findings }).sections.map((s) => s.id)
 */
export function patientEducation(input: EducationInput = {}): Education {
  const last = input.lastInfusion ?? null;
  const sections: EducationSection[] = [
    WHAT_KETAMINE_IS,
    treatmentSection(input.checkins ?? DEFAULT_CHECKIN_CONFIG),
    ...(last === null
      ? []
      : [
          {
            id: "last-time",
            heading: "Last time",
            // Told from the patient's own chart, not from the knowledge base, so it cites nothing.
            sources: [],
            evidence: "sourced" as const,
            blocks: [{ kind: "list" as const, items: lastTimeSentences(last.startedAt, last.entries) }],
          },
        ]),
    ...sideEffectSections(input.screeningFindings ?? []),
    getHelpSection(input.emergencyNumber ?? null),
  ];
  return { sections, version: EDUCATION_VERSION, kbVersion: KB_VERSION };
}

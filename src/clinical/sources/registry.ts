/**
 * The registry of references behind every rule, threshold, dose limit and catalogue entry.
 * Ids match the [S#] tags of the clinical fact sheet the knowledge base was compiled from.
 */
export type SourceKind =
  | "guideline"
  | "trial"
  | "label"
  | "review"
  | "scale-manual"
  | "terminology"
  | "other";

export interface Source {
  readonly id: string;
  readonly title: string;
  /** Where the text was read; null when the reference is a repository file rather than a web page. */
  readonly url: string | null;
  readonly alsoAt?: readonly string[];
  readonly year: number | null;
  readonly kind: SourceKind;
}

export const SOURCES: readonly Source[] = [
  {
    id: "S1",
    title: 'ASRA — "Intravenous Ketamine Infusions for Chronic Pain" (advisory guideline page)',
    url: "https://www.asra.com/advisory-guidelines/article/12/intravenous-ketamine-infusions-for-chronic-pain",
    year: null,
    kind: "guideline",
  },
  {
    id: "S1-b",
    title:
      'ASRA — "Consensus Guidelines on the Use of Intravenous Ketamine Infusions for Chronic Pain Management"',
    url: "https://www.asra.com/news-publications/asra-updates/blog-landing/guidelines/2018/07/01/consensus-guidelines-on-the-use-of-intravenous-ketamine-infusions-for-chronic-pain-management",
    year: 2018,
    kind: "guideline",
  },
  {
    id: "S2",
    title: "Cohen SP et al., Reg Anesth Pain Med 2018;43:521–546 (LWW full-text landing)",
    url: "https://journals.lww.com/rapm/Fulltext/2018/07000/Consensus_Guidelines_on_the_Use_of_Intravenous.11.aspx",
    year: 2018,
    kind: "guideline",
  },
  {
    id: "S3",
    title: 'MedCentral — "ASRA, AAPM, ASA Release First IV Ketamine Infusion Guidelines"',
    url: "https://www.medcentral.com/pain/interventions/asra-aapm-asa-release-first-iv-ketamine-infusion-guidelines",
    year: null,
    kind: "guideline",
  },
  {
    id: "S4",
    title: "CASA Bulletin of Anesthesiology 2021 Vol 8 No 6, p.44 (dosing guidelines review)",
    url: "http://online.flipbuilder.com/nufg/omtx/files/basic-html/page44.html",
    year: 2021,
    kind: "guideline",
  },
  {
    id: "S5",
    title:
      'Clinical Pain Advisor — "Consensus Guidelines for the Use of Intravenous Ketamine for Chronic Pain"',
    url: "https://www.clinicalpainadvisor.com/chronic-pain/consensus-guidelines-for-the-use-of-intravenous-ketamine-for-chronic-pain/",
    year: null,
    kind: "guideline",
  },
  {
    id: "S6",
    title: 'Schwartzman RJ et al., "Outpatient intravenous ketamine for the treatment of CRPS" (Pain 2009)',
    url: "https://journals.lww.com/pain/Abstract/2009/12150/Outpatient_intravenous_ketamine_for_the_treatment.21.aspx",
    year: 2009,
    kind: "trial",
  },
  {
    id: "S7",
    title: "ClinicalTrials.gov NCT00579085 (Schwartzman protocol)",
    url: "https://clinicaltrials.gov/ct2/show/NCT00579085",
    year: null,
    kind: "trial",
  },
  {
    id: "S8",
    title:
      'Sigtermans MJ et al., "Ketamine produces effective and long-term pain relief in CRPS type 1" (Pain 2009), abstract copy',
    url: "http://clusterheadacheinfo.wikidot.com/targetreferencefiles:13",
    year: 2009,
    kind: "trial",
  },
  {
    id: "S9",
    title: "Goldberg ME et al., 5-day continuous racemic ketamine in CRPS (PMC2950807)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2950807",
    year: null,
    kind: "trial",
  },
  {
    id: "S10",
    title: 'Medscape — "How is ketamine administered in the treatment of CRPS?"',
    url: "https://www.medscape.com/answers/1145318-107996/how-is-ketamine-administered-in-the-treatment-of-complex-regional-pain-syndrome-crps",
    year: null,
    kind: "trial",
  },
  {
    id: "S11",
    title:
      'Tankha H et al., "Standardized ketamine infusion protocol for chronic refractory pain" (RAPM 2025)',
    url: "https://m.booksci.cn/literature/145234182.htm",
    year: 2025,
    kind: "trial",
  },
  {
    id: "S12",
    title:
      'Patil S, Anitescu M, "Efficacy of outpatient ketamine infusions in refractory chronic pain syndromes" (Pain Med 2012)',
    url: "https://www.ncbi.nlm.nih.gov/pubmed/21939497",
    year: 2012,
    kind: "trial",
  },
  {
    id: "S13",
    title: 'Commonwealth of Pennsylvania — "Guidelines for Safe Administration of Low-Dose Ketamine" (2020)',
    url: "https://info.5y1.org/ketamine-sedation-infusion_1_17abe3.html",
    year: 2020,
    kind: "trial",
  },
  {
    id: "S14",
    title: "CHEO drug manual — ketamine",
    url: "https://outreach.cheo.on.ca/manual/1619",
    year: null,
    kind: "trial",
  },
  {
    id: "S95",
    title: "Kiefer RT et al., pilot S(+)-ketamine in refractory CRPS (Pain Med 2008)",
    url: "https://read.qxmd.com/read/18254766/a-pilot-open-label-study-of-the-efficacy-of-subanesthetic-isomeric-s-ketamine-in-refractory-crps-patients",
    year: 2008,
    kind: "trial",
  },
  {
    id: "S96",
    title:
      '"A Prospective Study of Inpatient Ketamine Subanaesthetic Dose Infusion in Chronic Refractory Pain"',
    url: "https://scirp.org/journal/paperinformation.aspx?paperid=110498",
    year: null,
    kind: "trial",
  },
  {
    id: "S102",
    title: 'Ketamine Therapy clinic — "Pain Treatment Requirements"',
    url: "https://ketaminetherapy.com/pain-treatment",
    year: null,
    kind: "trial",
  },
  {
    id: "S103",
    title: "Diazgranados N et al., ketamine in bipolar depression (PMC3000408)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC3000408",
    year: null,
    kind: "trial",
  },
  {
    id: "S64",
    title: '"Low Dose Ketamine Use in the Emergency Department" protocol',
    url: "http://html.scirp.org/file/_3-1750111_1.htm",
    year: null,
    kind: "trial",
  },
  {
    id: "S65",
    title:
      'Royal Cornwall Hospitals — "Intravenous Ketamine Infusion Nursing Care Clinical Guideline" V6.0 2022',
    url: "https://info.5y1.org/ketamine-sedation-infusion_1_2ac707.html",
    year: 2022,
    kind: "trial",
  },
  {
    id: "S66",
    title: 'RCHT — "Intravenous ketamine infusion nursing guidelines"',
    url: "https://studylib.net/doc/8901879/intravenous-ketamine-infusion-nursing-guidelines",
    year: null,
    kind: "trial",
  },
  {
    id: "S15",
    title:
      '"Drugs in Anaesthesia and Intensive Care" (Oxford), ketamine monograph — GitHub copy StarleyBy/Starley-CS-Library, books/drugs/drugs-in-icu-oxford/chapters/chapter-10/chapter-10.md (commit af1afa5f)',
    url: null,
    year: null,
    kind: "label",
  },
  {
    id: "S16",
    title:
      "openFDA NDC records: Ketalar 10 mg/mL https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2242023-113%22 ; 100 mg/mL https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2271872-7296%22 ; Hospira https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%220409-2051%22",
    url: "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2242023-113%22",
    alsoAt: [
      "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2271872-7296%22",
      "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%220409-2051%22",
    ],
    year: null,
    kind: "label",
  },
  {
    id: "S16-c",
    title: "DrugCentral ketamine label (How supplied)",
    url: "https://drugcentral.org/label/a6efa428-c61c-4b1b-9462-a17d9fe8a7ba/view",
    year: null,
    kind: "label",
  },
  {
    id: "S22",
    title: "Swiss Fachinformation Ketamin — contraindications",
    url: "https://ch.oddb.org:443/en/gcc/fachinfo/reg/67199/chapter/contra_indications",
    alsoAt: ["https://ch.oddb.org:443/de/gcc/fachinfo/reg/67199/chapter/interactions"],
    year: null,
    kind: "label",
  },
  {
    id: "S22-c",
    title: "Swiss Fachinformation Ketamin — contraindications — driving",
    url: "https://ch.oddb.org:443/it/gcc/fachinfo/reg/63231/chapter/driving_ability",
    year: null,
    kind: "label",
  },
  {
    id: "S23",
    title: "Ketalar UK SmPC (MHRA 2019) via RxReasoner",
    url: "https://rxreasoner.com/monographs/ketalar/precautions",
    year: 2019,
    kind: "label",
  },
  {
    id: "S24",
    title: "PDR — Ketalar drug summary",
    url: "https://physician.pdr.net/drug-summary/Ketalar-ketamine-hydrochloride-1999",
    alsoAt: ["http://pdr.net/drug-summary/Ketalar-ketamine-hydrochloride-1999"],
    year: 1999,
    kind: "label",
  },
  {
    id: "S25",
    title: "Ketamine injection adverse reactions (label text)",
    url: "http://edrugswiki.com/drug/ketamine-injection-concentrate",
    year: null,
    kind: "label",
  },
  {
    id: "S26",
    title: "DrugCentral ketamine label (overdosage/precautions)",
    url: "https://drugcentral.org/label/dd8eff00-b92e-4f48-8b57-0464484d6ddf/view",
    year: null,
    kind: "label",
  },
  {
    id: "S27",
    title: "MIMS Ketamax — drug interactions",
    url: "https://sit.mimsdev.com/philippines/drug/info/ketamax/drug-interactions",
    year: null,
    kind: "label",
  },
  {
    id: "S99-b",
    title: "MIMS Ketamax — special precautions",
    url: "https://sit.mimsdev.com/philippines/drug/info/ketamax/special-precautions",
    year: null,
    kind: "label",
  },
  {
    id: "S28",
    title: "RxReasoner — ketamine interactions/precautions",
    url: "https://www.rxreasoner.com/substances/ketamine/precautions",
    year: null,
    kind: "label",
  },
  {
    id: "S29",
    title:
      "Ketamine contraindications and warnings notes — GitHub adxxxbox/adx-public, books/repo-books/medical-resourses/vargoanes_md/Ketamine_(Ketalar)_Contraindications_and_Warnings.md",
    url: null,
    year: null,
    kind: "label",
  },
  {
    id: "S62",
    title: 'Ketamine HCl injection label "Special Note" (emergence reactions ~12%)',
    url: "https://globalrph.com/rx-list/ketamine-hydrochloride-drug",
    year: null,
    kind: "label",
  },
  {
    id: "S63",
    title: "Mayo Clinic (Micromedex) — ketamine injection precautions",
    url: "https://www.mayoclinic.org/drugs-supplements/ketamine-injection-route/precautions/drg-20075559",
    year: null,
    kind: "label",
  },
  {
    id: "S98",
    title: "Ketalar description (concentrations, preservative)",
    url: "http://rxscoops.com/drugsdetail.php?drugsid=4035",
    year: null,
    kind: "label",
  },
  {
    id: "S124",
    title: "Ketalar side effects (patient information)",
    url: "http://rxscoops.com/drugsdetail.php?drugsid=4035",
    year: null,
    kind: "label",
  },
  {
    id: "S18",
    title: "SPRAVATO HCP — dosing, monitoring & discharge",
    url: "https://www.spravatohcp.com/dosing-spravato-trd",
    year: null,
    kind: "label",
  },
  {
    id: "S19",
    title: "SPRAVATO prescribing information 2019 (sections 5.1–5.3)",
    url: "http://www.120ty.net/bencandy.php?aid=58243&fid=134&page=5",
    year: 2019,
    kind: "label",
  },
  {
    id: "S19-b",
    title: "SPRAVATO prescribing information 2019 (sections 5.1–5.3) — REMS section",
    url: "http://www.120ty.net/bencandy.php?aid=58243&fid=134&page=6",
    year: null,
    kind: "label",
  },
  {
    id: "S19-c",
    title: "SPRAVATO prescribing information 2019 (sections 5.1–5.3) — BP/cognition sections",
    url: "http://www.120ty.net/bencandy.php?aid=58243&fid=134&page=7",
    year: null,
    kind: "label",
  },
  {
    id: "S20",
    title: "SPRAVATO HCP — safety and tolerability table",
    url: "https://www.spravatohcp.com/safety",
    year: null,
    kind: "label",
  },
  {
    id: "S21",
    title: "SPRAVATO PI excerpts (US Medicine 2021)",
    url: "https://www.usmedicine.com/2021online-dir/inc/html/33.html",
    alsoAt: ["https://www.usmedicine.com/2021online-dir/inc/html/30.html"],
    year: 2021,
    kind: "label",
  },
  {
    id: "S97",
    title: "RxList — Spravato side effects center (dosing)",
    url: "https://www.rxlist.com/spravato-side-effects-drug-center.htm",
    year: null,
    kind: "label",
  },
  {
    id: "S100",
    title: "MedicineNet — side effects of Spravato (interactions, pregnancy)",
    url: "https://www.medicinenet.com/side_effects_of_esketamine_spravato/side-effects.htm",
    year: null,
    kind: "label",
  },
  {
    id: "S30",
    title:
      'Andrade C, "Ketamine for Depression, 5: Potential PK and PD Drug Interactions" (J Clin Psychiatry 2017)',
    url: "https://www.psychiatrist.com/JCP/article/Pages/2017/v78n07/17f11802.aspx",
    year: 2017,
    kind: "label",
  },
  {
    id: "S31",
    title:
      'Anand A et al., "Attenuation of the neuropsychiatric effects of ketamine with lamotrigine" (Arch Gen Psychiatry 2000)',
    url: "http://archpsyc.jamanetwork.com/article.aspx?articleid=481584",
    year: 2000,
    kind: "label",
  },
  {
    id: "S32",
    title: 'Wilkowska A et al., "Ketamine and Lamotrigine Combination in Psychopharmacology" (PMC8869907)',
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC8869907",
    year: null,
    kind: "label",
  },
  {
    id: "S33",
    title:
      'Andrashko V et al., "The Antidepressant Effect of Ketamine Is Dampened by Concomitant Benzodiazepine Medication" (Front Psychiatry 2020)',
    url: "https://www.frontiersin.org/articles/10.3389/fpsyt.2020.00844/full",
    year: 2020,
    kind: "label",
  },
  {
    id: "S34",
    title: 'Feeney A et al., "Effect of Concomitant Benzodiazepines … RAPID" (J Clin Psychiatry 2023)',
    url: "https://psychiatrist.com/jcp/effect-concomitant-benzodiazepines-antidepressant-effects-ketamine-findings-rapid-intravenous-ketamine-study",
    year: 2023,
    kind: "label",
  },
  {
    id: "S35",
    title:
      'Peltoniemi MA et al., "Exposure to oral S-ketamine is unaffected by itraconazole but greatly increased by ticlopidine" (2011)',
    url: "https://research.utu.fi/converis/portal/detail/Publication/3209422?lang=en_GB",
    year: 2011,
    kind: "label",
  },
  {
    id: "S36",
    title:
      'Hagelberg NM et al., "Clarithromycin … greatly increases exposure to oral S-ketamine" (Eur J Pain 2010)',
    url: "https://www.ncbi.nlm.nih.gov/pubmed/19897389?dopt=Abstract",
    year: 2010,
    kind: "label",
  },
  {
    id: "S37",
    title:
      'Peltoniemi MA et al., "St John\'s wort greatly decreases the plasma concentrations of oral S-ketamine" (2012)',
    url: "https://discovery.researcher.life/article/st-john-s-wort-greatly-decreases-the-plasma-concentrations-of-oral-s-ketamine/86327f582b9f36efa9b4de155d282016",
    year: 2012,
    kind: "label",
  },
  {
    id: "S38",
    title:
      'Peltoniemi MA et al., "Rifampicin has a profound effect on the PK of oral S-ketamine and less on IV" (2012)',
    url: "https://research.utu.fi/converis/portal/detail/Publication/1356588?lang=en_GB",
    year: 2012,
    kind: "label",
  },
  {
    id: "S39",
    title: 'Noppers I et al., "Effect of rifampicin on S-ketamine and S-norketamine … after IV S-ketamine"',
    url: "https://scholars.duke.edu/display/pub1303721",
    year: null,
    kind: "label",
  },
  {
    id: "S107",
    title:
      '"Effects of enzyme induction, renal and cardiac function on ketamine plasma kinetics in long-term analgosedation"',
    url: "https://discovery.researcher.life/article/effects-of-enzyme-induction-renal-and-cardiac-function-on-ketamine-plasma-kinetics-in-patients-with-ketamine-long-term-analgosedation/56adb01720453a72b654853144ef3580",
    year: null,
    kind: "label",
  },
  {
    id: "S108",
    title: 'Anesthesia General — "Ketamine Interactions"',
    url: "https://anesthesiageneral.com/ketamine-interactions/",
    year: null,
    kind: "label",
  },
  {
    id: "S51",
    title:
      'Cotter S et al., "Repeated or Continuous Medically Supervised Ketamine Administration Associated with Hepatobiliary Adverse Events" (Drug Saf 2021)',
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC8546385",
    alsoAt: [
      "https://czeek.com/ronbun/repeated-or-continuous-medically-supervised-ketamine-administration-associated-with-hepatobiliary-adverse-events-a-retrospective-case-series",
    ],
    year: 2021,
    kind: "review",
  },
  {
    id: "S52",
    title:
      'Noppers IM et al., "Drug-induced liver injury following a repeated course of ketamine treatment for chronic pain in CRPS type 1" (Pain 2011, PMID 21546160)',
    url: "http://47.251.13.51:8081/21546160",
    year: 2011,
    kind: "review",
  },
  {
    id: "S53",
    title:
      'De Tymowski C et al., "Ketamine restriction correlates with reduced cholestatic liver injury …" (JHEP Rep 2023)',
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC10832380",
    year: 2023,
    kind: "review",
  },
  {
    id: "S54",
    title: "Colina Vargas YA et al., ketamine infusion > 72 h and liver tests (Rev Chil Anest 2023)",
    url: "https://revistachilenadeanestesia.cl/revchilanestv52n8-14",
    year: 2023,
    kind: "review",
  },
  {
    id: "S55",
    title:
      'Chan EOT et al., "Systematic review and meta-analysis of ketamine-associated uropathy" (HKMJ 2022)',
    url: "https://www.hkmj.org/abstracts/v28n6/466.htm",
    year: 2022,
    kind: "review",
  },
  {
    id: "S56",
    title: '"Ketamine-Induced Cystitis: A Comprehensive Review"',
    url: "https://healthpsychologyresearch.openmedicalpublishing.org/article/38247-ketamine-induced-cystitis-a-comprehensive-review-of-the-urologic-effects-of-this-psychoactive-drug",
    year: null,
    kind: "review",
  },
  {
    id: "S104",
    title: 'Emergucate — "ketamine induced cystitis"',
    url: "http://www.emergucate.com/the-daily-educational-pearl-ketamine-induced-cystitis/",
    year: null,
    kind: "review",
  },
  {
    id: "S117",
    title: "Ketamine cystitis management abstract",
    url: "https://discovery.researcher.life/topic/metabolites-of-ketamine/925424?page=2",
    year: null,
    kind: "review",
  },
  {
    id: "S58",
    title:
      'Orhurhu V et al., "Ketamine Infusions for Chronic Pain: A Systematic Review and Meta-analysis of RCTs" (Anesth Analg 2019)',
    url: "https://www.medscape.com/viewarticle/914701",
    year: 2019,
    kind: "review",
  },
  {
    id: "S59",
    title: 'CADTH — "Ketamine for chronic non-cancer pain" rapid review',
    url: "https://canjhealthtechnol.ca/index.php/cjht/article/download/RC1521/1737?inline=1",
    year: null,
    kind: "review",
  },
  {
    id: "S60",
    title:
      'Short B et al., "Side-effects associated with ketamine use in depression: a systematic review" (Lancet Psychiatry 2018), summary',
    url: "https://moreblossom.com/papers/side-effects-associated-with-ketamine-use-in-depression-a-systematic-review",
    year: 2018,
    kind: "review",
  },
  {
    id: "S61",
    title:
      'Szarmach J et al., "Metabolic Risk Factors and Cardiovascular Safety in Ketamine Use for TRD" (NDT 2020)',
    url: "https://www.dovepress.com/metabolic-risk-factors-and-cardiovascular-safety-in-ketamine-use-for-t-peer-reviewed-article-NDT",
    year: 2020,
    kind: "review",
  },
  {
    id: "S101",
    title: 'REBEL EM — "Is Ketamine Contraindicated in Patients with Psychiatric Disorders?" (Lahti 1995)',
    url: "http://rebelem.com/is-ketamine-contraindicated-in-patients-with-psychiatric-disorders/",
    year: 1995,
    kind: "review",
  },
  {
    id: "S105",
    title:
      'Hovda N et al., "A systematic review of the incidence of medical serious adverse events in sub-anesthetic ketamine treatment of psychiatric disorders" (JAD 2024)',
    url: "https://www.zhixidata.com/details/1/847243089/2/3",
    year: 2024,
    kind: "review",
  },
  {
    id: "S106",
    title: '"Ketamine and Its Pharmacologic Profile in Psychiatric Disorders" (Psychiatr Ann 2018)',
    url: "https://discovery.researcher.life/article/ketamine-and-its-pharmacologic-profile-in-psychiatric-disorders/e200e4f8bcfe39ac8602c47f5ccb2ff8",
    year: 2018,
    kind: "review",
  },
  {
    id: "S112",
    title: 'Anesthesia General — "Ketamine hallucinations"',
    url: "https://anesthesiageneral.com/ketamine-hallucinations",
    year: null,
    kind: "review",
  },
  {
    id: "S89",
    title:
      'ASA — "Guidance on the Safe Use of Ketamine Outside of Acute Pain Management and Procedural Sedation"',
    url: "https://asahq.org/advocating-for-you/guidance/ketamine-safe-use",
    year: null,
    kind: "review",
  },
  {
    id: "S121",
    title: 'Colorado CDPHE — "Patient Monitoring" (ketamine panel)',
    url: "https://cdphe.colorado.gov/patient-monitoring",
    year: null,
    kind: "review",
  },
  {
    id: "S67",
    title: "MOAA/S scale table (BMC Anesthesiology 2022)",
    url: "https://bmcanesthesiol.biomedcentral.com/articles/10.1186/s12871-022-01788-1/tables/2",
    year: 2022,
    kind: "scale-manual",
  },
  {
    id: "S122",
    title: "MOAA/S 1–6 variant (Ain-Shams J Anesthesiol)",
    url: "https://asja.springeropen.com/articles/10.1186/s42077-020-00090-x/tables/1",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S68",
    title: "Richmond Agitation-Sedation Scale",
    url: "https://en.wikipedia.org/wiki/Richmond_Agitation-Sedation_Scale",
    alsoAt: [
      "https://palliative.stanford.edu/palliative-sedation/appendices/richmond-agitation-sedation-scale/",
    ],
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S69",
    title: "Bremner JD, CADSS instructions (2014)",
    url: "https://fr.scribd.com/document/333420920/bibliografie-disociere",
    year: 2014,
    kind: "scale-manual",
  },
  {
    id: "S69-b",
    title: "Bremner JD, CADSS instructions (2014) — CADSS item table",
    url: "https://www.scribd.com/document/333420922/cadss",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S70",
    title: 'Rodrigues NB et al., "A simplified 6-item CADSS (CADSS-6)" (J Affect Disord 2021)',
    url: "https://research.regionh.dk/da/publications/a-simplified-6-item-clinician-administered-dissociative-symptom-s",
    year: 2021,
    kind: "scale-manual",
  },
  {
    id: "S71",
    title: '"Acute psychoactive effects of IV ketamine … Analysis of the CADSS" (J Affect Disord 2018)',
    url: "https://www.ncbi.nlm.nih.gov/pubmed?term=29045915",
    year: 2018,
    kind: "scale-manual",
  },
  {
    id: "S123",
    title: "CADSS psychometrics for ketamine in anxiety (J Psychopharmacol 2017)",
    url: "https://https-sage-cnpereading-com-443.webvpn1.xju.edu.cn/doi/10.1177/0269881117725685",
    year: 2017,
    kind: "scale-manual",
  },
  {
    id: "S72",
    title: "BPRS network analysis (items rated 1–7) (PMC8779246)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC8779246",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S73",
    title: "Brief Pain Inventory",
    url: "https://en.wikipedia.org/wiki/Brief_Pain_Inventory",
    alsoAt: ["https://scribd.com/document/551933912/Questionaires-BPI-PSEQ-WOAI-OLBPDQ"],
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S73-b",
    title: "Brief Pain Inventory — Shirley Ryan AbilityLab",
    url: "https://www.sralab.org/rehabilitation-measures/brief-pain-inventory",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S74",
    title: "Bandolier — IMMPACT outcome recommendations (Dworkin 2008)",
    url: "http://www.bandolier.org.uk/booth/painpag/Chronout.html",
    year: 2008,
    kind: "scale-manual",
  },
  {
    id: "S74-b",
    title: "Bandolier — IMMPACT outcome recommendations (Dworkin 2008) — Pain-Topics summary",
    url: "https://pain-topics.org/2009/11/how-much-relief-from-chronic-pain-is.html",
    year: 2009,
    kind: "scale-manual",
  },
  {
    id: "S75",
    title: "Modified Aldrete: [S75-a] https://www.omicsonline.org/JACRimages/2155-6148-5-480-t001.html",
    url: "https://www.omicsonline.org/JACRimages/2155-6148-5-480-t001.html",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S75-b",
    title:
      "Modified Aldrete: [S75-a] https://www.omicsonline.org/JACRimages/2155-6148-5-480-t001.html — https://nursingeducation.podia.com/view/courses/e-learning-post-operative-management-for-pediatrics/2866308-module-5-aldrete-scoring-system-modified-aldrete-scoring/9280117-criteria-for-assessing-recovery-from-anesthesia",
    url: "https://nursingeducation.podia.com/view/courses/e-learning-post-operative-management-for-pediatrics/2866308-module-5-aldrete-scoring-system-modified-aldrete-scoring/9280117-criteria-for-assessing-recovery-from-anesthesia",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S75-c",
    title:
      "Modified Aldrete: [S75-a] https://www.omicsonline.org/JACRimages/2155-6148-5-480-t001.html — https://www.thecalculator.co/health/Modified-Aldrete-Score-Calculator-799.html",
    url: "https://www.thecalculator.co/health/Modified-Aldrete-Score-Calculator-799.html",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S75-d",
    title:
      "Modified Aldrete: [S75-a] https://www.omicsonline.org/JACRimages/2155-6148-5-480-t001.html — https://info.5y1.org/joint-commission-pre-sedation-assessment_1_d86787.html ; StatPearls Aldrete",
    url: "https://info.5y1.org/joint-commission-pre-sedation-assessment_1_d86787.html",
    alsoAt: ["https://statpearls.com/point-of-care/155763"],
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S76",
    title: "PADSS",
    url: "https://medicalalgorithms.com/padss-scoring-system",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S76-b",
    title: "PADSS — https://www.clinician.com/articles/38390-post-anesthesia-scoring-system",
    url: "https://www.clinician.com/articles/38390-post-anesthesia-scoring-system",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S76-c",
    title: "PADSS — Chung validation abstract",
    url: "https://api-pubmed-ncbi.laibokeji.com/8534468",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S57",
    title: 'Humphrey L et al., "The Bladder Pain/Interstitial Cystitis Symptom Score" (Eur Urol 2012)',
    url: "https://linkinghub.elsevier.com/retrieve/pii/S0302-2838(11",
    year: 2012,
    kind: "scale-manual",
  },
  {
    id: "S77",
    title: "NCI — PRO-CTCAE FAQs",
    url: "https://healthcaredelivery.cancer.gov/pro-ctcae/faqs.html",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S120",
    title: "PRO-CTCAE response options summary",
    url: "http://www.prosettastone.org/new-page",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S78",
    title:
      "PRO-CTCAE item stems — public GitHub copies (file ids 18508079433, 12631542958, 9923471463; repositories not identified)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S79",
    title: "awell-health/awell-score, todo/pro_ctcae/README.md (GitHub)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S80",
    title: "CTCAE v5.0 (Nov 27 2017) copy",
    url: "https://docslib.org/doc/7752524/common-terminology-criteria-for-adverse-events-ctcae-version-5-0-published-november-27-2017",
    alsoAt: ["https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm#ctc_50"],
    year: 2017,
    kind: "scale-manual",
  },
  {
    id: "S81",
    title:
      "CTCAE v5.0 grade text in public GitHub copies: [S81-a] hypertension (file id 26864214242); [S81-b] cystitis noninfective (file ids 46827318862, 32263481582); [S81-c] nausea (file ids 46827318862, 3699428983); [S81-d] dizziness/headache (file id 52696966526); [S81-e] fatigue (file id 36082940479); [S81-f] seizure paraphrase (file id 52696966526)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S82",
    title:
      "CTCAE v6.0 reference with MedDRA LLT codes and v5→v6 changes — public GitHub copy (file id 71220172865), citing https://dctd.cancer.gov/research/ctep-trials/trial-development/ctcae-v6.0.xlsx",
    url: "https://dctd.cancer.gov/research/ctep-trials/trial-development/ctcae-v6.0.xlsx",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S125",
    title: "Nurse-anesthesia forum (Goodman & Gilman PK values)",
    url: "http://www.nurse-anesthesia.org/showthread.php/1667-Ketamine/page2",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S17",
    title: "Zanos P et al., Pharmacol Rev 2018, Table 1 (PMC6020109)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6020109/table/T1",
    year: 2018,
    kind: "review",
  },
  {
    id: "S40",
    title:
      'Olofsen/Noppers, "Estimation of the contribution of norketamine to ketamine-induced acute pain relief …" (Anesthesiology 2012)',
    url: "https://pubs.asahq.org/anesthesiology/article/117/2/353/13169/Estimation-of-the-Contribution-of-Norketamine-to",
    year: 2012,
    kind: "review",
  },
  {
    id: "S41",
    title:
      'Peltoniemi MA et al., "Ketamine: A Review of Clinical PK and PD in Anesthesia and Pain Therapy" (Clin Pharmacokinet 2016)',
    url: "https://link.springer.com/article/10.1007%2Fs40262-016-0383-6",
    year: 2016,
    kind: "review",
  },
  {
    id: "S42",
    title: 'Kamp J et al., "Ketamine Pharmacokinetics: A Systematic Review …" (Anesthesiology 2020)',
    url: "https://pubs.asahq.org/anesthesiology/article/133/6/1192/110742/Ketamine-PharmacokineticsA-Systematic-Review-of",
    year: 2020,
    kind: "review",
  },
  {
    id: "S43",
    title:
      "opentiva/opentiva, opentiva/ketamine.py and docs/source/models.rst (commit 4c6b38cf8958d78ac2d171531a0272a8724d01b2), GitHub",
    url: null,
    year: null,
    kind: "review",
  },
  {
    id: "S44",
    title: "fus_anes TCI_Ketamine (public GitHub file id 19159782583; repository name not identified)",
    url: null,
    year: null,
    kind: "review",
  },
  {
    id: "S45",
    title: "Hijazi Y et al., ketamine PK in ICU patients with brain/spinal cord injury (BJA 2003), abstract",
    url: "http://ovidsp.dc2.ovid.com/sp-4.04.0a/ovidweb.cgi?T=JS&PAGE=fulltext&D=ovft&AN=00002264-200302000-00008&NEWS=N&CSC=Y&CHANNEL=PubMed",
    year: 2003,
    kind: "review",
  },
  {
    id: "S46",
    title: 'Idvall J et al., "Ketamine infusions: pharmacokinetics and clinical effects" (BJA 1979)',
    url: "https://scilit.com/publications/049a8f315572cf6db37f8677f1566509",
    year: 1979,
    kind: "review",
  },
  {
    id: "S47",
    title: 'Bowdle TA et al., "Psychedelic effects of ketamine in healthy volunteers" (Anesthesiology 1998)',
    url: "https://metajournal.com/articles/363642/psychedelic-effects-ketamine-healthy-volunteers-relationship-steady-state",
    year: 1998,
    kind: "review",
  },
  {
    id: "S48",
    title: 'Längsjö JW et al., "S-Ketamine anesthesia increases cerebral blood flow" (Anesthesiology 2005)',
    url: "https://pubs.asahq.org/anesthesiology/article/103/2/258/9292/S-Ketamine-Anesthesia-Increases-Cerebral-Blood",
    year: 2005,
    kind: "review",
  },
  {
    id: "S49",
    title: "Sigtermans M et al., S(+)-ketamine PK-PD in volunteers (Anesthesiology 2009), abstract",
    url: "http://ovidsp.dc2.ovid.com/sp-4.05.0b/ovidweb.cgi?T=JS&PAGE=fulltext&D=ovft&AN=00000542-200910000-00033&NEWS=N&CSC=Y&CHANNEL=PubMed",
    year: 2009,
    kind: "review",
  },
  {
    id: "S50",
    title: "Fanta S et al., population PK of S-ketamine and norketamine (Eur J Clin Pharmacol 2015)",
    url: "https://go.drugbank.com/articles/A31885",
    year: 2015,
    kind: "review",
  },
  {
    id: "S126",
    title: "Rolan P et al., absolute bioavailability of sublingual ketamine (PMC4093926)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4093926",
    year: null,
    kind: "review",
  },
  {
    id: "S127",
    title: "Kamp J et al. 2020 reference list (BJA metabolite model cited)",
    url: "https://ouci.dntb.gov.ua/en/works/7qxWeG19",
    year: 2020,
    kind: "review",
  },
  {
    id: "S128",
    title: '"A Gas Chromatographic Assay for Ketamine in Human Plasma" (Anesthesiology 1972)',
    url: "https://insights.ovid.com/crossref?an=00000542-197204000-00016",
    year: 1972,
    kind: "review",
  },
  {
    id: "S83",
    title: "HL7 FHIR R5 — Vital Signs value set",
    url: "https://hl7.org/fhir/valueset-observation-vitalsignresult.html",
    year: null,
    kind: "terminology",
  },
  {
    id: "S84",
    title: "US Core STU7 — Oxygen saturation example",
    url: "https://hl7.org/fhir/us/core/STU7/Observation-oxygen-saturation.html",
    year: null,
    kind: "terminology",
  },
  {
    id: "S85",
    title:
      "LOINC 72514-3 / 77565-0 in FHIR IG and eCQM value-set code (public GitHub file ids 68503747969, 35454215449, 1109359065, 70660216457)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S86",
    title: "LOINC panels and forms (GAD-7)",
    url: "https://huggingface.co/datasets/awacke1/LOINC-Panels-and-Forms/viewer/default/train?p=5",
    year: null,
    kind: "terminology",
  },
  {
    id: "S87",
    title: "PHQ-9 total 44261-6 in code (public GitHub file ids 70254595845, 15998828894)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S88",
    title:
      "[S88-a] UoM-Data-Science-Platforms/gm-sde, shared/clinical-code-sets/medications/ketamine/1/ketamine.snomed.txt",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S88-b",
    title:
      "[S88-a] UoM-Data-Science-Platforms/gm-sde, shared/clinical-code-sets/medications/ketamine/1/ketamine.snomed.txt — bvdh/dicom-terminology-in-fhir, input/fsh/ValueSet-dicom-cid-625-InjectableAnesthesiaAgentForSmallAnimalAnesthesia.fsh (GitHub)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S109",
    title: "SNOMED symptom code lists (public GitHub file ids 59701967364, 14172063520)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S110",
    title: "SNOMED 38341003 hypertension in code list (public GitHub file id 54850156752)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S111",
    title: "SNOMED 24199005 / 48694002 in code lists (file ids 54641971825, 63321770137, 46065959301)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S113",
    title: "SNOMED 286933003 Confusional state (file ids 70078336674, 52413634545)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S114",
    title: "SNOMED 111516008, 24982008, 91175000 (file ids 62302599785, 6675069698)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S115",
    title: "SNOMED 271782001 Drowsy (file id 56845205740); 84229001 Fatigue (file id 62737748770)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S116",
    title: "SNOMED 7011001 Hallucination (file ids 46336140017, 54641971825)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S118",
    title: "SNOMED 39579001 Anaphylaxis (file ids 55727740642, 70739354722)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S119",
    title: "SNOMED 389087006 Hypoxemia (file ids 43668919592, 71390863597)",
    url: null,
    year: null,
    kind: "terminology",
  },
  {
    id: "S129",
    title: "CDS for Chronic Pain IG — PROMIS answer list LL1017-4",
    url: "https://build.fhir.org/ig/cqframework/cds4cpm/ValueSet-LL1017-4.html",
    year: null,
    kind: "terminology",
  },
  {
    id: "S130",
    title:
      'Guideline Central — "Use of Intravenous Ketamine Infusions for Chronic Pain" (ASRA/AAPM/ASA 2018) recommendation summary with evidence grade and certainty per statement (indications, dosing range and dose-response, relative contraindications, oral NMDA follow-on, pre-infusion tests)',
    url: "https://www.guidelinecentral.com/guideline/8150/",
    year: 2018,
    kind: "other",
  },
  {
    id: "S131",
    title:
      'Medscape-editor summary "Ketamine Infusions for Chronic Pain Clinical Practice Guidelines (2018)" (contraindications/precautions, dose-response): copies at https://doctoryg.blogspot.com/2019/03/ketamine-infusions-for-chronic-pain.html and https://www.scribd.com/document/410560795/Ketamine-Infusions-for-Chronic-Pain-Clinical-Practice-Guidelines-2018-pdf ; full-text copy of the guideline (not readable beyond the abstract when this sheet was revised)',
    url: "https://doctoryg.blogspot.com/2019/03/ketamine-infusions-for-chronic-pain.html",
    alsoAt: [
      "https://www.scribd.com/document/410560795/Ketamine-Infusions-for-Chronic-Pain-Clinical-Practice-Guidelines-2018-pdf",
      "https://docslib.org/doc/3610814/consensus-guidelines-on-the-use-of-intravenous-ketamine-infusions-for-chronic-pain-from-the-american-society-of-regional-anesthe",
    ],
    year: 2018,
    kind: "other",
  },
  {
    id: "S132",
    title: "CTCAE v5.0 term table (official Excel",
    url: "https://ctep.cancer.gov/protocoldevelopment/electronic_applications/docs/CTCAE_v5.0.xlsx",
    year: null,
    kind: "other",
  },
  {
    id: "S133",
    title:
      'American Society of Anesthesiologists, Committee on Pain Medicine — "Statement on Ketamine for the Treatment of Chronic Pain" (original approval 18 Oct 2023)',
    url: "https://asahq.org/standards-and-practice-parameters/statement-on-ketamine-for-the-treatment-of-chronic-pain",
    year: 2023,
    kind: "other",
  },
  {
    id: "S134",
    title:
      'Arizona State Board of Nursing — advisory opinion "Low-Dose Continuous IV Ketamine Administration for Treatment of Intractable or Chronic Pain, or Depression" (approved 11/2015)',
    url: "https://scribd.com/document/517297083/ao-low-dose-continuous-iv-ketamine-administration-for-treatment-of-intractable-or-chronic-pain-or-depression-112015",
    alsoAt: ["https://azbn.gov/scope-of-practice/advisory-opinions"],
    year: 2015,
    kind: "other",
  },
  {
    id: "S135",
    title:
      'Yip R, Swainson J, Khullar A, McIntyre RS, Skoblenick K, "Intravenous ketamine for depression: a clinical discussion reconsidering best practices in acute hypertension management" (Front Psychiatry 2022;13:1017504; PMC9556663)',
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9556663",
    year: 2022,
    kind: "other",
  },
  {
    id: "S136",
    title:
      'Riva-Posse P et al., "Blood pressure safety of subanesthetic ketamine for depression: a report on 684 infusions" (J Affect Disord 2018; PMID 29525051)',
    url: "http://47.251.13.51:8081/29525051",
    alsoAt: [
      "https://open-foundation.org/blood-pressure-safety-subanesthetic-ketamine-depression-report-684-infusions/",
    ],
    year: 2018,
    kind: "other",
  },
  {
    id: "S137",
    title:
      'Rodrigues NB et al., "Safety and tolerability of IV ketamine in adults with major depressive or bipolar disorder: results from the Canadian Rapid Treatment Center of Excellence" (Expert Opin Drug Saf 2020) — case summary (hypertension treated with amlodipine)',
    url: "https://ibook.pub/ketamine-z-602f8fd274a81.html",
    year: 2020,
    kind: "other",
  },
  {
    id: "S138",
    title:
      'Curbside Health clinical pathway "Procedural Sedation – Ketamine (> 3 months)" (ondansetron 4 mg injection or 0.1 mg/kg IV)',
    url: "https://curbsidehealth.com/content_pathways/80",
    year: null,
    kind: "other",
  },
  {
    id: "S139",
    title:
      'WikEM — "Ketamine" (revision of 24 Feb 2015; midazolam 0.03 mg/kg IV for unpleasant recovery reaction)',
    url: "https://www.wikem.org/w/index.php?diff=prev&oldid=32439&title=Ketamine",
    year: 2015,
    kind: "other",
  },
  {
    id: "S140",
    title:
      'Bremner JD, Williamson D, Vaccarino V, "Psychometric properties of the 23-item Clinician Administered Dissociative States Scale (CADSS) in a psychological trauma population" (J Affect Disord 2024;364:249–258)',
    url: "https://suppr.wilddata.cn/browses/detail/pubmed/39147159",
    alsoAt: ["https://ouci.dntb.gov.ua/works/456daMvl"],
    year: 2024,
    kind: "other",
  },
  {
    id: "S141",
    title:
      "Ketamine trial protocol description (CADSS 19 subjective + 8 observer items; 18-item BPRS; 4-item BPRS+)",
    url: "https://pubcompare.ai/protocol/aOw9sYsBwGXEOgesDu2Y",
    year: null,
    kind: "other",
  },
  {
    id: "S142",
    title:
      "\"Symptoms comprising the 'Big 3' psychosis symptom factors\" (Psychiatry Res 2014;220:1077–1083, Table 2; PMC4258147)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4258147/table/T2",
    year: 2014,
    kind: "other",
  },
  {
    id: "S143",
    title:
      'KATA Canada — summary of College of Physicians and Surgeons of BC draft standards "Parenteral Use of Ketamine for the Treatment of Mood Disorders" (2021)',
    url: "https://www.katacanada.org/uncategorized/deadline-passed-parenteral-use-of-ketamine-for-the-treatment-of-mood-disorders-cpsbc/",
    year: 2021,
    kind: "other",
  },
  {
    id: "S144",
    title:
      "openFDA NDC records (RxCUI mappings): Hospira 100 mg/mL https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%220409-2051%22 ; Sagent https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2225021-684%22 ; Fresenius Kabi https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2265219-186%22 ; Eugia 10 mg/mL https://api.fda.gov/drug/ndc.json?search=packaging.package_ndc%3A%2255150-438-10%22 ; Spravato https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2250458-028%22",
    url: "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%220409-2051%22",
    alsoAt: [
      "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2225021-684%22",
      "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2265219-186%22",
      "https://api.fda.gov/drug/ndc.json?search=packaging.package_ndc%3A%2255150-438-10%22",
      "https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2250458-028%22",
    ],
    year: null,
    kind: "other",
  },
  {
    id: "S145",
    title:
      'Sanacora G et al., "A Consensus Statement on the Use of Ketamine in the Treatment of Mood Disorders" (JAMA Psychiatry 2017;74:399–405), copy',
    url: "https://www.scribd.com/document/516432450/A-Consensus-Statement-on-the-Use-of-Ketamine-in-the-Treatment-of-Mood-Disorders-2017",
    alsoAt: [
      "https://qa00.mdedge.com/psychiatry/article/133049/depression/apa-task-force-urges-caution-label-use-ketamine-mood-disorders",
    ],
    year: 2017,
    kind: "other",
  },
  {
    id: "S146",
    title:
      'Caruso EM, Gorlin AW (Mayo Clinic Arizona), "Nursing Process for Post-Operative IV Ketamine Infusion" / "Intra- and Post-Operative Ketamine Use" (sub-anaesthetic ≤ 0.3 mg/kg bolus or ≤ 0.3 mg/kg/h)',
    url: "https://www.opivoid.org/infusions/",
    year: null,
    kind: "other",
  },
  {
    id: "S147",
    title:
      "Ketamine hydrochloride injection, US prescribing information in PLR format (Eugia US, revised 2/2024)",
    url: "https://fda.report/DailyMed/f8b01c77-620d-4734-a771-b8524b65bcca",
    year: 2024,
    kind: "other",
  },
  {
    id: "S75-a",
    title: "Modified Aldrete: [S75-a] https://www.omicsonline.org/JACRimages/2155-6148-5-480-t001.html",
    url: "https://www.omicsonline.org/JACRimages/2155-6148-5-480-t001.html",
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S81-a",
    title:
      "CTCAE v5.0 grade text in public GitHub copies: [S81-a] hypertension (file id 26864214242); [S81-b] cystitis noninfective (file ids 46827318862, 32263481582); [S81-c] nausea (file ids 46827318862, 3699428983); [S81-d] dizziness/headache (file id 52696966526); [S81-e] fatigue (file id 36082940479); [S81-f] seizure paraphrase (file id 52696966526)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S81-b",
    title:
      "CTCAE v5.0 grade text in public GitHub copies: [S81-a] hypertension (file id 26864214242); [S81-b] cystitis noninfective (file ids 46827318862, 32263481582); [S81-c] nausea (file ids 46827318862, 3699428983); [S81-d] dizziness/headache (file id 52696966526); [S81-e] fatigue (file id 36082940479); [S81-f] seizure paraphrase (file id 52696966526)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S81-c",
    title:
      "CTCAE v5.0 grade text in public GitHub copies: [S81-a] hypertension (file id 26864214242); [S81-b] cystitis noninfective (file ids 46827318862, 32263481582); [S81-c] nausea (file ids 46827318862, 3699428983); [S81-d] dizziness/headache (file id 52696966526); [S81-e] fatigue (file id 36082940479); [S81-f] seizure paraphrase (file id 52696966526)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S81-d",
    title:
      "CTCAE v5.0 grade text in public GitHub copies: [S81-a] hypertension (file id 26864214242); [S81-b] cystitis noninfective (file ids 46827318862, 32263481582); [S81-c] nausea (file ids 46827318862, 3699428983); [S81-d] dizziness/headache (file id 52696966526); [S81-e] fatigue (file id 36082940479); [S81-f] seizure paraphrase (file id 52696966526)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S81-e",
    title:
      "CTCAE v5.0 grade text in public GitHub copies: [S81-a] hypertension (file id 26864214242); [S81-b] cystitis noninfective (file ids 46827318862, 32263481582); [S81-c] nausea (file ids 46827318862, 3699428983); [S81-d] dizziness/headache (file id 52696966526); [S81-e] fatigue (file id 36082940479); [S81-f] seizure paraphrase (file id 52696966526)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S81-f",
    title:
      "CTCAE v5.0 grade text in public GitHub copies: [S81-a] hypertension (file id 26864214242); [S81-b] cystitis noninfective (file ids 46827318862, 32263481582); [S81-c] nausea (file ids 46827318862, 3699428983); [S81-d] dizziness/headache (file id 52696966526); [S81-e] fatigue (file id 36082940479); [S81-f] seizure paraphrase (file id 52696966526)",
    url: null,
    year: null,
    kind: "scale-manual",
  },
  {
    id: "S88-a",
    title:
      "[S88-a] UoM-Data-Science-Platforms/gm-sde, shared/clinical-code-sets/medications/ketamine/1/ketamine.snomed.txt",
    url: null,
    year: null,
    kind: "terminology",
  },
];

const byId = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id, or undefined when the id is not registered. */
export function sourceById(id: string): Source | undefined {
  return byId.get(id);
}

export function isKnownSource(id: string): boolean {
  return byId.has(id);
}

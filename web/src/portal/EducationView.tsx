import type { EducationBlock, EducationSection } from "../../../src/clinical/followup/education";

/** One side effect in the patient's words; one that matters more for this patient stands out and says why. */
function SideEffectCard({ block }: { block: Extract<EducationBlock, { kind: "side-effect" }> }) {
  const relevant = block.whyThisMattersForYou !== null;
  return (
    <article className={relevant ? "education-effect relevant" : "education-effect"}>
      <h3>{block.name}</h3>
      {relevant && (
        // The core's text starts "Why this matters for you:".
        <p className="education-why">{block.whyThisMattersForYou}</p>
      )}
      <p>
        <strong>What it feels like:</strong> {block.whatItFeelsLike}
      </p>
      <p>
        <strong>Why it happens:</strong> {block.whyItHappens}
      </p>
      <p>
        <strong>What we do:</strong> {block.whatWeDo}
      </p>
      <p>
        <strong>Tell us at once:</strong> {block.tellUsAtOnce}
      </p>
    </article>
  );
}

function Block({ block }: { block: EducationBlock }) {
  switch (block.kind) {
    case "paragraph":
      return <p>{block.text}</p>;
    case "list":
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case "side-effect":
      return <SideEffectCard block={block} />;
  }
}

/** The patient's education, a card per section, in the order the clinic's content gives. */
export function EducationView({ sections }: { sections: readonly EducationSection[] }) {
  return sections.map((section) => (
    <section
      key={section.id}
      className={section.id === "last-time" ? "card education-last-time" : "card"}
      aria-labelledby={`education-${section.id}`}
    >
      <h2 id={`education-${section.id}`}>{section.heading}</h2>
      {section.blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are fixed content in a fixed order
        <Block key={i} block={block} />
      ))}
    </section>
  ));
}

import { ANSWER_SCALES, type ProAttribute, type ProItem } from "../../../src/clinical/followup/pro-items";
import { fieldKey, visibleAttributes } from "./answers";
import { ChoiceGroup } from "./ChoiceGroup";

const scaleOptions = (attribute: ProAttribute) =>
  ANSWER_SCALES[attribute].labels.map((label, score) => ({ value: score, label }));

interface SymptomQuestionsProps {
  item: ProItem;
  answers: Partial<Record<ProAttribute, number>> | undefined;
  errors: Record<string, string>;
  onAnswer: (attribute: ProAttribute, score: number) => void;
}

/** One symptom's questions, only those it asks, each with its word scale; follow-ups go once it was "none". */
export function SymptomQuestions({ item, answers, errors, onAnswer }: SymptomQuestionsProps) {
  const headingId = `${item.id}-heading`;
  return (
    <section className="symptom" aria-labelledby={headingId}>
      <h3 id={headingId}>{item.plainName[0]?.toUpperCase() + item.plainName.slice(1)}</h3>
      {visibleAttributes(item, answers).map((attribute) => {
        const key = fieldKey.symptom(item.id, attribute);
        return (
          <ChoiceGroup
            key={attribute}
            id={key}
            legend={item.questions[attribute] ?? attribute}
            options={scaleOptions(attribute)}
            value={answers?.[attribute]}
            onChange={(score) => onAnswer(attribute, score)}
            error={errors[key]}
          />
        );
      })}
    </section>
  );
}

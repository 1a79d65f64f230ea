import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link } from "react-router";
import { chair } from "../api/endpoints";
import { useMe } from "../auth/session";
import { BoardCardView } from "../chair/BoardCardView";
import { chairRows, patientName } from "../chair/board";
import { syncServerClock, useServerNow } from "../chair/clock";
import { EscalatedSection } from "../chair/EscalatedSection";
import { LiveBanner } from "../chair/LiveBanner";
import { PhaseBadge } from "../chair/PhaseBadge";
import { boardKey } from "../chair/queries";
import { UnsentEntries } from "../chair/UnsentEntries";
import { useBoardStream } from "../chair/useBoardStream";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import { todayIso } from "../format";
import { localTime } from "../schedule/day";
import "../chair/chair.css";

/** Today's chairs at a glance, kept live over the event stream. */
export function BoardPage() {
  usePageTitle("Floor board");
  const me = useMe();
  const date = todayIso();
  const board = useQuery({ queryKey: boardKey(date), queryFn: () => chair.board(date) });
  useEffect(() => {
    if (board.data) syncServerClock(board.data.now);
  }, [board.data]);
  const cards = board.data?.cards ?? [];
  const stream = useBoardStream((id) => {
    const card = cards.find((c) => c.session.id === id);
    return card ? patientName(card) : null;
  });
  const now = useServerNow();

  return (
    <>
      <div className="page-head">
        <h1>Floor board</h1>
        <p className="muted">{date}</p>
      </div>
      <LiveBanner status={stream} />
      <UnsentEntries />
      {board.isError && <ProblemNotice error={board.error} />}
      {board.isPending && <p className="loading">Loading the board…</p>}
      {me.role === "physician" && board.data && <EscalatedSection cards={cards} staff={board.data.staff} />}
      {board.data && (
        <div className="board-grid">
          {chairRows(board.data).map(({ chair: c, card, others }) => (
            <section key={c.id} className="board-chair" aria-labelledby={`board-chair-${c.id}`}>
              <h2 id={`board-chair-${c.id}`}>{c.name}</h2>
              {card ? (
                <BoardCardView card={card} now={now} staff={board.data.staff} />
              ) : (
                <p className="muted">No session today.</p>
              )}
              {others.length > 0 && (
                <ul className="plain-list board-others" aria-label={`Other sessions in ${c.name} today`}>
                  {others.map((o) => (
                    <li key={o.session.id}>
                      {localTime(o.session.startsAt)}{" "}
                      <Link to={`/sessions/${o.session.id}/chair`}>{patientName(o)}</Link>{" "}
                      <PhaseBadge phase={o.view.phase} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}

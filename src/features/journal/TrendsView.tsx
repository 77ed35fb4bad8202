import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../ui/useLanguage';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { dateOfDay, moodIcons, type JournalEntry, type Mood } from './entry';
import { JournalNav } from './JournalNav';
import {
  entriesInRange,
  fromFirstEntry,
  moodByDay,
  moodByGroup,
  trendRanges,
  type DayPoint,
  type GroupRow,
  type TrendRange,
} from './trends';
import './trends.css';
import { useAddressContext } from '../../ui/packText';

function nearestMood(average: number): Mood {
  return Math.min(5, Math.max(1, Math.round(average))) as Mood;
}

/** Mood over time and by feeling or by what helped: SVG charts, each with a table alternative. */
export function TrendsView({ entries }: { entries: readonly JournalEntry[] }) {
  const { t } = useTranslation('journal');
  const language = useLanguage();
  const [range, setRange] = useState<TrendRange>(30);
  const points = useMemo(() => fromFirstEntry(moodByDay(entries, range)), [entries, range]);
  const inRange = useMemo(() => entriesInRange(entries, range), [entries, range]);
  const context = useAddressContext();
  const byFeeling = useMemo(
    () =>
      moodByGroup(
        inRange,
        (entry) => ({ ids: entry.feelings, own: entry.customFeelings }),
        (id) => t(`feelings.${id as 'calm'}`, { context }),
      ),
    [inRange, t, context],
  );
  const byHelp = useMemo(
    () =>
      moodByGroup(
        inRange,
        (entry) => ({ ids: entry.helped, own: entry.customHelped }),
        (id) => t(`helped.${id as 'rest'}`),
      ),
    [inRange, t],
  );

  return (
    <div className="screen journal">
      <ScreenHeading>{t('trends.title')}</ScreenHeading>
      <JournalNav />
      <fieldset className="choice-group range-choice">
        <legend>{t('trends.range')}</legend>
        {trendRanges.map((days) => (
          <label key={days} className="choice">
            <input type="radio" name="trend-range" checked={range === days} onChange={() => setRange(days)} />
            <span>{t('trends.days', { count: days })}</span>
          </label>
        ))}
      </fieldset>
      {inRange.length === 0 ? (
        <p>{t('trends.empty')}</p>
      ) : (
        <>
          <MoodOverTime points={points} language={language} />
          <GroupChart title={t('trends.byFeeling')} rows={byFeeling} language={language} />
          <GroupChart title={t('trends.byHelp')} rows={byHelp} language={language} />
        </>
      )}
    </div>
  );
}

// Room on the left for the mood words (the longest, es "Más o menos", at the axis font size).
const chart = { width: 320, height: 190, left: 92, right: 10, top: 12, bottom: 26 };

function MoodOverTime({ points, language }: { points: DayPoint[]; language: Language }) {
  const { t } = useTranslation('journal');
  const [isTable, setIsTable] = useState(false);
  const titleId = useId();
  const withData = points.filter((point) => point.average !== undefined);
  const overall =
    withData.reduce((sum, point) => sum + (point.average ?? 0) * point.count, 0) /
    Math.max(
      1,
      withData.reduce((sum, point) => sum + point.count, 0),
    );
  const summary = t('trends.overTimeSummary', {
    mood: t(`moods.${nearestMood(overall)}`),
    average: formatNumber(overall, language, { maximumFractionDigits: 1 }),
    count: withData.length,
  });
  const plotWidth = chart.width - chart.left - chart.right;
  const plotHeight = chart.height - chart.top - chart.bottom;
  const x = (index: number) => chart.left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (mood: number) => chart.top + ((5 - mood) / 4) * plotHeight;
  // The line breaks over days with no entry instead of inventing a value for them.
  const segments: string[] = [];
  let current = '';
  points.forEach((point, index) => {
    if (point.average === undefined) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(index).toFixed(1)},${y(point.average).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const firstDay = points[0]?.day;
  const lastDay = points.at(-1)?.day;

  return (
    <section className="trend" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('trends.overTime')}</h2>
      <p>{summary}</p>
      <button type="button" className="button button-secondary" aria-pressed={isTable} onClick={() => setIsTable(!isTable)}>
        {t('trends.showTable')}
      </button>
      {isTable ? (
        <table className="trend-table">
          <caption>{t('trends.overTime')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trends.day')}</th>
              <th scope="col">{t('trends.averageMood')}</th>
              <th scope="col">{t('trends.entries')}</th>
            </tr>
          </thead>
          <tbody>
            {withData.map((point) => (
              <tr key={point.day}>
                <th scope="row">{formatDate(dateOfDay(point.day), language, { dateStyle: 'medium' })}</th>
                <td>
                  {t('trends.moodValue', {
                    mood: t(`moods.${nearestMood(point.average ?? 3)}`),
                    average: formatNumber(point.average ?? 0, language, { maximumFractionDigits: 1 }),
                  })}
                </td>
                <td>{formatNumber(point.count, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <svg className="trend-chart" viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={summary}>
          {([1, 2, 3, 4, 5] as const).map((mood) => (
            <g key={mood}>
              <line className="grid-line" x1={chart.left} x2={chart.width - chart.right} y1={y(mood)} y2={y(mood)} />
              <text className="axis-label" x={chart.left - 6} y={y(mood) + 5} textAnchor="end">
                {t(`moods.${mood}`)}
              </text>
            </g>
          ))}
          {segments.map((segment) => (
            <path key={segment} className="trend-line" d={segment} />
          ))}
          {points.map((point, index) =>
            point.average === undefined ? null : (
              <circle
                key={point.day}
                className={`trend-point mood-fill-${nearestMood(point.average)}`}
                cx={x(index)}
                cy={y(point.average)}
                r={points.length > 40 ? 2.5 : 4}
              />
            ),
          )}
          {firstDay && lastDay && (
            <>
              <text className="axis-label" x={chart.left} y={chart.height - 6}>
                {formatDate(dateOfDay(firstDay), language, { day: 'numeric', month: 'short' })}
              </text>
              <text className="axis-label" x={chart.width - chart.right} y={chart.height - 6} textAnchor="end">
                {formatDate(dateOfDay(lastDay), language, { day: 'numeric', month: 'short' })}
              </text>
            </>
          )}
        </svg>
      )}
    </section>
  );
}

function GroupChart({ title, rows, language }: { title: string; rows: GroupRow[]; language: Language }) {
  const { t } = useTranslation('journal');
  const [isTable, setIsTable] = useState(false);
  const titleId = useId();
  const shown = rows.slice(0, 12);
  if (shown.length === 0) {
    return (
      <section className="trend" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <p>{t('trends.noneNamed')}</p>
      </section>
    );
  }
  const rowHeight = 28;
  const labelWidth = 120;
  const width = 320;
  const height = shown.length * rowHeight + 8;
  const barWidth = (average: number) => ((average - 0) / 5) * (width - labelWidth - 40);
  const description = shown
    .map((row) =>
      t('trends.groupRow', {
        label: row.label,
        mood: t(`moods.${nearestMood(row.average)}`),
        average: formatNumber(row.average, language, { maximumFractionDigits: 1 }),
        count: row.count,
      }),
    )
    .join('; ');
  return (
    <section className="trend" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <button type="button" className="button button-secondary" aria-pressed={isTable} onClick={() => setIsTable(!isTable)}>
        {t('trends.showTable')}
      </button>
      {isTable ? (
        <table className="trend-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trends.label')}</th>
              <th scope="col">{t('trends.averageMood')}</th>
              <th scope="col">{t('trends.entries')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>
                  {t('trends.moodValue', {
                    mood: t(`moods.${nearestMood(row.average)}`),
                    average: formatNumber(row.average, language, { maximumFractionDigits: 1 }),
                  })}
                </td>
                <td>{formatNumber(row.count, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <svg className="trend-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${description}`}>
          {shown.map((row, index) => (
            <g key={row.key} transform={`translate(0 ${index * rowHeight + 4})`}>
              <text className="axis-label" x={0} y={17}>
                {row.label.length > 14 ? `${row.label.slice(0, 13)}…` : row.label}
              </text>
              <rect
                className={`bar mood-fill-${nearestMood(row.average)}`}
                x={labelWidth}
                y={4}
                height={18}
                width={barWidth(row.average)}
                rx={3}
              />
              <text className="axis-icon" x={labelWidth + barWidth(row.average) + 4} y={19}>
                {moodIcons[nearestMood(row.average)]}
              </text>
            </g>
          ))}
        </svg>
      )}
    </section>
  );
}

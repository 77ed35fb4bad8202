/*
 * A small, working four-function calculator: the neutral screen behind quick exit and the disguise.
 * It evaluates as a pocket calculator does, one operation at a time, left to right.
 */
export const operators = ['+', '−', '×', '÷'] as const;
export type Operator = (typeof operators)[number];
export type CalculatorKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | Operator | '=' | 'C';

export type CalculatorState = {
  display: string;
  stored: number | null;
  operator: Operator | null;
  /** The next digit starts a new number. */
  isFreshEntry: boolean;
  /** Exactly what was typed since the last operator, "=" or "C" (the disguise code is checked against it). */
  typed: string;
  hasError: boolean;
};

export const initialCalculatorState: CalculatorState = {
  display: '0',
  stored: null,
  operator: null,
  isFreshEntry: true,
  typed: '',
  hasError: false,
};

const maxDigits = 12;

function apply(left: number, operator: Operator, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '−':
      return left - right;
    case '×':
      return left * right;
    case '÷':
      return left / right;
  }
}

function show(value: number): string {
  // Twelve significant digits hide binary rounding (0.1 + 0.2 shows 0.3).
  return String(Number(value.toPrecision(maxDigits)));
}

function settle(state: CalculatorState): CalculatorState | number {
  if (state.operator === null || state.stored === null) return Number(state.display);
  const result = apply(state.stored, state.operator, Number(state.display));
  if (!Number.isFinite(result)) return { ...initialCalculatorState, hasError: true };
  return result;
}

export function pressKey(state: CalculatorState, key: CalculatorKey): CalculatorState {
  if (key === 'C') return initialCalculatorState;
  if (state.hasError && key !== '.' && !/\d/.test(key)) return state;
  const base = state.hasError ? initialCalculatorState : state;

  if (/^\d$/.test(key) || key === '.') {
    const typed = `${base.typed}${key}`;
    if (base.isFreshEntry) return { ...base, display: key === '.' ? '0.' : key, isFreshEntry: false, typed };
    if (key === '.' && base.display.includes('.')) return base;
    if (base.display.replace(/[-.]/g, '').length >= maxDigits) return base;
    const display = base.display === '0' && key !== '.' ? key : `${base.display}${key}`;
    return { ...base, display, typed };
  }

  if (key === '=') {
    const settled = settle(base);
    if (typeof settled !== 'number') return settled;
    return { ...base, display: show(settled), stored: null, operator: null, isFreshEntry: true, typed: '' };
  }

  // An operator: finish the pending operation first, unless the person is only changing operator.
  const operator = key as Operator;
  if (base.operator !== null && base.isFreshEntry) return { ...base, operator, typed: '' };
  const settled = settle(base);
  if (typeof settled !== 'number') return settled;
  return { ...base, display: show(settled), stored: settled, operator, isFreshEntry: true, typed: '' };
}

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const options = [
  { value: '', label: 'Choose' },
  { value: 'PE', label: 'Peru' },
];

function Form() {
  const [country, setCountry] = useState('');
  const [name, setName] = useState('');
  return (
    <>
      <SelectField label="Country" hint="For emergency numbers" value={country} onValueChange={setCountry} options={options} />
      <TextField label="Name" value={name} onValueChange={setName} error={name === 'x' ? 'Too short' : undefined} />
    </>
  );
}

describe('SelectField and TextField', () => {
  it('label their control and describe it by its hint', () => {
    render(<Form />);
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAccessibleDescription('For emergency numbers');
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-describedby');
  });

  it('pass on the chosen value', async () => {
    render(<Form />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Peru');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('PE');
  });

  it('announce an error and describe the field by it', async () => {
    render(<Form />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'x');
    expect(screen.getByRole('alert')).toHaveTextContent('Too short');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Too short');
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInvalid();
  });
});

// The Interest Act reference rates (viitekorko) known at release, as the Bank of Finland announced
// them (Interest Act 633/1982 12 §, 12 a §): 1.1.2023 2,5 % (Finlex 1276/2022); 1.1.2024 4,5 %
// and 1.7.2024 4,5 % (the Bank's notices of 12/2023 and 25.6.2024); 1.1.2025 3,5 %; 1.1.2026 2,5 %
// (shipped with 0005). A half-year not listed is not guessed: the manager enters its rate from the
// Bank's notice, and until then interest for it is refused and home says so (issue #16 §2).
export default `
INSERT OR IGNORE INTO reference_rates (valid_from, rate_bp, added_at, added_by) VALUES
  ('2023-01-01', 250, '2023-01-01T00:00:00.000Z', NULL),
  ('2024-01-01', 450, '2024-01-01T00:00:00.000Z', NULL),
  ('2024-07-01', 450, '2024-07-01T00:00:00.000Z', NULL),
  ('2025-01-01', 350, '2025-01-01T00:00:00.000Z', NULL);
`;

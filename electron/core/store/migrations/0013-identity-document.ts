// The kind of identity document shown at the counter (a passport, an identity card…), recorded
// when a request's identity is confirmed that way instead of by a signature — never its number
// (GDPR Art. 5(1)(c): only what the check needs). NULL for every other confirmation.
export default `
ALTER TABLE privacy_requests ADD COLUMN identity_document TEXT;
`;

// The names of a person's fields in the register, English: the customer's history on screen and the
// privacy letters (extract, correction notice, refusal) name them the same way.
export const personFieldsEn = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  street: 'Street address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  language: 'Language',
};

// The names of a person's fields in the register, Finnish: the customer's history on screen and the
// privacy letters (extract, correction notice, refusal) name them the same way.
export const personFieldsFi = {
  firstName: 'Etunimi',
  lastName: 'Sukunimi',
  email: 'Sähköposti',
  phone: 'Puhelin',
  street: 'Katuosoite',
  postalCode: 'Postinumero',
  city: 'Postitoimipaikka',
  country: 'Maa',
  language: 'Asiointikieli',
};

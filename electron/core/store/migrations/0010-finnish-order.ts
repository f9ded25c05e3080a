// Customer lists sorted in Finnish alphabetical order (… Z Å Ä Ö): the sort keys made before this
// folded ä to a. fi_sort_key is registered by openDatabase (shared/text/finnishSort.ts); erased
// customers' tombstones keep their empty keys.
export default `
UPDATE customers SET name_key = fi_sort_key(last_name) || ' ' || fi_sort_key(first_name), city_key = fi_sort_key(city) WHERE name_key <> '';
`;

console.log('matching');
// Exponential backtracking: one built-in call that runs for minutes.
console.log(/(a+)+$/.test('a'.repeat(30) + 'b'));

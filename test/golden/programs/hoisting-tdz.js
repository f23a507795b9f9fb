// Golden stops: the creation phase hoists var (undefined) and functions (whole), and leaves
// let, const and class in the Temporal Dead Zone until their line runs.
var planet = 'Earth';
let moons = 1;
const star = 'Sun';
class Rocket {}

function orbit(days) {
  debugger; // inside orbit: `year` is still in the TDZ
  const year = days * 2;
  return year + moons;
}

orbit(365);
{
  let inner = moons + 1;
  debugger; // a Block scope beside the script's bindings
  console.log(planet, star, inner, new Rocket() instanceof Rocket);
}

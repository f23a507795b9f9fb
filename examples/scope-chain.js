// scope-chain.js: looking a name up walks outward, scope by scope, until it is found.
// Stop in `innermost` and open the Variables pane: Block, Local, the Closures and Global
// are the links of the chain, searched in that order. Node runs the file inside a function
// (exports, require, module, __filename, __dirname), so the top-level declarations are that
// function's: "Closure (module wrapper)", not properties of the global object.

var level = 'top level (var)';
const shared = 'top level (const)';

function outer() {
  const level = 'outer';
  const fromOuter = 'only outer has me';

  function middle() {
    const level = 'middle';

    function innermost() {
      // `level` is found in the nearest scope that has it: middle's.
      console.log('level:', level);
      // `fromOuter` is not in innermost or middle, so the lookup goes on to outer.
      console.log('fromOuter:', fromOuter);
      // `shared` is found in the module wrapper's scope, with every top-level declaration.
      console.log('shared:', shared);
      if (true) {
        // A block gets its own scope for let/const: this `level` shadows all the others.
        let level = 'block';
        console.log('in the block, level:', level);
      }
      // A name no scope has throws a ReferenceError.
      try {
        console.log(nowhere);
      } catch (error) {
        console.log(error.name + ': ' + error.message);
      }
    }
    innermost();
  }
  middle();
}
outer();

// The chain follows where functions are written (lexical scope), not who calls them.
const where = 'top level';
function report() {
  return where;
}
function caller() {
  const where = 'inside caller';
  return report();
}
console.log('report() sees:', caller()); // top level

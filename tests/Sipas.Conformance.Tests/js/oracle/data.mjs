// The oracle's data, mirrored by the C# fixture (OracleData.cs): keep both in step.
export const humans = [
  { id: '1000', name: 'Luke Skywalker', homePlanet: 'Tatooine', height: 1.72, mass: 77, friends: ['1002', '1003', '2000', '2001'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], starships: ['3001', '3003'] },
  { id: '1001', name: 'Darth Vader', homePlanet: 'Tatooine', height: 2.02, mass: 136, friends: ['1004'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], starships: ['3002'] },
  { id: '1002', name: 'Han Solo', homePlanet: null, height: 1.8, mass: 80, friends: ['1000', '1003', '2001'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], starships: ['3000', '3003'] },
  { id: '1003', name: 'Leia Organa', homePlanet: 'Alderaan', height: 1.5, mass: 49, friends: ['1000', '1002', '2000', '2001'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], starships: [] },
  { id: '1004', name: 'Wilhuff Tarkin', homePlanet: null, height: 1.8, mass: null, friends: ['1001'], appearsIn: ['NEWHOPE'], starships: [] },
];

export const droids = [
  { id: '2000', name: 'C-3PO', primaryFunction: 'Protocol', friends: ['1000', '1002', '1003', '2001'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'] },
  { id: '2001', name: 'R2-D2', primaryFunction: 'Astromech', friends: ['1000', '1002', '1003'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'] },
];

export const starships = [
  { id: '3000', name: 'Millennium Falcon', length: 34.37 },
  { id: '3001', name: 'X-Wing', length: 12.5 },
  { id: '3002', name: 'TIE Advanced x1', length: 9.2 },
  { id: '3003', name: 'Imperial shuttle', length: 20 },
];

export const FeetPerMeter = 3.28084;

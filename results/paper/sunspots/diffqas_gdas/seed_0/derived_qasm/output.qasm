// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035442038959) q[0];
ry(pi*-0.005849443967) q[1];
ry(pi*0.360628675807) q[2];
ry(pi*0.074266596295) q[3];
ry(pi*-0.012764487565) q[4];
ry(pi*0.02166333945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.114376526457) q[0];
ry(pi*0.318352309248) q[1];
ry(pi*0.083059938358) q[2];
ry(pi*0.569623395436) q[3];
ry(pi*0.089791621022) q[4];
ry(pi*-0.008794035161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117273627085) q[0];
ry(pi*-0.16757153856) q[1];
ry(pi*0.146920869519) q[2];
ry(pi*-0.218167739575) q[3];
ry(pi*-0.043634137019) q[4];
ry(pi*-4.9025061e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.055793249266) q[0];
ry(pi*-0.057192584272) q[1];
ry(pi*-0.628674251252) q[2];
ry(pi*0.045199938913) q[3];
ry(pi*0.495426329518) q[4];
ry(pi*-0.068950271123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077695090383) q[0];
ry(pi*0.286637957493) q[1];
ry(pi*-0.215227988211) q[2];
ry(pi*0.000524708087) q[3];
ry(pi*0.000735634497) q[4];
ry(pi*-0.001738875005) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

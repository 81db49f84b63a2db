// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.07481158373) q[0];
rx(pi*-0.071292589635) q[1];
rx(pi*-0.146966385141) q[2];
rx(pi*-0.075008179341) q[3];
rx(pi*0.09357269991) q[4];
rx(pi*0.001234678163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.165817621873) q[0];
rx(pi*0.276832727648) q[1];
rx(pi*-0.035492302511) q[2];
rx(pi*-0.023378433153) q[3];
rx(pi*0.108904662699) q[4];
rx(pi*-0.005443187043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.032693587438) q[0];
rx(pi*0.117408399998) q[1];
rx(pi*-0.069687997958) q[2];
rx(pi*-0.069946160136) q[3];
rx(pi*0.099629986771) q[4];
rx(pi*-0.002480215259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.357099213499) q[0];
rx(pi*0.249253619063) q[1];
rx(pi*-0.049959409198) q[2];
rx(pi*-0.033612257368) q[3];
rx(pi*0.109752412498) q[4];
rx(pi*-0.003663512478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.05908408184) q[0];
rx(pi*-0.074608527898) q[1];
rx(pi*-0.145398202166) q[2];
rx(pi*-0.076694709573) q[3];
rx(pi*0.100577637573) q[4];
rx(pi*-0.000420445427) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
